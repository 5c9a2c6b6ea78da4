import type { Coverage } from './data/types.js';
import { fromDayNumber } from './dates.js';

/**
 * What a data set covers: the ECB part (daily, YYYY-MM-DD) and the Fed H.10 part (monthly, YYYY-MM), each
 * with per-currency first/last. The embedded data's generated `meta` has this shape; so does the index of a
 * shard folder (`briefing rates export`, `briefing rates update`) and a data set read from a user's file.
 */
export interface RatesDataMeta {
  ecb?: { first: string; last: string; currencies: Record<string, Coverage> };
  fed?: { first: string; last: string; currencies: Record<string, Coverage> };
}

export interface SourceCoverage {
  source: 'ecb' | 'fed-h10';
  /** YYYY-MM-DD of the first figure (Fed: first day of the first month). */
  first: string;
  /** YYYY-MM-DD of the last figure (Fed: last day of the last month). */
  last: string;
  period: 'day' | 'month';
}

export interface CurrencyCoverage {
  /** ISO 4217 code. */
  code: string;
  /** Earliest date any source covers. */
  first: string;
  /** Latest date any source covers. */
  last: string;
  sources: SourceCoverage[];
}

export const monthStart = (m: string): string => `${m.slice(0, 7)}-01`;
export const monthEnd = (m: string): string => {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  return fromDayNumber(Math.round(Date.UTC(y, mo, 0) / 86_400_000));
};

export function buildCoverage(meta: RatesDataMeta): Map<string, CurrencyCoverage> {
  const map = new Map<string, CurrencyCoverage>();
  const add = (code: string, s: SourceCoverage): void => {
    const c = map.get(code);
    if (!c) {
      map.set(code, { code, first: s.first, last: s.last, sources: [s] });
      return;
    }
    c.sources.push(s);
    if (s.first < c.first) c.first = s.first;
    if (s.last > c.last) c.last = s.last;
  };
  const { ecb, fed } = meta;
  if (ecb) {
    add('EUR', { source: 'ecb', first: ecb.first, last: ecb.last, period: 'day' });
    for (const [code, cov] of Object.entries(ecb.currencies)) {
      add(code, { source: 'ecb', first: cov.first, last: cov.last, period: 'day' });
    }
  }
  if (fed) {
    // When there is ECB data, the data set starts with it (1999-01-04 embedded); Fed months are clamped to it.
    const clamp = (d: string): string => (ecb && d < ecb.first ? ecb.first : d);
    add('USD', {
      source: 'fed-h10',
      first: clamp(monthStart(fed.first)),
      last: monthEnd(fed.last),
      period: 'month',
    });
    for (const [code, cov] of Object.entries(fed.currencies)) {
      add(code, {
        source: 'fed-h10',
        first: clamp(monthStart(cov.first)),
        last: monthEnd(cov.last),
        period: 'month',
      });
    }
  }
  return map;
}

/** First and last date of a data set (any source); undefined for an empty one. */
export function dataRange(meta: RatesDataMeta): { first: string; last: string } | undefined {
  const firsts: string[] = [];
  const lasts: string[] = [];
  if (meta.ecb) {
    firsts.push(meta.ecb.first);
    lasts.push(meta.ecb.last);
  }
  if (meta.fed) {
    firsts.push(
      meta.ecb && monthStart(meta.fed.first) < meta.ecb.first ? meta.ecb.first : monthStart(meta.fed.first),
    );
    lasts.push(monthEnd(meta.fed.last));
  }
  if (firsts.length === 0) return undefined;
  return { first: firsts.sort()[0]!, last: lasts.sort().at(-1)! };
}
