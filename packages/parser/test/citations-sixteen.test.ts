// Citation fields, round sixteen: credit forms of the session's new outlets, each made general
// (a kind of credit, not one page). Each on a small page written in the outlets' layout; the
// expected values are stated literally.
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

const cited = (text: string) =>
  parseChecked(text).items.map((i) => [
    i.title,
    i.sources.map((s) => [s.publication, s.date ?? null, s.url ?? null]),
  ]);

describe('a paper heading its numbered headlines', () => {
  it('credits each numbered item to the paper named over the list restarting at 1', () => {
    // A front-page review: each paper's name (with its Chinese name in book-title marks) over
    // its headlines numbered from 1, then the next paper's name over a list from 1 again.
    expect(
      cited(`今日英美报纸头版
THE WALL STREET JOURNAL《华尔街日报》
1、Fed holds rates steady as inflation cools
美联储维持利率不变
2、Retailers brace for a slower holiday season
零售商为假日季放缓做准备
The Guardian《卫报》
1、Chancellor defends budget tax rises
财政大臣为预算增税辩护
2、Storm brings floods to the north
风暴给北部带来洪水
`),
    ).toEqual([
      [
        '1、Fed holds rates steady as inflation cools 美联储维持利率不变',
        [['The Wall Street Journal', null, null]],
      ],
      [
        '2、Retailers brace for a slower holiday season 零售商为假日季放缓做准备',
        [['The Wall Street Journal', null, null]],
      ],
      ['1、Chancellor defends budget tax rises 财政大臣为预算增税辩护', [['The Guardian', null, null]]],
      ['2、Storm brings floods to the north 风暴给北部带来洪水', [['The Guardian', null, null]]],
    ]);
  });

  it('reads the paper over `1.` lists in an English review too', () => {
    expect(
      cited(`Front pages this morning

Financial Times
1. Bank lifts rates to 15-year high
The central bank raised its key rate and warned inflation would stay above target.

2. Ministers lose patience with rail operator
The operator will be taken into public ownership next month.

The Guardian
1. Nurses vote to strike over pay
Nurses in England backed a strike after rejecting the latest offer.

2. Heatwave warning issued for the south
Forecasters expect temperatures above 30C on Sunday.
`),
    ).toEqual([
      ['Bank lifts rates to 15-year high', [['Financial Times', null, null]]],
      ['Ministers lose patience with rail operator', [['Financial Times', null, null]]],
      ['Nurses vote to strike over pay', [['The Guardian', null, null]]],
      ['Heatwave warning issued for the south', [['The Guardian', null, null]]],
    ]);
  });
});

describe("a reposted story's wire dateline run into its teaser", () => {
  it('reads `(Outlet) - ` after the deck', () => {
    // A re-publishing site sets the repost's deck, then the original's `(Outlet) - ` opening.
    expect(
      cited(`Archives

Ministers split over fuel subsidy plan

The cabinet is divided over how fast to cut the subsidy. (The Edge) - Several ministers have asked for a slower timetable…

Council approves new bus routes

The city council (Transport Committee) - which met on Friday - approved four new routes for the northern districts…
`),
    ).toEqual([
      ['Ministers split over fuel subsidy plan', [['The Edge', null, null]]],
      ['Council approves new bus routes', []],
    ]);
  });
});

describe('the lead sentence closed by a reporting verb and its agency', () => {
  it('credits `, reports PTI.` in the lead, not `reported X` further down', () => {
    expect(
      cited(`Last Page

Flood waters recede in the northern districts
Flood waters began to recede in the northern districts on Monday, reports PTI. Relief camps remain open for 12,000 people...
Read more

Rail link to open next year
The new rail link will open to passengers next year, officials said. Trains will run every 20 minutes, reported Xinhua in a later story...
Read more
`),
    ).toEqual([
      ['Flood waters recede in the northern districts', [['Press Trust of India', null, null]]],
      ['Rail link to open next year', []],
    ]);
  });
});

describe('a link out naming the outlet by its bare host', () => {
  it('reads `Read more: ft.com` and `More: reuters.com` as the credit as written', () => {
    expect(
      cited(`Morning Briefing


Chipmaker Shares Slide

Shares of the chipmaker fell 8% after it cut its sales forecast for the year. Analysts expect further cuts.

Read more: ft.com

Airline Orders New Jets

The airline ordered 40 narrow-body jets to replace its ageing fleet, with deliveries from 2028.

More: reuters.com

Retail Sales Hold Up

Retail sales rose 0.4% in October, beating forecasts for a flat month.
`),
    ).toEqual([
      ['Chipmaker Shares Slide', [['ft.com', null, null]]],
      ['Airline Orders New Jets', [['reuters.com', null, null]]],
      ['Retail Sales Hold Up', []],
    ]);
  });
});

describe("a known paper's name with its issue date in parentheses opening the text", () => {
  it('reads `The Japan Times (March 3, 2014)` as the credit with its date', () => {
    expect(
      cited(`社説の英訳

消費増税 家計への配慮を

The Japan Times (March 3, 2014)Tax rise must go with relief for households. The government should weigh the burden on families…

原発再稼働 安全審査を急げ

The Guardian (Ministers) Safety checks must not be rushed, the editorial argues, as the restarts draw near…
`),
    ).toEqual([
      ['消費増税 家計への配慮を', [['The Japan Times', '2014-03-03', null]]],
      ['原発再稼働 安全審査を急げ', []],
    ]);
  });
});
