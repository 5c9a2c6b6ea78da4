import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

/*
 * Bilingual study pages, round fifteen: the layouts their items come in, read as items.
 */
describe('a broadcast script with soundbites', () => {
  // A study page printing two English news scripts under their Japanese headlines: each script
  // sets a soundbite with its speaker in parentheses on a line of their own, the quote under it.
  const page = [
    '英語ニュースで学ぶ',
    '',
    '4/02「港町で新しい市場が開業」',
    '',
    'A new fish market has opened in a northern port town, drawing crowds of visitors on its first weekend.',
    'The market sells fish landed the same morning by the local fleet.',
    '',
    '(Market manager / Port town cooperative)',
    '“We hope the market will bring young people back to the town.”',
    '',
    'The town plans to add a restaurant next year.',
    '',
    '4/03「高校生が科学賞を受賞」',
    '',
    'A high school student has won the top prize at an international science fair for a study of river insects.',
    'She spent two years collecting samples near her home.',
    '',
    '(Hana Mori)',
    '"I never thought my small project would win. I want to keep studying rivers."',
    '',
    'The fair drew entries from more than forty countries this year.',
  ].join('\n');

  it('reads the speaker label as part of the story, not as a headline', () => {
    const r = parseChecked(page);
    expect(r.items.map((b) => b.title)).toEqual([
      '4/02「港町で新しい市場が開業」',
      '4/03「高校生が科学賞を受賞」',
    ]);
  });

  it('keeps the quotation and the text after it in the story', () => {
    const r = parseChecked(page);
    expect(r.items[0]!.body.at(-2)).toBe('“We hope the market will bring young people back to the town.”');
    expect(r.items[0]!.body.at(-1)).toBe('The town plans to add a restaurant next year.');
    expect(r.items[1]!.body.at(-1)).toBe('The fair drew entries from more than forty countries this year.');
  });
});
