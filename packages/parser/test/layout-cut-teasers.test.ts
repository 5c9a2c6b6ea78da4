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
