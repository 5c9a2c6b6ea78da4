import { createStaticRates, type RatesProvider } from '@briefing/rates';
import { describe, expect, it } from 'vitest';
import { memoRates } from '../src/memo-rates.js';

/** A static provider that counts the questions it is asked. */
function counted() {
  const inner = createStaticRates({ base: 'EUR', rates: { USD: 1.25, CNY: 8 }, id: 'counted' });
  const asked: string[] = [];
  const provider: RatesProvider = {
    id: inner.id,
    rate(from, to, date) {
      asked.push(`${from}>${to}@${date}`);
      return inner.rate(from, to, date);
    },
  };
  return { provider, asked };
}

describe('memoRates', () => {
  it('asks once per currency pair and date, and repeats the same answer', async () => {
    const { provider, asked } = counted();
    const memo = memoRates(provider);
    const first = await memo.rate('EUR', 'USD', '2026-01-02');
    const again = await memo.rate('EUR', 'USD', '2026-01-02');
    await memo.rate('EUR', 'USD', '2026-01-03');
    await memo.rate('USD', 'EUR', '2026-01-02');
    await memo.rate('XYZ', 'USD', '2026-01-02');
    await memo.rate('XYZ', 'USD', '2026-01-02');
    expect(again).toBe(first);
    expect(first.ok && first.quote.rate).toBe(1.25);
    expect(asked).toEqual([
      'EUR>USD@2026-01-02',
      'EUR>USD@2026-01-03',
      'USD>EUR@2026-01-02',
      'XYZ>USD@2026-01-02',
    ]);
    expect(memo.id).toBe('counted');
  });

  it('keeps a bounded number of answers: past 50,000 it starts over', async () => {
    const { provider, asked } = counted();
    const memo = memoRates(provider);
    for (let day = 0; day < 50_001; day++) await memo.rate('EUR', 'USD', `d${day}`);
    await memo.rate('EUR', 'USD', 'd0');
    await memo.rate('EUR', 'USD', 'd50000');
    expect(asked).toHaveLength(50_002);
    expect(asked.at(-1)).toBe('EUR>USD@d0');
  });
});
