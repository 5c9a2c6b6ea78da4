// Bilingual pages, round ten: layouts of news with its translation that more than one outlet
// shares. Small pages in those shapes, written for the tests (corpus/README.md lists the real ones).
import { describe, expect, it } from 'vitest';
import { parseChecked as parse } from './layout-helpers.js';

describe('headless English briefs, each with its translation on the next line', () => {
  // A study blog translating a weekly's world-in-brief column: the post's title in Korean, then
  // three briefs, each an English paragraph with no headline and its translation under it.
  const blog = [
    '매일 새로운 영어 기사',
    'Dockworkers in the port city extended their strike into a second week, leaving dozens of ships waiting offshore. The union said talks would resume on Friday.',
    '항구 도시의 부두 노동자들이 파업을 2주째 이어가 수십 척의 배가 먼바다에서 대기하고 있다. 노조는 금요일에 협상이 재개된다고 밝혔다.',
    'Regulators in Brussels fined a chipmaker $1.2bn for abusing its dominance of the market for processors. The company said it would appeal.',
    '브뤼셀 규제 당국은 프로세서 시장 지배력을 남용한 반도체 업체에 12억 달러의 벌금을 부과했다. 회사는 항소하겠다고 밝혔다.',
    'Farmers across the north of the country blocked motorways with tractors in protest against cuts to fuel subsidies. Police made no arrests.',
    '북부 전역의 농민들이 연료 보조금 삭감에 항의해 트랙터로 고속도로를 막았다. 경찰은 체포하지 않았다.',
  ].join('\n');

  it('makes each brief an item titled by its first sentence, its rest and translation its paragraphs', () => {
    const r = parse(blog);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      [
        'Dockworkers in the port city extended their strike into a second week, leaving dozens of ships waiting offshore.',
        2,
      ],
      [
        'Regulators in Brussels fined a chipmaker $1.2bn for abusing its dominance of the market for processors.',
        2,
      ],
      [
        'Farmers across the north of the country blocked motorways with tractors in protest against cuts to fuel subsidies.',
        2,
      ],
    ]);
    expect(r.items[1]!.body[1]).toBe(
      '브뤼셀 규제 당국은 프로세서 시장 지배력을 남용한 반도체 업체에 12억 달러의 벌금을 부과했다. 회사는 항소하겠다고 밝혔다.',
    );
  });

  // A school's daily news page: each brief under its date in figures, with its Chinese translation.
  const school = [
    '04/06/15',
    '',
    'The Transport Department announced yesterday that a new cross-harbour bus route will start running next month. Fares will be the same as on the existing routes.',
    '運輸署昨日宣布,一條新的過海巴士路線將於下月開始行駛。車費將與現有路線相同。',
    '',
    '03/06/15',
    '',
    'The Observatory issued the first typhoon signal of the year this morning as a tropical storm moved closer. Ferry services may be suspended.',
    '天文台今早發出今年首個颱風信號,熱帶風暴正逐漸靠近。渡輪服務或會暫停。',
    '',
    '02/06/15',
    '',
    'Public libraries will extend their opening hours during the examination period, the Leisure and Cultural Services Department said today.',
    '康樂及文化事務署今日表示,公共圖書館將於考試期間延長開放時間。',
  ].join('\n');

  it('reads the dated briefs as items, the dates aside', () => {
    const r = parse(school);
    expect(r.items.map((i) => i.title)).toEqual([
      'The Transport Department announced yesterday that a new cross-harbour bus route will start running next month.',
      'The Observatory issued the first typhoon signal of the year this morning as a tropical storm moved closer.',
      'Public libraries will extend their opening hours during the examination period, the Leisure and Cultural Services Department said today.',
    ]);
    // A brief of one sentence: its title and its paragraph, then its translation.
    expect(r.items[2]!.body).toEqual([
      'Public libraries will extend their opening hours during the examination period, the Leisure and Cultural Services Department said today.',
      '康樂及文化事務署今日表示,公共圖書館將於考試期間延長開放時間。',
    ]);
  });

  // One article translated paragraph by paragraph under its headline and the headline's
  // translation: the pairs are the article's text, not briefs.
  const article = [
    'Leaders to Discuss Water Security in Seoul',
    '',
    '세계 지도자들, 서울에서 물 안보 논의',
    'Dockworkers in the port city extended their strike into a second week, leaving dozens of ships waiting offshore.',
    '',
    '항구 도시의 부두 노동자들이 파업을 2주째 이어가 수십 척의 배가 먼바다에서 대기하고 있다.',
    '',
    'Regulators in Brussels fined a chipmaker $1.2bn for abusing its dominance of the market for processors.',
    '',
    '브뤼셀 규제 당국은 프로세서 시장 지배력을 남용한 반도체 업체에 12억 달러의 벌금을 부과했다.',
    '',
    'Farmers across the north of the country blocked motorways with tractors in protest against fuel cuts.',
    '',
    '북부 전역의 농민들이 연료 보조금 삭감에 항의해 트랙터로 고속도로를 막았다.',
  ].join('\n');

  it('leaves pairs under an article headline to the article', () => {
    const r = parse(article);
    expect(r.items.filter((i) => i.title.startsWith('Dockworkers'))).toEqual([]);
  });
});

describe('one news story translated paragraph by paragraph, a study page', () => {
  // A news-English lesson: the story's headline and its translation, then each English
  // paragraph followed by its Korean translation, the glossary between.
  const lesson = [
    'Port strike enters second week as talks stall',
    '',
    '협상 교착 속에 항만 파업 2주째',
    '',
    'strike : 파업',
    '',
    'stall : 교착 상태에 빠지다',
    '',
    'Dockworkers in the port city extended their strike into a second week on Monday, leaving dozens of ships waiting offshore.',
    '',
    '항구 도시의 부두 노동자들이 월요일 파업을 2주째 이어가 수십 척의 배가 먼바다에서 대기하고 있다.',
    '',
    'The union said talks with the operators would resume on Friday, but neither side expected a quick deal.',
    '',
    '노조는 운영사들과의 협상이 금요일에 재개된다고 밝혔지만 양측 모두 빠른 합의는 기대하지 않았다.',
    '',
    'Exporters warned that the delays were already costing them millions of dollars a day in lost sales.',
    '',
    '수출업체들은 지연으로 이미 하루 수백만 달러의 매출 손실을 보고 있다고 경고했다.',
  ].join('\n');

  it('keeps the story as a briefing, its paragraphs and their translations its text', () => {
    const r = parse(lesson);
    expect(r.items).toHaveLength(1);
    expect(r.items[0]!.title.startsWith('Port strike enters second week as talks stall')).toBe(true);
    expect(r.items[0]!.body).toHaveLength(6);
  });

  // A story in English alone, its paragraphs leaning on each other: an article, not a briefing.
  const article = [
    'Port strike enters second week as talks stall',
    '',
    'Dockworkers in the port city extended their strike into a second week on Monday, leaving dozens of ships waiting offshore.',
    '',
    'Their union said talks with the operators would resume on Friday, but neither side expected a quick deal.',
    '',
    'It has asked for a raise in line with inflation and for limits on night shifts at the container terminals.',
    '',
    'The operators said they had already offered more than any other port in the region was paying its workers.',
    '',
    'Meanwhile, exporters warned that the delays were already costing them millions of dollars a day in lost sales.',
    '',
    'They have asked the government to step in, but it has so far declined to take sides in the dispute.',
    '',
    'Economists said a long stoppage could knock a tenth of a point off growth this quarter.',
  ].join('\n');

  it('still sets aside one long text in one language', () => {
    expect(parse(article).items).toEqual([]);
  });
});

describe('numbered headlines, each with its translation on the next line', () => {
  // A weekly hot-words list: a greeting, then each story numbered, its Chinese headline over the
  // English one, an example label, the English text and its translation.
  const hotWords = [
    '大家好,又是新的一周!每周我们在此收集上周英语新闻热词,让您学习最鲜活的语言。',
    '1. 港口罢工进入第二周',
    'Port strike enters its second week',
    '例句:',
    'Dockworkers in the port city extended their strike into a second week on Monday, leaving dozens of ships waiting offshore.',
    '港口城市的码头工人周一将罢工延长至第二周,数十艘船只在近海等候。',
    '2. 央行上调政策利率',
    'Central bank raises its policy rate',
    '例句:',
    'The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation in services.',
    '央行周四将政策利率上调25个基点,理由是服务业通胀顽固。',
  ].join('\n');

  it('makes each numbered pair an item, the intro above and the part labels aside', () => {
    const r = parse(hotWords);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['港口罢工进入第二周 Port strike enters its second week', 2],
      ['央行上调政策利率 Central bank raises its policy rate', 2],
    ]);
  });

  // A radio station's news lesson: the programme's name and blurb, then each story under its
  // English headline and the Chinese one, its text labelled `內文:`; each story an ordered list
  // of its own, so both are numbered 1.
  const radio = [
    'News Online-英文News一下',
    '',
    '本節目內容節錄自新聞廣播,將為大家一起研讀兩則新聞內容來和大家分享,分別為:',
    '',
    '1. Council Announces Major Infrastructure Plan',
    '',
    '委員會宣布大型基礎設施計劃',
    '',
    '內文:',
    '',
    'The National Development Council has announced new funding for public infrastructure projects this year.',
    '',
    'The council minister says the projects are aimed at stimulating the economy.',
    '',
    '1. Typhoon Expected to Bring Heavy Rain to the North',
    '',
    '颱風預計為北部帶來豪雨',
    '',
    '內文:',
    '',
    'The weather bureau says a typhoon is expected to bring heavy rain to northern areas from Thursday.',
  ].join('\n');

  it('reads both numbered stories, the programme heading above them aside', () => {
    const r = parse(radio);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Council Announces Major Infrastructure Plan 委員會宣布大型基礎設施計劃', 2],
      ['Typhoon Expected to Bring Heavy Rain to the North 颱風預計為北部帶來豪雨', 1],
    ]);
  });

  // A numbered glossary names terms, not stories: no items of its own.
  const glossary = [
    'Dockworkers in the port city extended their strike into a second week on Monday.',
    '',
    '1. strike',
    '罢工',
    '2. offshore',
    '近海',
  ].join('\n');

  it('leaves a numbered glossary to the text', () => {
    const r = parse(glossary);
    expect(r.items.some((i) => i.title.includes('strike') && i.title.length < 20)).toBe(false);
  });
});

describe("a lesson's notes under a marked heading", () => {
  // A news-translation column: the story's Japanese and English headlines and its English text,
  // then the lesson's notes under a marked heading: quoted phrases, arrows, comments.
  const column = [
    '港湾スト、2週目に突入',
    '',
    'Port Strike Enters Second Week',
    '',
    'Dockworkers in the port city extended their strike into a second week on Monday, leaving dozens of ships waiting offshore.',
    '',
    '■訳出のポイント',
    '',
    'strike は 「ストライキ」。',
    '',
    'extend は 「延長する」 という動詞。',
    '',
    'Chapter 11 は、英字新聞でもしばしば登場していますが、',
    '',
    '「港湾都市の港湾労働者」 → 「港湾労働者」',
    '',
    'ということですね。',
  ].join('\n');

  it('keeps the story and sets the notes aside', () => {
    const r = parse(column);
    expect(r.items.map((i) => i.title)).toEqual(['港湾スト、2週目に突入 Port Strike Enters Second Week']);
    expect(r.items[0]!.body).toEqual([
      'Dockworkers in the port city extended their strike into a second week on Monday, leaving dozens of ships waiting offshore.',
    ]);
  });

  // A hot-words list: the notes under each story end at the next numbered story.
  const list = [
    '1. 港口罢工进入第二周',
    'Port strike enters its second week',
    'Dockworkers in the port city extended their strike into a second week on Monday, leaving dozens of ships waiting offshore.',
    '【相关词汇】',
    '码头工人 dockworkers',
    '近海 offshore',
    '2. 央行上调政策利率',
    'Central bank raises its policy rate',
    'The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation in services.',
    '【相关词汇】',
    '政策利率 policy rate',
  ].join('\n');

  it('ends the notes at the next story', () => {
    const r = parse(list);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['港口罢工进入第二周 Port strike enters its second week', 1],
      ['央行上调政策利率 Central bank raises its policy rate', 1],
    ]);
  });
});

describe("the translated part of a lesson's item, under its label", () => {
  // A news-translation column: the story in English, then its translation under a marked
  // label, headed by the headline's translation in quotes.
  const column = [
    'Port Strike Enters Second Week',
    '',
    'Dockworkers in the port city extended their strike into a second week on Monday, leaving dozens of ships waiting offshore.',
    '',
    '■対訳',
    '',
    '「港湾スト、2週目に突入」',
    '',
    '港湾都市の港湾労働者は月曜日、ストライキを2週目に延長し、数十隻の船が沖合で待機している。',
    '',
    'Central Bank Raises Its Policy Rate',
    '',
    'The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation in services.',
    '',
    '【訳】',
    '',
    '中央銀行が政策金利を引き上げ',
    '',
    '中央銀行は木曜日、サービス価格のインフレが根強いとして、政策金利を0.25ポイント引き上げた。',
  ].join('\n');

  it('reads the translation as the item text, its headline aside', () => {
    const r = parse(column);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Port Strike Enters Second Week', 2],
      ['Central Bank Raises Its Policy Rate', 2],
    ]);
  });
});

describe('a numbered story 1 alone, the page cut before the next', () => {
  // A daily-news blog: the post's title and byline, its bilingual preface, then story 1 with its
  // headline over the headline's translation, each Korean sentence over its English one.
  const blog = [
    '오늘 자 핫이슈! 뉴스 읽기 습관 (2025년 3월 20일 뉴스)',
    'by 블로거 2025. 3. 20.',
    '',
    '왜 주요 뉴스를 영어와 한국어로 함께 읽어야 할까요?',
    '',
    'Why Should You Read Key News in Both English and Korean?',
    '',
    '한국어로 뉴스를 읽으면 깊이 있는 국내 분석을 이해할 수 있고, 영어로 읽으면 국제사회의 시선을 배울 수 있습니다.',
    'Reading news in Korean gives you insight into domestic analysis, while English shows you the world.',
    '',
    '1. 서울, 3월 폭설로 출근길 대란',
    '',
    'Seoul Faces Commuting Chaos Due to March Snowstorm',
    '',
    '서울에 이례적인 3월 폭설이 내려 출근길에 큰 혼란이 발생했습니다.',
    'An unusual March snowstorm in Seoul caused significant disruptions during the morning commute.',
  ].join('\n');

  it('reads story 1 as the one item, the post above it aside', () => {
    const r = parse(blog);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['서울, 3월 폭설로 출근길 대란 Seoul Faces Commuting Chaos Due to March Snowstorm', 2],
    ]);
  });
});

describe("a lesson's notes end at the next English story", () => {
  // Two stories, each an English headline over its English text, notes under the first.
  const page = [
    'Port Strike Enters Second Week',
    '',
    'Dockworkers in the port city extended their strike into a second week on Monday, leaving dozens of ships waiting offshore.',
    '',
    '【解説】',
    '',
    '「extend」 は 「延長する」。',
    '',
    'Central Bank Raises Its Policy Rate',
    '',
    'The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation in services.',
  ].join('\n');

  it('reads the second story after the notes', () => {
    expect(parse(page).items.map((i) => i.title)).toEqual([
      'Port Strike Enters Second Week',
      'Central Bank Raises Its Policy Rate',
    ]);
  });
});
