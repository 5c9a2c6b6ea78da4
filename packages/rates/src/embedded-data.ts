import { meta } from './data/index.js';
import { buildCoverage, type CurrencyCoverage, dataRange } from './coverage.js';
import type { RateSource } from './types.js';

/* The embedded data as users see it: its two sources, the currencies it covers, its date range. */

/** The ECB as a RateSource. */
export const ECB_SOURCE: RateSource = {
  id: 'ecb',
  name: meta.ecb.name,
  url: meta.ecb.url,
  attribution: meta.ecb.attribution,
};

/** The Fed H.10 (monthly averages, via FRED) as a RateSource. */
export const FED_H10_SOURCE: RateSource = {
  id: 'fed-h10',
  name: meta.fed.name,
  url: meta.fed.url,
  attribution: meta.fed.attribution,
};

let defaultCoverage: Map<string, CurrencyCoverage> | undefined;
export const embeddedCoverage = (): Map<string, CurrencyCoverage> => {
  defaultCoverage ??= buildCoverage(meta);
  return defaultCoverage;
};

/** The currencies the embedded data covers, with first/last dates overall and per source, sorted by code. */
export function supportedCurrencies(): CurrencyCoverage[] {
  return sortedCoverage(embeddedCoverage());
}

export const sortedCoverage = (map: Map<string, CurrencyCoverage>): CurrencyCoverage[] =>
  [...map.values()]
    .map((c) => ({ ...c, sources: c.sources.map((s) => ({ ...s })) }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));

/** First and last date of the embedded data (any source). */
export function embeddedDataRange(): { first: string; last: string } {
  return dataRange(meta) ?? { first: meta.ecb.first, last: meta.ecb.last };
}
