// Study notes of bilingual lesson pages: the glossary an English-learning newsletter or blog
// sets under each news item (Korean newsletters and Tistory blogs, Vietnamese reading blogs).
// The notes are neither paragraphs nor headlines (corpus/README.md: study notes are not paragraphs).
import { describe, expect, it } from 'vitest';
import { parseChecked as parse } from './layout-helpers.js';

describe('study notes under the items of bilingual lesson pages', () => {
  // A Korean newsletter's shape: headline, English paragraph, its Korean translation, then
  // `- term: gloss` lines each with an example sentence and its translation on one line.
  const korean = `Central bank holds rates as inflation cools

The central bank kept its key rate unchanged on Thursday, saying inflation had cooled faster than expected.

중앙은행은 목요일 인플레이션이 예상보다 빨리 둔화했다며 기준금리를 동결했다.

- hold rates: 금리를 동결하다
The bank is expected to hold rates until spring. 은행은 봄까지 금리를 동결할 것으로 예상된다.
- cool: 식다, 둔화되다
Demand began to cool after the holidays. 연휴 이후 수요가 둔화되기 시작했다.

Port strike enters its second week

Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.

항만 노동자들은 월요일 파업을 연장했고, 수십 척의 배가 앞바다에서 대기하고 있다.

- extend: 연장하다
- offshore: 앞바다에서`;

  it('keeps a glossary and its example sentences out of the paragraphs and the headlines', () => {
    const r = parse(korean);
    expect(r.items.map((i) => i.title)).toEqual([
      'Central bank holds rates as inflation cools',
      'Port strike enters its second week',
    ]);
    expect(r.items.map((i) => i.body.length)).toEqual([2, 2]);
    expect(r.page.chrome).toContain('- hold rates: 금리를 동결하다');
    expect(r.page.chrome).toContain(
      'Demand began to cool after the holidays. 연휴 이후 수요가 둔화되기 시작했다.',
    );
  });

  // A Vietnamese reading blog's shape: a levelled headline, one English paragraph, its source
  // line, then a numbered vocabulary list (`Experience (verb): trải qua`) with a sentence
  // rendered under one of its terms; the next headline itself has a colon.
  const vietnamese = `Hanoi swelters in record heat [ENTRY]

Hanoi is experiencing one of the hottest days this summer, with temperatures near 40 degrees Celsius.

Source: Collection

1.      Experience (verb): trải qua

2.      The hottest + Noun: so sánh cao nhất

ð “Hanoi is experiencing one of the hottest days this summer”: Hà Nội đang trải qua một trong những ngày nóng nhất.

3.      Temperature (noun): nhiệt độ

Flood warning: rivers rise in the north [BASIC]

Rivers in the northern provinces rose sharply on Tuesday after three days of heavy rain.

Source: The Guardian

1.      Flood (noun): lũ lụt

2.      Rise (verb): dâng lên`;

  it('reads a numbered vocabulary list after the source line as notes, not as new items', () => {
    const r = parse(vietnamese);
    expect(r.items.map((i) => i.title)).toEqual([
      'Hanoi swelters in record heat [ENTRY]',
      'Flood warning: rivers rise in the north [BASIC]',
    ]);
    expect(r.items.map((i) => i.body.length)).toEqual([1, 1]);
    expect(r.items.map((i) => i.sources.map((s) => s.publication))).toEqual([
      ['Collection'],
      ['The Guardian'],
    ]);
  });

  // One line of the shape is no glossary: a Korean listing whose headlines open with an English
  // name and a colon, each over a Korean summary, keeps its items.
  it('leaves headlines with an English name and a colon, one per item, as headlines', () => {
    const r = parse(`Samsung: 갤럭시 신제품 공개

삼성전자는 화요일 서울에서 열린 행사에서 새로운 갤럭시 스마트폰을 공개했다.

LG: 신형 올레드 TV 출시

LG전자는 수요일 더 밝고 얇아진 신형 올레드 TV를 국내에 출시했다.`);
    expect(r.items.map((i) => i.title)).toEqual(['Samsung: 갤럭시 신제품 공개', 'LG: 신형 올레드 TV 출시']);
    expect(r.items.map((i) => i.body.length)).toEqual([1, 1]);
  });
});
