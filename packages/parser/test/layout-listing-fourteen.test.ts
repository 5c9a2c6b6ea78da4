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

describe('headlines set tight under the text above, a stamp row between headline and text', () => {
  it('reads each headline over its stamp and credit rows, not the stamp as the headline', () => {
    // A news aggregator's topic page: each card's headline right under the card above (its
    // blank line after it), then the source when there is one, a `yy-mm-dd hh:mm` stamp, and
    // the summary.
    expect(
      cited(`Thailand - Latest coverage from the wires and the papers

Thai exports rise for a third month on electronics demand


23-09-18 23:01

Thailand's exports rose 4.2% in August from a year earlier, the commerce ministry said, as shipments of electronics and farm goods grew.
Baht weakens as investors await central bank decision


23-09-19 04:56

The baht weakened against the dollar on Tuesday as investors waited for the central bank's rate decision later this week.
Tourism arrivals top 20 million for the year

NY Times

23-09-19 04:01

Foreign tourist arrivals passed 20 million this year, the tourism ministry said on Tuesday, with Malaysia and China the largest sources.
`),
    ).toEqual([
      ['Thai exports rise for a third month on electronics demand', 1, []],
      ['Baht weakens as investors await central bank decision', 1, []],
      ['Tourism arrivals top 20 million for the year', 1, ['The New York Times']],
    ]);
  });
});

describe("a coverage list's headlines with their paper's name glued after them", () => {
  it('reads the capitalised name a sentence-case headline ends on as its credit, three lines in a row', () => {
    // "More on this story" lists copied from a news aggregator: each bulleted line a linked
    // headline and its paper, the link's edge lost in the text copy.
    expect(
      cited(`- Rupiah firms as exports beat forecasts Jakarta Globe
- Bank Indonesia holds rate, signals room to ease later this year Antara News
- Coal exporters brace for weaker demand from buyers abroad Tempo English
- Rupiah outlook steady despite global turmoil, analysts say The Jakarta Post
`),
    ).toEqual([
      ['Rupiah firms as exports beat forecasts', 0, ['Jakarta Globe']],
      ['Bank Indonesia holds rate, signals room to ease later this year', 0, ['Antara']],
      ['Coal exporters brace for weaker demand from buyers abroad', 0, ['Tempo English']],
      ['Rupiah outlook steady despite global turmoil, analysts say', 0, ['The Jakarta Post']],
    ]);
  });

  it('leaves two such lines alone: a headline may end on a proper noun', () => {
    const items = parseChecked(`Top stories

- Fed holds rates steady as inflation cools in United States
- Oil prices climb after supply cuts by Saudi Arabia

The Federal Reserve held its benchmark rate steady on Wednesday, saying inflation had cooled further in recent months.
`).items;
    expect(items.flatMap((i) => i.sources.map((s) => s.publication))).toEqual([]);
  });
});

describe('a teaser above the first headline, closed by the read-more link of every card', () => {
  it('is the first card, headless, titled by its first sentence', () => {
    // An archive page mirroring a news site: each card a headline and a cut teaser, the card's
    // `Read More »` link glued to the next headline; the page's copy starts inside the first card.
    const items =
      parseChecked(`The central bank will raise interest rates by a quarter-point on Wednesday, a poll of economists found. The move would take the benchmark rate to 1.5%, which …
Read More »Port strike enters its second week
Dock workers extended their strike on Monday, leaving dozens of container ships waiting offshore …
Read More »Rice exports climb on strong demand
Rice exports rose 12% in the first ten months as buyers in Africa and Asia stocked up ahead of …
Read More »Tourist arrivals top ten million
Foreign tourist arrivals passed ten million this year, the tourism ministry said on Tuesday, with …
`).items;
    expect(items.map((i) => [i.title, i.body.length])).toEqual([
      [
        'The central bank will raise interest rates by a quarter-point on Wednesday, a poll of economists found.',
        1,
      ],
      ['Port strike enters its second week', 1],
      ['Rice exports climb on strong demand', 1],
      ['Tourist arrivals top ten million', 1],
    ]);
  });
});

describe("the page's staff credit above its first headline", () => {
  it('is furniture, not a briefing headed by the credit', () => {
    // A translated press review: the lead picture and its source, the day's date, who translated
    // it, the compiler's intro, then each paper's story under its headline and the paper's name.
    const items = cited(`Morning Wrap: Top Stories in the Chinese Press - Aug 13

Photo: A villa built on top of an apartment building
Source: Beijing Times

August 13, 2013
Translated by Li Wei and Zhang Min

Most papers this morning led with the trade figures for July, which beat forecasts across the board.

Many websites also linked to news about the early release from prison of a driver who caused a crash.

Keep reading below for translated digests of some of the other stories reported by the mainland press.

Stock Index Hits Two-Month High After July Data
Beijing News
The Shanghai Composite Index rose by almost 2.4% yesterday, closing at its highest level in two months.

Cities Approve Plans for Light Rail and Trams
21st Century Business Herald
Thirty-four cities have approved plans to build light rail and tram lines over the next five years.
`);
    expect(items.map((i) => i[0])).not.toContain('Translated by Li Wei and Zhang Min');
    expect(items.slice(-2)).toEqual([
      ['Stock Index Hits Two-Month High After July Data', 1, ['The Beijing News']],
      ['Cities Approve Plans for Light Rail and Trams', 1, ['21st Century Business Herald']],
    ]);
  });
});

describe("a known outlet's name set off by a dash glued before the text", () => {
  it('credits the item, the name of several words with `of` in it', () => {
    // A news archive's search results: each headline, then its source glued to the excerpt with
    // a dash before it (`-The Hindu India's first ...`).
    expect(
      cited(`Groundwater atlas shows depletion in the north
-The Hindu India's first aquifer atlas points to a sharp decline in groundwater levels in several states...
More »CBI opens probe into offshore mining licences
-The Times of India A new scam worth several thousands of crores has come to light in the mining ministry...
More »Monsoon arrives early in Kerala
-The Hindu The southwest monsoon set in over Kerala on Thursday, three days ahead of its normal date...
`),
    ).toEqual([
      ['Groundwater atlas shows depletion in the north', 1, ['The Hindu']],
      ['CBI opens probe into offshore mining licences', 1, ['The Times of India']],
      ['Monsoon arrives early in Kerala', 1, ['The Hindu']],
    ]);
  });
});
