import type { UncheckedReason } from './unchecked.js';

/** Where a figure comes from. `attribution` is the text to show next to any figure from this source. */
export type RateSource = {
  id: 'ecb' | 'fed-h10' | (string & {});
  name: string;
  url?: string;
  attribution: string;
};

/** A rate between two currencies for a date: what a quote and each step of it have in common. */
interface RateFigure {
  from: string;
  to: string;
  /** Units of `to` per 1 unit of `from`. */
  rate: number;
  /** YYYY-MM-DD of the figure (first day of the month for monthly figures). */
  date: string;
  period: 'day' | 'month';
}

/** One step of a quote's path, e.g. EUR→USD from the ECB, then USD→TWD from the Fed. */
export interface RateLeg extends RateFigure {
  /** The RateSource id. */
  source: string;
  /** Human text for this step, e.g. "ECB (EUR→USD) 2025-12-19". */
  text: string;
}

export interface RateQuote extends RateFigure {
  /**
   * YYYY-MM-DD of the figure actually used: for ECB the business day; for a Fed H.10 monthly average the
   * first day of the month (with `period: 'month'`). When a quote combines a daily ECB leg with a monthly
   * Fed leg, this is the month of the Fed leg and `period` is `'month'`; every leg's own date is in `legs`.
   */
  date: string;
  /** Human text, e.g. "ECB euro reference rate 2026-01-02". */
  source: string;
  sources: RateSource[];
  /** The pivot currency of a cross rate. */
  via?: 'EUR' | 'USD';
  /** The steps of the quote with their own dates and sources (absent for same-currency quotes). */
  legs?: RateLeg[];
  /**
   * Set when the requested date is after the newest data and the caller allowed the latest rate instead
   * (`mergeRates(..., { nearestDays })`): the date asked for. `date` is then the newest figure's date.
   */
  nearest?: { requested: string };
}

export type RateErrorCode =
  | 'unknown-currency'
  | 'no-data-for-date'
  | 'date-out-of-range'
  | 'invalid-date'
  | 'provider-error';

export type RateResult =
  | { ok: true; quote: RateQuote }
  | {
      ok: false;
      code: RateErrorCode;
      /** A sentence a person understands, naming the currency and date. */
      reason: string;
      /** With `date-out-of-range` for a date after the data: the newest date the data covers. */
      newest?: string;
      /** With `date-out-of-range` for a date before the data: the oldest date the data covers. */
      oldest?: string;
      /** With `unknown-currency`: the code no source covers. */
      currency?: string;
      /** Why, for a program (set by this package's providers; see `uncheckedReason`). */
      unchecked?: UncheckedReason;
    };

export interface RatesProvider {
  readonly id: string;
  rate(from: string, to: string, date: string): Promise<RateResult>;
}
