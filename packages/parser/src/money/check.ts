import { createEmbeddedRates, type RateQuote, type RatesProvider, uncheckedReason } from '@briefing/rates';
import type { Briefing, BriefingFeed, MoneyMention, Unchecked } from '@briefing/schema';

/*
 * Checking a stated conversion.
 *
 * rate      units of the stated currency per 1 unit of the amount currency, from the provider, for
 *           the date of the briefing's first citation (the provider reports the date it actually used).
 * expected  {min: amount.min × rate, max: amount.max × rate}.
 * deviation signed fraction on the midpoints: (stated.min + stated.max) / (expected.min + expected.max) − 1.
 *           For a single amount that is simply stated / expected − 1 (−0.104: the stated figure is
 *           10.4% low).
 * tolerance rounding + allowance, where
 *           rounding  = half a unit in the last place of the stated figure, relative to it ("$124
 *                       billion": 0.5/124 = 0.40%; "NT$1.48 million": 0.5/148 = 0.34%; trailing zeros
 *                       of a whole number count as rounding: "$3,150" is ±5, 0.16%), capped at 5%.
 *                       The amount is taken as written: the conversion was made from that figure;
 *           allowance = 3% when both currencies are majors (the writer's rate may come from another
 *                       day or another source: daily moves against a monthly average reach ~3% at the
 *                       99th percentile for majors), 5% otherwise (emerging currencies move more),
 *                       plus 1% when the reference is a monthly average rather than a daily figure.
 * agrees    every bound agrees: |stated.min / expected.min − 1| ≤ tolerance and the same for max
 *           (so a range whose midpoint is right but whose bounds are swapped or wrong does not pass).
 */

/** Currencies whose daily moves are small enough for the 3% allowance. */
const MAJORS = new Set([
  'USD',
  'EUR',
  'JPY',
  'GBP',
  'CHF',
  'CAD',
  'AUD',
  'NZD',
  'CNY',
  'HKD',
  'TWD',
  'SGD',
  'KRW',
  'SEK',
  'NOK',
  'DKK',
]);
export const MAJOR_ALLOWANCE = 0.03;
export const OTHER_ALLOWANCE = 0.05;
export const MONTHLY_EXTRA = 0.01;

export interface ToleranceParts {
  /** Half a unit in the last place of the stated figure, relative to it (at most MAX_ROUNDING). */
  rounding: number;
  /** Allowance for the writer's rate being from another day or source. */
  allowance: number;
  total: number;
}

/** Cap on the rounding part: "about $100 million" is not read as anything from $50 to $150 million. */
export const MAX_ROUNDING = 0.05;

/**
 * The tolerance of a stated conversion (see the rule above). The unit in the last place is read from
 * the stated bounds (the finer of the two: "$110 billion to $111 billion" is to the billion).
 */
export function tolerance(args: {
  from: string;
  to: string;
  stated: { min: number; max: number };
  period?: 'day' | 'month';
}): ToleranceParts {
  const { min, max } = args.stated;
  const ulp = Math.min(lastPlaceOf(min), lastPlaceOf(max));
  const mid = (Math.abs(min) + Math.abs(max)) / 2;
  const rounding = mid > 0 ? Math.min((0.5 * ulp) / mid, MAX_ROUNDING) : 0;
  let allowance = MAJORS.has(args.from) && MAJORS.has(args.to) ? MAJOR_ALLOWANCE : OTHER_ALLOWANCE;
  if (args.period === 'month') allowance += MONTHLY_EXTRA;
  return { rounding, allowance, total: rounding + allowance };
}

/**
 * Unit in the last significant place of a figure: 124e9 → 1e9, 1.48e6 → 1e4, 3150 → 10 (trailing
 * zeros of a whole number are read as rounding), 8.5 → 0.1.
 */
export function lastPlaceOf(x: number): number {
  if (!Number.isFinite(x) || x === 0) return Number.POSITIVE_INFINITY;
  const [mant = '', e] = Math.abs(x).toPrecision(15).split('e');
  const exp = e === undefined ? 0 : Number(e);
  const dot = mant.indexOf('.');
  const intLen = dot < 0 ? mant.length : dot;
  const significant = mant.replace('.', '').replace(/0+$/, '').length;
  return 10 ** (intLen - significant + exp);
}

export interface RateIssue {
  briefingId?: string;
  /** Index of the mention in the briefing's `money` and of the conversion in its `stated`. */
  mention: number;
  stated: number;
  text: string;
  code:
    | 'no-date'
    | 'unknown-currency'
    | 'no-data-for-date'
    | 'date-out-of-range'
    | 'invalid-date'
    | 'provider-error';
  reason: string;
}

export interface ApplyRatesResult {
  feed: BriefingFeed;
  /** Conversions left without `reference`, and why. */
  issues: RateIssue[];
}

/** The date used for a briefing's rates: its first citation's date, else its published date. */
export function briefingDate(b: Briefing): string | undefined {
  const d = b.sources[0]?.date ?? (typeof b.published === 'string' ? b.published.slice(0, 10) : undefined);
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : undefined;
}

function quoteName(q: RateQuote): string {
  const s = q.source || q.sources.map((x) => x.name).join(' + ');
  return s.length > 300 ? `${s.slice(0, 297)}...` : s;
}

/**
 * Checks each stated conversion of one mention at `date` (YYYY-MM-DD). Returns a new mention with
 * `reference` filled where a rate was found, and the reasons for the others. Never throws.
 */
export async function checkConversion(
  mention: MoneyMention,
  date: string | undefined,
  provider: RatesProvider = defaultProvider(),
): Promise<{ mention: MoneyMention; issues: Omit<RateIssue, 'mention' | 'briefingId'>[] }> {
  const issues: Omit<RateIssue, 'mention' | 'briefingId'>[] = [];
  const stated: MoneyMention['stated'] = [];
  for (let j = 0; j < mention.stated.length; j++) {
    const s = mention.stated[j];
    if (!s) continue;
    const { reference: _old, unchecked: _oldReason, ...plain } = s;
    const label = s.text ?? `${s.currency} ${s.min}`;
    if (!date) {
      issues.push({
        stated: j,
        text: label,
        code: 'no-date',
        reason: `"${mention.text}": the briefing has no citation date to take a rate for.`,
      });
      stated.push({ ...plain, unchecked: uncheckedReason(undefined) });
      continue;
    }
    let result: Awaited<ReturnType<RatesProvider['rate']>>;
    try {
      result = await provider.rate(mention.amount.currency, s.currency, date);
    } catch (err) {
      result = {
        ok: false,
        code: 'provider-error',
        reason: `Rates provider "${provider.id}" failed: ${String(err)}`,
      };
    }
    if (!result.ok || !(result.quote.rate > 0) || !Number.isFinite(result.quote.rate)) {
      const code = result.ok ? 'provider-error' : result.code;
      const reason = result.ok ? `Rates provider "${provider.id}" returned an unusable rate.` : result.reason;
      issues.push({ stated: j, text: label, code, reason: `"${mention.text}": ${reason}` });
      stated.push({ ...plain, unchecked: feedReason(result.ok ? undefined : result, reason, date) });
      continue;
    }
    const q = result.quote;
    const expected = { min: mention.amount.min * q.rate, max: mention.amount.max * q.rate };
    const deviation = (s.min + s.max) / (expected.min + expected.max) - 1;
    const parts = tolerance({ from: mention.amount.currency, to: s.currency, stated: s, period: q.period });
    const agrees =
      Math.abs(s.min / expected.min - 1) <= parts.total && Math.abs(s.max / expected.max - 1) <= parts.total;
    stated.push({
      ...plain,
      reference: {
        rate: q.rate,
        rateDate: q.date,
        rateSource: quoteName(q),
        expected,
        deviation,
        tolerance: parts.total,
        agrees,
        ...(q.nearest ? { nearest: true } : {}),
      },
    });
  }
  return { mention: { ...mention, stated }, issues };
}

/** The reason as the feed carries it (the schema caps `detail` at 500 characters). */
function feedReason(
  failure: Extract<Awaited<ReturnType<RatesProvider['rate']>>, { ok: false }> | undefined,
  reason: string,
  date: string,
): Unchecked {
  const why = failure ? uncheckedReason(failure, date) : ({ code: 'no-rate', detail: reason } as const);
  if (why.code !== 'no-rate' || why.detail.length <= 500) return why;
  return { code: 'no-rate', detail: `${why.detail.slice(0, 497)}...` };
}

let shared: RatesProvider | undefined;
function defaultProvider(): RatesProvider {
  shared ??= createEmbeddedRates();
  return shared;
}

/**
 * Checks every stated conversion of every briefing against `provider` (default: the embedded ECB +
 * Fed H.10 rates) at the briefing's first citation date. Returns a new feed and the conversions that
 * could not be checked with the reason. Never throws.
 */
export async function checkFeedConversions(
  feed: BriefingFeed,
  provider: RatesProvider = defaultProvider(),
): Promise<ApplyRatesResult> {
  const issues: RateIssue[] = [];
  const items: Briefing[] = [];
  for (const b of feed.items) {
    if (!b.money.some((m) => m.stated.length > 0)) {
      items.push(b);
      continue;
    }
    const date = briefingDate(b);
    const money: MoneyMention[] = [];
    for (let i = 0; i < b.money.length; i++) {
      const m = b.money[i];
      if (!m) continue;
      if (m.stated.length === 0) {
        money.push(m);
        continue;
      }
      const r = await checkConversion(m, date, provider);
      money.push(r.mention);
      for (const x of r.issues) issues.push({ briefingId: b.id, mention: i, ...x });
    }
    items.push({ ...b, money });
  }
  return { feed: { ...feed, items }, issues };
}

/** Fills `reference` on every stated conversion it can (see checkFeedConversions for the reasons). */
export async function applyRates(feed: BriefingFeed, provider?: RatesProvider): Promise<BriefingFeed> {
  return (await checkFeedConversions(feed, provider)).feed;
}

/** One row of the `briefing check` table. */
export interface ConversionRow {
  briefingId: string;
  field: 'title' | 'body';
  paragraph: number;
  /** The mention as written. */
  text: string;
  date?: string;
  from: string;
  amount: { min: number; max: number };
  to: string;
  stated: { min: number; max: number };
  approximate: boolean;
  rate?: number;
  rateDate?: string;
  rateSource?: string;
  expected?: { min: number; max: number };
  deviation?: number;
  tolerance?: number;
  verdict: 'agrees' | 'disagrees' | 'unchecked';
}

/** Every stated conversion of a feed as a flat row (after applyRates; unchecked rows have no rate). */
export function listConversions(feed: BriefingFeed): ConversionRow[] {
  const rows: ConversionRow[] = [];
  for (const b of feed.items) {
    const date = briefingDate(b);
    for (const m of b.money) {
      for (const s of m.stated) {
        const row: ConversionRow = {
          briefingId: b.id,
          field: m.at.field ?? 'body',
          paragraph: m.at.paragraph,
          text: m.text,
          from: m.amount.currency,
          amount: { min: m.amount.min, max: m.amount.max },
          to: s.currency,
          stated: { min: s.min, max: s.max },
          approximate: s.approximate,
          verdict: s.reference ? (s.reference.agrees ? 'agrees' : 'disagrees') : 'unchecked',
        };
        if (date) row.date = date;
        const r = s.reference;
        if (r) {
          row.rate = r.rate;
          row.rateDate = r.rateDate;
          row.rateSource = r.rateSource;
          row.expected = r.expected;
          row.deviation = r.deviation;
          if (r.tolerance !== undefined) row.tolerance = r.tolerance;
        }
        rows.push(row);
      }
    }
  }
  return rows;
}
