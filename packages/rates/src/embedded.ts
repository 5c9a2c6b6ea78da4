import {
  type EcbShard,
  ecbLoaders as defaultEcbLoaders,
  type FedShard,
  fedLoader as defaultFedLoader,
  meta,
} from './data/index.js';
import {
  buildCoverage,
  type CurrencyCoverage,
  dataRange,
  monthStart,
  type RatesDataMeta,
} from './coverage.js';
import { checkDate, monthName, normalizeCode } from './dates.js';
import { ECB_SOURCE, embeddedCoverage, FED_H10_SOURCE, sortedCoverage } from './embedded-data.js';
import { type EcbRow, ecbValue, fedFigure, findEcbRow, type Need, type Shard } from './shard-lookup.js';
import type { RateLeg, RateQuote, RateResult, RatesProvider } from './types.js';
import { withUnchecked } from './unchecked.js';

export {
  ECB_SOURCE,
  embeddedDataRange,
  FED_H10_SOURCE,
  supportedCurrencies,
} from './embedded-data.js';

export type EcbLoader = () => Promise<{ default: EcbShard }>;
export type FedLoader = () => Promise<{ default: FedShard }>;

export interface EmbeddedRatesOptions {
  /** Provider id (default "embedded"). */
  id?: string;
  /** Replace the ECB year loaders (tests, custom data). Keys are years. */
  ecbLoaders?: Record<number, EcbLoader>;
  /** Replace the Fed H.10 loader. */
  fedLoader?: FedLoader;
  /** How many days before the requested date an ECB figure may be (default 10). */
  maxLookbackDays?: number;
  /**
   * What the loaders' data covers (default: the embedded data's). Give it with `ecbLoaders`/`fedLoader` to
   * serve other data in the same shard format (a user's file, a shard folder): see `createShardedRates`.
   */
  meta?: RatesDataMeta;
}

export interface EmbeddedRatesProvider extends RatesProvider {
  /**
   * Loads data shards ahead of time so `rateSync` can answer: the ECB years given (numbers or "2025"), and
   * the Fed H.10 shard unless `{ fed: false }`. Resolves when loaded; rejects if a loader fails.
   */
  preload(years: Iterable<number | string>, options?: { fed?: boolean }): Promise<void>;
  /**
   * Same as `rate`, synchronously, using only shards already loaded. If a needed shard is not loaded yet,
   * returns `{ ok: false, code: 'provider-error' }` naming the shard to preload.
   */
  rateSync(from: string, to: string, date: string): RateResult;
  /** Diagnostic: keys of the shards loaded so far, e.g. ["ecb-2025", "fed-h10"]. */
  loadedShards(): string[];
  /** The currencies this provider's data covers (see `supportedCurrencies`). */
  coverage(): CurrencyCoverage[];
  /** First and last date of this provider's data; undefined when it has none. */
  range(): { first: string; last: string } | undefined;
}

type Fail = Extract<RateResult, { ok: false }>;

/** Units of `code` per 1 USD as a fraction num/den, with the legs that produced it. */
interface UsdSide {
  num: number;
  den: number;
  legs: RateLeg[];
}

const fail = (code: Fail['code'], reason: string, extra: Partial<Fail> = {}): Fail => ({
  ok: false,
  code,
  reason,
  ...extra,
});

const EMPTY_FED: FedShard = { start: '1999-01', months: 0, usdPerUnit: [], rates: {} };

/**
 * The embedded default provider (ECB daily reference rates + Fed H.10 monthly averages). Data shards are
 * loaded lazily, one promise per shard, and cached for the provider's lifetime.
 */
export function createEmbeddedRates(options: EmbeddedRatesOptions = {}): EmbeddedRatesProvider {
  const dataMeta: RatesDataMeta = options.meta ?? meta;
  const ecbLoaders = options.ecbLoaders ?? (options.meta ? {} : defaultEcbLoaders);
  const fedLoader: FedLoader =
    options.fedLoader ?? (options.meta ? async () => ({ default: EMPTY_FED }) : defaultFedLoader);
  const providerCoverage = options.meta ? buildCoverage(options.meta) : embeddedCoverage();
  const coverage = (): Map<string, CurrencyCoverage> => providerCoverage;
  const range = dataRange(dataMeta);
  const lookback = options.maxLookbackDays ?? 10;
  const label = options.meta
    ? `reference rates of "${options.id ?? 'embedded'}"`
    : 'embedded reference rates';
  const loaded = new Map<string, Shard>();
  const pending = new Map<string, Promise<Shard>>();

  function load(key: string): Promise<Shard> {
    const existing = pending.get(key);
    if (existing) return existing;
    let loader: (() => Promise<{ default: Shard }>) | undefined;
    if (key === 'fed-h10') loader = fedLoader;
    else loader = ecbLoaders[Number(key.slice(4))];
    if (!loader) return Promise.reject(new Error(`No loader for shard ${key}`));
    const p = loader().then(
      (mod) => {
        loaded.set(key, mod.default);
        return mod.default;
      },
      (err: unknown) => {
        pending.delete(key);
        throw err;
      },
    );
    pending.set(key, p);
    return p;
  }

  function missingReason(code: string, date: string): Fail {
    const cov = coverage().get(code);
    if (cov && (date < cov.first || date > cov.last)) {
      return fail(
        'date-out-of-range',
        `The ${label} cover ${code} from ${cov.first} to ${cov.last}; ${date} is outside that range.`,
        date > cov.last ? { newest: cov.last } : { oldest: cov.first },
      );
    }
    const hasFed = code in (dataMeta.fed?.currencies ?? {});
    return fail(
      'no-data-for-date',
      `No reference rate for ${code} on ${date}: the ECB published no ${code} figure on that day or in the ${lookback} days before` +
        (hasFed
          ? `, and the Fed H.10 has no ${code} monthly average for ${monthName(date)} or the 2 months before.`
          : ', and the Fed H.10 data has no series for it.'),
    );
  }

  function usdSide(
    code: string,
    side: 'from' | 'to',
    row: EcbRow | null,
    date: string,
  ): UsdSide | Fail | Need {
    if (code === 'USD') return { num: 1, den: 1, legs: [] };
    const usd = ecbValue(row, 'USD');
    const v = ecbValue(row, code);
    if (row && usd !== undefined && v !== undefined) {
      // units of `code` per USD = v / usd (both per 1 EUR)
      const path = code === 'EUR' ? '' : '→EUR';
      const leg: RateLeg =
        side === 'from'
          ? {
              from: code,
              to: 'USD',
              rate: usd / v,
              date: row.date,
              period: 'day',
              source: 'ecb',
              text: `ECB (${code}${path}→USD) ${row.date}`,
            }
          : {
              from: 'USD',
              to: code,
              rate: v / usd,
              date: row.date,
              period: 'day',
              source: 'ecb',
              text: `ECB (USD${path ? '→EUR' : ''}→${code}) ${row.date}`,
            };
      return { num: v, den: usd, legs: [leg] };
    }
    const fed = loaded.get('fed-h10') as FedShard | undefined;
    if (!fed) return { need: 'fed-h10' };
    const f = fedFigure(fed, code, date);
    if (!f) return missingReason(code, date);
    const perUsdNum = f.usdPerUnit ? 1 : f.value;
    const perUsdDen = f.usdPerUnit ? f.value : 1;
    const text = `Fed H.10 monthly average (${side === 'from' ? `${code}→USD` : `USD→${code}`}), ${monthName(f.month)}`;
    const leg: RateLeg =
      side === 'from'
        ? {
            from: code,
            to: 'USD',
            rate: perUsdDen / perUsdNum,
            date: monthStart(f.month),
            period: 'month',
            source: 'fed-h10',
            text,
          }
        : {
            from: 'USD',
            to: code,
            rate: perUsdNum / perUsdDen,
            date: monthStart(f.month),
            period: 'month',
            source: 'fed-h10',
            text,
          };
    return { num: perUsdNum, den: perUsdDen, legs: [leg] };
  }

  function compute(fromIn: string, toIn: string, dateIn: string): RateResult | Need {
    const checked = checkDate(dateIn);
    if (!checked.ok) return fail('invalid-date', checked.reason);
    const date = dateIn;
    const from = normalizeCode(fromIn);
    const to = normalizeCode(toIn);
    for (const [raw, code] of [
      [fromIn, from],
      [toIn, to],
    ] as const) {
      if (!code || !coverage().has(code)) {
        return fail(
          'unknown-currency',
          `"${String(raw)}" is not a currency covered by the ${label} (asked for ${date}); see supportedCurrencies().`,
          code ? { currency: code } : {},
        );
      }
    }
    if (!from || !to) return fail('unknown-currency', 'Missing currency code.');
    if (from === to) {
      return {
        ok: true,
        quote: {
          from,
          to,
          rate: 1,
          date,
          period: 'day',
          source: 'Same currency: no conversion',
          sources: [],
          legs: [],
        },
      };
    }
    if (!range)
      return fail('no-data-for-date', `No reference rate for ${from}→${to}: the ${label} are empty.`);
    if (date < range.first || date > range.last) {
      return fail(
        'date-out-of-range',
        `No reference rate for ${from}→${to} on ${date}: the ${label} cover ${range.first} to ${range.last}.`,
        date > range.last ? { newest: range.last } : { oldest: range.first },
      );
    }

    const row = findEcbRow(checked.day, lookback, ecbLoaders, loaded);
    if (row && 'need' in row) return row;
    const vFrom = ecbValue(row, from);
    const vTo = ecbValue(row, to);
    if (row && vFrom !== undefined && vTo !== undefined) {
      const cross = from !== 'EUR' && to !== 'EUR';
      const legs: RateLeg[] = cross
        ? [
            {
              from,
              to: 'EUR',
              rate: 1 / vFrom,
              date: row.date,
              period: 'day',
              source: 'ecb',
              text: `ECB (${from}→EUR) ${row.date}`,
            },
            {
              from: 'EUR',
              to,
              rate: vTo,
              date: row.date,
              period: 'day',
              source: 'ecb',
              text: `ECB (EUR→${to}) ${row.date}`,
            },
          ]
        : [
            {
              from,
              to,
              rate: vTo / vFrom,
              date: row.date,
              period: 'day',
              source: 'ecb',
              text: `ECB (${from}→${to}) ${row.date}`,
            },
          ];
      const quote: RateQuote = {
        from,
        to,
        rate: vTo / vFrom,
        date: row.date,
        period: 'day',
        source: cross
          ? `ECB euro reference rates ${row.date}, crossed via EUR (${from}→EUR→${to})`
          : `ECB euro reference rate ${row.date}`,
        sources: [ECB_SOURCE],
        legs,
      };
      if (cross) quote.via = 'EUR';
      return { ok: true, quote };
    }

    // Cross through USD: each side as units per 1 USD, from the ECB that day if it has both the currency
    // and USD, else from the Fed H.10 monthly average.
    const a = usdSide(from, 'from', row, date);
    if ('need' in a || 'ok' in a) return a;
    const b = usdSide(to, 'to', row, date);
    if ('need' in b || 'ok' in b) return b;
    const legs = [...a.legs, ...b.legs];
    const rate = (b.num * a.den) / (b.den * a.num);
    const monthLegs = legs.filter((l) => l.period === 'month').sort((x, y) => (x.date < y.date ? -1 : 1));
    const firstMonth = monthLegs[0];
    const usedIds = new Set(legs.map((l) => l.source));
    const quote: RateQuote = {
      from,
      to,
      rate,
      date: firstMonth ? firstMonth.date : (legs[0]?.date ?? date),
      period: firstMonth ? 'month' : 'day',
      source: legs.map((l) => l.text).join(' × '),
      sources: [ECB_SOURCE, FED_H10_SOURCE].filter((s) => usedIds.has(s.id)),
      legs,
    };
    if (from !== 'USD' && to !== 'USD') quote.via = 'USD';
    return { ok: true, quote };
  }

  const shardReason = (key: string, from: string, to: string, date: string, err?: unknown): Fail =>
    fail(
      'provider-error',
      `Could not get the ${from}→${to} rate for ${date}: data shard ${key} ` +
        (err === undefined ? 'is not loaded yet (preload it first).' : `failed to load (${String(err)}).`),
    );

  return {
    id: options.id ?? 'embedded',
    async rate(from, to, date) {
      try {
        for (let i = 0; i < 6; i++) {
          const r = compute(from, to, date);
          if (!('need' in r)) return withUnchecked(r, String(date));
          try {
            await load(r.need);
          } catch (err) {
            return shardReason(r.need, String(from), String(to), String(date), err);
          }
        }
        return fail('provider-error', `Could not resolve the ${from}→${to} rate for ${date}.`);
      } catch (err) {
        return fail('provider-error', `Could not get the ${from}→${to} rate for ${date}: ${String(err)}`);
      }
    },
    rateSync(from, to, date) {
      try {
        const r = compute(from, to, date);
        return withUnchecked(
          'need' in r ? shardReason(r.need, String(from), String(to), String(date)) : r,
          String(date),
        );
      } catch (err) {
        return fail('provider-error', `Could not get the ${from}→${to} rate for ${date}: ${String(err)}`);
      }
    },
    async preload(years, opts = {}) {
      const keys = [...years].map((y) => `ecb-${Number(y)}`).filter((k) => ecbLoaders[Number(k.slice(4))]);
      if (opts.fed !== false) keys.push('fed-h10');
      await Promise.all(keys.map((k) => load(k)));
    },
    loadedShards() {
      return [...loaded.keys()].sort();
    },
    coverage() {
      return sortedCoverage(providerCoverage);
    },
    range() {
      return range ? { ...range } : undefined;
    },
  };
}
