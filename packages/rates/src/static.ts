import { checkDate, normalizeCode } from './dates.js';
import type { RateResult, RateSource, RatesProvider } from './types.js';
import { withUnchecked } from './unchecked.js';

export interface StaticRatesTable {
  /** The currency the figures are quoted against (e.g. "EUR"): each figure is units per 1 `base`. */
  base: string;
  /** Units of each currency per 1 unit of `base`, e.g. `{ USD: 1.1721, TWD: 36.8 }`. */
  rates: Record<string, number>;
  /** The date the figures belong to (YYYY-MM-DD). When omitted, quotes report the requested date. */
  date?: string;
  /** Where the figures come from (default: "Static rates table"). */
  source?: RateSource;
  /** Provider id (default "static"). */
  id?: string;
}

/**
 * A tiny provider over a fixed table (tests, or a site's own rates for the widget's `rates` property).
 * The same figures answer every date; cross rates go through `base`.
 */
export function createStaticRates(table: StaticRatesTable): RatesProvider {
  const base = normalizeCode(table.base) ?? 'XXX';
  const values = new Map<string, number>([[base, 1]]);
  for (const [code, v] of Object.entries(table.rates)) {
    const c = normalizeCode(code);
    if (c && typeof v === 'number' && Number.isFinite(v) && v > 0) values.set(c, v);
  }
  const source: RateSource = table.source ?? {
    id: 'static',
    name: 'Static rates table',
    attribution: 'Source: static rates table',
  };
  return {
    id: table.id ?? 'static',
    async rate(fromIn, toIn, date) {
      const checked = checkDate(date);
      if (!checked.ok)
        return withUnchecked({ ok: false, code: 'invalid-date', reason: checked.reason }, String(date));
      const from = normalizeCode(fromIn);
      const to = normalizeCode(toIn);
      const vFrom = from ? values.get(from) : undefined;
      const vTo = to ? values.get(to) : undefined;
      if (!from || vFrom === undefined || !to || vTo === undefined) {
        const bad = !from || vFrom === undefined ? fromIn : toIn;
        return withUnchecked(
          {
            ok: false,
            code: 'unknown-currency',
            reason: `"${String(bad)}" is not in the static rates table (asked for ${date}).`,
            ...(normalizeCode(bad) ? { currency: normalizeCode(bad) } : {}),
          },
          date,
        );
      }
      const quoteDate = table.date ?? date;
      const result: RateResult = {
        ok: true,
        quote: {
          from,
          to,
          rate: from === to ? 1 : vTo / vFrom,
          date: quoteDate,
          period: 'day',
          source: `${source.name} ${quoteDate}`,
          sources: from === to ? [] : [source],
        },
      };
      if (from !== base && to !== base && from !== to && (base === 'EUR' || base === 'USD')) {
        result.quote.via = base;
      }
      return result;
    },
  };
}
