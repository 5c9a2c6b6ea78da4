import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyBrief } from '../../test/helpers.js';
import { extractMoney, scanMoney } from './index.js';

const brief = (text: string) => moneyBrief(text);

/** The scan never throws; each mention slices back to its text, holds its amount's span, and is finite and ordered. */
function expectCleanScan(text: string, context?: Parameters<typeof scanMoney>[1]): void {
  for (const d of scanMoney(text, context)) {
    const m = d.mention;
    expect(text.slice(m.at.start, m.at.end)).toBe(m.text);
    expect(d.amountAt.start).toBeGreaterThanOrEqual(m.at.start);
    expect(d.amountAt.end).toBeLessThanOrEqual(m.at.end);
    expect(Number.isFinite(m.amount.min) && m.amount.min <= m.amount.max).toBe(true);
  }
}

describe('pre-euro and other currency words after a number', () => {
  it.each([
    [
      'Nokia agreed to buy the Dutch cable maker for 420 million Finnish markka.',
      '420 million Finnish markka',
      'FIM',
      420e6,
    ],
    [
      'The bank priced 250 million Dutch guilders of bonds due 1999.',
      '250 million Dutch guilders',
      'NLG',
      250e6,
    ],
    [
      'Bonn approved 12 billion deutsche marks for the eastern states.',
      '12 billion deutsche marks',
      'DEM',
      12e9,
    ],
    ['The Bundesbank sold 2 billion marks on Friday.', '2 billion marks', 'DEM', 2e9],
    ['Brussels raised 30 billion Belgian francs from the sale.', '30 billion Belgian francs', 'BEF', 30e9],
    ['The Paris court awarded 5 million French francs in damages.', '5 million French francs', 'FRF', 5e6],
    ['Athens spent 500 billion drachmas on the Games.', '500 billion drachmas', 'GRD', 500e9],
    ['Vienna lent the carmaker 3 billion schillings.', '3 billion schillings', 'ATS', 3e9],
    ['Lisbon paid 100 million escudos for the stake.', '100 million escudos', 'PTE', 100e6],
    ['The Community budget rose to 80 billion ecus.', '80 billion ecus', 'XEU', 80e9],
    ['Dublin raised 50 million Irish pounds in the bond sale.', '50 million Irish pounds', 'IEP', 50e6],
    ['Rome set aside 3,000 billion lire for the south.', '3,000 billion lire', 'ITL', 3e12],
    ['Eskom needs 59 billion rand to finish the plants.', '59 billion rand', 'ZAR', 59e9],
    ['Tickets cost 150 rand at the gate in Soweto.', '150 rand', 'ZAR', 150],
    ['Petrobras raised 10 billion reals in the offering.', '10 billion reals', 'BRL', 10e9],
    ['A bowl of noodles costs 15 kuai in Chengdu.', '15 kuai', 'CNY', 15],
  ])('%s', (sentence, text, currency, value) => {
    expect(brief(sentence)).toEqual([[text, currency, value, value]]);
  });

  it('keeps words that are also English or names out of money', () => {
    for (const sentence of [
      'She scored 90 marks in the final exam.',
      'The rally drew 100 Rand Paul supporters.',
      'The punter had 5 punts for 200 yards.',
      'The car has 2 ECUs fitted under the seat.',
      'The agency sold 2 million real estate units last year.',
    ])
      expect(brief(sentence)).toEqual([]);
  });
});

describe('regional prefixes', () => {
  it.each([
    ['The metro line now costs $US2 billion, the auditor said.', '$US2 billion', 'USD', 2e9],
    ['Canberra pledged $A500 million for the reef.', '$A500 million', 'AUD', 500e6],
    ['The tower cost Dh5 billion to build.', 'Dh5 billion', 'AED', 5e9],
    ['A flat white is Dh18 in Dubai Marina.', 'Dh18', 'AED', 18],
    ['Aramco raised SR12 billion from the sukuk.', 'SR12 billion', 'SAR', 12e9],
    ['The ministry allocated Tk 500 crore for rural roads.', 'Tk 500 crore', 'BDT', 5e9],
    ['Kenya Power lost KSh 3.2 billion to illegal connections.', 'KSh 3.2 billion', 'KES', 3.2e9],
    ['Accra spent GH₵2 billion on the programme.', 'GH₵2 billion', 'GHS', 2e9],
  ])('%s', (sentence, text, currency, value) => {
    expect(brief(sentence)).toEqual([[text, currency, value, value]]);
  });

  it('takes "$US" as the paper marking US dollars, so its bare $ is the local dollar', () => {
    const [us, local] = extractMoney('Investors pulled $US2 billion and put in $3 billion.', {
      country: 'AU',
      publication: 'The Age',
    });
    expect([us?.amount.currency, local?.amount.currency]).toEqual(['USD', 'AUD']);
    expect(local?.amount.resolved?.reason).toMatch(/marks US dollars as such/);
  });

  it('reads "SR 520" as a road and "QR 25" as no money', () => {
    expect(brief('Traffic on SR 520 was slow after the crash.')).toEqual([]);
    expect(brief('Print the QR 25 times for the stalls.')).toEqual([]);
  });
});

describe('kr, kronor and kroner are resolved from the country named, with the reason', () => {
  it('reads the country from the briefing wording', () => {
    const [se] = extractMoney('A lunch in Stockholm now costs 250 kr.');
    expect([se?.text, se?.amount.currency]).toEqual(['250 kr', 'SEK']);
    expect(se?.amount.resolved?.candidates).toEqual(['SEK', 'NOK', 'DKK', 'ISK']);
    const [no] = extractMoney('Oslo fined the operator kr 5 million, a Norwegian record.');
    expect([no?.text, no?.amount.currency, no?.amount.min]).toEqual(['kr 5 million', 'NOK', 5e6]);
    const [dk] = extractMoney('Copenhagen set the fee at 1,000 kroner for Danish residents.');
    expect(dk?.amount.currency).toBe('DKK');
  });

  it('falls back on the word form and the publication country', () => {
    const [m] = extractMoney('The budget was 400 billion kronor.');
    expect(m?.amount.currency).toBe('SEK');
    expect(m?.amount.resolved?.reason).toMatch(/no single Nordic country/);
    expect(extractMoney('The fee rose to 1,000 kroner.', { country: 'DK' })[0]?.amount.currency).toBe('DKK');
  });
});

describe('Chinese myriads and currency names', () => {
  it.each([
    ['The startup raised 3.5亿美元 in its listing.', '3.5亿美元', 'USD', 3.5e8],
    ['The lottery prize was 100万元 before tax.', '100万元', 'CNY', 1e6],
    ['Local debt reached 1.2万亿元 at the end of the year.', '1.2万亿元', 'CNY', 1.2e12],
    ['The club paid 5000万欧元 for the striker.', '5000万欧元', 'EUR', 5e7],
    // Traditional characters (Taiwan, Hong Kong) and Japanese.
    ['星巴克將支付紐約市員工 3,500 萬美元。', '3,500 萬美元', 'USD', 3.5e7],
    ['預算為新台幣 3000億元。', '新台幣 3000億', 'TWD', 3e11],
    ['The fund holds 1.2兆円 in bonds.', '1.2兆円', 'JPY', 1.2e12],
    ['港府撥款 50億港幣 支援。', '50億港幣', 'HKD', 5e9],
  ])('%s', (sentence, text, currency, value) => {
    expect(brief(sentence)).toEqual([[text, currency, value, value]]);
  });
});

describe('the minor part after the unit, without "cents"', () => {
  it.each([
    [
      'Asked about her lunch, she said it only cost thirteen dollars forty five',
      'thirteen dollars forty five',
      13.45,
    ],
    ['The ticket was 15 dollars 50.', '15 dollars 50', 15.5],
    ['At the farm stand a basket costs 15 dollars and 15.', '15 dollars and 15', 15.15],
    ['The subscription will increase to 17 USD 25.', '17 USD 25', 17.25],
    ['The vendor said it costs one dollar and one and that is all.', 'one dollar and one', 1.01],
    ['The toll on the bridge is now c $ 100 and fifty.', 'c $ 100 and fifty', 100.5],
    ['If they had just 15 USD 50 more, they would have paid.', '15 USD 50', 15.5],
  ])('%s', (sentence, text, value) => {
    const [m, ...rest] = extractMoney(sentence);
    expect(rest).toEqual([]);
    expect([m?.text, m?.amount.min]).toEqual([text, value]);
  });

  it('reads "3 dollars 50 cents" and spoken yuan as before', () => {
    expect(brief('It only cost 3 dollars 50 cents.')).toEqual([['3 dollars 50 cents', 'USD', 3.5, 3.5]]);
    expect(brief('A bottle of water is 2 kuai 5 mao at the station.')).toEqual([
      ['2 kuai 5 mao', 'CNY', 2.5, 2.5],
    ]);
    expect(brief('It may need one kuai and five mao five.')).toEqual([
      ['one kuai and five mao five', 'CNY', 1.55, 1.55],
    ]);
  });

  it('leaves a following count, a range or a second amount alone', () => {
    expect(brief('He paid 10 dollars 5 times last week.')).toEqual([['10 dollars', 'USD', 10, 10]]);
    expect(brief('Prices were between 15 dollars and 20.')).toEqual([['15 dollars and 20', 'USD', 15, 20]]);
    expect(brief('He paid 20 dollars and 10 more for the guide.')).toEqual([['20 dollars', 'USD', 20, 20]]);
    expect(brief('He earned $5 and 20 friends helped.')).toEqual([['$5', 'USD', 5, 5]]);
    expect(brief('They gave $100 and fifty more volunteers came.')).toEqual([['$100', 'USD', 100, 100]]);
    expect(brief('The cost is $4.25 and 32 is the quantity!')).toEqual([['$4.25', 'USD', 4.25, 4.25]]);
  });
});

describe('a currency word before the number, with a scale', () => {
  it.each([
    ['The price starts at dollar 22.5 million.', 'dollar 22.5 million', 'USD', 22.5e6],
    ['The fund committed US dollars 5 billion to the port.', 'US dollars 5 billion', 'USD', 5e9],
    ['The bank issued a Euro 2 billion bond in March.', 'Euro 2 billion', 'EUR', 2e9],
  ])('%s', (sentence, text, currency, value) => {
    expect(brief(sentence)).toEqual([[text, currency, value, value]]);
  });

  it('needs the scale word', () => {
    expect(brief('The yen 2 years ago was weaker.')).toEqual([]);
    expect(brief('It strengthened the dollar 10 times over.')).toEqual([]);
    expect(brief('Against the dollar 1.5 percent higher, the won rallied.')).toEqual([]);
  });
});

describe('tokenised wire text', () => {
  it('reads "$ 1 . 6 billion" and leaves an uncurrencied "1 . 6 billion" out', () => {
    expect(brief('the unit sold for $ 1 . 6 billion last year .')).toEqual([
      ['$ 1 . 6 billion', 'USD', 1.6e9, 1.6e9],
    ]);
    expect(brief('a deficit of 1 . 6 billion ( $ 2.54 billion ) , compared with 2 . 0 billion .')).toEqual([
      ['$ 2.54 billion', 'USD', 2.54e9, 2.54e9],
    ]);
    expect(brief('the price was $ 5 . 3 people attended .')).toEqual([['$ 5', 'USD', 5, 5]]);
  });

  it('closes "10 $" when the next number has its own symbol', () => {
    expect(brief('prices : 10 $ 30 $')).toEqual([
      ['10 $', 'USD', 10, 10],
      ['30 $', 'USD', 30, 30],
    ]);
    expect(brief('it cost 10 $ 30 cent')).toEqual([['10 $ 30 cent', 'USD', 10.3, 10.3]]);
    expect(brief('1 $ 10 dollars bill')).toEqual([['$ 10 dollars', 'USD', 10, 10]]);
  });

  it('gives the amount span alone in the detail', () => {
    const [d] = scanMoney('analysts expect 1 . 6 billion yuan ( $ 230 million ) .');
    expect(d?.mention.amount).toMatchObject({ currency: 'CNY', min: 1.6e9 });
    expect(d?.statedAt).toHaveLength(1);
  });
});

describe('exchange rates quoted as a currency pair are not money', () => {
  it('leaves "7.27 CNY/USD" and "USD/CNY 7.27" out, and keeps a rate basis', () => {
    expect(brief('The stated figures imply 7.270 CNY/USD, close to the fixing.')).toEqual([]);
    expect(brief('USD/CNY 7.27 was the central parity on Friday.')).toEqual([]);
    expect(brief('The euro ended the week at 1.17 EUR/USD.')).toEqual([]);
    expect(brief('Hosting costs 5 USD/day and gold hit 2,400 USD/oz.')).toEqual([
      ['5 USD/day', 'USD', 5, 5],
      ['2,400 USD/oz', 'USD', 2400, 2400],
    ]);
  });
});

describe('robustness of the new forms (fast-check)', () => {
  const pieces = fc.constantFrom(
    ' dollars',
    ' dollar ',
    'dollar ',
    ' USD',
    ' and ',
    ' more',
    ' kuai',
    ' mao',
    ' fen',
    'kr',
    ' kr.',
    ' kronor',
    ' rand',
    'Rand ',
    ' . ',
    '万',
    '亿',
    '美元',
    '元',
    ' $',
    '$ ',
    ' cent',
    ' million',
    ' marks',
    ' between ',
    'forty five',
    'one',
    '15',
    '5',
    '1,000',
    ' ',
    '.',
  );
  const texts = fc.oneof(
    fc.string({ maxLength: 120 }),
    fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')),
  );

  it('never throws; offsets slice back; amounts are finite and ordered', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expectCleanScan(text);
      }),
      { numRuns: 250 },
    );
  });
});

describe('Indonesian and Malay scale words, and the dong with a scale word', () => {
  it('reads triliun, miliar, juta and bilion as powers of ten', () => {
    expect(moneyBrief('Anggaran mencapai Rp 5 triliun tahun ini.')).toEqual([
      ['Rp 5 triliun', 'IDR', 5e12, 5e12],
    ]);
    expect(moneyBrief('Laba naik menjadi Rp 25 miliar.')).toEqual([['Rp 25 miliar', 'IDR', 2.5e10, 2.5e10]]);
    expect(moneyBrief('Kerajaan memperuntukkan RM2.5 bilion untuk projek itu.')).toEqual([
      ['RM2.5 bilion', 'MYR', 2.5e9, 2.5e9],
    ]);
    expect(moneyBrief('Gaji minimum Rp 490 juta setahun.')).toEqual([['Rp 490 juta', 'IDR', 4.9e8, 4.9e8]]);
  });

  it('reads "8.7 trillion dong" as Vietnamese dong, never a name', () => {
    expect(moneyBrief('Losses were estimated at 8.7 trillion dong on Monday.')).toEqual([
      ['8.7 trillion dong', 'VND', 8.7e12, 8.7e12],
    ]);
    expect(moneyBrief('Striker Kim Dong-hyun scored 3 Dong goals.')).toEqual([]);
  });
});

describe("a region's currency sign in plain letters, on a page from that region", () => {
  it.each([
    ['ZA', 'Eskom needs R20 billion to stay afloat.', 'R20 billion', 'ZAR', 2e10],
    ['TH', 'The ministry will borrow B986bn this year.', 'B986bn', 'THB', 9.86e11],
    ['TH', 'Exports reached Bt 5 billion in May.', 'Bt 5 billion', 'THB', 5e9],
    ['KR', 'Each household gets W50,000 in vouchers.', 'W50,000', 'KRW', 50000],
    ['PH', 'The port will cost P2.5 billion.', 'P2.5 billion', 'PHP', 2.5e9],
    ['BW', 'Debswana paid P2.5 billion in royalties.', 'P2.5 billion', 'BWP', 2.5e9],
    ['NG', 'The state borrowed N5 billion.', 'N5 billion', 'NGN', 5e9],
    ['ZM', 'The mine owes K10 million in taxes.', 'K10 million', 'ZMW', 1e7],
    ['KE', 'Women won tenders worth Sh34Bn since 2013.', 'Sh34Bn', 'KES', 3.4e10],
    ['UG', 'The budget sets aside Shs 2 trillion for roads.', 'Shs 2 trillion', 'UGX', 2e12],
  ])('%s: %s', (country, sentence, text, currency, value) => {
    expect(moneyBrief(sentence, { pageCountry: country })).toEqual([[text, currency, value, value]]);
  });

  it('says why the letter is that currency', () => {
    const [m] = extractMoney('Eskom needs R20 billion.', { pageCountry: 'ZA' });
    expect(m?.amount.resolved).toEqual({
      symbol: 'R',
      candidates: ['ZAR'],
      reason: '"R" before a figure is ZAR (R), the currency of ZA, where the text comes from',
    });
  });

  it("takes the text's own country before the page's", () => {
    expect(moneyBrief('The port will cost P2.5 billion.', { country: 'PH', pageCountry: 'BW' })).toEqual([
      ['P2.5 billion', 'PHP', 2.5e9, 2.5e9],
    ]);
  });

  it('reads both bounds of a range and both sides of a change', () => {
    expect(moneyBrief('Bids ranged from R5 billion to R7 billion.', { pageCountry: 'ZA' })).toEqual([
      ['R5 billion to R7 billion', 'ZAR', 5e9, 7e9],
    ]);
    expect(moneyBrief('Debt rose from B850 billion to B900 billion.', { pageCountry: 'TH' })).toEqual([
      ['B850 billion', 'THB', 8.5e11, 8.5e11],
      ['B900 billion', 'THB', 9e11, 9e11],
    ]);
  });

  it('needs a scale word or a grouped figure, and a letter that stands alone', () => {
    const za = { pageCountry: 'ZA' };
    expect(moneyBrief('Take the R21 to the airport.', za)).toEqual([]);
    expect(moneyBrief('A CAR20 billion claim and the ER 5 billion plan.', za)).toEqual([]);
    expect(moneyBrief('The R 20 billion figure.', za)).toEqual([]);
    expect(moneyBrief('B52 bombers flew over.', { pageCountry: 'TH' })).toEqual([]);
  });

  it('is no money without the region', () => {
    expect(moneyBrief('Eskom needs R20 billion to stay afloat.')).toEqual([]);
    expect(moneyBrief('Eskom needs R20 billion to stay afloat.', { pageCountry: 'US' })).toEqual([]);
  });

  it('never throws and slices back on any mix of letters and figures (fast-check)', () => {
    const pieces = fc.constantFrom(
      'R',
      'B',
      'Bt',
      'W',
      'P',
      ' ',
      '5',
      '20',
      '1,000',
      '.5',
      ' billion',
      'bn',
      '-',
      ' to ',
      'x',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 25 }),
        fc.constantFrom('ZA', 'TH', 'KR', 'PH'),
        (parts, country) => {
          const text = parts.join('');
          expectCleanScan(text, { pageCountry: country });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the decimal comma and the scale words of the continental European press', () => {
  it.each([
    ['Die Exporte stiegen auf 75,3 Milliarden Euro.', '75,3 Milliarden Euro', 'EUR', 75.3e9],
    ['Laba naik menjadi Rp 2,5 miliar.', 'Rp 2,5 miliar', 'IDR', 2.5e9],
    ['Der Gewinn lag bei 300 Millionen Euro.', '300 Millionen Euro', 'EUR', 3e8],
    ['Die Firma zahlt 4,2 Mio. US-Dollar.', '4,2 Mio. US-Dollar', 'USD', 4.2e6],
    ['Umsatz: 5 Mrd. Euro.', '5 Mrd. Euro', 'EUR', 5e9],
    ["La start-up a levé 2,5 millions d'euros.", "2,5 millions d'euros", 'EUR', 2.5e6],
    ['El banco perdió 5 millones de euros.', '5 millones de euros', 'EUR', 5e6],
    ['Lo Stato spende 5 miliardi di euro.', '5 miliardi di euro', 'EUR', 5e9],
    ['Het kabinet trekt 1,2 miljard euro uit.', '1,2 miljard euro', 'EUR', 1.2e9],
  ])('%s', (sentence, text, currency, value) => {
    expect(moneyBrief(sentence)).toEqual([[text, currency, value, value]]);
  });

  it('reads a comma as a decimal only before a scale word, and never a three-digit group', () => {
    expect(moneyBrief('It was 2,5 km from pages 2,3 and 4.')).toEqual([]);
    expect(moneyBrief('The fund holds $2,500 million.')).toEqual([['$2,500 million', 'USD', 2.5e9, 2.5e9]]);
    expect(moneyBrief('Rund 1,6 Milliarden Besucher kamen.')).toEqual([]);
  });

  it('reads only the German plural Billionen as 10^12; "billion" stays 10^9', () => {
    expect(moneyBrief('Die Schulden: 2 Billionen Euro.')).toEqual([['2 Billionen Euro', 'EUR', 2e12, 2e12]]);
    expect(moneyBrief('Debt hit 2 billion euros.')).toEqual([['2 billion euros', 'EUR', 2e9, 2e9]]);
  });
});

describe('Korean figures: myriad groups and the currency word after them', () => {
  it.each([
    ['미국은 6,000억 달러 규모의 투자를 약속했다.', '6,000억 달러', 'USD', 6e11],
    ['총 3조5천억 달러가 필요하다.', '3조5천억 달러', 'USD', 3.5e12],
    ['EU는 1천 400억 유로를 거둬들인다.', '1천 400억 유로', 'EUR', 1.4e11],
    ['10억 달러를 투자한다.', '10억 달러', 'USD', 1e9],
    ['가격은 1만원이다.', '1만원', 'KRW', 1e4],
    ['짜장면은 7000원으로 올랐다.', '7000원', 'KRW', 7000],
    ['예산은 3조 5000억원이다.', '3조 5000억원', 'KRW', 3.5e12],
  ])('%s', (sentence, text, currency, value) => {
    expect(moneyBrief(sentence)).toEqual([[text, currency, value, value]]);
  });

  it('reads a count, a date or a word that begins with a currency syllable as no money', () => {
    expect(moneyBrief('3만 명이 모였다. 2023년 9월 20일.')).toEqual([]);
    expect(moneyBrief('그는 7000원칙을 말했다.')).toEqual([]);
  });

  it('never throws and slices back on any mix of Korean units and digits (fast-check)', () => {
    const pieces = fc.constantFrom(
      '3',
      '5',
      '1,000',
      '.5',
      '조',
      '억',
      '만',
      '천',
      '백',
      ' ',
      '원',
      '달러',
      '를',
      '칙',
      'x',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 25 }), (parts) => {
        const text = parts.join('');
        expectCleanScan(text);
      }),
      { numRuns: 300 },
    );
  });
});
