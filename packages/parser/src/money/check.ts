import {
  type CheckedVerdict,
  impliedRate,
  judgeConversion,
  lastPlaceOf,
  type RateLookup,
  type RatesCoverage,
  rateDateOf,
  rateHistory,
  type ToleranceParts,
  toleranceOf,
  type UncheckedReason,
} from '@briefing/money';
import {
  createEmbeddedRates,
  embeddedDataRange,
  type RateQuote,
  type RatesProvider,
  supportedCurrencies,
  uncheckedReason,
} from '@briefing/rates';
import type { Briefing, BriefingFeed, ConversionReference, MoneyMention } from '@briefing/schema';

/*
 * Checking a stated conversion: the verdict (agrees / differs / unchecked with a reason), the rate
 * date and the tolerance are the money core's (@briefing/money `judgeConversion`, `rateDateOf`,
 * `toleranceOf`); this module looks the rate up and writes the verdict into `reference`.
 */

/** @deprecated Use `toleranceOf` from @briefing/money (the same rule). */
export const tolerance = toleranceOf;
export { lastPlaceOf, type ToleranceParts };

export interface RateIssue {
  briefingId?: string;
  /** Index of the mention in the briefing's `money` and of the conversion in its `stated`. */
  mention: number;
  stated: number;
  text: string;
  /** Why the conversion is unchecked (the money core's reason code). */
  code: UncheckedReason['code'];
  /** The full reason, with its data (the newest date, the currency not covered...). */
  why: UncheckedReason;
  reason: string;
}

export interface ApplyRatesResult {
  feed: BriefingFeed;
  /** Conversions left without `reference`, and why. */
  issues: RateIssue[];
}

/** The date used for a briefing's rates (the money core's rule: first dated citation, else published). */
export const briefingDate = (b: Briefing): string | undefined => rateDateOf(b);

function quoteName(q: RateQuote): string {
  const s = q.source || q.sources.map((x) => x.name).join(' + ');
  return s.length > 300 ? `${s.slice(0, 297)}...` : s;
}

/** The look-up, never throwing: a provider failure is a failed look-up with its message. */
async function lookUp(provider: RatesProvider, from: string, to: string, date: string): Promise<RateLookup> {
  try {
    const result = await provider.rate(from, to, date);
    // The rates package says why a look-up found nothing (its `uncheckedReason`); the verdict keeps it.
    if (!result.ok) return { ok: false, code: result.code, reason: uncheckedReason(result, date) };
    const q = result.quote;
    return {
      ok: true,
      quote: {
        rate: q.rate,
        date: q.date,
        period: q.period,
        source: quoteName(q),
        nearest: q.nearest !== undefined,
      },
    };
  } catch (err) {
    return {
      ok: false,
      code: 'provider-error',
      reason: `Rates provider "${provider.id}" failed: ${String(err)}`,
    };
  }
}

/** What the embedded provider covers, so an unchecked verdict can say why (after its newest data...). */
let embedded: RatesCoverage | undefined;
export function embeddedCoverage(): RatesCoverage {
  embedded ??= { ...embeddedDataRange(), currencies: new Set(supportedCurrencies().map((c) => c.code)) };
  return embedded;
}

/**
 * Checks each stated conversion of one mention at `date` (YYYY-MM-DD). Returns a new mention with
 * `reference` filled where a rate was found, and the reasons for the others. Never throws.
 */
export async function checkConversion(
  mention: MoneyMention,
  date: string | undefined,
  provider: RatesProvider = defaultProvider(),
  coverage: RatesCoverage | undefined = provider === shared ? embeddedCoverage() : undefined,
): Promise<{ mention: MoneyMention; issues: Omit<RateIssue, 'mention' | 'briefingId'>[] }> {
  const issues: Omit<RateIssue, 'mention' | 'briefingId'>[] = [];
  const stated: MoneyMention['stated'] = [];
  for (let j = 0; j < mention.stated.length; j++) {
    const s = mention.stated[j];
    if (!s) continue;
    const { reference: _old, unchecked: _oldReason, ...plain } = s;
    const lookup = date ? await lookUp(provider, mention.amount.currency, s.currency, date) : undefined;
    const verdict = judgeConversion({ amount: mention.amount, stated: s, date, lookup, coverage });
    if (verdict.verdict === 'unchecked') {
      const detail = verdict.reason.code === 'no-rate' ? verdict.reason.detail : verdict.message;
      issues.push({
        stated: j,
        text: s.text ?? `${s.currency} ${s.min}`,
        code: verdict.reason.code,
        why: verdict.reason,
        reason: `"${mention.text}": ${detail}`,
      });
      stated.push({ ...plain, unchecked: feedReason(verdict.reason) });
      continue;
    }
    const reference = referenceOf(verdict);
    if (verdict.verdict === 'differs' && date) {
      const history = await rateHistory(
        (day) => lookUp(provider, mention.amount.currency, s.currency, day),
        date,
      );
      const implied = impliedRate({ amount: mention.amount, stated: s, near: date, history });
      if (implied)
        reference.impliedRate = implied.date
          ? { rate: implied.rate, date: implied.date }
          : { rate: implied.rate };
    }
    stated.push({ ...plain, reference });
  }
  return { mention: { ...mention, stated }, issues };
}

/** The reason as the feed carries it (the schema caps `detail` at 500 characters). */
function feedReason(why: UncheckedReason): UncheckedReason {
  if (why.code !== 'no-rate' || why.detail.length <= 500) return why;
  return { code: 'no-rate', detail: `${why.detail.slice(0, 497)}...` };
}

/** The schema's `reference` for a checked verdict. */
function referenceOf(v: CheckedVerdict): ConversionReference {
  const reference: ConversionReference = {
    rate: v.rate,
    rateDate: v.rateDate,
    rateSource: v.rateSource.length > 300 ? `${v.rateSource.slice(0, 297)}...` : v.rateSource,
    expected: v.expected,
    deviation: v.deviation,
    tolerance: v.tolerance,
    agrees: v.verdict === 'agrees',
  };
  if (v.period === 'month') reference.ratePeriod = 'month';
  if (v.nearest) reference.nearest = true;
  return reference;
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
    const date = rateDateOf(b);
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
  verdict: 'agrees' | 'differs' | 'unchecked';
}

/** Every stated conversion of a feed as a flat row (after applyRates; unchecked rows have no rate). */
export function listConversions(feed: BriefingFeed): ConversionRow[] {
  const rows: ConversionRow[] = [];
  for (const b of feed.items) {
    const date = rateDateOf(b);
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
          verdict: s.reference ? (s.reference.agrees ? 'agrees' : 'differs') : 'unchecked',
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
