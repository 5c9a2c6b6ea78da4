import { roundSignificant, roundToPlace } from './precision.js';
import { toleranceOf } from './tolerance.js';

/*
 * The verdict on a stated conversion ("6.2 trillion yuan (approximately $855 billion)"): agrees,
 * differs, or unchecked with a reason. This is the only function that decides one; the parser's
 * `applyRates`, `briefing check`, the validate service and <briefing-feed> all call it, so one
 * figure gets one verdict everywhere.
 *
 *   rate      = the quote's rate to 6 significant digits (a cross rate's float noise is not data; every
 *               caller, with or without a stored `reference`, judges from the same rounded rate);
 *   expected  = amount × rate (each bound), rounded to 6 significant digits (no float noise);
 *   deviation = midpoint of stated / midpoint of expected − 1 (−0.104: the stated figure is 10.4% low);
 *   agrees    when each bound is within the tolerance (tolerance.ts) of its expected bound, so a range
 *               whose midpoint is right but whose bounds are wrong does not pass.
 */

/** An amount or a stated conversion: currency, bounds and (optionally) the written precision. */
export interface Figure {
  currency: string;
  min: number;
  max: number;
  /** Unit in the last written place (1e9 for "124 billion"); read from the numbers when absent. */
  precision?: number | undefined;
}

/** What the verdict needs from a rate quote (a `@briefing/rates` RateQuote has it). */
export interface QuoteLike {
  /** Units of the stated currency per 1 unit of the amount currency. */
  rate: number;
  /** YYYY-MM-DD of the figure actually used. */
  date: string;
  period?: 'day' | 'month' | undefined;
  /** Human text naming the source. */
  source: string;
  /** The quote is the nearest date that has data, not the date asked for. */
  nearest?: boolean | undefined;
}

/**
 * A rate look-up's outcome, as `@briefing/rates` returns it. A failure may already say why
 * (`reason` object with a code); otherwise its `code` and the provider's coverage tell.
 */
export type RateLookup =
  | { ok: true; quote: QuoteLike }
  | {
      ok: false;
      /** The provider's error code ("unknown-currency", "date-out-of-range"...). */
      code?: string | undefined;
      /** A sentence a person understands. */
      reason: string | UncheckedReason;
    };

/** What the provider covers, to tell why a look-up found nothing when it does not say. */
export interface RatesCoverage {
  /** First and last date with data (YYYY-MM-DD). */
  first?: string | undefined;
  last?: string | undefined;
  /** Codes the provider has rates for. */
  currencies?: ReadonlySet<string> | undefined;
}

/**
 * The codes of `UncheckedReason`: the one list, which the schema's `unchecked.code` enum and the
 * rates package's failures both use.
 */
export const UNCHECKED_CODES = [
  'no-date',
  'after-newest-data',
  'before-oldest-data',
  'currency-not-covered',
  'invalid-date',
  'no-rate',
] as const;

/** Why a conversion is unchecked. */
export type UncheckedReason =
  | { code: 'no-date' }
  | { code: 'after-newest-data'; newest: string }
  | { code: 'before-oldest-data'; oldest: string }
  | { code: 'currency-not-covered'; currency: string }
  | { code: 'invalid-date'; date: string }
  | { code: 'no-rate'; detail: string };

// The list and the union name the same codes: either one changed alone fails to compile here.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type UncheckedCodesListed = Holds<Exactly<UncheckedReason['code'], (typeof UNCHECKED_CODES)[number]>>;

export interface CheckedVerdict {
  verdict: 'agrees' | 'differs';
  rate: number;
  rateDate: string;
  rateSource: string;
  period: 'day' | 'month';
  /** The amount converted at the rate, rounded to 6 significant digits. */
  expected: { min: number; max: number };
  deviation: number;
  tolerance: number;
  nearest?: boolean;
}

export interface UncheckedVerdict {
  verdict: 'unchecked';
  reason: UncheckedReason;
  /** The reason as one sentence. */
  message: string;
}

export type ConversionVerdict = CheckedVerdict | UncheckedVerdict;

/** The reason as one sentence for a person. */
export function describeUnchecked(reason: UncheckedReason, from: string, to: string): string {
  switch (reason.code) {
    case 'no-date':
      return 'the briefing has no dated citation or publication date to take a rate for';
    case 'after-newest-data':
      return `the reference rates end on ${reason.newest}, before the briefing's date`;
    case 'before-oldest-data':
      return `the reference rates start on ${reason.oldest}, after the briefing's date`;
    case 'currency-not-covered':
      return `the reference rates do not cover ${reason.currency} (${from}→${to})`;
    case 'invalid-date':
      return `"${reason.date}" is not a valid date`;
    case 'no-rate':
      return reason.detail;
  }
}

/** Why a failed look-up found nothing: the provider's own reason, else derived from its coverage. */
export function uncheckedReason(
  lookup: Extract<RateLookup, { ok: false }>,
  ask: { from: string; to: string; date: string },
  coverage: RatesCoverage = {},
): UncheckedReason {
  if (typeof lookup.reason === 'object') return lookup.reason;
  const { currencies, first, last } = coverage;
  if (lookup.code === 'unknown-currency') {
    const missing = currencies && !currencies.has(ask.from) ? ask.from : ask.to;
    return { code: 'currency-not-covered', currency: currencies ? missing : `${ask.from} or ${ask.to}` };
  }
  if (lookup.code === 'invalid-date') return { code: 'invalid-date', date: ask.date };
  if (lookup.code === 'date-out-of-range' || lookup.code === 'no-data-for-date') {
    if (last && ask.date > last) return { code: 'after-newest-data', newest: last };
    if (first && ask.date < first) return { code: 'before-oldest-data', oldest: first };
  }
  return { code: 'no-rate', detail: lookup.reason };
}

const middle = (range: { min: number; max: number }): number => (range.min + range.max) / 2;

/**
 * The verdict on `stated`, a conversion of `amount`, given the rate date (undefined when the
 * briefing has none) and the look-up for it (`undefined` only when there is no date).
 */
export function judgeConversion(args: {
  amount: Figure;
  stated: Figure;
  date: string | undefined;
  lookup?: RateLookup | undefined;
  coverage?: RatesCoverage | undefined;
}): ConversionVerdict {
  const { amount, stated, date, lookup } = args;
  const unchecked = (reason: UncheckedReason): UncheckedVerdict => ({
    verdict: 'unchecked',
    reason,
    message: describeUnchecked(reason, amount.currency, stated.currency),
  });
  if (!date) return unchecked({ code: 'no-date' });
  if (!lookup) return unchecked({ code: 'no-rate', detail: 'no rate was looked up' });
  if (!lookup.ok) {
    const ask = { from: amount.currency, to: stated.currency, date };
    return unchecked(uncheckedReason(lookup, ask, args.coverage));
  }
  const { quote } = lookup;
  if (!(quote.rate > 0) || !Number.isFinite(quote.rate)) {
    return unchecked({ code: 'no-rate', detail: `the rate ${String(quote.rate)} is not a positive number` });
  }
  const rate = roundSignificant(quote.rate, 6);
  const raw = { min: amount.min * rate, max: amount.max * rate };
  const period = quote.period ?? 'day';
  const parts = toleranceOf({ from: amount.currency, to: stated.currency, stated, period });
  const within = (s: number, e: number): boolean => e !== 0 && Math.abs(s / e - 1) <= parts.total;
  const agrees = within(stated.min, raw.min) && within(stated.max, raw.max);
  const expectedMiddle = middle(raw);
  const verdict: CheckedVerdict = {
    verdict: agrees ? 'agrees' : 'differs',
    rate,
    rateDate: quote.date,
    rateSource: quote.source,
    period,
    expected: { min: roundSignificant(raw.min, 6), max: roundSignificant(raw.max, 6) },
    deviation: expectedMiddle === 0 ? 0 : roundToPlace(middle(stated) / expectedMiddle - 1, 1e-6),
    tolerance: roundToPlace(parts.total, 1e-6),
  };
  if (quote.nearest) verdict.nearest = true;
  return verdict;
}
