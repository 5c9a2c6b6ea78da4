// Headlines run into their text with a colon, a dash or a bar, and the lines that only look so.
// Small pages in the shapes real outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

describe('a teaser opened by a dateline and a colon, under its own headline', () => {
  // Indian and African dailies' section fronts: headline, then a teaser whose dateline ends
  // with a colon, so the teaser looks like a headline run into its text.
  const page = [
    'Business',
    '',
    'Rupee slips past 84 against the dollar as oil prices climb',
    'NEW DELHI, Dec 3: The rupee fell to a record low on Tuesday as importers bought dollars to pay for costlier crude.',
    '',
    'Cabinet clears Rs 1,200 crore plan for cold storage in farm belts',
    'NEW DELHI, Dec 3: The Union Cabinet approved a plan to build cold storage near farms, the food ministry said.',
    '',
    'Textile exporters seek extension of interest subsidy scheme',
    'MUMBAI, Dec 2: Exporters asked the government to extend the scheme by a year as orders from Europe slowed.',
  ].join('\n');

  it('keeps the headline as the title and the teaser as its text', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Rupee slips past 84 against the dollar as oil prices climb', 1],
      ['Cabinet clears Rs 1,200 crore plan for cold storage in farm belts', 1],
      ['Textile exporters seek extension of interest subsidy scheme', 1],
    ]);
  });
});
