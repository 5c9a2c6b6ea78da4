/*
 * The rate look-ups behind the chips and the details: the embedded rates (imported on first use) and a
 * cache of answers per provider. Part of the conversions module (money-converter.ts).
 */
import type { RateResult, RatesProvider } from '@briefing/rates';

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
