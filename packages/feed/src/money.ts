import type { Briefing, BriefingFeed, MoneyMention, StatedConversion } from '@briefing/schema';
import type { RateQuote, RateResult, RatesProvider, UncheckedReason } from '@briefing/rates';

/** A run of paragraph text, or a money mention inside it. */
export type Segment =
  | { text: string; mention?: undefined }
  | { text: string; mention: MoneyMention; index: number };

/**
 * Splits a paragraph at its money mentions. Mentions that overlap an earlier one, fall outside the
 * text, or do not match it are left as plain text, so hostile offsets can never drop characters.
 */
export function segmentParagraph(
  paragraph: string,
  paragraphIndex: number,
  money: readonly MoneyMention[],
): Segment[] {
  const here: { mention: MoneyMention; index: number }[] = [];
  money.forEach((mention, index) => {
    if (mention.at.field !== 'title' && mention.at.paragraph === paragraphIndex)
      here.push({ mention, index });
  });
  if (here.length === 0) return [{ text: paragraph }];
  here.sort((a, b) => a.mention.at.start - b.mention.at.start);
  const out: Segment[] = [];
  let cursor = 0;
  for (const { mention, index } of here) {
    const { start, end } = mention.at;
    if (start < cursor || end > paragraph.length || start >= end) continue;
    if (paragraph.slice(start, end) !== mention.text) continue;
    if (start > cursor) out.push({ text: paragraph.slice(cursor, start) });
    out.push({ text: mention.text, mention, index });
    cursor = end;
  }
  if (cursor < paragraph.length) out.push({ text: paragraph.slice(cursor) });
  return out;
}

/** The date whose rates apply to a briefing: its citation's date, else its publication date, else the feed's. */
export function rateDate(item: Briefing, feed: BriefingFeed | undefined): string | undefined {
  const cited = item.sources.find((source) => source.date)?.date;
  if (cited) return cited;
  if (item.published) return item.published.slice(0, 10);
  return feed?.generatedAt.slice(0, 10);
}

/** Default agreement band for a stated conversion: rates move within a day and writers round. */
export const DEFAULT_TOLERANCE = 0.05;

export interface StatedCheck {
  stated: StatedConversion;
  /** The check, from the data's `reference` when present, otherwise computed here. */
  check?: {
    rate: number;
    rateDate: string;
    rateSource: string;
    expected: { min: number; max: number };
    deviation: number;
    agrees: boolean;
    fromData: boolean;
  };
  /** Why no check is possible (no rate for that currency or date). */
  error?: { reason: string; unchecked?: UncheckedReason | undefined };
  pending?: boolean;
}

const middle = (min: number, max: number): number => (min + max) / 2;

/** Checks a stated conversion against a reference rate (or reports the data's own check). */
export function checkStated(
  mention: MoneyMention,
  stated: StatedConversion,
  result: RateResult | undefined,
): StatedCheck {
  const reference = stated.reference;
  if (reference) {
    return {
      stated,
      check: {
        rate: reference.rate,
        rateDate: reference.rateDate,
        rateSource: reference.rateSource,
        expected: reference.expected,
        deviation: reference.deviation,
        agrees: reference.agrees,
        fromData: true,
      },
    };
  }
  if (!result) return { stated, pending: true };
  if (!result.ok) return { stated, error: result };
  const { quote } = result;
  const expected = { min: mention.amount.min * quote.rate, max: mention.amount.max * quote.rate };
  const expectedMiddle = middle(expected.min, expected.max);
  const deviation = expectedMiddle === 0 ? 0 : middle(stated.min, stated.max) / expectedMiddle - 1;
  return {
    stated,
    check: {
      rate: quote.rate,
      rateDate: quote.date,
      rateSource: describeQuote(quote),
      expected,
      deviation,
      agrees: Math.abs(deviation) <= DEFAULT_TOLERANCE,
      fromData: false,
    },
  };
}

/** "ECB euro reference rate 2026-01-02 (Source: ECB statistics)". */
export function describeQuote(quote: RateQuote): string {
  const attributions = quote.sources.map((source) => source.attribution).filter(Boolean);
  return attributions.length > 0 ? `${quote.source} (${attributions.join('; ')})` : quote.source;
}

const identity = (code: string, date: string): RateResult => ({
  ok: true,
  quote: { from: code, to: code, rate: 1, date, period: 'day', source: 'same currency', sources: [] },
});

let defaultProvider: Promise<RatesProvider> | undefined;

/** The embedded rates, imported only when a reader currency is first needed (its data shards load per year). */
export function loadDefaultRates(): Promise<RatesProvider> {
  defaultProvider ??= import('@briefing/rates').then((module) => module.defaultRates);
  return defaultProvider;
}

/**
 * Caches rate look-ups per (from, to, date) for one provider. `get` answers synchronously from the
 * cache and starts the look-up when missing; `onChange` runs when an answer arrives.
 */
export class RateCache {
  private readonly results = new Map<string, RateResult>();
  private readonly pending = new Set<string>();
  private generation = 0;

  constructor(private readonly onChange: () => void) {}

  /** Forgets everything (the provider changed). Answers still in flight for the old provider are dropped. */
  reset(): void {
    this.results.clear();
    this.pending.clear();
    this.generation++;
  }

  /** Stores an answer known in advance: a server render resolves its rates first, so its HTML shows the values. */
  prime(from: string, to: string, date: string, result: RateResult): void {
    this.results.set(`${from}>${to}@${date}`, result);
  }

  get(
    from: string,
    to: string,
    date: string,
    provider: () => Promise<RatesProvider>,
  ): RateResult | undefined {
    if (from === to) return identity(from, date);
    const key = `${from}>${to}@${date}`;
    const known = this.results.get(key);
    if (known || this.pending.has(key)) return known;
    this.pending.add(key);
    const generation = this.generation;
    provider()
      .then((rates) => rates.rate(from, to, date))
      .catch(
        (error: unknown): RateResult => ({
          ok: false,
          code: 'provider-error',
          reason: `The rates provider failed for ${from}→${to} on ${date}: ${String(error)}`,
        }),
      )
      .then((result) => {
        if (generation !== this.generation) return;
        this.pending.delete(key);
        this.results.set(key, result);
        this.onChange();
      });
    return undefined;
  }
}
