import { roundSignificant } from './precision.js';
import { precisionOf } from './tolerance.js';
import type { Figure } from './verdict.js';

/*
 * What rate did the writer use? For a conversion that differs, the implied rate is stated / amount
 * (midpoints). A date "explains" the stated figure when converting the amount at that date's rate
 * gives the stated figure within its written rounding (half a unit in its last place, each bound):
 * "$124 billion" is explained by any rate that turns 901.5 billion yuan into 123.5 to 124.5 billion.
 */

/** One day of the reference history: units of the stated currency per unit of the amount currency. */
export interface HistoryPoint {
  date: string;
  rate: number;
}

export interface ImpliedRate {
  /** stated / amount (midpoints), to 6 significant digits. */
  rate: number;
  /** The date nearest to the briefing's whose rate explains the stated figure, when one does. */
  date?: string;
  /** That date's reference rate. */
  dateRate?: number;
}

const middle = (f: { min: number; max: number }): number => (f.min + f.max) / 2;
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** Does converting `amount` at `rate` give `stated` within its written rounding (each bound)? */
export function explains(amount: Figure, stated: Figure, rate: number): boolean {
  const half = precisionOf(stated) / 2;
  // A hair over half a unit: 0.5 × 1e9 must not fail on float noise at the very edge.
  const slack = half * (1 + 1e-9);
  return (
    Math.abs(amount.min * rate - stated.min) <= slack && Math.abs(amount.max * rate - stated.max) <= slack
  );
}

/**
 * The implied rate of a stated conversion and the date in `history` nearest to `near` whose rate
 * explains it. Linear in the history; never throws.
 */
export function impliedRate(args: {
  amount: Figure;
  stated: Figure;
  near: string;
  history: Iterable<HistoryPoint>;
}): ImpliedRate | undefined {
  const { amount, stated } = args;
  const amountMiddle = middle(amount);
  if (!(amountMiddle > 0) || !(middle(stated) > 0)) return undefined;
  const out: ImpliedRate = { rate: roundSignificant(middle(stated) / amountMiddle, 6) };
  const target = dayNumber(args.near);
  let best: HistoryPoint | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const point of args.history) {
    if (!(point.rate > 0) || !explains(amount, stated, point.rate)) continue;
    const distance = Math.abs(dayNumber(point.date) - target);
    // The earlier date wins a tie: the writer converted before publishing.
    if (distance < bestDistance || (distance === bestDistance && best && point.date < best.date)) {
      best = point;
      bestDistance = distance;
    }
  }
  if (best) {
    out.date = best.date;
    out.dateRate = best.rate;
  }
  return out;
}

/** "7.27 CNY per USD": the rate written the way markets quote it (the larger side per 1 unit). */
export function describeRate(rate: number, from: string, to: string): string {
  const per = rate >= 1 ? { n: rate, a: to, b: from } : { n: 1 / rate, a: from, b: to };
  const digits = per.n >= 100 ? 5 : 3;
  return `${Number(per.n.toPrecision(digits))} ${per.a} per ${per.b}`;
}

/** How far back the history is searched for the rate a writer used. */
export const HISTORY_YEARS = 5;

/** One day's look-up, as a rates provider answers it (a `@briefing/rates` RateResult fits). */
export type DayLookup = (
  date: string,
) => Promise<{ ok: true; quote: { date: string; rate: number } } | { ok: false; code?: string }>;

/**
 * The reference rates for every day from `years` before `date` to `date`, each published figure once
 * (a weekend asks return Friday's). Stops at the provider's first figure. Never throws.
 */
export async function rateHistory(
  lookup: DayLookup,
  date: string,
  years = HISTORY_YEARS,
): Promise<HistoryPoint[]> {
  const points = new Map<string, number>();
  const last = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(last)) return [];
  for (let day = 0; day <= years * 366; day++) {
    const asked = new Date(last - day * 86_400_000).toISOString().slice(0, 10);
    let result: Awaited<ReturnType<DayLookup>>;
    try {
      result = await lookup(asked);
    } catch {
      continue;
    }
    if (!result.ok) {
      // Before the provider's first figure nothing older exists; other failures are single days.
      if (result.code === 'date-out-of-range' && asked < date) break;
      continue;
    }
    if (!points.has(result.quote.date)) points.set(result.quote.date, result.quote.rate);
  }
  return [...points].map(([d, rate]) => ({ date: d, rate }));
}
