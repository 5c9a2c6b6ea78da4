import type { RateResult } from './types.js';

/**
 * Why a stated conversion could not be checked, in words a program can act on:
 * - `after-newest-data`: the citation date is after the newest rate any source has (`newest`); newer rates
 *   (`briefing rates update`, `--rates FILE`, the element's `rates-src`) fix it;
 * - `currency-not-covered`: no source publishes that currency (`currency`);
 * - `no-date`: the citation has no usable date;
 * - `no-data-for-date`: the sources cover the currency but not that day (before its series, a gap);
 * - `provider-error`: the rates could not be loaded.
 */
export type UncheckedReason =
  | { reason: 'after-newest-data'; newest: string }
  | { reason: 'currency-not-covered'; currency?: string }
  | { reason: 'no-date' }
  | { reason: 'no-data-for-date' }
  | { reason: 'provider-error' };

export type UncheckedReasonCode = UncheckedReason['reason'];

/** The reason for a failed look-up (`undefined`: there was no date to look up). One rule, used everywhere. */
export function uncheckedReason(result: Extract<RateResult, { ok: false }> | undefined): UncheckedReason {
  if (!result) return { reason: 'no-date' };
  switch (result.code) {
    case 'invalid-date':
      return { reason: 'no-date' };
    case 'unknown-currency':
      return result.currency
        ? { reason: 'currency-not-covered', currency: result.currency }
        : { reason: 'currency-not-covered' };
    case 'date-out-of-range':
      return result.newest
        ? { reason: 'after-newest-data', newest: result.newest }
        : { reason: 'no-data-for-date' };
    case 'no-data-for-date':
      return { reason: 'no-data-for-date' };
    default:
      return { reason: 'provider-error' };
  }
}
