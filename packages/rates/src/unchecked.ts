import type { UncheckedReason } from '@briefing/money';
import type { RateResult } from './types.js';

/**
 * Why a stated conversion could not be checked, in terms a program can act on (the money core's
 * `UncheckedReason`, `code` plus its detail):
 * - `no-date`: the citation has no date;
 * - `after-newest-data`: the date is after the newest rate any source has (`newest`); newer rates
 *   (`briefing rates update`, `--rates FILE`, the element's `rates-src`) fix it;
 * - `before-oldest-data`: the date is before the oldest rate (`oldest`);
 * - `currency-not-covered`: no source publishes that currency (`currency`);
 * - `invalid-date`: the date is not a real YYYY-MM-DD date (`date`);
 * - `no-rate`: anything else (a gap in the data, a provider that failed), with the provider's sentence.
 */
export type { UncheckedReason };

export type UncheckedCode = UncheckedReason['code'];

/**
 * The reason for a failed look-up of `date` (`undefined`: there was no date to look up). The one place
 * that reads a provider's failure codes.
 */
export function uncheckedReason(
  failure: Extract<RateResult, { ok: false }> | undefined,
  date?: string,
): UncheckedReason {
  if (!failure) return { code: 'no-date' };
  if (failure.unchecked) return failure.unchecked;
  switch (failure.code) {
    case 'invalid-date':
      if (date) return { code: 'invalid-date', date };
      break;
    case 'unknown-currency':
      if (failure.currency) return { code: 'currency-not-covered', currency: failure.currency };
      break;
    case 'date-out-of-range':
      if (failure.newest) return { code: 'after-newest-data', newest: failure.newest };
      if (failure.oldest) return { code: 'before-oldest-data', oldest: failure.oldest };
      break;
  }
  return { code: 'no-rate', detail: failure.reason };
}

/** The result with `unchecked` set on a failure (what this package's providers return). */
export function withUnchecked(result: RateResult, date: string): RateResult {
  return result.ok || result.unchecked ? result : { ...result, unchecked: uncheckedReason(result, date) };
}
