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

describe('a bulleted link digest closing each bullet with its outlet in parentheses', () => {
  it('credits a name the outlet list does not know where two bullets name known outlets', () => {
    // A firm's morning reading list: one bullet per link, the headline, a colon and the deck,
    // then the outlet in parentheses; a bullet with no deck is a headline alone.
    expect(
      cited(`Morning reading

  • Banks Brace for a Slower Year: Lenders set aside more for bad loans as borrowers fall behind on payments. (Bloomberg)

  • The Last Cheese Maker in the Valley: A family business is bringing an old craft back to its home village. (Country Table)

  • Housing Starts Fall Again: Builders broke ground on fewer homes in March as mortgage rates stayed high. (Wall Street Journal)

  • Investors weigh the case for small caps as rate cuts near (Market Letter)
`),
    ).toEqual([
      [
        'Banks Brace for a Slower Year: Lenders set aside more for bad loans as borrowers fall behind on payments.',
        1,
        ['Bloomberg'],
      ],
      [
        'The Last Cheese Maker in the Valley: A family business is bringing an old craft back to its home village.',
        1,
        ['Country Table'],
      ],
      [
        'Housing Starts Fall Again: Builders broke ground on fewer homes in March as mortgage rates stayed high.',
        1,
        ['The Wall Street Journal'],
      ],
      ['Investors weigh the case for small caps as rate cuts near', 0, ['Market Letter']],
    ]);
  });

  it('leaves a bullet closed by a parenthesis as text where no bullet names a known outlet', () => {
    const items = parseChecked(`Morning reading

  • Banks Brace for a Slower Year: Lenders set aside more for bad loans as borrowers fall behind on payments. (Lending Desk)

  • The Last Cheese Maker in the Valley: A family business is bringing an old craft back to its home village. (Country Table)
`).items;
    expect(items.flatMap((i) => i.sources)).toEqual([]);
  });
});

describe("a reposted story's deck, then its wire dateline credit, in one teaser", () => {
  it('credits the outlet named in parentheses before the dash after the deck', () => {
    // A re-publishing site's archive: headline, then one teaser holding the story's deck, the
    // source outlet in parentheses and a dash, and the story's first words.
    expect(
      cited(`Yearly Archives

Minister sues rival for defamation

The state chief takes his opposite number to court over claims about a river project. (Daily Courier) - The state chief minister has filed a suit against the opposition leader…

Party may lose support of urban voters

The party may lose support in the cities if it drops its reform agenda, analysts say. KUALA LUMPUR (Bernama) - Analysts said the party's urban base was shrinking…
`),
    ).toEqual([
      ['Minister sues rival for defamation', 1, ['Daily Courier']],
      ['Party may lose support of urban voters', 1, ['Bernama']],
    ]);
  });

  it("leaves a picture's credit naming its photographer in the text", () => {
    const items = parseChecked(`Archive

Port traffic rises in March

Aerial photo taken on March 26 shows cargo vessels at the port. (Xinhua/Guo Xulei) - As the managing partner put it, the trade outlook has improved since the winter…
`).items;
    expect(items.flatMap((i) => i.sources)).toEqual([]);
  });
});

describe('an archive of dated posts of one name under the category label', () => {
  it('reads the first post heading as a headline, not as a credit row under the label', () => {
    // A study site's category page: `Category: ...`, then each post's heading (its name and
    // date, a dash between) over its teaser.
    expect(
      cited(`Category: daily news

DAILY NEWS – 22/12/2025

DAILY NEWS – 22/12/2025 Ports to get new cranes. The shipping ministry approved the purchase of twelve cranes for the eastern ports on Monday, officials said.

DAILY NEWS – 20/12/2025

DAILY NEWS – 20/12/2025 Rail fares to rise. The railway board said fares on suburban lines will rise by five percent from January, the first increase in six years.
`),
    ).toEqual([
      ['DAILY NEWS – 22/12/2025', 1, []],
      ['DAILY NEWS – 20/12/2025', 1, []],
    ]);
  });
});

describe("a post's source line run into its teaser", () => {
  it('credits the known outlet after `Source :` inside the teaser', () => {
    // A current-affairs study site: each teaser runs the post's headline, its syllabus tag and
    // its `Source : Outlet` line together, the excerpt having lost the line breaks.
    expect(
      cited(`Category: daily news

DAILY NEWS – 22/12/2025

DAILY NEWS – 22/12/2025 Ports to get new cranes: ministry/बंदरगाहों को नई क्रेन मिलेंगी: मंत्रालय Syllabus : GS 3 : Economy Source : The Hindu The shipping ministry approved the purchase of twelve cranes for the eastern ports on Monday, officials said.

DAILY NEWS – 20/12/2025

DAILY NEWS – 20/12/2025 Rail fares to rise: board/रेल किराया बढ़ेगा: बोर्ड Syllabus : GS 3 : Economy Source : Southern Courier The railway board said fares on suburban lines will rise by five percent from January.
`),
    ).toEqual([
      ['DAILY NEWS – 22/12/2025', 1, ['The Hindu']],
      ['DAILY NEWS – 20/12/2025', 1, []],
    ]);
  });
});

describe('the agency named after the lead sentence ("..., reports BSS.")', () => {
  it('credits the agency that closes the lead sentence, not one quoted further down', () => {
    // A print edition's page: headline, one teaser whose lead sentence ends with the national
    // agency that reports it, then `Read more`.
    expect(
      cited(`Last Page

Minister urges donors to keep up aid to flood victims
The minister reiterated on Tuesday her call to donors to keep up aid to the flood-hit districts, reports BSS."The people need shelter before the monsoon," she said.
Read more
Port authority seeks more time for new terminal
The port authority has sought two more years to finish the new container terminal, officials said on Tuesday. The delay was first reported by local papers, reported APP.
Read more
`),
    ).toEqual([
      ['Minister urges donors to keep up aid to flood victims', 1, ['Bangladesh Sangbad Sangstha']],
      ['Port authority seeks more time for new terminal', 1, []],
    ]);
  });
});

describe('a list of headlines under a label calling them the headlines', () => {
  it('reads each line as an item with no text, its `: Agency report` as its credit', () => {
    // A wire service's day list: `--` before each headline, blank lines between, some closed by
    // the agency that reported the story; then a side list of bulleted headlines.
    expect(
      cited(`Asia - Top stories

Asia headlines for Wednesday, April 10

--Port operator injects S$13.5 million into Singapore logistics start-up to expand in SE Asia

--Carmaker to close passenger car factory in Turkey in 2021 amid slow sales in Europe: Kyodo report

--Chipmaker plans second plant in Malaysia as demand for memory chips recovers: press report

to TOP page

Asia headlines

  • Retailer's venture arm takes major share in Indonesian payments platform
  • Chinese, EU leaders aim to reach investment agreement by 2020
  • Steelmaker likely to form joint venture with Indian partner: Reuters report
more articles...
`),
    ).toEqual([
      ['Port operator injects S$13.5 million into Singapore logistics start-up to expand in SE Asia', 0, []],
      [
        'Carmaker to close passenger car factory in Turkey in 2021 amid slow sales in Europe',
        0,
        ['Kyodo News'],
      ],
      ['Chipmaker plans second plant in Malaysia as demand for memory chips recovers: press report', 0, []],
      ["Retailer's venture arm takes major share in Indonesian payments platform", 0, []],
      ['Chinese, EU leaders aim to reach investment agreement by 2020', 0, []],
      ['Steelmaker likely to form joint venture with Indian partner', 0, ['Reuters']],
    ]);
  });

  it('leaves a labelled block of headlines furniture on a page whose items have text', () => {
    const items = parseChecked(`Port strike enters its second week

Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore, the union said.

Latest headlines

Carmaker to close passenger car factory in Turkey
Chipmaker plans second plant in Malaysia
Retailer takes major share in payments platform
`).items;
    // Its lines are no headline-only items of their own (what else they become is other rules' matter).
    expect(items.filter((i) => i.body.length === 0).map((i) => i.title)).toEqual([]);
  });
});
