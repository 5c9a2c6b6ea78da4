import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

/*
 * Whole listings the parser used to read as one item or none: pages of headless briefs that
 * never reached the article guard (one item titled by a whole paragraph of running text).
 */
describe('empty listings: headless briefs read as one item', () => {
  // Five teasers, no headlines, each cut by the site and closed by its "read more" link; two
  // open with a dateline. Five paragraphs: short of the article guard's length.
  const page = [
    'HARBOURTON, NORLAND — Customs officers seized a shipment of counterfeit medicines at the container port on Sunday, the revenue board said in a statement. The haul was hidden in crates ofRead More →',
    '',
    'The transport ministry would not extend the fuel subsidy for bus operators beyond the end of the year, a spokesman for the ministry told reporters on Monday. Operators had asked forRead More →',
    '',
    'Wheat growers in the northern districts expect a record harvest after steady rains in the spring, the farmers’ federation said in its quarterly review. Prices areRead More →',
    '',
    'VELMONT — Parliament passed a bill on Tuesday that sets up an independent commission to oversee the country’s public broadcaster and its funding. The opposition votedRead More →',
    '',
    'Shares in the national carrier fell sharply after the airline reported a wider loss for the third quarter, citing higher fuel costs and weak demand. Analysts had expectedRead More →',
  ].join('\n');

  it('reads each teaser as a brief, titled after its dateline', () => {
    const r = parseChecked(page);
    expect(r.items.map((b) => b.title)).toEqual([
      'Customs officers seized a shipment of counterfeit medicines at the container port on Sunday, the revenue board said in a statement.',
      'The transport ministry would not extend the fuel subsidy for bus operators beyond the end of the year, a spokesman for the ministry told reporters on Monday.',
      'Wheat growers in the northern districts expect a record harvest after steady rains in the spring, the farmers’ federation said in its quarterly review.',
      'Parliament passed a bill on Tuesday that sets up an independent commission to oversee the country’s public broadcaster and its funding.',
      'Shares in the national carrier fell sharply after the airline reported a wider loss for the third quarter, citing higher fuel costs and weak demand.',
    ]);
  });
});

/*
 * A column of headless briefs where one brief is a quote lede: the quote first, then its speaker
 * named in full (`“...,” says Jane Doe.`). An article's quote paragraph leans on a speaker named
 * before (`he said`); a brief's names its own, so the column is still a column of briefs.
 */
describe('empty listings: a quote lede among headless briefs', () => {
  const page = [
    'The weekly markets digest – 4th March 2019',
    '',
    'Top Stories',
    '',
    'Northwind Freight agreed to buy a rival parcel carrier for $2.1 billion in cash. Analysts called the price steep for a business with thin margins.',
    '',
    'Copperfield Mining cut its output forecast for the year after floods shut two of its pits. The shares fell 6% in early trading.',
    '',
    '“Demand for charging stations has doubled in a year,” says Maria Lindqvist. Her company is opening forty new sites along the coast this spring.',
    '',
    'Companies',
    '',
    'Harbour Bank raised its savings rates for the second time this quarter as deposits moved to rivals. Mortgage rates were left unchanged.',
    '',
    'Lumen Airways will add six routes to southern Europe from May, using jets freed by the end of its charter deals. Fares start at $49.',
    '',
    '“We will not sell the stake at any price,” says Tomas Berg',
  ].join('\n');

  it('reads the quote lede, and a cut one, as briefs of their own', () => {
    const r = parseChecked(page);
    expect(r.items.map((b) => b.title)).toEqual([
      'Northwind Freight agreed to buy a rival parcel carrier for $2.1 billion in cash.',
      'Copperfield Mining cut its output forecast for the year after floods shut two of its pits.',
      '“Demand for charging stations has doubled in a year,” says Maria Lindqvist.',
      'Harbour Bank raised its savings rates for the second time this quarter as deposits moved to rivals.',
      'Lumen Airways will add six routes to southern Europe from May, using jets freed by the end of its charter deals.',
      '“We will not sell the stake at any price,” says Tomas Berg',
    ]);
  });
});

/*
 * An aggregator's listing with no headlines: a credit line (`Outlet | date`) over each story's
 * opening paragraphs, the paragraph opened by the agency's dateline. A paragraph of running text
 * is no headline: the item is titled by its first sentence after the dateline, which credits it.
 */
describe('empty listings: datelined paragraphs under credit lines', () => {
  const page = [
    'World Desk',
    '',
    'Harbour Times | Mar 4, 2019',
    '',
    'OSLO, March 4 (Reuters) - Norway’s sovereign fund sold its stakes in three oil explorers on Monday, citing climate risks. The sale was worth about $1.2 billion, the fund said.',
    '',
    'The fund’s ethics council had recommended the sale last year ...',
    '',
    'Harbour Times | Mar 4, 2019',
    '',
    'LIMA, March 4 (Reuters) - Peru’s central bank held its benchmark rate at 2.75 percent on Monday, as inflation stayed within its target range. Economists had expected the hold.',
    '',
    'The bank said it was ready to act if needed ...',
    '',
    'Harbour Times | Mar 4, 2019',
    '',
    'NAIROBI, March 4 (Reuters) - Kenya’s tea exports rose by a fifth in January from a year earlier, helped by strong demand from Pakistan and Egypt. Prices at the Mombasa auction held steady.',
  ].join('\n');

  it('titles each story by its first sentence after the dateline, credited to the agency', () => {
    // The first story stands under the page's own heading, read as its headline (the heading
    // over a credit line looks like a headline over its credit): the stories after a credit
    // line are what this reads.
    const r = parseChecked(page);
    const after = r.items.slice(1);
    expect(after.map((b) => b.title)).toEqual([
      'Peru’s central bank held its benchmark rate at 2.75 percent on Monday, as inflation stayed within its target range.',
      'Kenya’s tea exports rose by a fifth in January from a year earlier, helped by strong demand from Pakistan and Egypt.',
    ]);
    // The dateline's agency credits each story (the credit lines are read as set, apart).
    expect(after.map((b) => b.sources.some((c) => c.publication === 'Reuters'))).toEqual([true, true]);
  });
});

/*
 * A tag page of cards whose title-case headline and sentence-case teaser came out on one line
 * with only a space between (`... Rice Mill The group has opened ...`). Title case capitalises
 * every long word of the headline; the teaser's first long lower-case word is past it, and the
 * teaser opens at the article before that word.
 */
describe('empty listings: title-case headlines glued to their teasers', () => {
  const page = [
    'Port Authority Opens Second Container Terminal The port authority has opened a second container terminal at the eastern harbour, doubling its capacity...',
    'Millers Warn of Flour Shortage After Poor Harvest The Flour Millers Association said stocks of wheat would last only six more weeks unless imports rose...',
    'Lagoon Bridge Repairs to Finish in March – Commissioner One of the two lanes closed since June will reopen next week, the works commissioner said on Monday...',
    'Central Bank Keeps Policy Rate Unchanged at 18% The Monetary Policy Committee voted to hold the benchmark rate for a third meeting in a row...',
  ].join('\n');

  it('splits each line into its headline and its teaser', () => {
    const r = parseChecked(page);
    expect(r.items.map((b) => [b.title, b.body.length])).toEqual([
      ['Port Authority Opens Second Container Terminal', 1],
      ['Millers Warn of Flour Shortage After Poor Harvest', 1],
      ['Lagoon Bridge Repairs to Finish in March – Commissioner', 1],
      ['Central Bank Keeps Policy Rate Unchanged at 18%', 1],
    ]);
  });
});

/*
 * A section page of teaser paragraphs, one a line, no headlines, the page cut inside the last
 * one (a line that stops mid-word, so it has a headline's shape): no item of its own was
 * read but the first, titled by its whole first paragraph.
 */
describe('empty listings: packed teaser paragraphs with the last one cut', () => {
  const page = [
    'The regional development bank approved a loan of 300 million dollars for a coastal highway, the bank said in a statement on Tuesday.',
    'Dock workers at the southern port ended a nine-day strike after the operator agreed to raise wages by eight percent, the union said.',
    'Coffee exports fell by a tenth in the first quarter as dry weather cut the harvest in the highlands, according to the growers federation.',
    'The electoral court rejected an appeal by two opposition parties and confirmed the date of the presidential vote for October.',
    'Tourist arrivals reached a record in March, helped by new flights from Europe and a weaker currency, the tourism board reported.',
    'Mining companies will pay a higher royalty on copper sold above a set price under a bill the senate approved late on Monday, said Senator Ana Ruiz Gal',
  ].join('\n');

  it('reads each paragraph as a brief, the cut one too', () => {
    const r = parseChecked(page);
    expect(r.items.map((b) => b.title)).toEqual([
      'The regional development bank approved a loan of 300 million dollars for a coastal highway, the bank said in a statement on Tuesday.',
      'Dock workers at the southern port ended a nine-day strike after the operator agreed to raise wages by eight percent, the union said.',
      'Coffee exports fell by a tenth in the first quarter as dry weather cut the harvest in the highlands, according to the growers federation.',
      'The electoral court rejected an appeal by two opposition parties and confirmed the date of the presidential vote for October.',
      'Tourist arrivals reached a record in March, helped by new flights from Europe and a weaker currency, the tourism board reported.',
      'Mining companies will pay a higher royalty on copper sold above a set price under a bill the senate approved late on Monday, said Senator Ana Ruiz Gal',
    ]);
  });
});

/*
 * A business column of packed headless briefs, two of them on two government ministries
 * (`The Ministry of Energy ...`, `The Ministry of Finance ...`): an institution's name `X of Y`
 * is one name, so the two briefs name two subjects, not one an article keeps coming back to.
 */
describe('empty listings: briefs on two institutions of one kind', () => {
  const page = [
    'The Ministry of Energy said it would auction four offshore gas blocks in June, the first such sale in a decade.',
    'The Ministry of Finance raised 40 billion pesos from a sale of ten-year bonds on Tuesday, above its target.',
    'Grupo Solano reported a net income of 2.1 billion pesos for the first quarter, up 12 percent from a year earlier.',
    'Airline passengers rose by a fifth in March as new routes to the islands opened, the civil aviation board said.',
  ].join('\n');

  it('reads each paragraph as a brief', () => {
    const r = parseChecked(page);
    expect(r.items.map((b) => b.title)).toEqual([
      'The Ministry of Energy said it would auction four offshore gas blocks in June, the first such sale in a decade.',
      'The Ministry of Finance raised 40 billion pesos from a sale of ten-year bonds on Tuesday, above its target.',
      'Grupo Solano reported a net income of 2.1 billion pesos for the first quarter, up 12 percent from a year earlier.',
      'Airline passengers rose by a fifth in March as new routes to the islands opened, the civil aviation board said.',
    ]);
  });
});
