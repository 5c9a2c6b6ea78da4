// Citation fields, round fourteen: credits in forms the corpus's newest pages print (a paper's
// name in parentheses closing a summary, a syndication notice in a sentence, ...). Each on a
// small page written in the outlets' layout; the expected values are stated literally.
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

const cited = (text: string) =>
  parseChecked(text).items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)]);

describe('a paper named in parentheses after the summary’s last sentence', () => {
  it('credits the summary with the paper, whatever its name, and leaves a label or initials alone', () => {
    // A broker's morning note and a clipping archive sign each summary with the paper it was
    // taken from; neither paper is one the parser knows. `(Photo)` is a label; `(Ans)` a
    // reporter's initials, not a paper.
    expect(
      cited(`Morning Notes

Bank Rakyat Posts 12% Net Profit Growth in 9M25
The bank booked net profit of IDR 45.4 tn in 9M25, up 12% YoY, on stronger loan growth and lower funding costs. (Bisnis Indonesia)

Cement Sales Slip 3% in October
Domestic cement sales fell 3% YoY in October as rains slowed construction across Java and Sumatra. (Kontan)

Nickel Smelter Starts Output
The company started commercial output at its new nickel smelter in Sulawesi on Monday, the board said. (Photo)

Toll Road Tariffs Rise
Operators raised tariffs on eleven toll roads on Sunday after the ministry approved the annual review. (Ans)
`),
    ).toEqual([
      ['Bank Rakyat Posts 12% Net Profit Growth in 9M25', 1, ['Bisnis Indonesia']],
      ['Cement Sales Slip 3% in October', 1, ['Kontan']],
      ['Nickel Smelter Starts Output', 1, []],
      ['Toll Road Tariffs Rise', 1, []],
    ]);
  });
});

describe('a syndication notice in the summary', () => {
  it('credits the item with the outlet that lent the text, not a picture’s courtesy', () => {
    // A business council's news page and a republishing newsletter say whose text they carry in
    // a sentence; `Photo courtesy of` names a picture's source and credits nothing.
    expect(
      cited(`News

Pacific news round-up: New airline routes; Port upgrade
This Pacific news round-up comes through the courtesy of Pacific Trade Weekly. Samoa's airline will open two new routes to Auckland in March...

Why rents keep rising in regional towns
This article is republished from The Conversation under a Creative Commons license. Rents in regional towns have risen faster than in the capitals for three years...

Council opens new market hall
Photo courtesy of Lautoka City Council. The council opened the new market hall on Friday after two years of work on the site...
`),
    ).toEqual([
      ['Pacific news round-up: New airline routes; Port upgrade', 1, ['Pacific Trade Weekly']],
      ['Why rents keep rising in regional towns', 1, ['The Conversation']],
      ['Council opens new market hall', 1, []],
    ]);
  });
});

describe('sources listed with semicolons', () => {
  it('gives one citation per source of `Sources: Reuters; Bloomberg`', () => {
    // Wire round-ups and newsletters set the sources of a compiled item apart with semicolons,
    // as a list whose items may hold commas; each is a source of its own.
    expect(
      cited(`World news

China's exports rise 8 percent in March
China's exports rose 8 percent year on year in March, customs data showed on Tuesday morning in Beijing.
Sources: Reuters; Bloomberg

Apple to open new store in Mumbai
Apple will open its second store in India in Mumbai next month, the company said on Monday evening.
Sources: AFP; AP; Kyodo News
`),
    ).toEqual([
      ["China's exports rise 8 percent in March", 1, ['Reuters', 'Bloomberg']],
      ['Apple to open new store in Mumbai', 1, ['Agence France-Presse', 'Associated Press', 'Kyodo News']],
    ]);
  });
});
