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
