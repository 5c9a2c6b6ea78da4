import { LOCAL_SYMBOLS } from './generated/local-symbols.js';
import { REGION_NAMES } from './generated/region-names.js';

/*
 * Each region's currency and the sign its own press writes for it, from CLDR (see
 * scripts/generate-registry.mjs): what a bare `R` or `P` before a figure means depends on where
 * the page comes from, and only the parser asks.
 */

export interface LocalCurrency {
  /** ISO 4217 code of the currency in use. */
  code: string;
  /** The sign as the region's locale writes it (`R`, `฿`, `HK$`). */
  symbol: string;
  /** CLDR's narrow form, when it differs (`ZK` in Zambia, where the symbol is `K`). */
  narrow?: string;
}

// Built on first use: the element's CDN file never asks, so the table stays out of it.
let byRegion: Map<string, LocalCurrency> | undefined;

/** The currency in use in an ISO 3166-1 alpha-2 region and its local sign, or undefined. */
export function localCurrencyOf(region: string): LocalCurrency | undefined {
  if (!byRegion) {
    byRegion = new Map();
    for (const line of LOCAL_SYMBOLS.split('\n')) {
      const [r, code, symbol, narrow] = line.split('|');
      if (!r || !code || !symbol) continue;
      byRegion.set(r, narrow ? { code, symbol, narrow } : { code, symbol });
    }
  }
  return byRegion.get(region.toUpperCase());
}

let names: Map<string, string> | undefined;

/**
 * The English names of the regions of `localCurrencyOf` (CLDR's short forms: `Hong Kong`,
 * `South Africa`), by ISO 3166-1 alpha-2 code: what a page says to name where it comes from.
 */
export function regionNames(): ReadonlyMap<string, string> {
  if (!names) {
    names = new Map();
    for (const line of REGION_NAMES.split('\n')) {
      const [r, name] = line.split('|');
      if (r && name) names.set(r, name);
    }
  }
  return names;
}
