// Citation fields, round fourteen: credits in forms the corpus's newest pages print (a
// syndication notice in a sentence, ...). Each on a small page written in the outlets' layout;
// the expected values are stated literally.
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

const cited = (text: string) =>
  parseChecked(text).items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)]);

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

describe('the source labels of Chinese portals', () => {
  it('reads `本文来源：`, `文章来源：` and `稿源：` as the item’s source label', () => {
    // Chinese portals print the story's source under it with a longer label than `来源：`
    // (Sina, NetEase, Sohu: `本文来源`/`文章来源`; China News Service, CCTV: `稿源`).
    expect(
      cited(`财经要闻

央行宣布下调存款准备金率
中国人民银行宣布，将于下月初下调金融机构存款准备金率0.5个百分点，释放长期资金约1万亿元。
本文来源：财新网

外贸进出口保持增长
海关总署公布的数据显示，今年前十个月我国货物贸易进出口总值同比增长百分之三点六。
文章来源：环球时报

新能源汽车销量创新高
中国汽车工业协会数据显示，十月新能源汽车销量同比增长百分之三十，再创历史新高。
稿源：中新网
`),
    ).toEqual([
      ['央行宣布下调存款准备金率', 1, ['Caixin']],
      ['外贸进出口保持增长', 1, ['Global Times']],
      ['新能源汽车销量创新高', 1, ['中新网']],
    ]);
  });
});

describe('a numeric date with hyphens in a credit', () => {
  it('dates `Source: Gulf News, 30-11-2026` day first, as the slashed form, and leaves an unsure order undated', () => {
    // Gulf and South Asian outlets print the numeric date with hyphens, day first; a number over
    // 12 makes the order certain, and `10-11-2026` on a page of unknown country stays undated.
    const items = parseChecked(`World news

Dubai opens new metro line
Dubai opened a new metro line on Sunday, linking the airport with the business district in twenty minutes.
Source: Gulf News, 30-11-2026

Oman raises fuel prices
Oman raised the price of petrol by two baisas a litre for December, the ministry said on Monday evening.
Source: Times of Oman, 10-11-2026
`).items;
    expect(items.map((i) => i.sources.map((s) => [s.publication, s.date ?? null]))).toEqual([
      [['Gulf News', '2026-11-30']],
      [['Times of Oman', null]],
    ]);
  });
});

describe('a Chinese credit dated in full-width parentheses', () => {
  it('reads the date of `来源：人民日报（2026年11月30日 第3版）`, the print page aside', () => {
    // People's Daily, Guangming Daily and Economic Daily credit a story reprinted from print
    // with its date and page in full-width parentheses.
    const items = parseChecked(`要闻

全国冬小麦播种基本结束
农业农村部表示，全国冬小麦播种已基本结束，播种面积保持稳定，苗情总体好于上年。
来源：人民日报（2026年11月30日 第3版）

多地推进老旧小区改造
各地加快推进城镇老旧小区改造，今年前十个月全国新开工改造老旧小区五万余个。
来源：经济日报（2026年11月29日）
`).items;
    expect(items.map((i) => i.sources.map((s) => [s.publication, s.date ?? null]))).toEqual([
      [["People's Daily", '2026-11-30']],
      [['Economic Daily', '2026-11-29']],
    ]);
  });
});

describe('the Korean press dateline', () => {
  it('credits the agency of `(서울=연합뉴스) 홍길동 기자 =` and `(세종=뉴시스)` opening the text', () => {
    // Yonhap, Newsis and News1 open their copy with the city and the agency joined by `=` in
    // parentheses, then the reporter; the papers running that copy keep it.
    expect(
      cited(`경제 뉴스

정부, 내년 예산 656조원 편성
(서울=연합뉴스) 홍길동 기자 = 정부가 내년도 예산을 올해보다 3.2% 늘린 656조원으로 편성했다고 기획재정부가 30일 밝혔다.

수출 14개월 연속 증가
(세종=뉴시스) 산업통상자원부는 11월 수출이 반도체 호조에 힘입어 14개월 연속 증가세를 이어갔다고 1일 밝혔다.
`),
    ).toEqual([
      ['정부, 내년 예산 656조원 편성', 1, ['연합뉴스']],
      ['수출 14개월 연속 증가', 1, ['뉴시스']],
    ]);
  });
});

describe('the wire agencies named in Chinese, Japanese and Korean', () => {
  it('knows Reuters, Kyodo and Jiji by their CJK names in a closing credit', () => {
    // Japanese papers close agency copy with `（共同）` or `（ロイター）`; Chinese ones with `（路透社）`.
    expect(
      cited(`国際ニュース

米国の利下げ観測が後退
米連邦準備制度理事会の高官は、インフレが再び加速する恐れがあるとして、年内の利下げに慎重な姿勢を示した。
（ロイター）

北朝鮮が弾道ミサイルを発射
防衛省によると、北朝鮮は三十日朝、日本海に向けて弾道ミサイル一発を発射し、排他的経済水域の外に落下した。
（共同）

日銀、国債買い入れを減額
日本銀行は三十日、来月の国債買い入れ額を減らす方針を示し、長期金利は一時上昇した。
（時事通信）
`),
    ).toEqual([
      ['米国の利下げ観測が後退', 1, ['Reuters']],
      ['北朝鮮が弾道ミサイルを発射', 1, ['Kyodo News']],
      ['日銀、国債買い入れを減額', 1, ['Jiji Press']],
    ]);
  });
});
