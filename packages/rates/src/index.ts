import { createEmbeddedRates, type EmbeddedRatesProvider } from './embedded.js';
import { mergeRates } from './merge.js';
import { createFetchedRates } from './sharded.js';
import type { RateErrorCode, RateQuote, RatesProvider } from './types.js';

export type { CurrencyCoverage, RatesDataMeta, SourceCoverage } from './coverage.js';
export {
  createEmbeddedRates,
  ECB_SOURCE,
  type EcbLoader,
  type EmbeddedRatesOptions,
  type EmbeddedRatesProvider,
  embeddedDataRange,
  FED_H10_SOURCE,
  type FedLoader,
  supportedCurrencies,
} from './embedded.js';
export { createStaticRates, type StaticRatesTable } from './static.js';
export type { RateErrorCode, RateLeg, RateQuote, RateResult, RateSource, RatesProvider } from './types.js';

/** The shared default provider (embedded ECB + Fed H.10 data, loaded lazily on first use). */
export const defaultRates: EmbeddedRatesProvider = /* @__PURE__ */ createEmbeddedRates();

export type ConvertResult =
  | { ok: true; value: number; quote: RateQuote }
  | { ok: false; code: RateErrorCode | 'invalid-amount'; reason: string };

/**
 * Converts `amount` of `from` into `to` with the rate for `date` (YYYY-MM-DD). Plain number arithmetic:
 * `value = amount × quote.rate`, nothing rounded. Never throws.
 */
export async function convert(
  amount: number,
  from: string,
  to: string,
  date: string,
  provider: RatesProvider = defaultRates,
): Promise<ConvertResult> {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) {
    return {
      ok: false,
      code: 'invalid-amount',
      reason: `The amount ${String(amount)} is not a finite number.`,
    };
  }
  try {
    const r = await provider.rate(from, to, date);
    if (!r.ok) return r;
    return { ok: true, value: amount * r.quote.rate, quote: r.quote };
  } catch (err) {
    return {
      ok: false,
      code: 'provider-error',
      reason: `Rates provider "${provider.id}" failed for ${from}→${to} on ${date}: ${String(err)}`,
    };
  }
}

export { type MergeRatesOptions, mergeRates } from './merge.js';
export {
  FED_COUNTRIES,
  FED_USD_PER_UNIT,
  FRED_MONTHLY_SERIES,
  mergeTables,
  RatesFormatError,
  type RatesTable,
  readEcbCsv,
  readEcbXml,
  readFredCsv,
  readRatesFile,
  readRatesText,
} from './readers/index.js';
export {
  createFetchedRates,
  createFileRates,
  createShardedRates,
  createTableRates,
  type ShardFileLoader,
} from './sharded.js';
export { checkShardIndex, type ShardIndex, type ShardSet, shardsToTable, tableToShards } from './shards.js';
export { type UncheckedCode, type UncheckedReason, uncheckedReason } from './unchecked.js';
export type { EcbShard, FedShard } from './data/types.js';
export { embeddedMeta, loadEmbeddedTable } from './embedded-table.js';

/**
 * A rates folder at `url` (`briefing rates export`) over the embedded rates: what the element's `rates-src`
 * uses. The folder's index loads on the first look-up; if it fails to load, dates only it could answer
 * come back `provider-error` with that failure as the reason (and it is tried again on the next look-up),
 * while the embedded data still answers the dates it covers.
 */
export function createSiteRates(url: string | URL, options: { fetch?: typeof fetch } = {}): RatesProvider {
  let folder: Promise<RatesProvider> | undefined;
  const load = (): Promise<RatesProvider> => {
    folder ??= createFetchedRates(url, options).catch((error: unknown): RatesProvider => {
      folder = undefined;
      const why = error instanceof Error ? error.message : String(error);
      return {
        id: String(url),
        rate: async () => ({
          ok: false,
          code: 'provider-error',
          reason: `The rates at ${String(url)} could not be loaded: ${why}`,
        }),
      };
    });
    return folder;
  };
  return {
    id: `${String(url)} + embedded`,
    async rate(from, to, date) {
      return mergeRates([await load(), defaultRates]).rate(from, to, date);
    },
  };
}
