// Bilingual pages, second pass of round eleven: study notes, list numbers and credits set the
// ways language-study pages set them (Korean radio-English blogs, Chinese hot-words lists).
// Small pages in those shapes, written for the tests (corpus/README.md lists the real pages).
import { describe, expect, it } from 'vitest';
import { parseChecked as parse } from './layout-helpers.js';

describe("a '[ Key Expression ]' heading over an item's glosses", () => {
  // A Korean blog's notes on a radio programme's headlines: each numbered English sentence, its
  // Korean translation, then the expressions it teaches and the blogger's own remarks.
  const page = [
    '< Morning Headlines >',
    '',
    '1. Exports fell for a third straight month in June, according to the trade ministry, as chip shipments slowed further.',
    '',
    '산업통상자원부에 따르면 반도체 출하가 더 둔화되면서 6월 수출이 석 달 연속 감소했습니다.',
    '',
    '[ Key Expression ]',
    '',
    '▶straight : 연속의, 잇따른',
    '',
    '▶shipment : 출하, 선적',
    '',
    '석 달째 감소!',
    '',
    '2. The central bank held its policy rate at 3.5 percent on Thursday, citing household debt and a weak won.',
    '',
    '한국은행은 목요일 가계부채와 원화 약세를 이유로 기준금리를 3.5%로 동결했습니다.',
    '',
    '[ Key Expression ]',
    '',
    '▶hold the rate : 금리를 동결하다',
    '',
    '3. Seoul will expand free bus rides for seniors from next month, the city government said on Wednesday.',
    '',
    '서울시는 다음 달부터 어르신 무료 버스 이용을 확대한다고 수요일 밝혔습니다.',
  ].join('\n');

  it('reads the heading and the lines under it as notes, not a credit or new items', () => {
    const r = parse(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.length])).toEqual([
      [
        'Exports fell for a third straight month in June, according to the trade ministry, as chip shipments slowed further.',
        1,
        0,
      ],
      [
        'The central bank held its policy rate at 3.5 percent on Thursday, citing household debt and a weak won.',
        1,
        0,
      ],
      [
        'Seoul will expand free bus rides for seniors from next month, the city government said on Wednesday.',
        1,
        0,
      ],
    ]);
  });
});

describe('list numbers each alone on a line over a two-language headline', () => {
  // A translation-exam site's monthly hot-words page: the breadcrumb and heading, then each item
  // under its bare list number: a Chinese headline, its English translation, then an English
  // paragraph and its Chinese translation.
  const page = [
    '译考点津',
    '',
    '您目前的位置: 首页» 译考点津» 词句集锦» 7月新闻热词',
    '',
    '7月新闻热词',
    '1',
    '港口工人罢工延长',
    'Port strike extended',
    '',
    'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore. The union said talks would resume on Friday.',
    '码头工人周一延长了罢工,数十艘船在近海等待。工会表示谈判将于周五恢复。',
    '',
    '2',
    '央行上调政策利率',
    '',
    'Central bank raises policy rate',
    'The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation in services.',
    '央行周四将政策利率上调了25个基点,理由是服务业通胀顽固。',
    '',
    '3',
    '芯片制造商上调销售预期',
    'Chipmaker lifts sales forecast',
    '',
    'A chipmaker lifted its annual sales forecast after orders from data centres surged.',
    '一家芯片制造商在数据中心订单激增后上调了年度销售预期。',
  ].join('\n');

  it('opens an item at each headline under its number, and sets the page heading aside', () => {
    const r = parse(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['港口工人罢工延长 Port strike extended', 2],
      ['央行上调政策利率 Central bank raises policy rate', 2],
      ['芯片制造商上调销售预期 Chipmaker lifts sales forecast', 2],
    ]);
    expect(r.page.chrome).toEqual(expect.arrayContaining(['1', '2', '3', '7月新闻热词']));
  });

  // A pager's numbers, each on its own line with no item between them, are no list.
  it('leaves a pager of bare numbers alone', () => {
    const r = parse(
      [
        'Port strike enters second week',
        'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
        '',
        '1',
        '2',
        '3',
        'Next page',
      ].join('\n'),
    );
    expect(r.items.map((i) => i.title)).toEqual(['Port strike enters second week']);
  });
});

describe("a blog's own header above numbered English sentences each with its translation", () => {
  // A Korean radio-English blog: the category line, the post title and the phrase of the day,
  // then the headlines, each a numbered English sentence over its Korean translation.
  const page = [
    '매일 영어 한 줄/모닝 라디오',
    '',
    '6/14 수, 모닝 라디오 헤드라인 + News coverage + 오늘의 문장',
    '',
    "Today's 문장 : I can't wait to see you! 너무 보고 싶어!",
    '',
    '비슷한 문장 - I am dying to see you! (원어민이 많이 쓰는 표현)',
    '',
    '1. Exports fell for a third straight month in June, according to the trade ministry, as chip shipments slowed further.',
    '',
    '산업통상자원부에 따르면 반도체 출하가 더 둔화되면서 6월 수출이 석 달 연속 감소했습니다.',
    '',
    '2. The central bank held its policy rate at 3.5 percent on Thursday, citing household debt and a weak won.',
    '',
    '한국은행은 목요일 가계부채와 원화 약세를 이유로 기준금리를 3.5%로 동결했습니다.',
    '',
    '3. Seoul will expand free bus rides for seniors from next month, the city government said on Wednesday.',
    '',
    '서울시는 다음 달부터 어르신 무료 버스 이용을 확대한다고 수요일 밝혔습니다.',
  ].join('\n');

  it("sets the blog's header aside: the items are the numbered sentences", () => {
    const r = parse(page);
    expect(r.items.map((i) => i.title)).toEqual([
      'Exports fell for a third straight month in June, according to the trade ministry, as chip shipments slowed further.',
      'The central bank held its policy rate at 3.5 percent on Thursday, citing household debt and a weak won.',
      'Seoul will expand free bus rides for seniors from next month, the city government said on Wednesday.',
    ]);
    expect(r.page.chrome).toEqual(
      expect.arrayContaining(["Today's 문장 : I can't wait to see you! 너무 보고 싶어!"]),
    );
  });
});

describe("the page end cutting an item's translation, paragraph by paragraph", () => {
  // A Korean study blog's summaries: English paragraphs under their label, then their Korean
  // translation under its label; the page ends inside the second item's third translated paragraph.
  const page = [
    '🏛️ 1. Politics & Diplomacy',
    '',
    '🇺🇸 ENGLISH SUMMARY',
    '',
    'The two leaders agreed on Friday to resume talks on trade and security next month.',
    '',
    '🇰🇷 한국어 해석',
    '',
    '두 정상은 금요일 다음 달 무역과 안보에 관한 회담을 재개하기로 합의했습니다.',
    '',
    '📊 2. Markets & Economy',
    '',
    '🇺🇸 ENGLISH SUMMARY',
    '',
    'Stocks closed a volatile week higher, with all three main indexes posting weekly gains.',
    '',
    'The dollar slid to a three-year low against the euro as investors moved money home.',
    '',
    'A chipmaker rose as investors looked for other bets in an uneasy market this week.',
    '',
    '🇰🇷 한국어 해석',
    '',
    '주식시장은 변동성이 큰 한 주를 상승으로 마감했고, 세 주요 지수가 모두 주간 상승을 기록했습니다.',
    '',
    '달러는 투자자들이 자금을 본국으로 옮기면서 유로화 대비 3년 만의 최저치로 떨어졌습니다.',
    '',
    '한 반도체 기업은 불안한 시장 속에서 투자자들이 다른 투자처를 찾으면서 주가가',
  ].join('\n');

  it('keeps the cut line as the third translated paragraph, not a new headline', () => {
    const r = parse(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['🏛️ 1. Politics & Diplomacy', 2],
      ['📊 2. Markets & Economy', 6],
    ]);
  });
});

describe("a Chinese reporter's byline opening the text", () => {
  // A tag page of Chinese news teasers: one opens with the byline of the outlet's reporter.
  const page = [
    '双语早读|今日立春',
    '',
    '立春是二十四节气中的第一个节气,标志着万物闭藏的冬季已过去,开始进入风和日暖的春季。The Beginning of Spring is the first of the 24 solar terms.',
    '',
    '古城庙会迎客忙,非遗表演点亮新春',
    '',
    '城市晚报记者 李明 泉州报道在春节假期,古城庙会游客如织,非遗表演精彩纷呈,整个古城成了欢乐的海洋。During the Spring Festival holiday, the temple fair drew crowds.',
    '',
    '春运铁路客流同比增长一成',
    '',
    '本报记者 王芳 报道今年春运期间,铁路客流同比增长一成,各地车站秩序井然,旅客出行平稳有序。',
  ].join('\n');

  it('credits the outlet the byline names, and no outlet for "this paper"', () => {
    const r = parse(page);
    expect(r.items.map((i) => i.sources.map((x) => x.publication ?? x.raw))).toEqual([[], ['城市晚报'], []]);
    expect(r.items[1]!.body[0]!.startsWith('在春节假期')).toBe(true);
  });
});

describe('an English paragraph and its translation on one line, line after line', () => {
  // A copy of a Chinese English-learning page: a headline marked with `>`, then each English
  // paragraph followed on the same line by its Chinese translation.
  const page = [
    '>Port strike enters second week',
    '',
    'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore. 码头工人周一延长了罢工,数十艘船在近海等待。',
    '',
    'The union said talks with the port operators would resume on Friday in the capital. 工会表示,与港口运营商的谈判将于周五在首都恢复。',
    '',
    'Exporters warned that the strike could cost "billions in lost orders" if it went on. 出口商警告说,如果罢工继续下去,可能造成"数十亿的订单损失"。',
    '',
    '>Chipmaker lifts sales forecast',
    '',
    'A chipmaker lifted its annual sales forecast after orders from data centres surged. 一家芯片制造商在数据中心订单激增后上调了年度销售预期。',
  ].join('\n');

  it("counts each language's paragraph as one", () => {
    const r = parse(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['>Port strike enters second week', 6],
      ['>Chipmaker lifts sales forecast', 2],
    ]);
    expect(r.items[0]!.body[1]).toBe('码头工人周一延长了罢工,数十艘船在近海等待。');
  });

  // One such line alone on the page (an English sentence closing on a Chinese gloss) stays whole.
  it('leaves a single line of two scripts whole', () => {
    const r = parse(
      [
        'Port strike enters second week',
        '',
        'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore. 码头工人周一延长了罢工,数十艘船在近海等待。',
        '',
        'Chipmaker lifts sales forecast',
        '',
        'A chipmaker lifted its annual sales forecast after orders from data centres surged.',
      ].join('\n'),
    );
    expect(r.items.map((i) => i.body.length)).toEqual([1, 1]);
  });
});

describe("a Japanese sentence, then its English translation marked with '*'", () => {
  // A learner's blog transcribing news items: the item number alone on its line, the broadcast
  // date and English headline, the Japanese headline, then each Japanese sentence with its
  // English translation under it, marked with an asterisk.
  const page = [
    '1.',
    '',
    '2009年09月15日(火)の放送内容 PORT STRIKE ENTERS SECOND WEEK',
    '',
    '「港湾スト 2週目に」',
    '',
    '港湾労働者は月曜日、ストライキを延長し、数十隻の船が沖合で待機しています。',
    '',
    '*Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
    '',
    '組合は、金曜日に交渉を再開すると述べました。',
    '',
    '*The union said talks with the port operators would resume on Friday in the capital.',
    '',
    '2.',
    '',
    '2009年09月16日(水)の放送内容 CHIPMAKER LIFTS FORECAST',
    '',
    '「半導体大手 見通し上げ」',
    '',
    'データセンターからの受注が急増し、半導体大手が年間売上高の見通しを引き上げました。',
    '',
    '*A chipmaker lifted its annual sales forecast after orders from data centres surged.',
  ].join('\n');

  it('keeps each translation as a paragraph and the item numbers out of the text', () => {
    const r = parse(page);
    expect(r.items.map((i) => i.body.length)).toEqual([4, 2]);
    expect(r.items[0]!.body[1]).toBe(
      '*Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
    );
    expect(r.items[0]!.body).not.toContain('2.');
  });
});

describe("a picture's caption with its credit in brackets, and its translation", () => {
  // A Korean study post copying an English-language daily's story: the numbered Korean headline
  // and its English one, the picture's caption in both languages, then the text in both.
  const page = [
    '1. 항만 노조, 파업 2주째 이어가',
    'Port union extends strike into second week',
    '',
    'Container ships wait off the coast of Busan on Monday [YONHAP]',
    '',
    '월요일 부산 앞바다에서 대기 중인 컨테이너선들 [연합뉴스]',
    '',
    'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
    '',
    '항만 노동자들은 월요일 파업을 연장해 수십 척의 선박이 앞바다에서 대기하고 있다.',
    '',
    '2. 한국은행, 기준금리 동결',
    'Bank of Korea holds its policy rate',
    '',
    'The central bank held its policy rate at 3.5 percent on Thursday, citing household debt.',
    '',
    '한국은행은 목요일 가계부채를 이유로 기준금리를 3.5%로 동결했다.',
  ].join('\n');

  it('sets both captions aside: the text is the story in each language', () => {
    const r = parse(page);
    expect(r.items.map((i) => i.body.length)).toEqual([2, 2]);
    expect(r.items[0]!.sources).toEqual([]);
  });
});
