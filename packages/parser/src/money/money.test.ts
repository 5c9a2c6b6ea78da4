import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateBriefing } from '@briefing/schema';
import { moneyBrief } from '../../test/helpers.js';
import { annotateBriefing, extractMoney, type MoneyContext } from './index.js';

const brief = moneyBrief;
const one = (text: string, ctx?: MoneyContext) => {
  const all = extractMoney(text, ctx);
  expect(all).toHaveLength(1);
  const m = all[0];
  if (!m) throw new Error('no mention');
  expect(text.slice(m.at.start, m.at.end)).toBe(m.text);
  return m;
};

describe('currencies: symbols, prefixed symbols, codes and words', () => {
  it.each([
    ['Taipei will spend NT$3.2 billion on new coast guard cutters.', 'NT$3.2 billion', 'TWD', 3.2e9],
    ['The tycoon paid HK$430 million for the harbourfront site.', 'HK$430 million', 'HKD', 430e6],
    ['Temasek put S$1.5 billion into the fund last year.', 'S$1.5 billion', 'SGD', 1.5e9],
    ['Canberra pledged A$368 billion for the submarines.', 'A$368 billion', 'AUD', 368e9],
    ['Ottawa set aside C$2 billion for the ports.', 'C$2 billion', 'CAD', 2e9],
    ['Exports reached US$355.60 million in March.', 'US$355.60 million', 'USD', 355.6e6],
    ['The fine was €4.1 billion, the largest yet.', '€4.1 billion', 'EUR', 4.1e9],
    ['Tickets cost ₩150,000 at the door.', '₩150,000', 'KRW', 150000],
    ['The state approved ₹12,000 crore for the metro.', '₹12,000 crore', 'INR', 1.2e11],
    ['Profits rose to Rs 1,200 crore this year.', 'Rs 1,200 crore', 'INR', 1.2e10],
    ['The budget includes Rs 1.2 lakh crore for defence.', 'Rs 1.2 lakh crore', 'INR', 1.2e12],
    ['Investors put in RMB 300 million.', 'RMB 300 million', 'CNY', 300e6],
    ['The firm raised CNY 2.5 billion in bonds.', 'CNY 2.5 billion', 'CNY', 2.5e9],
    ['The deal is worth USD 22.5 million.', 'USD 22.5 million', 'USD', 22.5e6],
    ['Workers earn about 5000 RMB a month.', '5000 RMB a month', 'CNY', 5000],
    ['The museum sold 323 million euros of bonds.', '323 million euros', 'EUR', 323e6],
    ['Output value passed 100 billion yuan for the first time.', '100 billion yuan', 'CNY', 100e9],
    ['The ministry paid 40 billion renminbi in subsidies.', '40 billion renminbi', 'CNY', 40e9],
    ['Ministers received five million yen from the industry.', 'five million yen', 'JPY', 5e6],
    ['Seoul budgeted 10 billion won for the drills.', '10 billion won', 'KRW', 10e9],
    ['A loan of 35 lakh rupees was approved.', '35 lakh rupees', 'INR', 3.5e6],
    ['He was paid 2 million U.S. dollars by the agency.', '2 million U.S. dollars', 'USD', 2e6],
    ['The company issued 3 billion Hong Kong dollars of notes.', '3 billion Hong Kong dollars', 'HKD', 3e9],
    ['Tokyo earmarked (Y)500 billion for the chip plant.', '(Y)500 billion', 'JPY', 500e9],
    ['Its quarterly profit improved to 361 million pounds.', '361 million pounds', 'GBP', 361e6],
    ['He was fined 10,000 Swiss francs.', '10,000 Swiss francs', 'CHF', 10000],
  ])('%s', (sentence, text, currency, value) => {
    const m = one(sentence);
    expect([m.text, m.amount.currency, m.amount.min, m.amount.max]).toEqual([text, currency, value, value]);
  });
});

describe('bare $, ¥ and £ are resolved from context, with the reason recorded', () => {
  const sentence = 'The ministry set aside $2 billion for drones.';

  it('defaults to USD and says so', () => {
    const m = one(sentence);
    expect(m.amount.currency).toBe('USD');
    expect(m.amount.resolved).toMatchObject({ symbol: '$', candidates: ['USD'] });
    expect(m.amount.resolved?.reason).toMatch(/US dollar/);
  });

  it('follows the publication country (a Taiwanese outlet writes $ for NT$)', () => {
    const m = one(sentence, { country: 'TW', publication: 'Taipei Times' });
    expect(m.amount.currency).toBe('TWD');
    expect(m.amount.resolved?.candidates).toEqual(['TWD', 'USD']);
    expect(m.amount.resolved?.reason).toContain('Taipei Times');
  });

  it('prefers the briefing wording: a text that writes NT$ keeps a bare $ for US dollars', () => {
    const text = 'The cabinet approved NT$90 billion for defence and $2 billion for drones.';
    const [, m] = extractMoney(text, { country: 'TW' });
    expect(m?.amount.currency).toBe('USD');
    expect(m?.amount.resolved?.reason).toMatch(/TWD/);
  });

  it('obeys an explicit option over everything else', () => {
    expect(one(sentence, { dollar: 'SGD', country: 'TW' }).amount.currency).toBe('SGD');
    expect(one('Rents reached £2,000 a month.', { pound: 'EGP' }).amount.currency).toBe('EGP');
  });

  it('reads ¥ as yuan in a China story and as yen otherwise', () => {
    const china = one('Chinese carmakers cut prices by ¥20,000 as the yuan weakened.');
    expect(china.amount.currency).toBe('CNY');
    expect(china.amount.resolved?.candidates).toEqual(['CNY', 'JPY']);
    expect(one('A bowl of ramen in Tokyo now costs ¥1,200.').amount.currency).toBe('JPY');
    expect(one('The premium was ¥1,200.', { country: 'CN' }).amount.currency).toBe('CNY');
  });

  it('reads £ as the Egyptian pound for an Egyptian story', () => {
    expect(one('Cairo raised bread prices to £20 in Egypt this week.').amount.currency).toBe('EGP');
  });
});

describe('numbers', () => {
  it('reads a fraction in words with its decimals: never a NaN amount ("$1 and a quarter")', () => {
    // Found by the fast-check robustness property below (seed -395589198).
    expect(extractMoney('$five and a quarter').map((m) => [m.text, m.amount.min, m.amount.max])).toEqual([
      ['$five', 5, 5],
    ]);
    expect(extractMoney('$1 and a quarter').map((m) => [m.text, m.amount.min])).toEqual([['$1', 1]]);
    expect(extractMoney('a quarter million dollars').map((m) => m.amount.min)).toEqual([250000]);
  });

  it('handles separators, decimals and short scales', () => {
    expect(brief('Britain fined the bank £3.5bn, Singapore S$20m and Washington $5.3tn in total.')).toEqual([
      ['£3.5bn', 'GBP', 3.5e9, 3.5e9],
      ['S$20m', 'SGD', 20e6, 20e6],
      ['$5.3tn', 'USD', 5.3e12, 5.3e12],
    ]);
    expect(brief('Startups raised $850k and $2.4 mn, plus $1.1 bil from banks.')).toEqual([
      ['$850k', 'USD', 850e3, 850e3],
      ['$2.4 mn', 'USD', 2.4e6, 2.4e6],
      ['$1.1 bil', 'USD', 1.1e9, 1.1e9],
    ]);
  });

  it('scales through the decimal exponent, not by multiplying', () => {
    expect(one('Debt reached $19.99 trillion last year.').amount.min).toBe(19990000000000);
    expect(one('The fund holds 0.3 billion euros.').amount.min).toBe(300000000);
  });

  it('reads hyphenated adjectives and capitalised title words', () => {
    expect(brief('Japan unveils a 10-trillion-yen stimulus plan')).toEqual([
      ['10-trillion-yen', 'JPY', 10e12, 10e12],
    ]);
    expect(brief('Beijing Approves $400 Million Loan For Port')).toEqual([
      ['$400 Million', 'USD', 400e6, 400e6],
    ]);
    expect(brief('Chipmaker Wins 12 Billion Yuan Subsidy')).toEqual([['12 Billion Yuan', 'CNY', 12e9, 12e9]]);
  });

  it('keeps offsets and location for the title', () => {
    const [m] = extractMoney('Beijing Approves $400 Million Loan', { field: 'title', paragraph: 0 });
    expect(m?.at).toEqual({ field: 'title', paragraph: 0, start: 17, end: 29 });
  });
});

describe('ranges and changes', () => {
  it('reads X to Y with a shared currency and shared scale', () => {
    expect(brief('Losses were estimated at 710.9 billion to 850.6 billion yuan.')).toEqual([
      ['710.9 billion to 850.6 billion yuan', 'CNY', 710.9e9, 850.6e9],
    ]);
    expect(brief('Analysts expect $98 billion to $117 billion in orders.')).toEqual([
      ['$98 billion to $117 billion', 'USD', 98e9, 117e9],
    ]);
    expect(brief('Each licence costs 3 to 5 million euros.')).toEqual([
      ['3 to 5 million euros', 'EUR', 3e6, 5e6],
    ]);
  });

  it('reads X-Y and between X and Y (starting at X)', () => {
    expect(brief('Rents run at $1,500-$2,000 a month in the district.')).toEqual([
      ['$1,500-$2,000 a month', 'USD', 1500, 2000],
    ]);
    expect(brief('Prices ranged between 801 billion and 802.9 billion yuan.')).toEqual([
      ['801 billion and 802.9 billion yuan', 'CNY', 801e9, 802.9e9],
    ]);
  });

  it('does not read "and" as a range without "between"', () => {
    expect(brief('The city spent $5 million and hired 300 staff.')).toEqual([
      ['$5 million', 'USD', 5e6, 5e6],
    ]);
  });

  it('records a change as two mentions, change-from and change-to', () => {
    const ms = extractMoney('The average fine rose from 290 to 810 yuan per ton last year.');
    expect(ms.map((m) => [m.kind, m.text, m.amount.currency, m.amount.min, m.per])).toEqual([
      ['change-from', '290', 'CNY', 290, 'ton'],
      ['change-to', '810 yuan per ton', 'CNY', 810, 'ton'],
    ]);
    const b = extractMoney('The contract grew from an initial $1.7 billion to $2.7 billion.');
    expect(b.map((m) => [m.kind, m.text, m.amount.min])).toEqual([
      ['change-from', '$1.7 billion', 1.7e9],
      ['change-to', '$2.7 billion', 2.7e9],
    ]);
  });

  it('keeps "from X to Y" without a verb of change as a range', () => {
    expect(brief('Tickets are priced from $40 to $120.')).toEqual([['$40 to $120', 'USD', 40, 120]]);
  });
});

describe('stated conversions', () => {
  it('reads several targets in one bracket', () => {
    const m = one('The average monthly wage was 11,385 yuan ($1,832; £1,209) in Shanghai.');
    expect(m.text).toBe('11,385 yuan ($1,832; £1,209)');
    expect(m.stated.map((s) => [s.currency, s.min])).toEqual([
      ['USD', 1832],
      ['GBP', 1209],
    ]);
  });

  it('reads a conversion without brackets', () => {
    const m = one('A month of rent costs 1,320 yuan or about $212 in the county.');
    expect(m.text).toBe('1,320 yuan or about $212');
    expect(m.stated).toMatchObject([{ currency: 'USD', min: 212, approximate: true }]);
  });

  it('reads the reverse direction and non-USD targets', () => {
    const r = one('Washington approved $287 million (1.77 billion yuan) in aid.');
    expect([r.amount.currency, r.stated[0]?.currency, r.stated[0]?.min]).toEqual(['USD', 'CNY', 1.77e9]);
    const h = one('The ticket costs 340 yuan (HK$430) at the border.');
    expect(h.stated).toMatchObject([{ currency: 'HKD', min: 430, approximate: false }]);
  });

  it.each([
    ['approximately', true],
    ['about', true],
    ['around', true],
    ['nearly', true],
    ['over', true],
  ])('"%s" marks the conversion approximate', (word, flag) => {
    const m = one(`The plant cost 2.6 billion euros (${word} $2.8 billion).`);
    expect(m.stated[0]?.approximate).toBe(flag);
    expect(m.approximate).toBe(false);
  });

  it('marks the amount approximate when the word precedes it', () => {
    expect(one('The project will cost about 2.6 billion euros.').approximate).toBe(true);
    expect(one('The project will cost 2.6 billion euros.').approximate).toBe(false);
  });
});

describe('rates', () => {
  it.each([
    ['Interns earn €1,200 per month in Paris.', '€1,200 per month', 'month'],
    ['The lease costs $3 million a year.', '$3 million a year', 'year'],
    ['Farmed caviar sells for 900 euros per kilogram.', '900 euros per kilogram', 'kilogram'],
    ['The subsidy pays 20,000 yuan each year.', '20,000 yuan each year', 'year'],
    ['Residents receive NT$6,000 monthly.', 'NT$6,000 monthly', 'month'],
  ])('%s', (sentence, text, per) => {
    const m = one(sentence);
    expect([m.text, m.per]).toEqual([text, per]);
  });

  it('does not read "a year earlier" as a rate', () => {
    const m = one('Revenue was $13.18 billion a year earlier.');
    expect([m.text, m.per]).toEqual(['$13.18 billion', undefined]);
  });
});

describe('not money', () => {
  it.each([
    'Tariffs rose 15-20 percent on 300-400 products.',
    'Sales grew 27% and 8,000 sellers joined in 2016-2020.',
    'SoftBank (TYO:9437) and Alibaba (NYSE: BABA) fell on Monday.',
    'Call the hotline at +886 2 2311 3731 or 0800-123-456.',
    'The 43-minute recording was released on 12 March 2024.',
    'The A380 flew 14 hours with 500 passengers.',
    'All 70 of us watched three quarters of the match.',
  ])('%s', (sentence) => {
    expect(extractMoney(sentence)).toEqual([]);
  });
});

describe('robustness (fast-check)', () => {
  const pieces = fc.constantFrom(
    '$',
    'US$',
    'NT$',
    '€',
    '¥',
    '£',
    ' ',
    '(',
    ')',
    ';',
    ',',
    '.',
    '-',
    ' to ',
    ' and ',
    ' between ',
    ' from ',
    ' rose ',
    ' or about ',
    ' approximately ',
    'billion',
    ' million',
    'bn',
    'm',
    'k',
    ' yuan',
    ' euros',
    ' dollars',
    ' per month',
    ' a year',
    'lakh crore',
    '1,234',
    '12,34,567.89',
    '901.5',
    '0',
    '7',
    'five',
    'a quarter',
    '\u00a0',
    '\ud83d\ude00',
    '\ud800',
  );
  const texts = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')),
  );

  it('never throws, and every offset slices back to the mention text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const m of extractMoney(text)) {
          expect(text.slice(m.at.start, m.at.end)).toBe(m.text);
          expect(m.amount.min).toBeLessThanOrEqual(m.amount.max);
          expect(Number.isFinite(m.amount.min)).toBe(true);
          for (const s of m.stated) expect(s.min).toBeLessThanOrEqual(s.max);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('annotated briefings always validate against the schema', () => {
    fc.assert(
      fc.property(texts, texts, (title, para) => {
        const b = annotateBriefing(
          {
            id: 'x:1',
            title: title.trim() || 'Untitled',
            body: [para.trim() ? para : 'Empty.'],
            sources: [{ raw: 'Example Daily' }],
            language: 'en',
            money: [],
            quantities: [],
          },
          { country: 'TW', publication: 'P'.repeat(300) },
        );
        expect(validateBriefing(b).issues).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('returns nothing for non-strings instead of throwing', () => {
    expect(extractMoney(undefined as unknown as string)).toEqual([]);
    expect(extractMoney(42 as unknown as string)).toEqual([]);
  });
});
