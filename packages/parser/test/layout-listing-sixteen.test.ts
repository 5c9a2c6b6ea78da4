// Section listings and trailing-agency pages, round sixteen: the kinds the session's new pages
// showed (an archive of dated posts under a category label, a pager of page numbers under the
// last card, ...). Each on a small page written in the outlets' layout; the expected values are
// stated literally.
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

const cited = (text: string) =>
  parseChecked(text).items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)]);

describe('a pager of page numbers under the last card', () => {
  it('keeps `[1] « 12 | 13 | 14 » [20]` with the furniture, not as a headline', () => {
    // PHP portals' section pages end with the first and last pages in brackets and the pages
    // around the current one between guillemets and bars.
    expect(
      cited(`Business News

Tea exports rise in March

Tea exports rose 8 percent in March from a year earlier on stronger demand from the Middle East, the tea board said. Read More

Stock market slumps down

The stock exchange price index fell for a third day yesterday as foreign investors sold banking shares. Read More

[1]      «      12   |   13   |   14      »      [20]
`),
    ).toEqual([
      ['Tea exports rise in March', 1, []],
      ['Stock market slumps down', 1, []],
    ]);
  });
});
