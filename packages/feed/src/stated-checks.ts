/*
 * The verdicts the conversion details show: the money core's `judgeConversion` on each stated
 * conversion, and the implied rate of one that differs. Used only by conversion-details.ts, so it
 * loads with the details; the verdict code itself (verdict.ts) loads on first use after that.
 */
import type { ConversionVerdict, RateLookup, RatesCoverage } from '@briefing/money';
import type { RateQuote, RateResult } from '@briefing/rates';
import type { MoneyMention, StatedConversion } from '@briefing/schema';

export interface StatedCheck {
  stated: StatedConversion;
  /** The money core's verdict; absent while the rate or the verdict code is still loading. */
  verdict?: ConversionVerdict;
  /** The verdict was judged from the data's own `reference` (its rate and date). */
  fromData: boolean;
  /** For a conversion that differs: the date whose rate explains it and the writer's rate, in words. */
  implied?: { date: string; rate: string };
  pending?: boolean;
}

type VerdictModule = typeof import('./verdict.js');
let verdictModule: VerdictModule | undefined;
let verdictLoading: Promise<unknown> | undefined;

/** Loads the verdict code once; `onReady` runs when it is there (to render again). */
export function loadVerdicts(onReady: () => void): VerdictModule | undefined {
  if (verdictModule) return verdictModule;
  verdictLoading ??= import('./verdict.js').then((module) => {
    verdictModule = module;
  });
  verdictLoading.then(onReady, () => {});
  return undefined;
}

/**
 * The verdict on a stated conversion, made by the money core's `judgeConversion` like everywhere
 * else: from the data's `reference` (its recorded rate) when present, otherwise from `result`, the
 * look-up for the briefing's rate date. `coverage` lets an unchecked verdict say why. Pending until
 * the verdict code (`loadVerdicts`) and the rate have loaded.
 */
export function checkStated(
  mention: MoneyMention,
  stated: StatedConversion,
  date: string | undefined,
  result: RateResult | undefined,
  coverage: RatesCoverage | undefined,
  onReady: () => void,
): StatedCheck {
  const core = loadVerdicts(onReady);
  if (!core) return { stated, fromData: stated.reference !== undefined, pending: true };
  const reference = stated.reference;
  if (reference) {
    const quote = {
      rate: reference.rate,
      date: reference.rateDate,
      period: reference.ratePeriod,
      source: reference.rateSource,
    };
    const verdict = core.judgeConversion({
      amount: mention.amount,
      stated,
      date: reference.rateDate,
      lookup: { ok: true, quote },
    });
    const out: StatedCheck = { stated, verdict, fromData: true };
    const implied = reference.impliedRate;
    if (implied?.date)
      out.implied = {
        date: implied.date,
        rate: core.describeRate(implied.rate, mention.amount.currency, stated.currency),
      };
    return out;
  }
  if (date && !result) return { stated, fromData: false, pending: true };
  // A failed look-up keeps the rates package's own reason (`unchecked`) when it gives one.
  const lookup: RateLookup | undefined = result?.ok
    ? {
        ok: true,
        quote: {
          rate: result.quote.rate,
          date: result.quote.date,
          period: result.quote.period,
          source: describeQuote(result.quote),
          nearest: result.quote.nearest !== undefined,
        },
      }
    : result && { ok: false, code: result.code, reason: result.unchecked ?? result.reason };
  const verdict = core.judgeConversion({ amount: mention.amount, stated, date, lookup, coverage });
  return { stated, verdict, fromData: false };
}

/**
 * For a conversion that differs and carries no `reference`: the date whose rate explains the stated
 * figure and the writer's rate (see verdict.ts). Undefined until known; `onReady` runs then.
 */
export function impliedFor(
  ...args: Parameters<VerdictModule['impliedFor']>
): ReturnType<VerdictModule['impliedFor']> {
  return verdictModule?.impliedFor(...args);
}

/** "ECB euro reference rate 2026-01-02 (Source: ECB statistics)". */
export function describeQuote(quote: RateQuote): string {
  const attributions = quote.sources.map((source) => source.attribution).filter(Boolean);
  return attributions.length > 0 ? `${quote.source} (${attributions.join('; ')})` : quote.source;
}
