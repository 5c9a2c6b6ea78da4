// Bilingual pages, second pass of session 12: news-English lessons set the ways Chinese and
// Japanese study sites set them. Small pages in those shapes, written for the tests
// (corpus/README.md lists the real pages).
import { describe, expect, it } from 'vitest';
import { parseChecked as parse } from './layout-helpers.js';

describe("a lesson's vocabulary glued to its glosses under each sentence", () => {
  // A news-English lesson: one story, each English sentence over its Chinese translation, and
  // under the pair the sentence's vocabulary, entries run together (`term(v.)gloss`).
  const lesson = [
    '雙語新聞 · 逐句講解',
    '',
    'Port Workers End Weeklong Strike',
    '',
    '港口工人結束為期一週的罷工',
    '',
    'Port Workers End Weeklong Strike',
    '工資每月調升',
    'Dock workers at the city port returned to work on Monday after a weeklong strike.',
    '市港口的碼頭工人在為期一週的罷工後於週一復工。',
    'strike(n.)罷工weeklong(adj.)為期一週的return(v.)返回',
    'The union said wages would rise by NT$2,000 a month from July.',
    '工會表示,從七月起每月工資將增加新台幣2,000元。',
    'union(n.)工會wage(n.)工資=pay',
    'Shipping lines said the backlog of containers would take two weeks to clear.',
    '航運公司表示,積壓的貨櫃需要兩週才能清完。',
    'backlog(n.)積壓container(n.)貨櫃clear(v.)清除',
  ].join('\n');

  it('reads the vocabulary lines as study notes, and the lesson as one translated story', () => {
    const r = parse(lesson);
    // The headline repeated over the text, with its Chinese subtitle, titles the story.
    expect(r.items.map((i) => i.title)).toEqual(['Port Workers End Weeklong Strike 工資每月調升']);
    expect(r.items[0]!.body).toEqual([
      'Dock workers at the city port returned to work on Monday after a weeklong strike.',
      '市港口的碼頭工人在為期一週的罷工後於週一復工。',
      'The union said wages would rise by NT$2,000 a month from July.',
      '工會表示,從七月起每月工資將增加新台幣2,000元。',
      'Shipping lines said the backlog of containers would take two weeks to clear.',
      '航運公司表示,積壓的貨櫃需要兩週才能清完。',
    ]);
  });
});

describe('the page cut inside a paragraph opening on a connective', () => {
  // The same lesson cut inside its next sentence, under the vocabulary line: `Meanwhile, ...`
  // ties its sentence to the one above, as no headline opens.
  const cut = [
    'Port Workers End Weeklong Strike',
    '',
    '港口工人結束為期一週的罷工',
    '',
    'Dock workers at the city port returned to work on Monday after a weeklong strike.',
    '市港口的碼頭工人在為期一週的罷工後於週一復工。',
    'strike(n.)罷工weeklong(adj.)為期一週的return(v.)返回',
    'The union said wages would rise by NT$2,000 a month from July.',
    '工會表示,從七月起每月工資將增加新台幣2,000元。',
    'union(n.)工會wage(n.)工資=pay',
    'Meanwhile, the city council said it would review safety rules for the cran',
  ].join('\n');

  it("keeps the cut line as the story's last paragraph, not a new headline", () => {
    const r = parse(cut);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Port Workers End Weeklong Strike 港口工人結束為期一週的罷工', 5],
    ]);
  });
});

describe('a headless item of one sentence', () => {
  // A business round-up column: bare paragraphs, no headline, one sentence each but the first.
  const column = [
    'Harbour Ports posted a $60.6 million pre-tax profit for the June year. It paid out only $4.9 million over the year.',
    '',
    'Regulators fined a chipmaker $1.2 billion for abusing its dominance of the market for processors.',
    '',
    'Dockworkers in the port city extended their strike into a second week, leaving dozens of ships offshore.',
    '',
    'Southern Cross made history with a third application to the Commerce Commission for clearance to buy its rival.',
    '',
    'Capital Properties drew criticism from the market surveillance panel for publishing untrue accounts.',
    '',
    'Dairy Board lawyers lodged a challenge to the validity of patents held by a rival over research into milk.',
    '',
    'Eastern Cement raised its annual dividend after a record year of building work in the North Island.',
  ].join('\n');

  it('is titled by its sentence, which is also its paragraph, its amounts read once', () => {
    const r = parse(column);
    expect(r.items.map((i) => i.body)).toEqual([
      [
        'Harbour Ports posted a $60.6 million pre-tax profit for the June year. It paid out only $4.9 million over the year.',
      ],
      ['Regulators fined a chipmaker $1.2 billion for abusing its dominance of the market for processors.'],
      [
        'Dockworkers in the port city extended their strike into a second week, leaving dozens of ships offshore.',
      ],
      [
        'Southern Cross made history with a third application to the Commerce Commission for clearance to buy its rival.',
      ],
      [
        'Capital Properties drew criticism from the market surveillance panel for publishing untrue accounts.',
      ],
      [
        'Dairy Board lawyers lodged a challenge to the validity of patents held by a rival over research into milk.',
      ],
      ['Eastern Cement raised its annual dividend after a record year of building work in the North Island.'],
    ]);
    expect(r.items[1]!.title).toBe(
      'Regulators fined a chipmaker $1.2 billion for abusing its dominance of the market for processors.',
    );
    expect(r.items[1]!.money.map((m) => m.text)).toEqual(['$1.2 billion']);
    // Printed with no headline: titled by the first sentence, its body the whole text, and its
    // amounts read in the body alone (the title's sentence is there too).
    expect(r.items.map((i) => i.untitled)).toEqual([true, true, true, true, true, true, true]);
    expect(r.items[0]!.title).toBe('Harbour Ports posted a $60.6 million pre-tax profit for the June year.');
    expect(r.items[0]!.money.map((m) => [m.text, m.at.field ?? 'body', m.at.start])).toEqual([
      ['$60.6 million', 'body', 23],
      ['$4.9 million', 'body', 88],
    ]);
  });
});
