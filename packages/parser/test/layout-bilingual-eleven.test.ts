// Bilingual pages, round eleven: layouts of news with its translation that more than one outlet
// shares. Small pages in those shapes, written for the tests (corpus/README.md lists the real ones).
import { describe, expect, it } from 'vitest';
import { parseChecked as parse } from './layout-helpers.js';

describe("the page's own header above items titled in two languages", () => {
  // A study blog: its name and tagline, then the day's stories, each an English headline with its
  // Chinese translation under it, an English paragraph and its translation.
  const blog = [
    '双语新闻学习站',
    '',
    '每天一篇双语新闻,陪你学英语。',
    '',
    'Port strike enters its second week',
    '港口罢工进入第二周',
    '',
    'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
    '码头工人周一延长罢工,数十艘船只在近海等待。',
    '',
    'Chipmaker lifts its annual sales forecast',
    '芯片制造商上调全年销售预期',
    '',
    'The company lifted its annual sales forecast after orders from data centres surged.',
    '由于数据中心订单激增,该公司上调了全年销售预期。',
  ].join('\n');

  it('is furniture: only the two stories are briefings', () => {
    const r = parse(blog);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Port strike enters its second week 港口罢工进入第二周', 2],
      ['Chipmaker lifts its annual sales forecast 芯片制造商上调全年销售预期', 2],
    ]);
  });

  // A podcast channel: its name in two English words and its tagline over the episodes.
  it('is furniture when it is a short English name', () => {
    const r = parse(
      blog
        .replace('双语新闻学习站', 'CD Voice')
        .replace('每天一篇双语新闻,陪你学英语。', 'Your fast way to all things China.'),
    );
    expect(r.items.map((i) => i.title)).toEqual([
      'Port strike enters its second week 港口罢工进入第二周',
      'Chipmaker lifts its annual sales forecast 芯片制造商上调全年销售预期',
    ]);
  });

  // An English headline over its summary is a story, even above items titled in two languages.
  it('keeps a first item with an English headline', () => {
    const r = parse(
      blog
        .replace('双语新闻学习站', 'Central bank raises interest rates again')
        .replace(
          '每天一篇双语新闻,陪你学英语。',
          'The central bank raised its policy rate by a quarter point on Thursday.',
        ),
    );
    expect(r.items.map((i) => i.title)).toEqual([
      'Central bank raises interest rates again',
      'Port strike enters its second week 港口罢工进入第二周',
      'Chipmaker lifts its annual sales forecast 芯片制造商上调全年销售预期',
    ]);
  });
});

describe("the page's own header above one long story titled in two languages", () => {
  // A learner's blog: its name and tagline, then one news story set for study, an English
  // headline with its Japanese one, six Japanese paragraphs.
  const paragraphs = [
    '港湾労働者は月曜日にストライキを延長した。',
    '数十隻の船が沖合で待機している。',
    '組合は金曜日に交渉を再開すると述べた。',
    '港の運営会社は損失が膨らんでいると説明した。',
    '政府は双方に早期の合意を求めた。',
    '物流への影響は来月まで続く見通しだ。',
  ];
  const blog = [
    '英語学習の記録',
    '',
    '毎日ニュースで英語を勉強しています。',
    '',
    'PORT STRIKE ENTERS SECOND WEEK',
    '「港湾スト 2週目に」',
    '',
    ...paragraphs.flatMap((p) => [p, '']),
  ].join('\n');

  it('is furniture, and the story stays a briefing', () => {
    const r = parse(blog);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['PORT STRIKE ENTERS SECOND WEEK 「港湾スト 2週目に」', 6],
    ]);
  });
});

describe("the page's own header above English stories each followed by its translation", () => {
  // A Japanese study blog: its name and description, then the day's English stories, each an
  // English headline, its paragraph and the paragraph's Japanese translation.
  const blog = [
    '今日のニュースを英語で読もう!',
    '',
    '今日の英字新聞のニュースです。',
    '',
    'Port strike enters its second week',
    '',
    'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
    '',
    '港湾労働者は月曜日にストライキを延長し、数十隻の船が沖合で待機している。',
    '',
    'Chipmaker lifts its annual sales forecast',
    '',
    'The company lifted its annual sales forecast after orders from data centres surged.',
    '',
    'データセンターからの受注が急増し、同社は年間売上予想を引き上げた。',
  ].join('\n');

  it('is furniture', () => {
    const r = parse(blog);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Port strike enters its second week', 2],
      ['Chipmaker lifts its annual sales forecast', 2],
    ]);
  });
});

describe("an English-language daily of Japan or Korea named alone after the item's text", () => {
  // A Japanese reading-practice post: each story a Japanese headline, its Japanese text, the
  // English original, then the paper it comes from on a line of its own.
  const post = [
    '1. 港湾ストライキが2週目に入る',
    '',
    '港湾労働者は月曜日にストライキを延長し、数十隻の船が沖合で待機している。',
    '',
    'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
    '',
    'Japan Today',
    '',
    '2. 半導体メーカーが年間売上予想を引き上げ',
    '',
    'データセンターからの受注が急増し、同社は年間売上予想を引き上げた。',
    '',
    'The company lifted its annual sales forecast after orders from data centres surged.',
    '',
    'The Korea Times',
  ].join('\n');

  it('is the credit of the item above', () => {
    const r = parse(post);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)])).toEqual([
      ['港湾ストライキが2週目に入る', 2, ['Japan Today']],
      ['半導体メーカーが年間売上予想を引き上げ', 2, ['The Korea Times']],
    ]);
  });
});

describe('a date header with its weekday and month put into Chinese or Japanese', () => {
  // A blog archive: each day's header as the platform's template writes it in the blog's
  // language (`Saturday, December 04, 2004` with the names translated), then the day's post, a
  // Chinese headline over its English translation.
  const archive = [
    '星期六, 12月 04, 2004',
    '',
    '港口罷工進入第二週',
    '',
    'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
    '',
    '金曜日, 12月 03, 2004',
    '',
    '半導体メーカーが年間売上予想を引き上げ',
    '',
    'The company lifted its annual sales forecast after orders from data centres surged.',
  ].join('\n');

  it('is a date line, not a headline', () => {
    const r = parse(archive);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['港口罷工進入第二週', 1],
      ['半導体メーカーが年間売上予想を引き上げ', 1],
    ]);
  });
});

describe('a letter sign on a page written in Korean', () => {
  // A Korean study blog's headline list: each Korean headline over its English translation, one
  // of which writes the won as `W`; no address or credit says where the page comes from.
  const list = [
    '1. 올림픽 금메달의 가치는 561억원',
    '',
    'A Gold Medal Has Worth of W56.1 Billion',
    '',
    '2. 신용카드 범죄가 경제불황으로 크게 늘어',
    '',
    'Credit Card Crimes Surge Amid Economic Slump',
  ].join('\n');

  it('is the won', () => {
    const r = parse(list);
    const money = r.items.flatMap((i) => i.money.map((m) => [m.text, m.amount.currency]));
    expect(money).toContainEqual(['W56.1 Billion', 'KRW']);
  });
});
