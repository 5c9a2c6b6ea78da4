import { describe, expect, it } from 'vitest';
import {
  CURRENCY_CODES,
  currencyNames,
  currencyNouns,
  describeRate,
  dollarSigns,
  explains,
  HISTORIC_CURRENCY_CODES,
  impliedRate,
  isCurrencyCode,
  isCurrentCurrency,
  judgeConversion,
  lastPlaceOf,
  localCurrencyOf,
  localScaleWords,
  regionNames,
  minorUnitDigits,
  NON_ISO_CODES,
  rateDateOf,
  roundSignificant,
  roundToPlace,
  toleranceOf,
} from '../src/index.js';

describe('registry (generated from CLDR)', () => {
  it('knows current, fund, metal and withdrawn codes, and nothing that is not ISO 4217', () => {
    for (const code of ['USD', 'TWD', 'XCG', 'ZWG', 'XAU', 'CHE', 'DEM', 'HRK', 'ITL', 'VEF'])
      expect(isCurrencyCode(code), code).toBe(true);
    for (const code of ['CNH', 'EUO', 'usd', 'RMB', 'NTD', 'BTC', ''])
      expect(isCurrencyCode(code), code).toBe(false);
    expect(isCurrentCurrency('EUR')).toBe(true);
    expect(isCurrentCurrency('DEM')).toBe(false);
    expect(HISTORIC_CURRENCY_CODES).toContain('FRF');
    expect(CURRENCY_CODES.length).toBe(239);
    // Withdrawn since 1999 (the euro and later reforms): kept; the Yugoslav dinar of 1990 is not.
    for (const code of 'ANG ATS BEF CUC CYP DEM EEK ESP FIM FRF GRD HRK IEP ITL LTL LUF LVL MTL NLG PTE ROL SIT SKK SLL TRL VEF XEU ZWL'.split(
      ' ',
    ))
      expect(isCurrencyCode(code), code).toBe(true);
    expect(isCurrencyCode('YUN')).toBe(false);
  });

  it('carries minor units, English names with plurals, symbols and narrow symbols', () => {
    expect([
      minorUnitDigits('USD'),
      minorUnitDigits('JPY'),
      minorUnitDigits('BHD'),
      minorUnitDigits('CLF'),
    ]).toEqual([2, 0, 3, 4]);
    const byCode = new Map(currencyNames().map((n) => [n.code, n]));
    expect(byCode.get('TWD')).toEqual({
      code: 'TWD',
      singular: 'New Taiwan dollar',
      plural: 'New Taiwan dollars',
      symbol: 'NT$',
      narrow: '$',
    });
    expect(byCode.get('CNY')).toMatchObject({ plural: 'Chinese yuan', symbol: 'CN¥', narrow: '¥' });
    expect(byCode.get('EUR')).toMatchObject({ singular: 'euro', plural: 'euros', symbol: '€' });
  });

  it('derives bare nouns only where one current currency has them and the word is no everyday one', () => {
    const nouns = currencyNouns(isCurrentCurrency);
    expect(nouns.get('zloty')).toBe('PLN');
    expect(nouns.get('baht')).toBe('THB');
    expect(nouns.get('hryvnias')).toBe('UAH');
    for (const word of ['dollar', 'real', 'mark', 'pound', 'won', 'franc'])
      expect(nouns.has(word), word).toBe(false);
  });

  it('maps the non-ISO codes news uses, with a reason', () => {
    expect(NON_ISO_CODES.CNH?.code).toBe('CNY');
    expect(NON_ISO_CODES.CNH?.reason).toContain('offshore');
    expect(NON_ISO_CODES.NTD?.code).toBe('TWD');
  });

  it("gives each region's currency and the sign its own locale writes", () => {
    expect(localCurrencyOf('ZA')).toEqual({ code: 'ZAR', symbol: 'R' });
    expect(localCurrencyOf('bw')).toEqual({ code: 'BWP', symbol: 'P' });
    expect(localCurrencyOf('ZM')).toEqual({ code: 'ZMW', symbol: 'K', narrow: 'ZK' });
    expect(localCurrencyOf('TH')).toEqual({ code: 'THB', symbol: '฿' });
    expect(localCurrencyOf('HK')).toEqual({ code: 'HKD', symbol: 'HK$', narrow: '$' });
    expect(localCurrencyOf('XX')).toBeUndefined();
  });

  it('gives the letter-and-dollar signs the locales write for one currency', () => {
    expect(dollarSigns().get('N$')).toBe('NAD');
    expect(dollarSigns().get('J$')).toBe('JMD');
    expect(dollarSigns().get('TT$')).toBe('TTD');
    expect(dollarSigns().get('EC$')).toBe('XCD');
    // Most locales write `C$` for the córdoba; the press's Canadian `C$` is the parser's word.
    expect(dollarSigns().get('C$')).toBe('NIO');
    expect(dollarSigns().has('$')).toBe(false);
  });

  it("names each region as CLDR's English short form does", () => {
    expect(regionNames().get('KE')).toBe('Kenya');
    expect(regionNames().get('ZA')).toBe('South Africa');
    expect(regionNames().get('HK')).toBe('Hong Kong');
    expect(regionNames().has('XX')).toBe(false);
  });

  it("gives the Spanish, Portuguese, Vietnamese and Russian scale words of CLDR's compact formats", () => {
    const words = localScaleWords();
    expect(words.get('mil')).toBe(3);
    expect(words.get('mil millones')).toBe(9);
    expect(words.get('milhão')).toBe(6);
    expect(words.get('bilhões')).toBe(9);
    expect(words.get('billón')).toBe(12);
    expect(words.get('tỷ')).toBe(9);
    expect(words.get('млрд')).toBe(9);
    expect(words.get('тыс.')).toBe(3);
    expect(words.has('m')).toBe(false);
  });
});

describe('precision', () => {
  it('reads the last significant place of a number', () => {
    expect([
      lastPlaceOf(124e9),
      lastPlaceOf(1.48e6),
      lastPlaceOf(3150),
      lastPlaceOf(8.5),
      lastPlaceOf(20.43),
    ]).toEqual([1e9, 1e4, 10, 0.1, 0.01]);
  });

  it('rounds computed figures without float noise', () => {
    expect(roundSignificant(3516.2999999999997, 6)).toBe(3516.3);
    expect(roundSignificant(0.1429861051809742, 6)).toBe(0.142986);
    expect(roundToPlace(-0.10417234, 1e-6)).toBe(-0.104172);
    expect(roundToPlace(123456, 100)).toBe(123500);
  });
});

describe('rate-date rule', () => {
  it('takes the first dated citation, else the publication date, never anything else', () => {
    expect(rateDateOf({ sources: [{}, { date: '2025-12-20' }], published: '2026-01-01T08:00:00Z' })).toBe(
      '2025-12-20',
    );
    expect(rateDateOf({ sources: [{}], published: '2026-01-01T08:00:00Z' })).toBe('2026-01-01');
    expect(rateDateOf({ sources: [{ date: 'soon' }] })).toBeUndefined();
  });
});

describe('tolerance', () => {
  it('adds the written rounding to the allowance, from the recorded precision when there is one', () => {
    const t = toleranceOf({ from: 'CNY', to: 'USD', stated: { min: 124e9, max: 124e9 } });
    expect(t.rounding).toBe(0.5 / 124);
    expect(t.allowance).toBe(0.03);
    // "124.0 billion" written to the hundred million: the recorded precision wins over the float.
    expect(
      toleranceOf({ from: 'CNY', to: 'USD', stated: { min: 124e9, max: 124e9, precision: 1e8 } }).rounding,
    ).toBe(0.05 / 124);
    expect(toleranceOf({ from: 'TRY', to: 'USD', stated: { min: 5e6, max: 5e6 } }).allowance).toBe(0.05);
    expect(
      toleranceOf({ from: 'EUR', to: 'TWD', stated: { min: 1, max: 1 }, period: 'month' }).allowance,
    ).toBe(0.04);
  });
});

describe('judgeConversion: the one verdict', () => {
  const quote = (rate: number) => ({ ok: true as const, quote: { rate, date: '2026-01-02', source: 'ECB' } });

  it('agrees within the tolerance, differs beyond it, with rounded figures', () => {
    // 901.5 billion yuan at 0.142986 is 128.902 billion: $124 billion is 3.8% low, beyond 3% + 0.4%.
    const v = judgeConversion({
      amount: { currency: 'CNY', min: 901.5e9, max: 901.5e9 },
      stated: { currency: 'USD', min: 124e9, max: 124e9 },
      date: '2026-01-04',
      lookup: quote(0.1429861051809742),
    });
    expect(v).toEqual({
      verdict: 'differs',
      rate: 0.142986,
      rateDate: '2026-01-02',
      rateSource: 'ECB',
      period: 'day',
      expected: { min: 128902000000, max: 128902000000 },
      deviation: -0.038028,
      tolerance: 0.034032,
    });
    const ok = judgeConversion({
      amount: { currency: 'EUR', min: 1000, max: 1000 },
      stated: { currency: 'USD', min: 1150, max: 1150 },
      date: '2026-01-02',
      lookup: quote(1.1721),
    });
    expect(ok.verdict).toBe('agrees');
  });

  it('requires both bounds of a range to agree', () => {
    const v = judgeConversion({
      amount: { currency: 'CNY', min: 720e6, max: 720e6 },
      stated: { currency: 'USD', min: 90e6, max: 110e6 },
      date: '2025-01-01',
      lookup: quote(0.138889),
    });
    expect(v.verdict).toBe('differs');
  });

  it('says why a conversion is unchecked', () => {
    const amount = { currency: 'CNY', min: 1, max: 1 };
    const stated = { currency: 'USD', min: 1, max: 1 };
    const coverage = { first: '1999-01-04', last: '2026-06-30', currencies: new Set(['CNY', 'USD']) };
    const no = (code: string) => ({ ok: false as const, code, reason: 'provider text' });
    expect(judgeConversion({ amount, stated, date: undefined })).toMatchObject({
      verdict: 'unchecked',
      reason: { code: 'no-date' },
    });
    expect(
      judgeConversion({ amount, stated, date: '2027-03-01', lookup: no('date-out-of-range'), coverage }),
    ).toMatchObject({
      reason: { code: 'after-newest-data', newest: '2026-06-30' },
      message: "the reference rates end on 2026-06-30, before the briefing's date",
    });
    expect(
      judgeConversion({ amount, stated, date: '1990-03-01', lookup: no('date-out-of-range'), coverage }),
    ).toMatchObject({
      reason: { code: 'before-oldest-data', oldest: '1999-01-04' },
    });
    expect(
      judgeConversion({
        amount: { ...amount, currency: 'XOF' },
        stated,
        date: '2025-01-01',
        lookup: no('unknown-currency'),
        coverage,
      }),
    ).toMatchObject({ reason: { code: 'currency-not-covered', currency: 'XOF' } });
    // A provider that already says why is taken at its word (the rates package's own reasons).
    expect(
      judgeConversion({
        amount,
        stated,
        date: '2027-03-01',
        lookup: { ok: false, reason: { code: 'after-newest-data', newest: '2026-04-13' } },
      }),
    ).toMatchObject({ reason: { code: 'after-newest-data', newest: '2026-04-13' } });
    expect(
      judgeConversion({ amount, stated, date: '2025-01-01', lookup: no('provider-error') }),
    ).toMatchObject({
      reason: { code: 'no-rate', detail: 'provider text' },
    });
  });

  it('passes the nearest flag of a quote from another date through', () => {
    const v = judgeConversion({
      amount: { currency: 'EUR', min: 1, max: 1 },
      stated: { currency: 'USD', min: 1.17, max: 1.17 },
      date: '2026-07-04',
      lookup: { ok: true, quote: { rate: 1.1721, date: '2026-06-30', source: 'ECB', nearest: true } },
    });
    expect(v).toMatchObject({ verdict: 'agrees', nearest: true, rateDate: '2026-06-30' });
  });
});

describe('impliedRate: what rate did the writer use?', () => {
  const amount = { currency: 'CNY', min: 901.5e9, max: 901.5e9 };
  const stated = { currency: 'USD', min: 124e9, max: 124e9 };

  it('finds the nearest date whose rate explains the stated figure within its rounding', () => {
    const history = [
      { date: '2025-04-10', rate: 0.1366 }, // 123.14 billion: no
      { date: '2025-04-11', rate: 0.1372 }, // 123.69 billion: yes
      { date: '2025-05-05', rate: 0.1379 }, // 124.32 billion: yes, and nearer
      { date: '2026-01-02', rate: 0.142986 }, // 128.9 billion: no
    ];
    expect(impliedRate({ amount, stated, near: '2026-01-04', history })).toEqual({
      rate: 0.137549,
      date: '2025-05-05',
      dateRate: 0.1379,
    });
    expect(impliedRate({ amount, stated, near: '2026-01-04', history: [] })).toEqual({ rate: 0.137549 });
    expect(explains(amount, stated, 0.1372)).toBe(true);
    expect(explains(amount, stated, 0.1366)).toBe(false);
  });

  it('writes a rate the way markets quote it', () => {
    expect(describeRate(0.137549, 'CNY', 'USD')).toBe('7.27 CNY per USD');
    expect(describeRate(1.1721, 'EUR', 'USD')).toBe('1.17 USD per EUR');
    expect(describeRate(0.0069, 'JPY', 'EUR')).toBe('144.93 JPY per EUR');
  });
});
