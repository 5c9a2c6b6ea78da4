import type { RateResult, RatesProvider } from '@briefing/rates';

/** Answers kept at most; past this the memory starts over, so a long archive run stays bounded. */
const MAX_KEPT = 50_000;

/**
 * A provider that asks `provider` once per (from, to, date) and repeats the answer. A conversion
 * that differs has its rate history read day by day for five years (the money core's implied-rate
 * search); the conversions of one page, and the pages of one archive, mostly share currencies and
 * dates, so most of those look-ups are repeats. Rates data does not change during a run.
 */
export function memoRates(provider: RatesProvider): RatesProvider {
  const kept = new Map<string, Promise<RateResult>>();
  return {
    id: provider.id,
    rate(from, to, date) {
      const key = `${from}\u0000${to}\u0000${date}`;
      let answer = kept.get(key);
      if (answer === undefined) {
        if (kept.size >= MAX_KEPT) kept.clear();
        answer = provider.rate(from, to, date);
        kept.set(key, answer);
      }
      return answer;
    },
  };
}
