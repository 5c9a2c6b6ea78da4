// Listing pages the parser set aside as one article and gave nothing for: each kind of layout
// read with a positive sign of a listing (a repeated bullet, ...), not just the absence of an
// article's signs. Small pages of our own writing in the shapes the corpus pages show.
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

describe('bulleted headless briefs, each with a paragraph and a credit in parentheses under it', () => {
  // A bilingual weekly's round-up (dev 780): the bullet opens each brief, its translation and
  // its credit (a paper's name in parentheses) indented under it.
  const page = [
    'News summary (3-20-2017)',
    '',
    'By Jane Roe and John Doe',
    '',
    'United States',
    '',
    '  • Harbour Ports posted a record pre-tax profit for the June year, lifting the funds available for grants.',
    '',
    '    The port company said container volumes rose by a fifth as two new shipping lines called at the terminal.',
    '',
    '    (La Nación)',
    '',
    '  • National Post lost money in the third quarter, blaming lower mail volumes on the flat economy.',
    '',
    '    Letters sent fell by a tenth over the quarter, the fourth fall in a row, the company said in its report.',
    '',
    '    (El Tiempo)',
    '',
    '  • Southern Cross made history with a third application to the Commerce Commission for clearance. It was',
  ].join('\n');

  it('makes each bullet an item with its paragraphs and its credit', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => i.title)).toEqual([
      'Harbour Ports posted a record pre-tax profit for the June year, lifting the funds available for grants.',
      'National Post lost money in the third quarter, blaming lower mail volumes on the flat economy.',
      'Southern Cross made history with a third application to the Commerce Commission for clearance.',
    ]);
    expect(r.items.map((i) => i.body.length)).toEqual([2, 2, 1]);
    expect(r.items.map((i) => i.sources.map((s) => s.publication))).toEqual([
      ['La Nación'],
      ['El Tiempo'],
      [],
    ]);
  });
});
