import type { RatesProvider } from '@briefing/rates';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  cleanup,
  mount,
  part,
  parts,
  seedFeed,
  shadow,
  untilArticles,
  untilConverted,
  untilDetails,
} from './helpers.js';

afterEach(cleanup);

const feed = seedFeed();

/** Index of a mention among all chips of the seed feed. */
const chipIndex = (itemIndex: number, mentionIndex: number) =>
  feed.items.slice(0, itemIndex).reduce((sum, item) => sum + item.money.length, 0) + mentionIndex;

const popover = (element: HTMLElement) => part(element, 'popover')!;

describe('conversion to the reader currency', () => {
  it('EUR: each amount shows its value at the rate of the citation date', async () => {
    const element = mount({ currency: 'EUR' }, { feed: seedFeed() });
    await untilArticles(element, 8);
    const chips = await untilConverted(element);
    expect(chips).toHaveLength(8);
    // Amounts already in euros show the value, without "≈".
    expect(chips[0]?.textContent).toBe('€3–9K');
    // 901.5 billion yuan at the ECB's 2026-01-02 cross rate, 0.121991 EUR per CNY: 110 billion euros.
    expect(chips[chipIndex(6, 0)]?.textContent).toBe('≈ €110B');
  });

  it('EUR: the popover shows the original, the conversion, the reference rate and the stated check', async () => {
    const element = mount({ currency: 'EUR' }, { feed: seedFeed() });
    await untilArticles(element, 8);
    const chips = await untilConverted(element);
    const chip = chips[chipIndex(6, 0)]!;
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    expect(chip.getAttribute('aria-controls')).toBe('money-popover');
    chip.click();
    await element.updateComplete;
    await untilDetails(element);
    expect(popover(element).matches(':popover-open')).toBe(true);
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    const text = () => popover(element).textContent?.replace(/\s+/g, ' ') ?? '';
    // The same verdict as `briefing check`: 124 / (901.5 × 0.142986) − 1 = −3.8%, beyond 3% + rounding.
    await expect.poll(text).toContain('differs from the reference rate by -3.8%');
    expect(text()).toContain('“901.5 billion yuan (approximately $124 billion)”');
    expect(text()).toContain('CN¥901,500,000,000');
    // The citation is dated Sunday 2026-01-04: the rate is the ECB's of the Friday before.
    expect(text()).toContain('1 CNY = 0.121991 EUR');
    expect(text()).toContain('2026-01-02');
    expect(text()).toContain('ECB');
    expect(text()).toContain('$124,000,000,000');
    // Close with the button: focus returns to the chip.
    part<HTMLButtonElement>(element, 'popover-close')!.click();
    await element.updateComplete;
    expect(popover(element).matches(':popover-open')).toBe(false);
    expect(shadow(element).activeElement).toBe(chip);
  });

  it('TWD, a currency without a direct rate: converted through the cross rate', async () => {
    const element = mount({ currency: 'TWD' }, { feed: seedFeed() });
    await untilArticles(element, 8);
    const chips = await untilConverted(element);
    const chip = chips[chipIndex(2, 0)]!;
    // 40,000 euros at 36.7198 TWD per EUR (through the dollar): 1.47 million.
    expect(chip.textContent).toBe('≈ NT$1.5M');
    chip.click();
    await element.updateComplete;
    await untilDetails(element);
    const text = popover(element).textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('In TWD');
    expect(text).toContain('1 EUR = 36.7198 TWD');
    expect(text).toContain('ECB (EUR→USD) 2025-12-19 × Fed H.10 monthly average (USD→TWD), December 2025');
    // The stated NT$1.48 million is checked against the same cross rate.
    // 1.48e6 / (40000 × 36.7198) − 1 = +0.8%, within 3% + 1% (monthly Fed leg) + rounding.
    expect(text).toContain('agrees with the reference rate (+0.8%)');
  });

  it('SGD for yuan amounts: a cross of two non-euro, non-dollar currencies', async () => {
    const element = mount({ currency: 'SGD' }, { feed: seedFeed() });
    await untilArticles(element, 8);
    const chips = await untilConverted(element);
    // 6.2 trillion yuan in Singapore dollars, through the euro: 1.1 trillion.
    expect(chips[chipIndex(6, 4)]?.textContent).toBe('≈ SGD\u00a01.1T');
  });

  it('uses the rates property, and explains a missing rate', async () => {
    const calls: string[] = [];
    const rates: RatesProvider = {
      id: 'test',
      rate: async (from, to, date) => {
        calls.push(`${from}>${to}@${date}`);
        if (from === 'CNY') return { ok: false, code: 'unknown-currency', reason: 'No yuan in this table.' };
        return {
          ok: true,
          quote: { from, to, rate: 2, date, period: 'day', source: 'Test table', sources: [] },
        };
      },
    };
    const element = mount({ currency: 'GBP' }, { feed: seedFeed(), rates });
    await untilArticles(element, 8);
    const chips = await untilConverted(element);
    // 825 euros at the provider's rate of 2.
    expect(chips[1]?.textContent).toBe('≈ £1.7K');
    expect(calls).toContain('EUR>GBP@2026-01-02');
    const yuan = chips[chipIndex(6, 0)]!;
    expect(yuan.textContent).toBe('n/a');
    yuan.click();
    await element.updateComplete;
    await untilDetails(element);
    expect(popover(element).textContent).toContain('No yuan in this table.');
  });

  it('no currency attribute: no rates are requested', async () => {
    const rates: RatesProvider = {
      id: 'never',
      rate: async () => {
        throw new Error('should not be called');
      },
    };
    const element = mount({}, { feed: seedFeed(), rates });
    await untilArticles(element, 8);
    expect(parts(element, 'money-button')).toHaveLength(0);
    expect(parts(element, 'money-text')).toHaveLength(8);
  });
});

describe('keyboard', () => {
  it('Tab reaches articles, links and money buttons; Enter opens the details, Escape closes them', async () => {
    const element = mount({ currency: 'EUR', limit: '1' }, { feed: seedFeed() });
    await untilArticles(element, 1);
    await untilConverted(element);
    const root = shadow(element);
    const reached: string[] = [];
    for (let i = 0; i < 5; i++) {
      await userEvent.tab();
      const active = root.activeElement;
      reached.push(active?.getAttribute('part') ?? active?.localName ?? 'outside');
    }
    expect(reached.slice(0, 4)).toEqual(['article', 'money-button', 'money-button', 'link']);
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    const chip = root.activeElement as HTMLButtonElement;
    expect(chip.getAttribute('part')).toBe('money-button');
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(popover(element).matches(':popover-open')).toBe(true);
    expect(root.activeElement).toBe(popover(element));
    await userEvent.keyboard('{Escape}');
    await element.updateComplete;
    expect(popover(element).matches(':popover-open')).toBe(false);
    expect(root.activeElement).toBe(chip);
    expect(chip.getAttribute('aria-expanded')).toBe('false');
  });

  it('Page Down and Page Up move between articles', async () => {
    const element = mount({}, { feed: seedFeed() });
    await untilArticles(element, 8);
    const list = [...shadow(element).querySelectorAll('article')];
    list[0]!.focus();
    await userEvent.keyboard('{PageDown}');
    expect(shadow(element).activeElement).toBe(list[1]);
    await userEvent.keyboard('{PageDown}');
    await userEvent.keyboard('{PageUp}');
    expect(shadow(element).activeElement).toBe(list[1]);
  });
});
