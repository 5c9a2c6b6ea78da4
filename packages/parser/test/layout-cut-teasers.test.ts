// Teasers a listing cut at a fixed number of words (WordPress excerpts), mid-sentence.
// Small pages in the shapes real outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

describe('teasers cut at one word count, each under its headline', () => {
  const page = [
    'Latest Business News',
    '',
    'Debt office denies country failed World Bank disclosure rule',
    '',
    'The Debt Management Office has denied reports alleging that Nigeria failed the',
    '',
    'Nigerian states pay N21.62 billion as external debt deductions in first quarter',
    '',
    'The thirty-six (36) states of the federation parted with a sum of',
    '',
    'Exchange rate weakens at the investors window despite better supply',
    '',
    'The exchange rate between the naira and the US dollar closed at',
    '',
    'Telecoms operators roll out cheaper tariff plans amid rising inflation',
    '',
    'This is coming barely two months after the regulator had rejected plans',
  ].join('\n');

  it('reads each headline as an item and its cut teaser as its text', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body])).toEqual([
      [
        'Debt office denies country failed World Bank disclosure rule',
        ['The Debt Management Office has denied reports alleging that Nigeria failed the'],
      ],
      [
        'Nigerian states pay N21.62 billion as external debt deductions in first quarter',
        ['The thirty-six (36) states of the federation parted with a sum of'],
      ],
      [
        'Exchange rate weakens at the investors window despite better supply',
        ['The exchange rate between the naira and the US dollar closed at'],
      ],
      [
        'Telecoms operators roll out cheaper tariff plans amid rising inflation',
        ['This is coming barely two months after the regulator had rejected plans'],
      ],
    ]);
  });
});

describe('teasers cut at lengths that vary, each followed by a paragraph break', () => {
  const page = [
    'Africa',
    '',
    'Mauritania and Togo weigh ways to bolster relations',
    '',
    'The presidents of Mauritania and Togo held talks on Monday on means to improve relations between the two countries, reports say. The visiting leader arrived in the capital on Monday for a visit whose purpose has not been revealed, and the discussions according to media reports took place in',
    '',
    'Morocco chairs emergency meeting of Arab foreign ministers',
    '',
    'In a swift response to the memorandum of understanding signed between the two neighbours last week, the foreign ministers of the Arab League gathered in Cairo on Sunday for an emergency meeting chaired by Morocco to discuss',
    '',
    'Aid agency lists ten under-reported crises, all of them in Africa',
    '',
    'Crises in Africa are being overlooked, with news about humanitarian emergencies pushed aside by other stories, the charity said on Thursday.',
  ].join('\n');

  it('ends each teaser at the break, so the headline under it opens the next item', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Mauritania and Togo weigh ways to bolster relations', 1],
      ['Morocco chairs emergency meeting of Arab foreign ministers', 1],
      ['Aid agency lists ten under-reported crises, all of them in Africa', 1],
    ]);
  });

  it('keeps a paragraph that goes on after a colon with the item', () => {
    const listed = page.replace('to discuss', 'to discuss the following:');
    const r = parseChecked(listed);
    expect(r.items.map((i) => i.title)).toEqual([
      'Mauritania and Togo weigh ways to bolster relations',
      'Morocco chairs emergency meeting of Arab foreign ministers',
    ]);
  });
});
