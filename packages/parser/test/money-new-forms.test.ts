import { describe, expect, it } from 'vitest';
import { extractMoney, scanCurrencyReferences } from '../src/index.js';
import { moneyBrief } from './helpers.js';

const one = (text: string) => moneyBrief(text);

describe('forms from the CLDR registry and the news-word table', () => {
  it.each([
    ['Exports reached 5 billion Polish zlotys.', '5 billion Polish zlotys', 'PLN', 5e9],
    ['The fine was 20,000 zlotys.', '20,000 zlotys', 'PLN', 20000],
    ['A room costs 1,000 Thai baht.', '1,000 Thai baht', 'THB', 1000],
    ['The loan is 3 million Kenyan shillings.', '3 million Kenyan shillings', 'KES', 3e6],
    ['Bread costs 40 hryvnias.', '40 hryvnias', 'UAH', 40],
    ['The deal was worth 2 billion Swiss francs.', '2 billion Swiss francs', 'CHF', 2e9],
    ['The budget is 6 trillion Indonesian rupiahs.', '6 trillion Indonesian rupiahs', 'IDR', 6e12],
    ['Spending rose to 12 billion New Taiwan dollars.', '12 billion New Taiwan dollars', 'TWD', 12e9],
    ['He got 5 bucks for it.', '5 bucks', 'USD', 5],
    ['Fees of 7USD apply.', '7USD', 'USD', 7],
    ['Fees of USD7 apply.', 'USD7', 'USD', 7],
    ['It sold for 2 million Deutschmarks.', '2 million Deutschmarks', 'DEM', 2e6],
    // Malaysian business pages' "mil" and "bil", glued to the figure.
    ['BlackBerry will pay US$425mil in cash.', 'US$425mil', 'USD', 425e6],
    ['Net profit rose to RM1.82bil.', 'RM1.82bil', 'MYR', 1.82e9],
    // Local symbols glued to the digits, before or after.
    ['A taxi cost 100₾.', '100₾', 'GEL', 100],
    ['A meal cost Rp5,000.', 'Rp5,000', 'IDR', 5000],
    ['Noodles cost 5,000₫ today.', '5,000₫', 'VND', 5000],
    // Letter-and-dollar signs of CLDR's locales, and the English press's `C$`.
    ["Namibia's foreign assets rose to N$288 billion.", 'N$288 billion', 'NAD', 288e9],
    ['The bank lent J$50 million to farmers.', 'J$50 million', 'JMD', 50e6],
    ['Exports earned TT$3 billion.', 'TT$3 billion', 'TTD', 3e9],
    ['The islands spent EC$12 million.', 'EC$12 million', 'XCD', 12e6],
    ['The pipeline will cost C$3 billion.', 'C$3 billion', 'CAD', 3e9],
    // An article or a number word instead of digits.
    ['They paid a million dollars.', 'a million dollars', 'USD', 1e6],
    ['It costs a hundred euros.', 'a hundred euros', 'EUR', 100],
    ['The bill was twenty dollars.', 'twenty dollars', 'USD', 20],
  ])('%s', (text, written, currency, value) => {
    expect(one(text)).toEqual([[written, currency, value, value]]);
  });

  it('reads CNH as the yuan and records why (the schema knows no CNH)', () => {
    const [m] = extractMoney('The bank sold CNH 5 billion of bonds.');
    expect(m?.amount).toEqual({
      currency: 'CNY',
      min: 5e9,
      max: 5e9,
      precision: 1e9,
      resolved: {
        symbol: 'CNH',
        candidates: ['CNY'],
        reason: 'CNH is the offshore yuan, not an ISO 4217 code: recorded as CNY',
      },
    });
  });

  it('records the written precision of the amount and of each conversion', () => {
    const [m] = extractMoney('It cost 901.5 billion yuan (approximately $124 billion).');
    expect(m?.amount.precision).toBe(1e8);
    expect(m?.stated[0]?.precision).toBe(1e9);
    const [cents] = extractMoney('It cost $20.43.');
    expect(cents?.amount.precision).toBe(0.01);
  });
});

describe('composite and sub-unit amounts', () => {
  it.each([
    ['He paid $20 and 43c for it.', '$20 and 43c', 'USD', 20.43],
    ['It cost 3 GBP 1 pence.', '3 GBP 1 pence', 'GBP', 3.01],
    ['Lunch was RM20 and 50 sen.', 'RM20 and 50 sen', 'MYR', 20.5],
    ['A ticket is 8 hryvnias 50 kopiyka.', '8 hryvnias 50 kopiyka', 'UAH', 8.5],
    ['A coffee is €5 and 20 cents.', '€5 and 20 cents', 'EUR', 5.2],
    ['It was ten dollars and fifty cents.', 'ten dollars and fifty cents', 'USD', 10.5],
  ])('%s', (text, written, currency, value) => {
    expect(one(text)).toEqual([[written, currency, value, value]]);
  });

  it('a bare sub-unit is a fraction of the currency the text speaks of, not of USD', () => {
    const found = extractMoney('In Hong Kong a bun costs HK$5 and the tip 50 cents.');
    expect(found.map((m) => [m.text, m.amount.currency, m.amount.min])).toEqual([
      ['HK$5', 'HKD', 5],
      ['50 cents', 'HKD', 0.5],
    ]);
    expect(found[1]?.amount.resolved?.reason).toBe(
      'a bare sub-unit after an amount in HKD is a fraction of HKD, not of the US dollar',
    );
  });

  it('a bare sub-unit with no other currency named is the US cent, and says so', () => {
    expect(one('A stamp costs 10¢ now.')).toEqual([['10¢', 'USD', 0.1, 0.1]]);
    expect(one('A stamp costs ten cents now.')).toEqual([['ten cents', 'USD', 0.1, 0.1]]);
    expect(extractMoney('A stamp costs 10¢ now.')[0]?.amount.resolved?.symbol).toBe('¢');
  });

  it('a sub-unit of another family does not join ("$20 and 43 pence" stays apart)', () => {
    expect(one('It cost $20 and 43 pence.')).toEqual([
      ['$20', 'USD', 20, 20],
      ['43 pence', 'GBP', 0.43, 0.43],
    ]);
  });
});

describe('scanCurrencyReferences: currencies named without a figure, and non-ISO figures', () => {
  it('reports bare currency names outside the amounts, with their code', () => {
    expect(scanCurrencyReferences('The dollar rose; 50 dollar rmb.')).toEqual([
      { start: 4, end: 10, text: 'dollar', currency: 'USD' },
      { start: 27, end: 30, text: 'rmb', currency: 'CNY' },
    ]);
  });

  it('reports bitcoin figures as not money instead of dropping them', () => {
    expect(scanCurrencyReferences('He lost 10000 bitcoins and ₿2.')).toEqual([
      {
        start: 8,
        end: 22,
        text: '10000 bitcoins',
        unit: 'bitcoin',
        value: 10000,
        notMoney: 'bitcoin has no ISO 4217 code: reported, not converted',
      },
      {
        start: 27,
        end: 29,
        text: '₿2',
        unit: 'bitcoin',
        value: 2,
        notMoney: 'bitcoin has no ISO 4217 code: reported, not converted',
      },
    ]);
    expect(extractMoney('He lost 10000 bitcoins.')).toEqual([]);
  });

  it('does not take verbs and everyday words for currencies ("won", "current account", "rights issue")', () => {
    expect(scanCurrencyReferences('He won the contract; the current account and a rights issue.')).toEqual(
      [],
    );
  });
});

describe('conversions set in Chinese and Japanese typography', () => {
  it.each([
    ['净利润为1050亿元（约150亿美元）。', 'CNY', 105e9, 'USD', 15e9],
    ['净利润为1050亿元(折合150亿美元)。', 'CNY', 105e9, 'USD', 15e9],
    ['負債総額は50億ドル(約5600億円)に上る。', 'USD', 5e9, 'JPY', 560e9],
  ])('%s', (text, currency, amount, statedCurrency, statedAmount) => {
    const [m, ...others] = extractMoney(text);
    expect(others).toEqual([]);
    expect([m!.amount.currency, m!.amount.min]).toEqual([currency, amount]);
    expect(m!.stated?.map((s) => [s.currency, s.min])).toEqual([[statedCurrency, statedAmount]]);
  });
});
