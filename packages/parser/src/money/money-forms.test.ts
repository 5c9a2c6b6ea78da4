import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCleanScan, moneyBrief } from '../../test/helpers.js';
import { extractMoney, scanMoney } from './index.js';

const brief = (text: string) => moneyBrief(text);

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
    ['預算為新台幣 3000億元。', '新台幣 3000億元', 'TWD', 3e11],
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
