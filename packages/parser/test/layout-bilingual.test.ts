// Bilingual pages: news in English with its translation, set the ways language-study pages set
// it (Chinese listening sites, Japanese and Korean study blogs, translation exercises).
// Small pages in those shapes, written for the tests (corpus/README.md lists the real pages).
import { describe, expect, it } from 'vitest';
import { parseChecked as parse } from './layout-helpers.js';

describe('English paragraphs each followed by their translation, run onto one line', () => {
  // A Chinese listening site's transcript page: the lesson title, then the programme's sign-on
  // and three stories, each an English paragraph and its Chinese translation, on one line.
  const transcript = [
    '新闻一分钟 港口罢工进入第二周(在线收听) |',
    'This is the News Minute. 这里是一分钟新闻。 Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore. The union said talks would resume on Friday. 码头工人周一延长了罢工,数十艘船在近海等待。工会表示谈判将于周五恢复。 The central bank raised its policy rate by a quarter point on Thursday. It cited sticky inflation in services. 央行周四将政策利率上调了25个基点。央行称服务业通胀顽固。 A chipmaker lifted its annual sales forecast after orders from data centres surged. Its shares rose 6%. 一家芯片制造商在数据中心订单激增后上调了年度销售预期。其股价上涨了6%。 |',
    '原文地址:http://www.example.com/lesson/news-minute/2020/4/501.html |',
  ].join('\n');

  it('makes each English paragraph a story, titled by its first sentence, with its translation', () => {
    const r = parse(transcript);
    expect(r.items.slice(1).map((i) => [i.title, i.body])).toEqual([
      [
        'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
        [
          'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore. The union said talks would resume on Friday.',
          '码头工人周一延长了罢工,数十艘船在近海等待。工会表示谈判将于周五恢复。',
        ],
      ],
      [
        'The central bank raised its policy rate by a quarter point on Thursday.',
        [
          'The central bank raised its policy rate by a quarter point on Thursday. It cited sticky inflation in services.',
          '央行周四将政策利率上调了25个基点。央行称服务业通胀顽固。',
        ],
      ],
      [
        'A chipmaker lifted its annual sales forecast after orders from data centres surged.',
        [
          'A chipmaker lifted its annual sales forecast after orders from data centres surged. Its shares rose 6%.',
          '一家芯片制造商在数据中心订单激增后上调了年度销售预期。其股价上涨了6%。 |',
        ],
      ],
    ]);
    // The lesson's address under the run is no story of its own.
    expect(r.items).toHaveLength(4);
  });

  // A Japanese blog translating the day's teasers: an edition heading in capitals and its date
  // run into the first teaser, each English sentence glued to its Japanese translation.
  const teasers = [
    'NEWS を翻訳しています',
    '',
    'WORLD NEWS HEADLINES January 27, 2024 A jury has decided the former president should pay $83.3m for defaming a columnist.陪審は、前大統領がコラムニストの名誉を棄損したとして8330万ドル支払うよう決定した。 An oil tanker is on fire in the Gulf of Aden after a missile hit it, its operator says.ミサイルが命中した後、アデン湾でオイル・タンカーが炎上していると運航会社が発表した。 For decades, the smiling photo of a fugitive has featured on wanted posters across Japan.何十年もの間、逃亡者の笑顔の写真が日本中の指名手配ポスターにのっていた。 On 20 De',
  ].join('\n');

  it('sets the edition heading apart and keeps the story the page cuts off', () => {
    const r = parse(teasers);
    expect(r.items.map((i) => [i.title, i.body.length, i.incomplete ?? false])).toEqual([
      ['A jury has decided the former president should pay $83.3m for defaming a columnist.', 2, false],
      ['An oil tanker is on fire in the Gulf of Aden after a missile hit it, its operator says.', 2, false],
      ['For decades, the smiling photo of a fugitive has featured on wanted posters across Japan.', 2, false],
      ['On 20 De', 1, true],
    ]);
    expect(r.page.chrome.join(' ')).toContain('WORLD NEWS HEADLINES January 27, 2024');
    expect(r.items[0]!.money.map((m) => [m.text, m.amount.currency])).toEqual([
      ['$83.3m', 'USD'],
      ['8330万ドル', 'USD'],
    ]);
  });

  // An article translated paragraph by paragraph under its English headline (China Daily's
  // bilingual news shape) is one item, whatever its paragraphs look like.
  const article = [
    '英语新闻丨Port strike enters its second week',
    'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore. The union said talks would resume. 码头工人周一延长了罢工,数十艘船在近海等待。工会表示谈判将恢复。 The port handles a third of the country’s container trade, and shippers have begun to divert cargo. 该港口处理全国三分之一的集装箱贸易,托运人已开始转运货物。 Retailers warned that shelves could empty before the holidays if the strike lasts. 零售商警告称,如果罢工持续,节前货架可能会空。',
  ].join('\n');

  it('leaves an article under its English headline whole', () => {
    const r = parse(article);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['英语新闻丨Port strike enters its second week', 1],
    ]);
  });
});

describe('a headline’s rendering opened by an arrow under it', () => {
  // A translation exercise (a student's report): numbered headlines, each with its rendering
  // on the next line after `=>`, in a script no CJK test tells apart (Vietnamese).
  const exercise = [
    'WORLD NEWS',
    'Headlines:',
    '',
    '1. Port strike enters its second week',
    '=> Cuộc đình công tại cảng bước sang tuần thứ hai',
    '',
    '2. Central bank raises interest rates again',
    '=> Ngân hàng trung ương lại tăng lãi suất',
    '',
    '3. Chipmaker lifts its annual sales forecast',
    '=> Hãng chip nâng dự báo doanh số cả năm',
    '',
    'Sentence:',
    'Officials say extreme heat has killed at least 170 people across much of the country this week.',
  ].join('\n');

  it('joins the rendering to its headline as the title’s second line, not a paragraph', () => {
    const r = parse(exercise);
    expect(r.items.map((i) => [i.title, i.body.length]).slice(0, 3)).toEqual([
      ['Port strike enters its second week => Cuộc đình công tại cảng bước sang tuần thứ hai', 0],
      ['Central bank raises interest rates again => Ngân hàng trung ương lại tăng lãi suất', 0],
      // The second exercise's label and sentence run on under the last headline.
      ['Chipmaker lifts its annual sales forecast => Hãng chip nâng dự báo doanh số cả năm', 2],
    ]);
  });
});

describe('a translator’s notes under the headlines of a translation exercise', () => {
  // The exercise's shape: each headline, its rendering after `=>` (wrapped onto a second line
  // when long), then the translator's notes, each opened by an asterisk set against its first word.
  const exercise = [
    'WORLD NEWS',
    'Headlines:',
    '',
    '1. Port strike enters its second week',
    '=> Cuộc đình công tại cảng bước sang tuần thứ hai, khiến hàng chục con tàu phải chờ ngoài',
    'khơi',
    '*offshore: ngoài khơi',
    '2. Central bank raises interest rates again',
    '=> Ngân hàng trung ương lại tăng lãi suất',
    '*Không dịch là “nâng” vì câu gốc nói về lãi suất, một thuật ngữ có nghĩa',
    'cố định trong tiếng Việt.',
    '3. Chipmaker lifts its annual sales forecast',
    '=> Hãng chip nâng dự báo doanh số cả năm',
    '*lift = raise',
    '',
    'Sentence:',
    'Officials say extreme heat has killed at least 170 people across much of the country this week.',
  ].join('\n');

  it('keeps the notes out of the paragraphs and the wrapped rendering in the title', () => {
    const r = parse(exercise);
    expect(r.items.map((i) => [i.title, i.body.length]).slice(0, 2)).toEqual([
      [
        'Port strike enters its second week => Cuộc đình công tại cảng bước sang tuần thứ hai, khiến hàng chục con tàu phải chờ ngoài khơi',
        0,
      ],
      ['Central bank raises interest rates again => Ngân hàng trung ương lại tăng lãi suất', 0],
    ]);
    expect(r.page.chrome).toEqual(
      expect.arrayContaining(['*offshore: ngoài khơi', 'cố định trong tiếng Việt.', '*lift = raise']),
    );
  });
});

describe('a translation cut by the page end, under its English paragraph', () => {
  // A bilingual news transcript: the headline and its translation, then each English paragraph
  // followed by its Chinese translation; the page stops inside the last translation.
  const transcript = [
    'Port strike enters its second week',
    '港口罢工进入第二周',
    '',
    'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
    '',
    '码头工人周一延长了罢工,数十艘船在近海等待。',
    '',
    'The union said talks with the port operator would resume on Friday at the earliest.',
    '',
    '工会表示,与港口运营商的谈判最早将于周五',
  ].join('\n');

  it('keeps the cut translation as the item’s last paragraph, not a headline of its own', () => {
    const r = parse(transcript);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Port strike enters its second week 港口罢工进入第二周', 4],
    ]);
  });

  // A page of such items cut in the next item's headline: the line after a whole pair opens the
  // next pair or the next item, so a headline there stays one.
  it('keeps a headline cut by the page end after a whole pair', () => {
    const r = parse(
      [
        '1【Port strike enters its second week】港口罢工进入第二周',
        'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
        '码头工人周一延长了罢工,数十艘船在近海等待。',
        '2【Central bank raises interest rates again】央行再次加息',
        'The central bank raised its policy rate by a quarter point, citing sticky inflation.',
        '央行将政策利率上调了25个基点,理由是通胀顽固。',
        '3【Chipmaker lifts its annual',
      ].join('\n'),
    );
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['1【Port strike enters its second week】港口罢工进入第二周', 2],
      ['2【Central bank raises interest rates again】央行再次加息', 2],
      ['3【Chipmaker lifts its annual', 0],
    ]);
  });

  // A newsletter of bilingual items, each a headline with its translation, an English paragraph
  // and its Chinese one; the page stops in the last item's translation.
  it('reads a cut translation under a single paragraph when the page translates its paragraphs', () => {
    const r = parse(
      [
        '>Port strike enters its second week 港口罢工进入第二周',
        '',
        'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
        '',
        '码头工人周一延长了罢工,数十艘船在近海等待。',
        '',
        '>Central bank raises rates again 央行再次加息',
        '',
        'The central bank raised its policy rate by a quarter point, citing sticky inflation.',
        '',
        '央行周四将政策利率上调了25个基点,理由是服务业通胀顽固,这是今年第三次',
      ].join('\n'),
    );
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['>Port strike enters its second week 港口罢工进入第二周', 2],
      ['>Central bank raises rates again 央行再次加息', 2],
    ]);
  });

  // A translation of two lines (a second paragraph, or a wrapped one) then a cut headline: the
  // headline stays one, whatever the page does elsewhere.
  it('keeps a headline cut by the page end under a translation of two lines', () => {
    const r = parse(
      [
        '1【Port strike enters its second week】港口罢工进入第二周',
        'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
        '码头工人周一延长了罢工,数十艘船在近海等待。',
        '2【Central bank raises interest rates again】央行再次加息',
        'The central bank raised its policy rate by a quarter point, citing sticky inflation.',
        '央行将政策利率上调了25个基点,理由是通胀顽固。',
        '央行表示,将继续密切关注物价走势。',
        '3【Chipmaker lifts its annual',
      ].join('\n'),
    );
    expect(r.items.map((i) => i.title).at(-1)).toBe('3【Chipmaker lifts its annual');
  });
});

describe('a bare $ whose amount the translation writes with its currency', () => {
  // A Taiwan English-learning page: the English headline and sentence of a foreign story, with
  // the Chinese headline that names the currency (美元, US dollars) of the same amount.
  const page = [
    '1. 星巴克將支付紐約市員工 3,500 萬美元',
    'Starbucks to pay NYC workers $35m after alleged labour law violations',
    '完整句為 Starbucks is to pay $35 million to NYC workers after alleged labour law violations.',
    '2. 颱風逼近,全台停班停課',
    'Typhoon shuts offices and schools across Taiwan',
    '完整句為 Offices and schools across Taiwan closed on Monday as the typhoon approached the island.',
  ].join('\n');

  it('reads the bare $ as the currency the translation names, with the reason', () => {
    const r = parse(page, { url: 'https://www.example.com.tw/Article.php?id=1' });
    expect(r.items[0]!.money.map((m) => [m.text, m.amount.currency])).toEqual([
      ['3,500 萬美元', 'USD'],
      ['$35m', 'USD'],
      ['$35 million', 'USD'],
    ]);
    expect(r.items[0]!.money[1]!.amount.resolved?.reason).toContain('3,500 萬美元');
  });

  it('leaves a bare $ with no such translation to the page’s context', () => {
    const r = parse(page.replace('3,500 萬美元', '巨額和解金'), {
      url: 'https://www.example.com.tw/Article.php?id=1',
    });
    expect(r.items[0]!.money.map((m) => m.amount.currency)).toEqual(['TWD', 'TWD']);
  });
});

describe('a blank to fill in under a headline', () => {
  // A headline exercise: each numbered Korean headline with the English original under it, then
  // a blank line of underscores for the reader's own rendering.
  const exercise = [
    'Q2) 아래 우리말 해석을 참고해서 빈칸을 채워 보자.',
    '',
    '1) 버스 이용객 숫자, 지하철 이용 승객 추월해',
    '- Bus users outnumber subway commuters',
    '- ____________________________________________________________________',
    '2) 전 대통령 인공호흡기 착용 중',
    '- Former president on life support',
    '- ____________________________________________________________________',
    '3) 미국-쿠바간 이민 협상 재개될 듯',
    '- U.S.-Cuba migration talks to resume',
    '- ____________________________________________________________________',
  ].join('\n');

  it('keeps the blank out of the paragraphs, as a rule of any length', () => {
    const r = parse(exercise);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['버스 이용객 숫자, 지하철 이용 승객 추월해 - Bus users outnumber subway commuters', 0],
      ['전 대통령 인공호흡기 착용 중 - Former president on life support', 0],
      ['미국-쿠바간 이민 협상 재개될 듯 - U.S.-Cuba migration talks to resume', 0],
    ]);
  });
});

describe('labels naming the language of each part of an item', () => {
  // A Korean blog's weekly news: each item's English summary and its Korean translation, each
  // under a label with a flag; a Japanese log sets `英文` / `日本語訳` the same way.
  const page = [
    '📊 1. Markets & US Economy',
    '',
    '🇺🇸 ENGLISH SUMMARY',
    '',
    'Wall Street closed a volatile week on a high note, with all three indexes up for the week.',
    '',
    'The dollar hit a three-year low against the euro as European investors brought money home.',
    '',
    '🇰🇷 한국어 해석',
    '',
    '미국 증시는 격동의 한 주를 상승으로 마감했습니다.',
    '',
    '달러는 유로화 대비 3년 만의 최저치를 기록했습니다.',
    '',
    '🌏 2. World News',
    '',
    '英文',
    '',
    'Leaders of the two countries met in Alaska for their first talks since the election.',
    '',
    '日本語訳',
    '',
    '両国の首脳は選挙後初めての会談のためアラスカで会った。',
  ].join('\n');

  it('keeps the labels out of the headlines and the paragraphs', () => {
    const r = parse(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['📊 1. Markets & US Economy', 4],
      ['🌏 2. World News', 2],
    ]);
    expect(r.page.chrome).toEqual(
      expect.arrayContaining(['🇺🇸 ENGLISH SUMMARY', '🇰🇷 한국어 해석', '英文', '日本語訳']),
    );
  });
});

describe('a blog post’s title and byline over the news items it lists', () => {
  // A study blog's post: its title, the author and date, then the week's items, each a
  // headline over its English summary and its Korean translation, none with a byline.
  const post = [
    '영어공부',
    '',
    '2025년 4월 둘째주 영어뉴스 다섯가지.',
    '',
    'by Yeoni 2025. 4. 13.',
    '',
    '1. Markets close a volatile week higher',
    '',
    'Wall Street closed a volatile week on a high note, with all three indexes up for the week.',
    '',
    '미국 증시는 격동의 한 주를 상승으로 마감했습니다.',
    '',
    '2. Dollar hits a three-year low',
    '',
    'The dollar hit a three-year low against the euro as European investors brought money home.',
    '',
    '달러는 유로화 대비 3년 만의 최저치를 기록했습니다.',
  ].join('\n');

  it('reads the post’s title and byline as the page’s, not as a first item', () => {
    const r = parse(post);
    expect(r.items.map((i) => i.title)).toEqual([
      'Markets close a volatile week higher',
      'Dollar hits a three-year low',
    ]);
  });
});

describe('an intro of two paragraphs above a lesson page’s first headline', () => {
  // A listening site's lesson list: two paragraphs about the programme, then each lesson's
  // Chinese title line over its English summary.
  const page = [
    '美国之音的英语节目,按播音速度可分为两种:标准英语和特别英语。',
    '特别英语又叫慢速英语,是专为全世界初学英语的听众安排的一种简易、规范的英语广播节目。',
    '慢速英语:港口罢工进入第二周2017-04-20',
    'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
    '慢速英语:央行再次加息2017-04-20',
    'The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation.',
  ].join('\n');

  it('reads the intro as the page’s standfirst, not as a first item', () => {
    const r = parse(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['慢速英语:港口罢工进入第二周2017-04-20', 1],
      ['慢速英语:央行再次加息2017-04-20', 1],
    ]);
  });
});
