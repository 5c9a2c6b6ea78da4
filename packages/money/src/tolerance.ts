import { lastPlaceOf } from './precision.js';

/*
 * How far a stated conversion may sit from the reference and still agree:
 *   rounding  = half a unit in the last place of the stated figure, relative to it ("$124 billion":
 *               0.5/124 = 0.40%; "NT$1.48 million": 0.5/148 = 0.34%; "$3,150": ±5, 0.16%), capped
 *               at 5%. The written precision is used when the parser recorded it, else read from
 *               the number;
 *   allowance = 3% when both currencies are majors (the writer's rate may come from another day or
 *               another source: daily moves against a monthly average reach ~3% at the 99th
 *               percentile for majors), 5% otherwise (emerging currencies move more), plus 1% when
 *               the reference is a monthly average rather than a daily figure.
 */

/** Currencies whose daily moves are small enough for the 3% allowance. */
const MAJORS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ 'USD EUR JPY GBP CHF CAD AUD NZD CNY HKD TWD SGD KRW SEK NOK DKK'.split(' '),
);
export const MAJOR_ALLOWANCE = 0.03;
export const OTHER_ALLOWANCE = 0.05;
export const MONTHLY_EXTRA = 0.01;
/** Cap on the rounding part: "about $100 million" is not read as anything from $50 to $150 million. */
export const MAX_ROUNDING = 0.05;

export interface ToleranceParts {
  /** Half a unit in the last place of the stated figure, relative to it (at most MAX_ROUNDING). */
  rounding: number;
  /** Allowance for the writer's rate being from another day or source. */
  allowance: number;
  total: number;
}

/** The written precision of a figure's bounds (the finer of the two), recorded or read from the numbers. */
export function precisionOf(figure: { min: number; max: number; precision?: number | undefined }): number {
  if (figure.precision !== undefined && figure.precision > 0) return figure.precision;
  return Math.min(lastPlaceOf(figure.min), lastPlaceOf(figure.max));
}

/** The tolerance of a stated conversion from `from` into `to` (see the rule above). */
export function toleranceOf(args: {
  from: string;
  to: string;
  stated: { min: number; max: number; precision?: number | undefined };
  period?: 'day' | 'month' | undefined;
}): ToleranceParts {
  const { min, max } = args.stated;
  const place = precisionOf(args.stated);
  const middle = (Math.abs(min) + Math.abs(max)) / 2;
  const rounding = middle > 0 && Number.isFinite(place) ? Math.min((0.5 * place) / middle, MAX_ROUNDING) : 0;
  let allowance = MAJORS.has(args.from) && MAJORS.has(args.to) ? MAJOR_ALLOWANCE : OTHER_ALLOWANCE;
  if (args.period === 'month') allowance += MONTHLY_EXTRA;
  return { rounding, allowance, total: rounding + allowance };
}
