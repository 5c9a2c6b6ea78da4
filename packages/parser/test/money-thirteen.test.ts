// Money forms read in round thirteen, each on a small page in the layout of the outlets that write it.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';

const money = (text: string, url: string) =>
  parsePage(text, { url }).items.map((i) =>
    i.money.map((m) => [m.text, m.amount.currency, m.amount.min, m.amount.max]),
  );

describe('Korean bound nouns glued to an amount (짜리, 어치, 대, 선, 가량...)', () => {
  it('reads "1만원짜리" and "3천원어치" on a Korean news digest as won', () => {
    const page = [
      '1. 현송월 가방은 1만원짜리로 밝혀져',
      '최근 사진에서 현송월이 든 가방은 1만원짜리로 밝혀졌다고 매체가 보도했다.(한국)',
      '',
      '2. 짜장면 값 1년새 10% 올라',
      '서울 지역 평균 가격은 7000원선이며 시민들은 3천원어치 간식을 줄였다.(한국)',
    ].join('\n');
    expect(money(page, 'https://www.example.kr/news/')).toEqual([
      [
        ['1만원', 'KRW', 10000, 10000],
        ['1만원', 'KRW', 10000, 10000],
      ],
      [
        ['7000원', 'KRW', 7000, 7000],
        ['3천원', 'KRW', 3000, 3000],
      ],
    ]);
  });

  it('keeps a word that only starts with the currency syllable (원칙, principle) no money', () => {
    const page = [
      '정부 원칙 재확인',
      '정부는 3원칙을 다시 확인했다고 밝혔다. 관계자는 변화가 없다고 말했다.',
    ].join('\n');
    expect(money(page, 'https://www.example.kr/news/')).toEqual([[]]);
  });
});
