// Money forms read in round twelve, each on a small page in the layout of the outlets that write it.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';
import { money } from './money-helpers.js';

describe('thousands grouped by a space (SI, CLDR group symbol of fr, ru, pl, sv...)', () => {
  it('reads "500 000 FCFA" and "1 250 000 €" as one figure on a Francophone news listing', () => {
    const page = [
      'Une amende pour les commerçants',
      'Les commerçants fautifs paieront une amende de 500 000 FCFA, a annoncé le ministère.',
      '',
      'Le budget de la mairie adopté',
      'Le conseil a voté une enveloppe de 1\u202f250\u202f000 € pour les écoles et 12 500,50 € de frais.',
    ].join('\n');
    expect(money(page, 'https://www.example.sn/actualites/')).toEqual([
      [['500 000 FCFA', 'XOF', 500000, 500000]],
      [
        ['1\u202f250\u202f000 €', 'EUR', 1250000, 1250000],
        ['12 500,50 €', 'EUR', 12500.5, 12500.5],
      ],
    ]);
  });

  it('keeps figures apart when the groups are not three digits ("In 2020 500 euros")', () => {
    const page = ['Les dons en hausse', 'En 2020 500 euros ont été versés par chaque donateur.'].join('\n');
    expect(money(page, 'https://www.example.fr/actualites/')).toEqual([[['500 euros', 'EUR', 500, 500]]]);
  });
});

describe("the page's own letter signs inside a stated conversion", () => {
  it('reads "$5,000 (Sh400,000)" on a Kenyan page as dollars stated in shillings', () => {
    const page = [
      'Private guards cost ships dearly',
      'They charge between $5,000 (Sh400,000) and $20,000 (Sh1.6 million) per soldier, the report says.',
      '',
      'Nairobi traders protest new levy',
      'Traders in Nairobi will pay Sh2,000 a month under the new county rules.',
    ].join('\n');
    const items = parsePage(page, { url: 'https://www.example.co.ke/news/' }).items;
    expect(items.map((i) => i.money.map((m) => [m.text, m.amount.currency, m.amount.min]))).toEqual([
      [
        ['$5,000 (Sh400,000)', 'USD', 5000],
        ['$20,000 (Sh1.6 million)', 'USD', 20000],
      ],
      [['Sh2,000 a month', 'KES', 2000]],
    ]);
    expect(items[0]?.money.map((m) => m.stated.map((s) => [s.currency, s.min]))).toEqual([
      [['KES', 400000]],
      [['KES', 1600000]],
    ]);
  });
});

describe('Korean stated conversions: `(약 1천300억원)` and `, 우리돈 195조원`', () => {
  it('reads the won value after a foreign amount as its stated conversion', () => {
    const page = [
      'EU, 에너지 기업에 횡재세 부과',
      '유럽연합이 에너지 기업으로부터 1천 400억 유로, 우리돈 195조원 규모의 횡재세를 거둬들이기로 했습니다.',
      '',
      '반도체 공장 투자 발표',
      '미국 기업이 한국에 1억 달러(약 1천300억원)를 투자하기로 했다고 밝혔습니다.',
    ].join('\n');
    const items = parsePage(page, { url: 'https://news.example.co.kr/briefing' }).items;
    expect(
      items.map((i) =>
        i.money.map((m) => [
          m.text,
          m.amount.currency,
          m.amount.min,
          m.stated.map((s) => [s.currency, s.min]),
        ]),
      ),
    ).toEqual([
      [['1천 400억 유로, 우리돈 195조원', 'EUR', 140e9, [['KRW', 195e12]]]],
      [['1억 달러(약 1천300억원)', 'USD', 1e8, [['KRW', 130e9]]]],
    ]);
  });
});

describe('a rupee country named by its capital', () => {
  it('reads "Rs 15,000" fined in Kathmandu as Nepalese rupees on an author listing of a .com outlet', () => {
    const page = [
      'Embassy hosts media interaction',
      'The embassy hosted a programme with journalists from Russia and France on Monday.',
      '',
      'Three restaurants fined for not meeting quality standard',
      'A fine of Rs 15,000 has been imposed on a banquet hall and Rs 10,000 on an eatery in Kathmandu.',
    ].join('\n');
    expect(money(page, 'https://www.example.com/author/17/?page=3')).toEqual([
      [],
      [
        ['Rs 15,000', 'NPR', 15000, 15000],
        ['Rs 10,000', 'NPR', 10000, 10000],
      ],
    ]);
  });
});

describe('Swahili scale words', () => {
  it('reads "Sh669 bilioni" and "Sh5 milioni" on a Tanzanian Swahili listing', () => {
    const page = [
      'Serikali yatenga Sh669 bilioni kwa barabara',
      'Dar es Salaam. Serikali imetangaza kupeleka Sh669 bilioni kwa ujenzi wa barabara na madaraja.',
      '',
      'Wakulima wapewa mikopo',
      'Mtwara. Wakulima wa korosho wamepewa mikopo ya Sh5 milioni kila mmoja.',
    ].join('\n');
    expect(money(page, 'https://www.example.co.tz/habari/')).toEqual([
      [
        ['Sh669 bilioni', 'TZS', 669e9, 669e9],
        ['Sh669 bilioni', 'TZS', 669e9, 669e9],
      ],
      [['Sh5 milioni', 'TZS', 5e6, 5e6]],
    ]);
  });
});

describe('Chinese and Japanese figures by their myriads', () => {
  it('reads "21億9000万円" and "1亿5000万元" as one figure each', () => {
    const page = [
      '大牟田市 水道料22%値上げ試算',
      '市は今後10年間で21億9000万円の資金不足が生じると試算した。',
      '',
      '新工厂开工建设',
      '该项目总投资1亿5000万元,预计明年投产。',
    ].join('\n');
    expect(money(page, 'https://news.example.jp/local/')).toEqual([
      [['21億9000万円', 'JPY', 2.19e9, 2.19e9]],
      [['1亿5000万元', 'CNY', 1.5e8, 1.5e8]],
    ]);
  });
});

describe('a local sign of a capital and small letters before a bare figure', () => {
  it('reads "Sh140 each" on a Kenyan page, and keeps "R15" a road on a South African one', () => {
    const kenyan = [
      'Jamii Bora launches rights issue',
      'The bank will issue 3.7 million new ordinary shares at Sh140 each, it said on Monday.',
    ].join('\n');
    expect(money(kenyan, 'https://www.example.co.ke/business/')).toEqual([[['Sh140', 'KES', 140, 140]]]);
    const southAfrican = [
      'Road closed after crash',
      'Traffic on the R15 was diverted for five hours, police said on Tuesday.',
    ].join('\n');
    expect(money(southAfrican, 'https://www.example.co.za/news/')).toEqual([[]]);
  });
});

describe('元 after its figure only', () => {
  it('keeps "100 万亿元" whole before a numbered entry ("3. …")', () => {
    const page = [
      'Words of the week',
      '',
      '本周热词: 1. 美国总统就职演讲 2. 2020 中国 GDP 超 100 万亿元 3. 美国重返巴黎协定。',
      '',
      'New plant starts production',
      '',
      '该项目第一期投资100元 2. 其余资金明年到位。',
    ].join('\n');
    expect(money(page, 'https://www.example.cn/news/')).toEqual([
      [['100 万亿元', 'CNY', 1e14, 1e14]],
      [['100元', 'CNY', 100, 100]],
    ]);
  });
});
