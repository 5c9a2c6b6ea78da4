import { dayNumber } from './dates.js';
import type { RateResult, RatesProvider } from './types.js';
import { withUnchecked } from './unchecked.js';

type Fail = Extract<RateResult, { ok: false }>;

export interface MergeRatesOptions {
  id?: string;
  /**
   * When the date asked for is after the newest data by at most this many days, use the newest rate
   * instead and mark the quote `nearest` (default 0: never).
   */
  nearestDays?: number;
}

const after = (f: Fail, date: string): boolean =>
  f.code === 'date-out-of-range' && !!f.newest && date > f.newest;
const before = (f: Fail, date: string): boolean =>
  f.code === 'date-out-of-range' && !!f.oldest && date < f.oldest;

/**
 * Providers layered newest first: the first that has a rate answers, so a user's newer file wins over the
 * embedded data, and each quote keeps the source and date of the data it came from. When none answers,
 * the reason is the most useful one: after the newest data of every layer (naming the newest date of all),
 * before the oldest of every layer, a gap or failure one layer reports, a date between two layers' data,
 * and only then a currency no layer covers.
 */
export function mergeRates(
  providers: readonly RatesProvider[],
  options: MergeRatesOptions = {},
): RatesProvider {
  const nearestDays = options.nearestDays ?? 0;
  const ask = async (p: RatesProvider, from: string, to: string, date: string): Promise<RateResult> => {
    try {
      return await p.rate(from, to, date);
    } catch (err) {
      return { ok: false, code: 'provider-error', reason: `Rates provider "${p.id}" failed: ${String(err)}` };
    }
  };
  return {
    id: options.id ?? providers.map((p) => p.id).join(' + '),
    async rate(from, to, date) {
      return withUnchecked(await merged(from, to, date), date);
    },
  };

  async function merged(from: string, to: string, date: string): Promise<RateResult> {
    const fails: { provider: RatesProvider; fail: Fail }[] = [];
    for (const provider of providers) {
      const r = await ask(provider, from, to, date);
      if (r.ok) return r;
      if (r.code === 'invalid-date') return r;
      fails.push({ provider, fail: r });
    }
    if (fails.length === 0) return { ok: false, code: 'provider-error', reason: 'No rates provider given.' };
    const known = fails.filter((f) => f.fail.code !== 'unknown-currency');
    if (known.length === 0) return fails[0]!.fail;
    if (known.every((f) => after(f.fail, date))) {
      const newest = known.reduce((a, b) => ((b.fail.newest ?? '') > (a.fail.newest ?? '') ? b : a));
      const gap = (dayNumber(date) ?? 0) - (dayNumber(newest.fail.newest!) ?? 0);
      if (gap <= nearestDays) {
        const r = await ask(newest.provider, from, to, newest.fail.newest!);
        if (r.ok) return { ok: true, quote: { ...r.quote, nearest: { requested: date } } };
      }
      return {
        ...newest.fail,
        reason: `No reference rate for ${from}→${to} on ${date}: the newest data ends ${newest.fail.newest}.`,
      };
    }
    if (known.every((f) => before(f.fail, date))) {
      const oldest = known.reduce((a, b) => ((b.fail.oldest ?? '') < (a.fail.oldest ?? '') ? b : a));
      return {
        ...oldest.fail,
        reason: `No reference rate for ${from}→${to} on ${date}: the oldest data starts ${oldest.fail.oldest}.`,
      };
    }
    const inner = known.find((f) => !after(f.fail, date) && !before(f.fail, date));
    if (inner) return inner.fail;
    return {
      ok: false,
      code: 'no-data-for-date',
      reason: `No reference rate for ${from}→${to} on ${date}: the date falls between the data of ${known.map((f) => `"${f.provider.id}"`).join(' and ')}.`,
    };
  }
}
