// A section page of dated cards: headline, a standfirst with no full stop, maybe the author, the date.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';

describe('dated cards', () => {
  // A business site's section page (dev 579): no running text, each card a headline, the deck an
  // editor wrote under it, the author's name on some, and the date with the reading time.
  const page = `An Echelon Media Company
Sunday September 24th, 2023
General Industry

Sri Lanka egg production to pick up by year end: Minister

Egg and poultry prices are likely to drop by December, and there would be no further price hikes, minister says

September 15, 2023 2 min read

Dutch feminist policy to help unlock female economic potential in Sri Lanka

Netherlands to help Sri Lanka unlock female workforce potential with feminist foreign policy

August 31, 2023 2 min read

Sri Lanka to lease state land for Dambulla Agro Cool warehouse

Land given on 30-year lease to a private cold storage operator

August 29, 2023 1 min read

Sri Lanka warned that 12-month mining permit would make investors run away

Because that is too much of a risk for someone to come and invest

Nethmi Rajawasam
August 3, 2023 3 min read

Sri Lanka mineral sands SOE pays Rs1.5bn dividends

Lanka Mineral Sands Limited mines beach sands and exports them

July 28, 2023 1 min read
`;

  // The first card of a run is left to the other rules: a headline over a line and a date also
  // heads a page (its own title over its strapline), so the run's later cards make the habit.
  it('reads the cards after the first as briefings, each standfirst as its text', () => {
    const r = parsePage(page);
    expect(r.items.map((i) => [i.title, i.body]).slice(-4)).toEqual([
      [
        'Dutch feminist policy to help unlock female economic potential in Sri Lanka',
        ['Netherlands to help Sri Lanka unlock female workforce potential with feminist foreign policy'],
      ],
      [
        'Sri Lanka to lease state land for Dambulla Agro Cool warehouse',
        ['Land given on 30-year lease to a private cold storage operator'],
      ],
      [
        'Sri Lanka warned that 12-month mining permit would make investors run away',
        ['Because that is too much of a risk for someone to come and invest'],
      ],
      [
        'Sri Lanka mineral sands SOE pays Rs1.5bn dividends',
        ['Lanka Mineral Sands Limited mines beach sands and exports them'],
      ],
    ]);
  });
});
