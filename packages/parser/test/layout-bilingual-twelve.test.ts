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
