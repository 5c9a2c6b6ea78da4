/*
 * The money core's verdict code, loaded only when a conversion's details are first shown: the CDN
 * build writes it to cdn/verdict.js beside the main file (scripts/build-cdn.mjs), so pages that show
 * no conversion details never download it.
 */
import { describeRate, impliedRate, rateHistory } from '@briefing/money';
import type { RatesProvider } from '@briefing/rates';
import type { MoneyMention, StatedConversion } from '@briefing/schema';

export { describeRate, judgeConversion } from '@briefing/money';

/** Implied-rate searches by conversion: the answer once known, and who waits for it meanwhile. */
const implied = new Map<
  string,
  { value?: { date: string; rate: string } | null; waiting: Set<() => void> }
>();

/**
 * For a conversion that differs and carries no `reference`: the date whose rate explains the stated
 * figure and the writer's rate, found in the provider's history like `briefing check` does (the
 * money core's `rateHistory` and `impliedRate`). Undefined until known; `onReady` runs then.
 */
export function impliedFor(
  mention: MoneyMention,
  stated: StatedConversion,
  date: string,
  providerId: string,
  provider: () => Promise<RatesProvider>,
  onReady: () => void,
): { date: string; rate: string } | undefined {
  const { amount } = mention;
  const key = `${providerId}|${amount.currency}>${stated.currency}@${date}|${amount.min},${amount.max}|${stated.min},${stated.max}`;
  const known = implied.get(key);
  if (known) {
    if (known.value === undefined) known.waiting.add(onReady);
    return known.value ?? undefined;
  }
  const entry: { value?: { date: string; rate: string } | null; waiting: Set<() => void> } = {
    waiting: new Set([onReady]),
  };
  implied.set(key, entry);
  const settle = (value: { date: string; rate: string } | null): void => {
    entry.value = value;
    for (const wake of entry.waiting) wake();
    entry.waiting.clear();
  };
  provider()
    .then((rates) => rateHistory((day) => rates.rate(amount.currency, stated.currency, day), date))
    .then((history) => {
      const found = impliedRate({ amount, stated, near: date, history });
      settle(
        found?.date
          ? { date: found.date, rate: describeRate(found.rate, amount.currency, stated.currency) }
          : null,
      );
    })
    .catch(() => settle(null));
  return undefined;
}
