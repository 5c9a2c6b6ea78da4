// Bilingual pages, session 13: forms that bilingual wire copy and study pages print across East
// and Southeast Asia, none of them on a dev page yet. Small pages in those shapes, written for
// the tests (corpus/README.md lists the real pages).
import { describe, expect, it } from 'vitest';
import { parseChecked as parse } from './layout-helpers.js';

describe("a news agency credited by its name in the page's other language", () => {
  // A Japanese/English news page: each item a Japanese headline over its English translation,
  // the Japanese text over the English one, and the agency credited in parentheses under it,
  // by the name it goes by at home (共同通信, 新華社, 연합뉴스, 法新社, AP通信, TTXVN).
  const page = (credit: string) =>
    [
      '今日のニュース',
      '',
      '円相場、一時150円台に',
      'Yen weakens past 150 per dollar',
      '外国為替市場で円相場が一時1ドル＝150円台まで下落した。',
      'The yen fell past 150 to the dollar in foreign exchange markets on Friday.',
      credit,
      '',
      'トヨタ、過去最高益',
      'Toyota posts record profit',
      'トヨタ自動車は4～9月期の純利益が2兆円を超えたと発表した。',
      'Toyota said its net profit for the April-September period exceeded 2 trillion yen.',
    ].join('\n');

  it.each([
    ['（共同通信）', '共同通信'],
    ['（新華社）', 'Xinhua'],
    ['(연합뉴스)', '연합뉴스'],
    ['(法新社)', 'Agence France-Presse'],
    ['（美聯社）', 'Associated Press'],
    ['(AP通信)', 'Associated Press'],
    ['(ブルームバーグ)', 'Bloomberg'],
    ['(TTXVN)', 'TTXVN'],
  ])('credits %s as %s', (credit, name) => {
    const r = parse(page(credit));
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((c) => c.publication)])).toEqual([
      ['円相場、一時150円台に Yen weakens past 150 per dollar', 2, [name]],
      ['トヨタ、過去最高益 Toyota posts record profit', 2, []],
    ]);
  });
});

describe("an agency credited by both its names, in the page's two languages", () => {
  // A Taiwanese bilingual page: each item a Chinese headline and its English translation on one
  // line, the Chinese text over the English, and the credit in both languages after it.
  const page = (credit: string) =>
    [
      "今日新聞 Today's News",
      '',
      '台積電第三季獲利創新高 TSMC posts record third-quarter profit',
      '台積電第三季淨利達新台幣3,000億元，創歷史新高。',
      "TSMC's third-quarter net profit reached NT$300 billion, a record high.",
      credit,
      '',
      '颱風逼近 北部停班停課 Schools and offices close in north as typhoon nears',
      '強颱風逼近，台北、新北等縣市宣布明天停班停課。',
      'Taipei, New Taipei and other cities announced that schools and offices will close tomorrow as a strong typhoon approaches.',
      '(CNA)',
    ].join('\n');

  it.each([
    ['(中央社 CNA)', 'Central News Agency'],
    ['（Xinhua 新华社）', 'Xinhua'],
    ['Reuters 路透社', 'Reuters'],
  ])('credits %s as %s', (credit, name) => {
    const r = parse(page(credit));
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((c) => c.publication)])).toEqual([
      ['台積電第三季獲利創新高 TSMC posts record third-quarter profit', 2, [name]],
      [
        '颱風逼近 北部停班停課 Schools and offices close in north as typhoon nears',
        2,
        ['Central News Agency'],
      ],
    ]);
  });

  it('reads two names of different outlets as no credit', () => {
    const r = parse(page('(中央社 Reuters)'));
    expect(r.items[0]!.sources).toEqual([]);
  });
});

describe('a glossary under its own label, `Vocabulary:`', () => {
  // An English-news lesson: each item an English headline over its Chinese translation, the
  // English text over the Chinese, then the item's vocabulary under a plain label.
  const page = (label: string) =>
    [
      '英语新闻 | 每日一读',
      '',
      'China launches new satellite',
      '中国发射新卫星',
      'China successfully launched a new remote sensing satellite from the Jiuquan Satellite Launch Center on Tuesday.',
      '中国周二在酒泉卫星发射中心成功发射一颗新的遥感卫星。',
      label,
      'remote sensing 遥感',
      'satellite 卫星',
      'launch center 发射中心',
      '',
      'Shanghai expands free trade zone',
      '上海扩大自由贸易区',
      'Shanghai will expand its pilot free trade zone by 120 square kilometres, the city government said.',
      '上海市政府表示，上海将把自由贸易试验区扩大120平方公里。',
      label,
      'pilot zone 试验区',
      'expand 扩大',
    ].join('\n');

  it.each(['Vocabulary:', 'Key words', '生词', '重点词汇：', 'Từ vựng:'])(
    'reads %s as a study note, no paragraph',
    (label) => {
      const r = parse(page(label));
      expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
        ['China launches new satellite 中国发射新卫星', 2],
        ['Shanghai expands free trade zone 上海扩大自由贸易区', 2],
      ]);
    },
  );
});

describe('pinyin under a Chinese headline, over its English translation', () => {
  // A Mandarin-learning news reader: each story a Chinese headline, its pinyin, its English
  // translation, then the Chinese text over the English.
  const page = [
    'Chinese News Reading',
    '',
    '北京迎来今冬第一场雪',
    'Běijīng yínglái jīndōng dì-yī chǎng xuě',
    'Beijing sees first snow of the winter',
    '北京今天迎来了今年冬天的第一场雪。',
    'Beijing saw its first snowfall of the winter today.',
    '',
    '上海地铁票价上涨',
    'Shànghǎi dìtiě piàojià shàngzhǎng',
    'Shanghai metro fares go up',
    '上海地铁票价从下个月起上涨一元。',
    'Shanghai metro fares will rise by one yuan from next month.',
  ].join('\n');

  it('reads the pinyin as a study note and pairs the headline with its translation', () => {
    const r = parse(page);
    expect(r.items.map((i) => [i.title, i.body])).toEqual([
      [
        '北京迎来今冬第一场雪 Beijing sees first snow of the winter',
        ['北京今天迎来了今年冬天的第一场雪。', 'Beijing saw its first snowfall of the winter today.'],
      ],
      [
        '上海地铁票价上涨 Shanghai metro fares go up',
        ['上海地铁票价从下个月起上涨一元。', 'Shanghai metro fares will rise by one yuan from next month.'],
      ],
    ]);
  });

  it('keeps a Vietnamese translation under a Chinese headline (no pinyin tone marks)', () => {
    // Vietnamese marks its vowels with acute, grave, hook, tilde and dot, never macron or caron:
    // its headline under a Chinese one is the translation, not a romanization.
    const r = parse(
      [
        '双语新闻 Tin song ngữ',
        '',
        '河内将禁止摩托车进入市中心',
        'Hà Nội sẽ cấm xe máy vào trung tâm thành phố',
        '河内市议会决定，从2030年起禁止摩托车进入内城区。',
        'Hội đồng thành phố quyết định cấm xe máy vào các quận nội thành từ năm 2030.',
        '',
        '越南第三季度经济增长7.1%',
        'Kinh tế Việt Nam tăng trưởng 7,1% trong quý ba',
        '越南统计总局表示，第三季度经济增长7.1%。',
        'Tổng cục Thống kê cho biết kinh tế tăng trưởng 7,1% trong quý ba.',
      ].join('\n'),
    );
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['河内将禁止摩托车进入市中心 Hà Nội sẽ cấm xe máy vào trung tâm thành phố', 2],
      ['越南第三季度经济增长7.1% Kinh tế Việt Nam tăng trưởng 7,1% trong quý ba', 2],
    ]);
  });
});

describe('stories in two halves, one per language, the block repeated', () => {
  // A bilingual post prints each story whole in English, then whole in Chinese (or Korean,
  // then English): each half a headline over its text, the halves set close, a blank line
  // between stories. The translated half's headline is the same story's, not the next one.
  it('reads each English half and its Chinese half as one story', () => {
    const r = parse(
      [
        '每日英语新闻',
        '',
        "China's exports rise 8% in October",
        "China's exports rose 8 percent year-on-year in October, customs data showed on Tuesday, beating forecasts.",
        '中国10月出口增长8%',
        '海关周二公布的数据显示，中国10月出口同比增长8%，超出预期。',
        '',
        'Beijing to build 50 new parks this year',
        'The city will spend 2 billion yuan on the parks, officials said on Monday.',
        '北京今年将新建50个公园',
        '官员周一表示，该市将为这些公园投入20亿元。',
      ].join('\n'),
    );
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ["China's exports rise 8% in October 中国10月出口增长8%", 2],
      ['Beijing to build 50 new parks this year 北京今年将新建50个公园', 2],
    ]);
  });

  it('reads halves of several paragraphs each, Korean first', () => {
    const r = parse(
      [
        '오늘의 영어 뉴스',
        '',
        '한국은행, 기준금리 3.5% 동결',
        '한국은행은 11일 기준금리를 연 3.5%로 동결했다.',
        '이창용 총재는 물가 안정이 우선이라고 말했다.',
        'Bank of Korea holds key rate at 3.5%',
        'The Bank of Korea kept its key interest rate at 3.5 percent on Thursday.',
        'Governor Rhee Chang-yong said price stability comes first.',
        '',
        '서울 아파트값 6주 연속 상승',
        '서울 아파트 가격이 6주 연속 상승했다고 한국부동산원이 밝혔다.',
        'Seoul apartment prices rise for sixth week',
        'Seoul apartment prices rose for a sixth consecutive week, the Korea Real Estate Board said.',
      ].join('\n'),
    );
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['한국은행, 기준금리 3.5% 동결 Bank of Korea holds key rate at 3.5%', 4],
      ['서울 아파트값 6주 연속 상승 Seoul apartment prices rise for sixth week', 2],
    ]);
  });
});

describe("a lesson's notes heading ends at the next headline pair", () => {
  // A Japanese news-English post: each story an English headline over its Japanese one, the two
  // texts, then its vocabulary under `【単語】`. The next headline pair is the next story, not
  // more notes.
  it('reads the story after the notes as a story', () => {
    const r = parse(
      [
        'ニュースで英語',
        '',
        "Japan's population falls for 14th year",
        '日本の人口、14年連続で減少',
        "Japan's population fell for the 14th straight year, government data showed.",
        '政府のデータによると、日本の人口は14年連続で減少した。',
        '【単語】',
        'population 人口',
        'straight 連続した',
        '',
        'Tokyo stocks hit record',
        '東京株、最高値を更新',
        'Tokyo stocks hit a record high on Monday, led by chip makers.',
        '月曜日の東京株式市場は半導体株に牽引され、最高値を更新した。',
        '【単語】',
        'record high 最高値',
        'chip maker 半導体メーカー',
      ].join('\n'),
    );
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ["Japan's population falls for 14th year 日本の人口、14年連続で減少", 2],
      ['Tokyo stocks hit record 東京株、最高値を更新', 2],
    ]);
  });
});
