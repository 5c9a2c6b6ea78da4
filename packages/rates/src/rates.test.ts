import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ecbLoaders, fedLoader } from './data/index.js';
import {
  convert,
  createEmbeddedRates,
  createStaticRates,
  defaultRates,
  embeddedDataRange,
  type RateResult,
  supportedCurrencies,
} from './index.js';

function ok(r: RateResult) {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.reason}`);
  return r.quote;
}

describe('ECB daily figures', () => {
  const rates = createEmbeddedRates();

  it('EUR→USD and EUR→CNY on 2026-01-02 are the published figures', async () => {
    const usd = ok(await rates.rate('EUR', 'USD', '2026-01-02'));
    expect(usd).toMatchObject({
      rate: 1.1721,
      date: '2026-01-02',
      period: 'day',
      source: 'ECB euro reference rate 2026-01-02',
    });
    expect(usd.via).toBeUndefined();
    expect(usd.sources.map((s) => s.attribution)).toEqual(['Source: ECB statistics']);
    const cny = ok(await rates.rate('EUR', 'CNY', '2026-01-02'));
    expect(cny.rate).toBe(8.1973);
  });

  it('a Sunday (2026-01-04) uses the figures of Friday 2026-01-02', async () => {
    const q = ok(await rates.rate('EUR', 'USD', '2026-01-04'));
    expect(q.rate).toBe(1.1721);
    expect(q.date).toBe('2026-01-02');
  });

  it('a Saturday (2025-12-20) uses ECB 2025-12-19', async () => {
    const q = ok(await rates.rate('EUR', 'USD', '2025-12-20'));
    expect(q.rate).toBe(1.1712);
    expect(q.date).toBe('2025-12-19');
  });

  it('New Year 2026-01-01 looks back into the 2025 shard', async () => {
    const q = ok(await rates.rate('EUR', 'USD', '2026-01-01'));
    expect(q.date).toBe('2025-12-31');
  });

  it('the inverse direction divides the published figure', async () => {
    const q = ok(await rates.rate('USD', 'EUR', '2026-01-02'));
    // 1 / 1.1721 = 0.853169524784...
    expect(q.rate).toBeCloseTo(0.853169524785, 12);
  });

  it('CNY→USD on 2026-01-02 crosses through EUR', async () => {
    const q = ok(await rates.rate('CNY', 'USD', '2026-01-02'));
    // 1.1721 / 8.1973 = 0.142986105181...
    expect(q.rate).toBeCloseTo(0.142986105181, 12);
    expect(q.via).toBe('EUR');
    expect(q.date).toBe('2026-01-02');
    expect(q.legs?.map((l) => `${l.from}→${l.to}`)).toEqual(['CNY→EUR', 'EUR→USD']);
  });

  it('accepts lower-case codes', async () => {
    expect(ok(await rates.rate('eur', 'usd', '2026-01-02')).rate).toBe(1.1721);
  });

  it('same currency is rate 1', async () => {
    const q = ok(await rates.rate('TWD', 'TWD', '2025-12-20'));
    expect(q.rate).toBe(1);
  });
});

describe('Fed H.10 monthly averages for currencies the ECB lacks', () => {
  const rates = createEmbeddedRates();

  it('USD→TWD on 2025-12-20 is the December 2025 average', async () => {
    const q = ok(await rates.rate('USD', 'TWD', '2025-12-20'));
    expect(q).toMatchObject({ rate: 31.3523, date: '2025-12-01', period: 'month' });
    expect(q.via).toBeUndefined();
    expect(q.sources.map((s) => s.id)).toEqual(['fed-h10']);
  });

  it('EUR→TWD on 2025-12-20 = ECB 2025-12-19 EUR/USD × Fed December 2025 USD/TWD', async () => {
    const q = ok(await rates.rate('EUR', 'TWD', '2025-12-20'));
    // 1.1712 × 31.3523 = 36.71981376, by hand.
    expect(q.rate).toBeCloseTo(36.71981376, 10);
    expect(q.via).toBe('USD');
    expect(q.period).toBe('month');
    expect(q.date).toBe('2025-12-01');
    expect(q.source).toBe('ECB (EUR→USD) 2025-12-19 × Fed H.10 monthly average (USD→TWD), December 2025');
    expect(q.sources.map((s) => s.id)).toEqual(['ecb', 'fed-h10']);
    expect(q.legs?.map((l) => [l.date, l.period])).toEqual([
      ['2025-12-19', 'day'],
      ['2025-12-01', 'month'],
    ]);
  });

  it('TWD→EUR is the exact inverse path', async () => {
    const q = ok(await rates.rate('TWD', 'EUR', '2025-12-20'));
    // 1 / (1.1712 × 31.3523) = 1 / 36.71981376 = 0.027233253593...
    expect(q.rate).toBeCloseTo(0.027233253593, 12);
  });

  it('CNY before the ECB covered it (2003) comes from the Fed', async () => {
    const q = ok(await rates.rate('CNY', 'USD', '2003-06-16'));
    expect(q.period).toBe('month');
    expect(q.date).toBe('2003-06-01');
    expect(q.rate).toBeGreaterThan(1 / 8.3);
    expect(q.rate).toBeLessThan(1 / 8.2);
  });

  it('stores the Fed figures in the direction the file really quotes them (units per USD, checked against the ECB)', async () => {
    // SOURCES.md says AUD, EUR, GBP and NZD are USD per unit; the file's figures (Euro 0.701 in
    // January 2010, when the ECB had 1.4272 USD per EUR) are units per USD, so none is inverted.
    const fed = (await fedLoader()).default;
    expect(fed.usdPerUnit).toEqual([]);
  });

  it('EUR→USD after the ECB data ends is the inverse of the Fed figure for the month (2026-05: 0.8561 EUR per USD)', async () => {
    const q = ok(await rates.rate('EUR', 'USD', '2026-05-20'));
    expect(q.date).toBe('2026-05-01');
    expect(q.rate).toBeCloseTo(1.1681, 4);
  });
});

describe('errors never throw and explain themselves', () => {
  const rates = createEmbeddedRates();
  const cases: [string, string, string, string, RegExp][] = [
    ['EUR', 'XYZ', '2025-12-20', 'unknown-currency', /XYZ/],
    ['EUR', 'USD', '1998-12-31', 'date-out-of-range', /1998-12-31/],
    ['EUR', 'USD', '2031-01-01', 'date-out-of-range', /2031-01-01/],
    ['EUR', 'USD', '2025-02-30', 'invalid-date', /2025-02-30/],
    ['EUR', 'USD', '20/12/2025', 'invalid-date', /20\/12\/2025/],
    ['EUR', 'RUB', '2023-05-10', 'date-out-of-range', /RUB.*2023-05-10/],
    ['EUR', 'ISK', '2012-05-10', 'no-data-for-date', /ISK.*2012-05-10/],
  ];
  for (const [from, to, date, code, reason] of cases) {
    it(`${from}→${to} on ${date} → ${code}`, async () => {
      const r = await rates.rate(from, to, date);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.code).toBe(code);
      expect(r.reason).toMatch(reason);
    });
  }

  it('non-string input is a clear error, not a throw', async () => {
    const r = await rates.rate(42 as unknown as string, 'USD', null as unknown as string);
    expect(r.ok).toBe(false);
  });

  it('a failing shard loader becomes provider-error and can be retried', async () => {
    let calls = 0;
    const flaky = createEmbeddedRates({
      ecbLoaders: {
        ...ecbLoaders,
        2025: () => {
          calls++;
          return calls === 1 ? Promise.reject(new Error('offline')) : (ecbLoaders[2025]?.() as never);
        },
      },
    });
    const first = await flaky.rate('EUR', 'USD', '2025-12-19');
    expect(first).toMatchObject({ ok: false, code: 'provider-error' });
    expect(ok(await flaky.rate('EUR', 'USD', '2025-12-19')).rate).toBe(1.1712);
  });

  it('the ECB lookback is bounded (maxLookbackDays, default 10)', async () => {
    const r = await createEmbeddedRates({ maxLookbackDays: 1 }).rate('EUR', 'CZK', '2026-01-04');
    expect(r).toMatchObject({ ok: false, code: 'no-data-for-date' });
    if (!r.ok) expect(r.reason).toMatch(/CZK on 2026-01-04/);
    // 11 days after the last ECB figure (2026-04-13): CZK has no other source.
    expect(await rates.rate('EUR', 'CZK', '2026-04-24')).toMatchObject({
      ok: false,
      code: 'date-out-of-range',
    });
    expect(ok(await rates.rate('EUR', 'CZK', '2026-04-23')).date).toBe('2026-04-13');
  });

  it('after the ECB data ends, EUR and TWD still come from the Fed monthly averages', async () => {
    const q = ok(await rates.rate('EUR', 'TWD', '2026-05-20'));
    expect(q.legs?.every((l) => l.source === 'fed-h10')).toBe(true);
    expect(q.date).toBe('2026-05-01');
  });
});

describe('lazy shards', () => {
  it('loading 2025 data loads only the 2025 shard, once', async () => {
    const calls: string[] = [];
    const counted = Object.fromEntries(
      Object.entries(ecbLoaders).map(([y, load]) => [
        y,
        () => {
          calls.push(`ecb-${y}`);
          return load();
        },
      ]),
    );
    const rates = createEmbeddedRates({
      ecbLoaders: counted,
      fedLoader: () => {
        calls.push('fed-h10');
        return fedLoader();
      },
    });
    await Promise.all([
      rates.rate('EUR', 'USD', '2025-06-16'),
      rates.rate('EUR', 'JPY', '2025-06-16'),
      rates.rate('GBP', 'USD', '2025-03-03'),
    ]);
    expect(calls).toEqual(['ecb-2025']);
    expect(rates.loadedShards()).toEqual(['ecb-2025']);
    await rates.rate('EUR', 'TWD', '2025-06-16');
    expect(calls).toEqual(['ecb-2025', 'fed-h10']);
  });

  it('rateSync answers after preload and asks for a preload otherwise', async () => {
    const rates = createEmbeddedRates();
    const before = rates.rateSync('EUR', 'USD', '2026-01-02');
    expect(before).toMatchObject({ ok: false, code: 'provider-error' });
    if (!before.ok) expect(before.reason).toMatch(/ecb-2026/);
    await rates.preload(['2025', 2026]);
    expect(rates.loadedShards()).toEqual(['ecb-2025', 'ecb-2026', 'fed-h10']);
    expect(ok(rates.rateSync('EUR', 'USD', '2026-01-02')).rate).toBe(1.1721);
    expect(ok(rates.rateSync('EUR', 'TWD', '2025-12-20')).rate).toBeCloseTo(36.71981376, 10);
  });
});

describe('convert', () => {
  it('multiplies by the quote rate without rounding', async () => {
    const r = await convert(40_000, 'EUR', 'TWD', '2025-12-20');
    expect(r.ok).toBe(true);
    // 40,000 × 36.71981376 = 1,468,792.5504: not rounded to the unit or the cent.
    if (r.ok) expect(r.value).toBeCloseTo(1468792.5504, 6);
  });

  it('rejects non-finite amounts and passes provider errors through', async () => {
    expect(await convert(Number.NaN, 'EUR', 'USD', '2026-01-02')).toMatchObject({
      ok: false,
      code: 'invalid-amount',
    });
    expect(await convert(1, 'EUR', 'XYZ', '2026-01-02')).toMatchObject({
      ok: false,
      code: 'unknown-currency',
    });
  });

  it('catches a provider that throws', async () => {
    const broken = {
      id: 'broken',
      rate: () => Promise.reject(new Error('boom')),
    };
    expect(await convert(1, 'EUR', 'USD', '2026-01-02', broken)).toMatchObject({
      ok: false,
      code: 'provider-error',
    });
  });
});

describe('createStaticRates', () => {
  const table = createStaticRates({ base: 'EUR', rates: { USD: 1.2, TWD: 36 }, date: '2026-01-02' });

  it('answers direct and cross rates from the table', async () => {
    expect(ok(await table.rate('EUR', 'USD', '2026-03-01')).rate).toBe(1.2);
    const cross = ok(await table.rate('USD', 'TWD', '2026-03-01'));
    expect(cross.rate).toBe(36 / 1.2);
    expect(cross.via).toBe('EUR');
    expect(cross.date).toBe('2026-01-02');
  });

  it('reports unknown currencies and invalid dates', async () => {
    expect(await table.rate('EUR', 'JPY', '2026-01-02')).toMatchObject({
      ok: false,
      code: 'unknown-currency',
    });
    expect(await table.rate('EUR', 'USD', '2026-13-01')).toMatchObject({ ok: false, code: 'invalid-date' });
  });
});

describe('supportedCurrencies', () => {
  it('lists ECB and Fed currencies with their coverage', () => {
    const list = supportedCurrencies();
    const byCode = new Map(list.map((c) => [c.code, c]));
    expect(byCode.get('EUR')?.first).toBe('1999-01-04');
    expect(byCode.get('EUR')?.sources.map((s) => s.source)).toEqual(['ecb', 'fed-h10']);
    expect(byCode.get('TWD')?.sources.map((s) => s.source)).toEqual(['fed-h10']);
    expect(byCode.get('CNY')?.sources.find((s) => s.source === 'ecb')?.first).toBe('2005-04-01');
    expect(byCode.get('RUB')?.last).toBe('2022-03-01');
    expect(list.length).toBeGreaterThanOrEqual(43);
  });
});

describe('properties', () => {
  // Currencies covered without gaps from 2011-01-03 (ILS start) to the end of the ECB data.
  // ISK is left out: the ECB published no ISK figures from December 2008 to 2018 and the Fed has none.
  const ecbEnd = supportedCurrencies().find((c) => c.code === 'JPY')?.sources[0]?.last ?? '2026-04-13';
  const live = supportedCurrencies()
    .filter((c) => c.first <= '2011-01-03' && c.last >= ecbEnd && c.code !== 'ISK')
    .map((c) => c.code);
  const range = embeddedDataRange();
  const start = Date.UTC(2011, 0, 3);
  const end = Date.parse(`${[range.last, ecbEnd].sort()[0] ?? ecbEnd}T00:00:00Z`);
  const dateArb = fc
    .integer({ min: start / 86_400_000, max: end / 86_400_000 })
    .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

  it('rate(a,b) × rate(b,a) ≈ 1, finite and positive', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...live), fc.constantFrom(...live), dateArb, async (a, b, date) => {
        const ab = await defaultRates.rate(a, b, date);
        const ba = await defaultRates.rate(b, a, date);
        expect(ab.ok, ab.ok ? '' : ab.reason).toBe(true);
        expect(ba.ok, ba.ok ? '' : ba.reason).toBe(true);
        if (!ab.ok || !ba.ok) return;
        expect(Number.isFinite(ab.quote.rate)).toBe(true);
        expect(ab.quote.rate).toBeGreaterThan(0);
        expect(Math.abs(ab.quote.rate * ba.quote.rate - 1)).toBeLessThan(1e-12);
        expect(ab.quote.date <= date).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('over all currencies and the whole range: never throws, symmetric answers, inverse rates', async () => {
    const all = supportedCurrencies().map((c) => c.code);
    const anyDate = fc
      .integer({
        min: Date.UTC(1999, 0, 4) / 86_400_000,
        max: Date.parse(`${range.last}T00:00:00Z`) / 86_400_000,
      })
      .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...all), fc.constantFrom(...all), anyDate, async (a, b, date) => {
        const ab = await defaultRates.rate(a, b, date);
        const ba = await defaultRates.rate(b, a, date);
        expect(ab.ok).toBe(ba.ok);
        if (!ab.ok || !ba.ok) {
          if (!ab.ok) expect(ab.reason.length).toBeGreaterThan(20);
          return;
        }
        expect(Number.isFinite(ab.quote.rate) && ab.quote.rate > 0).toBe(true);
        expect(Math.abs(ab.quote.rate * ba.quote.rate - 1)).toBeLessThan(1e-12);
      }),
      { numRuns: 500 },
    );
  });
});
