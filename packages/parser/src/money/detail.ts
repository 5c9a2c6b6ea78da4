import type { MoneyMention } from '@briefing/schema';
import { amountValue } from './amount.js';
import type { AmountRange } from './range.js';
import { type MoneyContext, resolveMarker, type Situation } from './resolve.js';
import type { Tail } from './tail.js';

/* A scanned amount and its tail as a schema `MoneyMention`, with currencies resolved. */

/** Extra detail the mention does not carry: the spans of the amount and of each conversion alone. */
export interface MoneyDetail {
  mention: MoneyMention;
  /** Span of the amount itself, without conversions or rate words. */
  amountAt: { start: number; end: number };
  /** Span of each stated conversion, without "approximately" and the like. */
  statedAt: { start: number; end: number }[];
  /** Unit in the last place of the amount and of each stated conversion (for the rounding tolerance). */
  amountUlp: number;
  statedUlp: number[];
}

export function buildDetail(
  text: string,
  range: AmountRange,
  tail: Tail,
  approximate: boolean,
  context: MoneyContext,
  kind: 'amount' | 'change-from' | 'change-to',
): MoneyDetail {
  const statedMarkers = tail.items.map((i) => i.range);
  const situation: Situation = { text, conversions: statedMarkers };
  const main = resolveMarker(range.marker ?? {}, range.symbol ?? '', context, situation);
  const stated: MoneyMention['stated'] = [];
  const statedAt: { start: number; end: number }[] = [];
  const statedUlp: number[] = [];
  for (const item of tail.items) {
    const r = resolveMarker(item.range.marker ?? {}, item.range.symbol ?? '', context, {
      text,
      conversionOf: main.currency,
    });
    if (r.currency === main.currency) continue;
    const s: MoneyMention['stated'][number] = {
      currency: r.currency,
      min: amountValue(item.range.lo),
      max: amountValue(item.range.hi),
      approximate: item.approximate,
      text: text.slice(item.range.start, item.range.end),
    };
    const precision = Math.min(item.range.lo.ulp, item.range.hi.ulp);
    if (Number.isFinite(precision) && precision > 0) s.precision = precision;
    if (r.resolved) s.resolved = r.resolved;
    stated.push(s);
    statedAt.push({ start: item.range.start, end: item.range.end });
    statedUlp.push(Math.min(item.range.lo.ulp, item.range.hi.ulp));
  }
  const mention: MoneyMention = {
    text: text.slice(range.start, tail.end),
    at: { paragraph: context.paragraph ?? 0, start: range.start, end: tail.end },
    amount: { currency: main.currency, min: amountValue(range.lo), max: amountValue(range.hi) },
    approximate,
    stated,
  };
  if (context.field === 'title') mention.at = { field: 'title', ...mention.at };
  if (kind !== 'amount') mention.kind = kind;
  // How the figure was written ("124 billion" to the billion): the verdict's rounding reads it.
  const amountPrecision = Math.min(range.lo.ulp, range.hi.ulp);
  if (Number.isFinite(amountPrecision) && amountPrecision > 0) mention.amount.precision = amountPrecision;
  if (main.resolved) mention.amount.resolved = main.resolved;
  if (tail.per !== undefined) mention.per = tail.per;
  return {
    mention,
    amountAt: { start: range.start, end: range.end },
    statedAt,
    amountUlp: Math.min(range.lo.ulp, range.hi.ulp),
    statedUlp,
  };
}
