// Bilingual pages, round sixteen: press reviews and front-page digests that set other papers'
// headlines with their translations. Small pages in those shapes, written for the tests
// (corpus/README.md lists the real pages).
import { describe, expect, it } from 'vitest';
import { parseChecked as parse } from './layout-helpers.js';

describe("a press review that prints each paper's name before its headline", () => {
  // A national press review: the page's title and date, then one paper a line, `Paper – Headline
  // (translation)`, an editorial note after some; the page cut inside the last headline.
  const review = [
    'Front-page headlines from newspapers in Ruritania - March 3, 2021',
    '3 March 2021, Wednesday',
    'Gazeta – Yeni bütçe meclise geldi (The new budget reaches parliament)',
    'Haberci – Liman grevi ikinci haftasında (Port strike enters its second week) Referring to dockworkers in the south',
    'Sabah Postası – Faiz kararı bugün açıklanıyor (Rate decision announced today)',
    'Yeni Ses – Köprü ihalesi iptal edildi (Bridge tender cancelled)',
    'Ulus – Ba',
  ].join('\n');

  it('makes each line an item titled by its headline and credited by its paper', () => {
    const r = parse(review);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.raw)])).toEqual([
      ['Yeni bütçe meclise geldi (The new budget reaches parliament)', 0, ['Gazeta']],
      [
        'Liman grevi ikinci haftasında (Port strike enters its second week) Referring to dockworkers in the south',
        0,
        ['Haberci'],
      ],
      ['Faiz kararı bugün açıklanıyor (Rate decision announced today)', 0, ['Sabah Postası']],
      ['Köprü ihalesi iptal edildi (Bridge tender cancelled)', 0, ['Yeni Ses']],
      ['Ba', 0, ['Ulus']],
    ]);
  });

  it('leaves datelined wire paragraphs (a place in capitals before the dash) alone', () => {
    const wire = [
      'World news',
      'BEIJING – China said on Monday it would cut tariffs on some goods from next month',
      'TOKYO – Japan’s exports rose for a third month in March on strong chip demand',
      'SEOUL – South Korea’s central bank held its policy rate steady on Thursday',
      'MANILA – The Philippine peso weakened past 58 to the dollar for the first time',
    ].join('\n');
    expect(parse(wire).items.some((i) => i.sources.some((s) => s.raw === 'BEIJING'))).toBe(false);
  });

  it("leaves a regional roundup's country labels alone: a place, not a paper", () => {
    const roundup = [
      'Africa this week',
      'Kenya – Floods cut off roads to the coast as rains continue',
      'Ghana – Cocoa farmers demand higher prices for the new season',
      'Nigeria – Central bank holds its policy rate at a record high',
      'Senegal – New oil field starts production ahead of schedule',
    ].join('\n');
    expect(parse(roundup).items.flatMap((i) => i.sources.map((s) => s.raw))).toEqual([]);
  });
});

describe("a paper's name in book-title marks heading its numbered headlines", () => {
  // A Chinese note on the day's foreign front pages: each paper's name, then its Chinese name in
  // 《》, over its numbered headlines, each with its translation.
  const fronts = [
    '2024年3月1日英美报刊头条',
    'FINANCIAL TIMES《金融时报》',
    '1、Central bank holds rates as growth slows',
    '央行维持利率不变 经济增长放缓',
    '2、Chipmakers race to build new plants',
    '芯片制造商竞相建设新工厂',
    'The Guardian《卫报》',
    '1、Floods force thousands from their homes',
    '洪水迫使数千人离开家园',
  ].join('\n');

  it('credits each numbered item to the paper heading its group', () => {
    const r = parse(fronts);
    expect(r.items.map((i) => [i.title.slice(0, 24), i.sources.map((s) => s.publication)])).toEqual([
      ['1、Central bank holds rat', ['Financial Times']],
      ['2、Chipmakers race to bui', ['Financial Times']],
      ['1、Floods force thousands', ['The Guardian']],
    ]);
  });
});

describe("a known outlet's name and its date in parentheses, glued before the text", () => {
  // A blog of editorials in two languages: the Japanese title, then one line gluing the credit,
  // its date and the English text.
  const blog = [
    '春闘 賃上げの流れを中小企業にも',
    '',
    'The Yomiuri Shimbun (Mar. 4, 2014)Wage hikes must spread to smaller firms as well. Big companies have raised pay for the first time in years…',
    '',
    '電力改革 送電網の中立性を高めよ',
    '',
    'The Yomiuri Shimbun (Mar. 3, 2014)Grid neutrality is the key to power reform. The government plans to split power companies…',
  ].join('\n');

  it('dates the credit with the date in parentheses', () => {
    const r = parse(blog);
    expect(r.items.map((i) => i.sources.map((s) => [s.raw, s.publication, s.date]))).toEqual([
      [['The Yomiuri Shimbun (Mar. 4, 2014)', 'The Yomiuri Shimbun', '2014-03-04']],
      [['The Yomiuri Shimbun (Mar. 3, 2014)', 'The Yomiuri Shimbun', '2014-03-03']],
    ]);
    expect(r.items[0]!.body[0]).toMatch(/^Wage hikes must spread/);
  });
});

describe('numbered Korean paragraphs, each titled by its first sentence', () => {
  // A round-up of the morning papers with no headlines: each numbered item a Korean paragraph
  // of two sentences, then its English translation.
  const roundup = [
    '오늘의 신문 읽기',
    '',
    '1. 서울시는 다음 달부터 지하철 요금을 150원 올린다고 밝혔습니다. 시는 적자가 누적돼 인상이 불가피하다고 설명했으며 버스 요금도 함께 검토하고 있다고 덧붙였습니다. 시민단체는 반발하고 있습니다.',
    '',
    'Seoul said it will raise subway fares by 150 won from next month, citing mounting losses.',
    '',
    '2. 한국은행은 기준금리를 연 3.5%로 동결했습니다. 물가 상승세가 둔화됐지만 가계부채가 여전히 부담이라는 판단이며 금융시장은 연내 인하 가능성에 주목하고 있습니다. 환율도 안정세입니다.',
    '',
    'The Bank of Korea kept its policy rate at 3.5%, citing household debt.',
    '',
    '3. 올해 수능 응시자가 지난해보다 1만 명가량 늘어난 것으로 집계됐습니다. 재수생 비율은 역대 최고 수준이며 의대 정원 확대가 영향을 준 것으로 분석됩니다. 시험은 다음 달에 치러집니다.',
    '',
    'About 10,000 more students will sit the college entrance exam this year.',
  ].join('\n');

  it('titles each by its first sentence and keeps the whole paragraph as its text', () => {
    const r = parse(roundup);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['서울시는 다음 달부터 지하철 요금을 150원 올린다고 밝혔습니다.', 2],
      ['한국은행은 기준금리를 연 3.5%로 동결했습니다.', 2],
      ['올해 수능 응시자가 지난해보다 1만 명가량 늘어난 것으로 집계됐습니다.', 2],
    ]);
  });
});

describe('a numbered list of names, each in Chinese and English, under a title printed twice', () => {
  // A bilingual year-in-review list: the article's title twice, then numbered people, each a
  // Chinese name and its English form on one line over English and Chinese sentences; the page
  // cut inside the third.
  const people = [
    '双语阅读:2020年十大新闻人物',
    '双语阅读:2020年十大新闻人物',
    '1、张三 Zhang San',
    'Zhang San became the richest man in the country this year after his company listed in Hong Kong.',
    '张三在公司于香港上市后成为今年全国首富。',
    '2、李四 Li Si',
    'Li Si won two gold medals at the games and announced her retirement in September.',
    '李四在运动会上获得两枚金牌,并于九月宣布退役。',
    '3、王五 Wang Wu',
    'Wang Wu’s short video became the most watched clip of the ye',
  ].join('\n');

  it('opens an item at each number, the first under the title as well as the last', () => {
    const r = parse(people);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['1、张三 Zhang San', 2],
      ['2、李四 Li Si', 2],
      ['3、王五 Wang Wu', 1],
    ]);
  });
});

describe('a bilingual briefing whose stories each open with a bulleted lead and its bulleted translation', () => {
  // Each story: a bulleted quote lead, its bulleted translation, then English and Chinese
  // paragraphs alternating, unbulleted.
  const briefing = [
    '• “The port will reopen on Friday. We have reached a fair deal with the union!”',
    '',
    '• “港口将于周五重新开放。我们已与工会达成了公平的协议!”',
    '',
    'The transport minister announced the deal on Monday after talks that ran through the night, ending a strike that had left dozens of ships waiting offshore for two weeks.',
    '',
    '交通部长周一在通宵谈判后宣布了这项协议,结束了一场已导致数十艘船在近海等待两周的罢工。',
    '',
    'Union leaders said members would vote on the agreement on Wednesday, and that pickets would stay in place until then.',
    '',
    '工会领导人表示,会员将于周三对协议进行投票,在此之前纠察队将继续留守。',
    '',
    '• “Too little, too late.” That is how exporters answered the central bank’s quarter-point rate cut on Thursday.',
    '',
    '• “太少了,也太晚了。”对于央行周四下调25个基点的决定,出口商如此回应。',
    '',
    'Exporters had asked for a half-point cut after orders fell for a third month, and said the strong currency was costing them contracts in Asia.',
    '',
    '出口商此前在订单连续第三个月下降后要求降息50个基点,并表示强势货币正让他们在亚洲失去合同。',
  ].join('\n');

  it('opens a story at each bulleted lead, its translation a second title line', () => {
    const r = parse(briefing);
    expect(
      r.items.map((i) => [i.title.slice(0, 30), /\p{Script=Han}/u.test(i.title), i.body.length]),
    ).toEqual([
      ['“The port will reopen on Frida', true, 4],
      ['“Too little, too late.” That i', true, 2],
    ]);
  });
});

describe('a text translated paragraph by paragraph, cut by the page end inside the next original', () => {
  const article = [
    'Port Strike Ends After Two Weeks',
    '港口罢工在两周后结束',
    '',
    'The transport minister announced a deal with the dockworkers’ union on Monday after talks that ran through the night.',
    '',
    '交通部长周一在通宵谈判后宣布与码头工人工会达成协议。',
    '',
    'Union leaders said members would vote on the agreement on Wednesday, and that pickets would stay until then.',
    '',
    '工会领导人表示,会员将于周三对协议进行投票,在此之前纠察队将继续留守。',
    '',
    'Shipping companies said it would take at least ten days to clear the backlog of vessels waiting',
  ].join('\n');

  it('reads the cut line as the next paragraph of the text, not a new headline', () => {
    const r = parse(article);
    expect(r.items.map((i) => [i.title.slice(0, 16), i.body.length])).toEqual([['Port Strike Ends', 5]]);
  });
});
