// Citation fields, round twelve: credit dates in the forms outlets outside the US print them
// (a date in parentheses, the date before the outlet, `4-Jun-2024`, `2024. 6. 4.`, month names
// in French, Spanish, Portuguese, Indonesian and Malay). Each on a small page written in the
// shape real outlets use; the expected values are stated literally.
import { describe, expect, it } from 'vitest';
import { parseDate } from '../src/index.js';
import { parseChecked as parse } from './layout-helpers.js';

const cited = (text: string) =>
  parse(text).items.map((i) => [i.title, i.sources.map((s) => [s.publication, s.date ?? null])]);

describe('credit dates in other forms', () => {
  it('reads a date in parentheses after the outlet and a date set before a known outlet', () => {
    // Press reviews put the date in parentheses after the outlet; news templates' meta rows put
    // the date field before the source field, set apart by a bar.
    expect(
      cited(`World News

Oil prices climb on supply worries
Oil prices rose on Tuesday as traders weighed the risk of supply cuts from major producers.
Source: Reuters (June 4, 2024)

Gold steadies after rally
Gold held near a record high on Wednesday after a week of gains driven by central bank buying.
June 5, 2024 | Reuters
`),
    ).toEqual([
      ['Oil prices climb on supply worries', [['Reuters', '2024-06-04']]],
      ['Gold steadies after rally', [['Reuters', '2024-06-05']]],
    ]);
  });

  it('reads `4-Jun-2024`, `2024. 6. 4.` and month names of other languages in a credit', () => {
    expect(
      cited(`Regional News

Rupee ends flat against dollar
The rupee ended flat on Tuesday as importers bought dollars and exporters sold.
Source: Business Standard, 4-Jun-2024

Kospi closes higher
South Korean shares closed higher on Tuesday, led by chipmakers.
Source: Yonhap, 2024. 6. 5.

Inflation eases in France
Consumer prices rose less than expected in May, the statistics office said on Tuesday.
Source: Le Monde, 6 juin 2024

Spain tourism record
Spain received a record number of foreign visitors in April, official data showed.
Source: El País, 7 de junio de 2024

Rupiah weakens
The rupiah weakened on Tuesday against the US dollar on foreign outflows.
Source: Kompas, 8 Juni 2024

Brazil grain harvest
Brazil's grain harvest will be smaller than expected this season, the crop agency said.
Source: Folha de S.Paulo, 9 de junho de 2024

Ringgit firmer
The ringgit opened firmer against the US dollar on Monday on steady oil prices.
Source: Bernama, 10 Julai 2024
`),
    ).toEqual([
      ['Rupee ends flat against dollar', [['Business Standard', '2024-06-04']]],
      ['Kospi closes higher', [['Yonhap', '2024-06-05']]],
      ['Inflation eases in France', [['Le Monde', '2024-06-06']]],
      ['Spain tourism record', [['El País', '2024-06-07']]],
      ['Rupiah weakens', [['Kompas', '2024-06-08']]],
      ['Brazil grain harvest', [['Folha de S.Paulo', '2024-06-09']]],
      ['Ringgit firmer', [['Bernama', '2024-07-10']]],
    ]);
  });

  it('reads the dates alone, and leaves a month name it does not know a non-date', () => {
    expect(parseDate('1er juin 2024')).toMatchObject({ ok: true, date: '2024-06-01' });
    expect(parseDate('4. Juni 2024')).toMatchObject({ ok: true, date: '2024-06-04' });
    expect(parseDate('31-Dec-2023')).toMatchObject({ ok: true, date: '2023-12-31' });
    expect(parseDate('4 Foo 2024')).toMatchObject({ ok: false, code: 'not-a-date' });
    expect(parseDate('2024. 2. 30.')).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('does not read the category after a meta row date as its outlet', () => {
    const r = parse(`Diary

Morning markets
2019-12-27 21:27 | Diary
Shares opened higher on Friday as trading resumed after the holiday.
`);
    expect(r.items.flatMap((i) => i.sources.map((s) => s.publication))).not.toContain('Diary');
  });
});

describe('a meta row naming the site by its address under the headline', () => {
  it('keeps the items under `host | Updated: <date>` rows and reads each row as their credit', () => {
    // Chinese news portals (China Daily, ecns) print the site's address and a labelled update
    // stamp under each headline; an address is lower case, so the headline is no wrapped line,
    // and a host is no category, so the row is no date-only kicker.
    expect(
      cited(`World News

China's exports rise in May
chinadaily.com.cn | Updated: 2024-06-07 10:15
China's exports rose 7.6 percent in May from a year earlier, customs data showed on Friday.

Beijing opens new subway line
ecns.cn | Updated: 2024-06-06 09:02
A new subway line linking the airport and the city center opened on Thursday.
`),
    ).toEqual([
      ["China's exports rise in May", [['chinadaily.com.cn', '2024-06-07']]],
      ['Beijing opens new subway line', [['ecns.cn', '2024-06-06']]],
    ]);
  });

  it('reads `Outlet | Updated: <date>` under a headline as a dated credit, not a deck', () => {
    expect(
      cited(`World News

China's exports rise in May
Xinhua | Updated: 2024-06-07 10:15
China's exports rose 7.6 percent in May from a year earlier, customs data showed on Friday.

Beijing opens new subway line
China Daily | Published: June 6, 2024
A new subway line linking the airport and the city center opened on Thursday.
`),
    ).toEqual([
      ["China's exports rise in May", [['Xinhua', '2024-06-07']]],
      ['Beijing opens new subway line', [['China Daily', '2024-06-06']]],
    ]);
  });
});

describe('sources joined by slashes', () => {
  it('gives one citation per source of a slashed credit, known to the table or not', () => {
    // Asia News Network's members credit each other's copy `The Star/Asia News Network`; Lao
    // and Cambodian digests close a headline with the papers it draws on, `(LV/VT)`.
    expect(
      cited(`Asia News

Malaysia palm oil exports rise
Malaysia's palm oil exports rose in May from a month earlier, cargo surveyors said.
Source: The Star/Asia News Network
`),
    ).toEqual([
      [
        'Malaysia palm oil exports rise',
        [
          ['The Star', null],
          ['Asia News Network', null],
        ],
      ],
    ]);
    expect(
      cited(`Laos News Digest

Laos joins regional power grid (Vientiane Times)
Laos will export electricity to Singapore through Thailand and Malaysia under a new regional agreement signed on Monday.
Land in Vientiane soars to over 24 million kip per sqm (LV/VT)
Land in Vientiane is most expensive in the Sihom area, according to a leading real estate agency, with one square metre now selling for millions of kip.
Mekong dam divides neighbours (Ecologist)
Supporters of a controversial dam say it will bring huge economic benefits, while critics say it could threaten fisheries downstream.
`),
    ).toEqual([
      ['Laos joins regional power grid', [['Vientiane Times', null]]],
      [
        'Land in Vientiane soars to over 24 million kip per sqm',
        [
          ['LV', null],
          ['VT', null],
        ],
      ],
      ['Mekong dam divides neighbours', [['Ecologist', null]]],
    ]);
  });
});

describe('a staff byline over the story address', () => {
  it("names the outlet when the address's host spells it, and the host otherwise", () => {
    // Aggregators list each story with its byline and its address under the teaser; outlets sign
    // unsigned copy `Khmer Times Staff`, `Reuters Staff`.
    const r = parse(`Government
Road diversion to cost $60 million
The minister said the construction of the national road needs a larger budget to divert the road around the park. ...
Khmer Times Staff
https://www.khmertimeskh.com/50946080/road-diversion/
Drug arrests drop this year
Authorities detained fewer drug-related suspects over the first nine months of this year, a report said on Saturday. ...
Sports Staff
https://www.example-news.com/2021/10/drug-arrests/
`);
    expect(r.items.map((i) => i.sources.map((s) => [s.publication, s.url]))).toEqual([
      [['Khmer Times', 'https://www.khmertimeskh.com/50946080/road-diversion/']],
      [['example-news.com', 'https://www.example-news.com/2021/10/drug-arrests/']],
    ]);
  });
});

describe('a date row with its source in parentheses', () => {
  it('reads `<date> (Sources:<outlet>)` under a headline as the dated credit, not a paragraph', () => {
    // Clipping blogs repost a paper's story under its headline with the date and the source in
    // parentheses on one row.
    expect(
      cited(`Search This Blog

PM urges Malaysians to celebrate harvest festivals

Tuesday May 31, 2011 (Sources:TheStar News)

KUALA LUMPUR: The Prime Minister said the harvest festivals were an occasion for Malaysians to learn about each other's cultures.

He urged those in the peninsula to visit Sabah and Sarawak during the festivals.

Floods hit east coast towns

Friday, 3 June 2011 (Source: Bernama)

KUANTAN: Floods forced hundreds of villagers from their homes on Friday after two days of heavy rain.
`),
    ).toEqual([
      ['PM urges Malaysians to celebrate harvest festivals', [['TheStar News', '2011-05-31']]],
      ['Floods hit east coast towns', [['Bernama', '2011-06-03']]],
    ]);
  });
});

describe('a headline said twice with its outlet after it', () => {
  it('credits the outlet named after the headline when the link repeats the headline', () => {
    // Aggregation blogs print the post title, then the same headline as its link, both ending
    // with the publisher as Google News titles stories (`Headline - Publisher`, `Headline | Reuters`).
    expect(
      cited(`Sunday, 28 November 2021

OPEC postpones technical meetings to evaluate Omicron impact | Reuters
OPEC postpones technical meetings to evaluate Omicron impact | Reuters
OPEC and its allies have postponed technical meetings to later this week, giving themselves more time to assess the impact of a new coronavirus variant.

Oil prices crash as new variant spreads - Bloomberg
Oil prices crash as new variant spreads - Bloomberg
Oil prices crashed together with other financial markets on Friday as investors fled risky assets.
`),
    ).toEqual([
      ['OPEC postpones technical meetings to evaluate Omicron impact', [['Reuters', null]]],
      ['Oil prices crash as new variant spreads', [['Bloomberg', null]]],
    ]);
  });
});

describe('a label in padded brackets', () => {
  it('reads `[ Key Expression ]` after the text as a label, not an outlet in brackets', () => {
    // Study blogs head their notes with a label set off by spaces inside its brackets; a credit
    // hugs its name (`[Xinhua]`), or names a known outlet (`[ Xinhua ]`).
    const r = parse(`< Morning Headlines >

1. Korea's industrial output fell by the most in 30 months in October, according to data from Statistics Korea.

통계청이 발표한 자료에 따르면 지난달 국내 전산업생산이 30개월 만에 최대폭으로 감소했습니다.

[ Key Expression ]

▶lose ground : 감소세를 보이다

2. China's exports fell in November as global demand weakened, customs data showed.

중국의 11월 수출은 세계 수요 약화로 감소했다고 세관 자료가 밝혔다.

[ Xinhua ]
`);
    expect(r.items.flatMap((i) => i.sources.map((s) => s.publication))).toEqual(['Xinhua']);
    // The notes under the label end at the next numbered story: its paragraph is text, not a note.
    expect(r.items.some((i) => i.body.some((p) => p.startsWith("2. China's exports fell")))).toBe(true);
  });
});

describe("a Chinese reporter's byline opening the text", () => {
  it('credits the outlet run into 记者, and not 本报 ("this paper")', () => {
    const r = parse(`双语新闻

日照古城成热门打卡地

海报新闻记者 付三义 日照报道在春节假期,日照古城无疑是最耀眼的明星。In the Spring Festival holiday, the ancient city of Rizhao was the brightest star.

高铁春运客流创新高

本报记者 王芳 春运期间,全国铁路客流再创新高。Railway passenger trips hit a record during the Spring Festival travel rush.
`);
    expect(r.items.map((i) => [i.title, i.sources.map((s) => s.publication)])).toEqual([
      ['日照古城成热门打卡地', ['海报新闻']],
      ['高铁春运客流创新高', []],
    ]);
    expect(r.items[0]!.body[0]).toMatch(/^在春节假期/);
  });
});
