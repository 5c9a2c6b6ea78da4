// Byline-dateline and digest pages of session 13's new outlets: the kinds, not the pages.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';

describe('a link out naming the source by its address', () => {
  // Feed-built business digests (dev 765) close a summary with the link to where it came from,
  // the link's text its host: `More: barrons.com`. The general form of `Read more at Reuters`.
  const page = `Morning Briefing


Chipmaker Plans New Plant
The company will build a third factory in Arizona, officials said on Monday. The plant is due to open in 2027.

More: reuters.com


Retail Sales Slow in March
Retail sales rose less than expected last month as shoppers cut back on big purchases.


Airline Raises Fuel Surcharge
The carrier will raise its fuel surcharge on long-haul routes from next week.

Read more at www.ft.com
`;

  it('reads `More: domain` and `Read more at domain` as the item’s credit', () => {
    const r = parsePage(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)])).toEqual([
      ['Chipmaker Plans New Plant', 1, ['reuters.com']],
      ['Retail Sales Slow in March', 1, []],
      ['Airline Raises Fuel Surcharge', 1, ['ft.com']],
    ]);
  });

  it('keeps `More: Sports` (no address) out of the credits', () => {
    const r = parsePage(page.replace('More: reuters.com', 'More: Sports'));
    expect(r.items[0]!.sources).toEqual([]);
  });
});

describe('a meta row closed by its reading time', () => {
  // A newsletter archive (dev 768): each issue a headline, a teaser closed by its `Read on →`
  // link, then the send date and the reading time as two sentences. A reading time is stated
  // only in a post's meta row (Medium-style and WordPress news templates print `3 min read`).
  const page = `Preview image.

Issue 12

Banks brace for a slower year

Lenders across the region expect loan growth to halve as rates stay high, and several have cut… Read on →

Delivered on 23 March 2020. About a 7 min read.

Preview image.

Issue 11

Why shipping costs are falling

Container rates have dropped for a sixth month as new ships join the fleet and demand… Read on →

Posted on 16 March 2020 · 5 min read
`;

  it('reads the row as the item’s date, not a paragraph, and the teaser with its link as finished', () => {
    const r = parsePage(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.published])).toEqual([
      ['Banks brace for a slower year', 1, '2020-03-23'],
      ['Why shipping costs are falling', 1, '2020-03-16'],
    ]);
  });
});

describe('a category chain over a headline the page end cut', () => {
  // A tag page of a news aggregator (dev 762): the item's categories as one run of names over
  // each headline, `HARARE –` datelines; the excerpt stops inside the last headline, right
  // under its chain.
  const page = `Business News

Treasury sees growth slowing to three percent next year

HARARE – The Treasury has cut its growth forecast for next year, citing drought and weak prices for the country’s main exports… Read More

Business Discussion News Politics

Long queues form in Harare as banks release new notes

HARARE – New bank notes finally hit the streets on Tuesday, with long queues forming outside banks across the capital… Read More

Business News Politics

Teachers call strike over pay as talks with government stall

HARARE – Unions representing public sector workers said they would strike from Monday after pay talks broke down… Read More

Business Development Discussion News

Command Agriculture was ‘opaque’, minister says as new model an`;

  it('reads the last chain as furniture and the cut line under it as the next headline', () => {
    const r = parsePage(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Treasury sees growth slowing to three percent next year', 1],
      ['Long queues form in Harare as banks release new notes', 1],
      ['Teachers call strike over pay as talks with government stall', 1],
      ['Command Agriculture was ‘opaque’, minister says as new model an', 0],
    ]);
  });
});

describe('cards with no teaser after cards with one', () => {
  // A weekly's topic page (dev 759): the first cards a headline, a teaser, `By Name` and a
  // date; the later ones only a headline over a category label (the page repeats it), maybe a
  // byline, and the date.
  const page = `Central bank holds rates as inflation eases
The central bank kept its policy rate unchanged on Thursday, saying inflation had slowed for a third month.
By Jane Moyo
Dec. 4, 2023
Miners warn of power cuts over the dry season
Mining companies said rolling power cuts could cut output by a fifth before the rains return.
By Peter Dube
Sep. 20, 2023
Tender row deepens… Contractor gets exclusive rights, sparking monopoly fears
Local News
Jan. 9, 2026
Fund's first financials draw mixed feelings from investors
Local News
By Ann Ncube and Tom Sibanda
Jan. 9, 2026
Farmers count cost of late rains in the south
Local News
By Peter Dube
Jan. 8, 2026
`;

  it('reads each headline over only meta rows as a card of its own', () => {
    const r = parsePage(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.published])).toEqual([
      ['Central bank holds rates as inflation eases', 1, '2023-12-04'],
      ['Miners warn of power cuts over the dry season', 1, '2023-09-20'],
      ['Tender row deepens… Contractor gets exclusive rights, sparking monopoly fears', 0, '2026-01-09'],
      ["Fund's first financials draw mixed feelings from investors", 0, '2026-01-09'],
      ['Farmers count cost of late rains in the south', 0, '2026-01-08'],
    ]);
  });
});

describe('a picture caption closed by (Agency/Photographer) between items', () => {
  // A blog's story list (dev 763) and an Indonesian daily's digest (dev 630): the picture's
  // caption, closed by the agency or paper and the photographer, stands between two items.
  const page = `Bringing explosive fun is serious business in the Philippines

A vendor stacks a huge firecracker fountain ahead of New Year celebrations in a market north of the capital. Read more »

Filipinos sit outside a church attending a Christmas Eve service in Manila.(AFP/Joel Nito)

Pope issues Christmas call to protect children

VATICAN CITY (Reuters) – Pope Benedict ushered in Christmas at midnight mass on Saturday with a call to protect children.

Officers round up residents without masks in Central Jakarta on Monday.(JP/P.J. Leo)

City collects fines as transition period nears its end

The Jakarta administration is collecting a significant amount of money from fines, officials said.
`;

  it('sets the caption apart from both items', () => {
    const r = parsePage(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Bringing explosive fun is serious business in the Philippines', 1],
      ['Pope issues Christmas call to protect children', 1],
      ['City collects fines as transition period nears its end', 1],
    ]);
  });

  it('keeps a sentence quoting a poll `(Reuters/Ipsos)` under no headline as text', () => {
    const r = parsePage(
      page.replace(
        'Officers round up residents without masks in Central Jakarta on Monday.(JP/P.J. Leo)',
        'Most voters back the plan, a survey found.(Reuters/Ipsos)\n\nMore of them said so in March than in January, the pollster added.',
      ),
    );
    expect(r.items[1]!.body.length).toBe(3);
  });
});

describe('a bulleted list cut off by the page end', () => {
  // A news-summary site (dev 774): a summary, then `Key Facts` as bullets; the excerpt stops
  // inside the next bullet, which goes on with the list's mark.
  const page = `Business News

Brewer's chief resigns over supplement probe

The chief executive of a drinks group resigned after a police investigation into his purchase of supplements.

  • He said he believed the supplement was legal.
  • A founding family member will now lead the company.

Miner's stake in battery firm worth $2bn

A mining group's stake in a battery maker is now worth about $2 billion after the shares doubled.

  • The group bought the stake in 2021.
  • The battery maker supplies two carmakers.
  • The company init`;

  it('reads the cut bullet as the list’s next line, not a headline', () => {
    const r = parsePage(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ["Brewer's chief resigns over supplement probe", 3],
      ["Miner's stake in battery firm worth $2bn", 4],
    ]);
  });
});

describe("a picture's alternative text over the headline it names", () => {
  // A blog's story list (dev 763): the thumbnail's alt text `Image for <title>` right over a
  // two-word headline that has no headline's shape of its own.
  const page = `Manila bows to U.S. over custody of convicted soldier

MANILA (Reuters) – The Philippines has bowed to pressure from Washington over custody of a soldier convicted of rape. Read more »

Image for Too soon

Too soon

(Editor’s note: To many of you following the story of the boy who lost a hand to fireworks, here is the update.) Read more »

Pope issues Christmas call to protect children

VATICAN CITY (Reuters) – Pope Benedict ushered in Christmas at midnight mass on Saturday with a call to protect children.
`;

  it('sets the alt text apart and opens the item at the headline under it', () => {
    const r = parsePage(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Manila bows to U.S. over custody of convicted soldier', 1],
      ['Too soon', 1],
      ['Pope issues Christmas call to protect children', 1],
    ]);
  });
});
