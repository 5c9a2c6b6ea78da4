// Money forms read in round thirteen, each on a small page in the layout of the outlets that write it.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';
import { money } from './money-helpers.js';

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

const stated = (text: string, url: string) =>
  parsePage(text, { url }).items.map((i) =>
    i.money.map((m) => [m.text, m.amount.currency, m.stated.map((s) => [s.currency, s.min, s.approximate])]),
  );

describe('stated conversions in more of the forms the press writes', () => {
  it('reads a conversion in square brackets and one hedged twice ("equivalent to about")', () => {
    const page = [
      'Bank fined for weak controls',
      'The regulator said the bank would pay 800 million yuan [US$110 million] in fines. (Xinhua)',
      '',
      'Carmaker books record charge',
      'It took a charge of 10 billion yen (equivalent to about $65 million) and 5 billion baht (roughly equivalent to $150 million). (Kyodo)',
    ].join('\n');
    expect(stated(page, 'https://www.example.com/asia/')).toEqual([
      [['800 million yuan [US$110 million]', 'CNY', [['USD', 110000000, false]]]],
      [
        ['10 billion yen (equivalent to about $65 million)', 'JPY', [['USD', 65000000, true]]],
        ['5 billion baht (roughly equivalent to $150 million)', 'THB', [['USD', 150000000, true]]],
      ],
    ]);
  });

  it('reads ", equivalent to $X" and "(about $X at current rates)" as conversions', () => {
    const page = [
      'Miner agrees settlement',
      'The miner will pay 2 billion rupees, equivalent to $24 million, and 3 billion rupees (about $36 million at current rates), the company said.',
    ].join('\n');
    expect(stated(page, 'https://www.example.com/business/')).toEqual([
      [
        ['2 billion rupees, equivalent to $24 million', 'INR', [['USD', 24000000, false]]],
        ['3 billion rupees (about $36 million at current rates)', 'INR', [['USD', 36000000, true]]],
      ],
    ]);
  });

  it('reads the hedges of the Indonesian, Malay and French press before a conversion', () => {
    const page = [
      'Pemerintah siapkan dana bantuan',
      'Pemerintah menyiapkan Rp 5 triliun (sekitar US$320 juta) dan RM5 juta, atau sekitar US$1,1 juta, kata menteri.',
      '',
      'Le groupe rachète son rival',
      'Le groupe a payé 2 millions de dollars (soit 1,8 million d’euros) pour la filiale, selon le ministère.',
    ].join('\n');
    expect(stated(page, 'https://www.example.com/berita/')).toEqual([
      [
        ['Rp 5 triliun (sekitar US$320 juta)', 'IDR', [['USD', 320000000, true]]],
        ['RM5 juta, atau sekitar US$1,1 juta', 'MYR', [['USD', 1100000, true]]],
      ],
      [['2 millions de dollars (soit 1,8 million d’euros)', 'USD', [['EUR', 1800000, false]]]],
    ]);
  });

  it('leaves a bracketed editorial insertion and a same-sentence second amount alone', () => {
    const page = [
      'Council approves budget',
      'The council approved $5 million [for roads] and, separately, $2 million for parks, the mayor said.',
    ].join('\n');
    expect(stated(page, 'https://www.example.com/local/')).toEqual([
      [
        ['$5 million', 'USD', []],
        ['$2 million', 'USD', []],
      ],
    ]);
  });
});

describe('the letter signs of the Gulf and Levant English-language press (BD, KD, RO, JD, LE, LL)', () => {
  it('reads "BD5 million", "KD 2.5 billion", "RO5m" and "LE5 billion" on a Gulf business digest', () => {
    const page = [
      'Bank posts record profit',
      'The lender earned BD5 million in the quarter, while its Kuwaiti unit booked KD 2.5 billion in deposits.',
      '',
      'Port expansion approved',
      'The ministry approved RO5m for the port and Egypt pledged LE5 billion for the canal zone.',
    ].join('\n');
    expect(money(page, 'https://www.example.com/business/')).toEqual([
      [
        ['BD5 million', 'BHD', 5000000, 5000000],
        ['KD 2.5 billion', 'KWD', 2500000000, 2500000000],
      ],
      [
        ['RO5m', 'OMR', 5000000, 5000000],
        ['LE5 billion', 'EGP', 5000000000, 5000000000],
      ],
    ]);
  });

  it('leaves two capitals before a bare figure alone ("RO 12", "LL 5")', () => {
    const page = [
      'Bank posts record profit',
      'The lender earned BD5 million in the quarter, the bank said in a statement on Sunday.',
      '',
      'Match report',
      'The team won RO 12 and lost LL 5 in the final, the coach said after the game.',
    ].join('\n');
    expect(money(page, 'https://www.example.com/sport/')).toEqual([
      [['BD5 million', 'BHD', 5000000, 5000000]],
      [],
    ]);
  });
});

describe('a Chinese figure after the currency name, closed by 元', () => {
  it('reads "人民币295亿元" whole, and "约合人民币35.5亿元" as a stated conversion', () => {
    const page = [
      '长鑫科技IPO募资人民币295亿元',
      '公司计划募资人民币295亿元，用于扩大DRAM产能。',
      '来源：新华社',
      '',
      '外资企业加码投资',
      '该企业投资5亿美元（约合人民币35.5亿元），另投入新台币5亿元。',
      '来源：中央社',
    ].join('\n');
    expect(stated(page, 'https://www.example.cn/news/')).toEqual([
      [
        ['人民币295亿元', 'CNY', []],
        ['人民币295亿元', 'CNY', []],
      ],
      [
        ['5亿美元（约合人民币35.5亿元）', 'USD', [['CNY', 3550000000, true]]],
        ['新台币5亿元', 'TWD', []],
      ],
    ]);
  });
});
