// Citation fields, round eleven: credit forms read as general conventions (dates in either order,
// credit blocks under the headline, sentence credits). Each on a small page written in the shape
// real outlets use; the expected values are stated literally.
import { describe, expect, it } from 'vitest';
import { parseChecked as parse } from './layout-helpers.js';

const cited = (text: string) =>
  parse(text).items.map((i) => [i.title, i.sources.map((s) => [s.publication, s.date ?? null])]);

describe('wire datelines with the day first', () => {
  it('reads `BERLIN, 4 June (dpa) -` and `New Delhi [India], June 4 (ANI):` as dated wire credits', () => {
    // dpa's and AFP's English services and Reuters UK put the day first; ANI sets the country in
    // square brackets after the city.
    expect(
      cited(`World News

German factory orders fall again
BERLIN, 4 June 2024 (dpa) - German factory orders fell for the fourth month in a row in April, the statistics office said on Tuesday.

India monsoon arrives early in Kerala
New Delhi [India], June 4, 2024 (ANI): The monsoon reached the coast of Kerala two days earlier than usual, the weather office said.

Tokyo stocks rise
TOKYO, 5 June (Reuters) - Japanese shares rose on Wednesday as exporters gained.
`),
    ).toEqual([
      ['German factory orders fall again', [['Deutsche Presse-Agentur', '2024-06-04']]],
      ['India monsoon arrives early in Kerala', [['Asian News International', '2024-06-04']]],
      ['Tokyo stocks rise', [['Reuters', '2024-06-05']]],
    ]);
  });
});
