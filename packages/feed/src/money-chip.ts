/*
 * A money mention's chip: the amount converted to the reader's currency at the rate of the briefing's
 * date. The details the chip opens are conversion-details.ts, a module loaded on first use.
 */
import type { RateResult, RatesProvider } from '@briefing/rates';
import type { MoneyMention } from '@briefing/schema';
import { formatRange, numberFormat } from './intl-cache.js';
import type { BriefingFeedStrings } from './locales/en.js';

/** What the chip and the details need from the element. */
export interface ConversionContext {
  /** The reader's currency (ISO 4217). */
  reader: string;
  lang: string;
  strings: BriefingFeedStrings;
  /** The rate from → to on `date`: undefined while it loads; a failure without a date. */
  rate: (from: string, to: string, date: string | undefined) => RateResult | undefined;
  /** Identifies the rates in use (implied-rate answers are cached by it). */
  ratesId: string;
  provider: () => Promise<RatesProvider>;
  /** Renders again once something that was loading has arrived. */
  requestUpdate: () => void;
}

/** An amount in a currency: compact for chips ("€1.2B"), whole units in the details. */
export function moneyFormat(lang: string, currency: string, compact: boolean): Intl.NumberFormat {
  return numberFormat(lang, {
    style: 'currency',
    currency,
    ...(compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 0 }),
  });
}

/** The failure for a briefing with no date: no rate applies (said in the reader's language). */
export function noDateResult(strings: BriefingFeedStrings): RateResult {
  return { ok: false, code: 'invalid-date', reason: strings.uncheckedNoDate, unchecked: { code: 'no-date' } };
}

/** "≈ " before a converted value, nothing when the amount already is in that currency. */
export function approx(from: string, to: string): string {
  return from === to ? '' : '≈ ';
}

/** The chip's text: the converted amount, "…" while the rate loads, `noRate` without one. */
export function chipLabel(ctx: ConversionContext, mention: MoneyMention, date: string | undefined): string {
  const { amount } = mention;
  const result = ctx.rate(amount.currency, ctx.reader, date);
  if (!result) return '…';
  if (!result.ok) return ctx.strings.noRate;
  const format = moneyFormat(ctx.lang, ctx.reader, true);
  const value = formatRange(format, amount.min * result.quote.rate, amount.max * result.quote.rate);
  return `${approx(amount.currency, ctx.reader)}${value}`;
}
