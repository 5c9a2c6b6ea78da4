// Section listings and trailing-agency pages, round fourteen: credits and headlines in the forms
// the session's new pages showed (a paper's name in parentheses closing each summary, headlines
// set tight under the text above with a stamp row under them, ...). Each on a small page written
// in the outlets' layout; the expected values are stated literally.
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

const cited = (text: string) =>
  parseChecked(text).items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)]);

describe('a name in parentheses after the last full stop, twice on the page', () => {
  it('credits each summary it closes, known outlet or not', () => {
    // Indonesian market digests close each summary with the paper it comes from, `(Kontan)`,
    // `(Bisnis)`; the name closes two summaries here, so it is the page's credit habit.
    expect(
      cited(`Market News
Bank Raya Posted 12% YoY Net Profit Growth in 9M25
Bank Raya booked a net profit of IDR 45 bn in 9M25, up 12% YoY, supported by digital lending growth and lower funding costs across its network. (Harian Niaga)
Cement Sales Fell 3% YoY in October
Domestic cement sales fell 3% YoY in October as property projects slowed in Java and Sumatra, the producers' association said on Monday. (Harian Niaga)
Coal Output Reached 700 Mt in 10M25
National coal output reached 700 Mt in the first ten months, the energy ministry said, as exports to China and India held up despite weaker prices.
`),
    ).toEqual([
      ['Bank Raya Posted 12% YoY Net Profit Growth in 9M25', 1, ['Harian Niaga']],
      ['Cement Sales Fell 3% YoY in October', 1, ['Harian Niaga']],
      ['Coal Output Reached 700 Mt in 10M25', 1, []],
    ]);
  });

  it('leaves a name in parentheses that closes one paragraph only as text', () => {
    const items = parseChecked(`Market News
Bank Raya Posted 12% YoY Net Profit Growth in 9M25
Bank Raya booked a net profit of IDR 45 bn in 9M25, up 12% YoY, supported by digital lending growth and lower funding costs across its network. (Harian Niaga)
Cement Sales Fell 3% YoY in October
Domestic cement sales fell 3% YoY in October as property projects slowed in Java and Sumatra, the producers' association said on Monday.
`).items;
    expect(items.map((i) => i.sources.length)).toEqual([0, 0]);
  });
});
