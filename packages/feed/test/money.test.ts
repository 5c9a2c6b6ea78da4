import { defaultRates, type RatesProvider } from '@briefing/rates';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup, mount, part, parts, seedFeed, shadow, untilArticles, untilConverted } from './helpers.js';

afterEach(cleanup);

const compact = (currency: string, value: number) =>
  new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);

async function quote(from: string, to: string, date: string) {
  const result = await defaultRates.rate(from, to, date);
  if (!result.ok) throw new Error(result.reason);
  return result.quote;
}

const feed = seedFeed();
const railway = feed.items[6]!;
const railwayDate = railway.sources[0]!.date!;
const pla = feed.items[2]!;
const plaDate = pla.sources[0]!.date!;

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
    expect(chips[0]?.textContent).toBe(
      new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency: 'EUR',
        notation: 'compact',
        maximumFractionDigits: 1,
      }).formatRange(3000, 9000),
    );
    const rate = (await quote('CNY', 'EUR', railwayDate)).rate;
    expect(chips[chipIndex(6, 0)]?.textContent).toBe(`≈ ${compact('EUR', 901.5e9 * rate)}`);
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
    expect(popover(element).matches(':popover-open')).toBe(true);
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    const eur = await quote('CNY', 'EUR', railwayDate);
    const usd = await quote('CNY', 'USD', railwayDate);
    const text = () => popover(element).textContent?.replace(/\s+/g, ' ') ?? '';
    // The same verdict as `briefing check`: 124 / (901.5 × 0.142986) − 1 = −3.8%, beyond 3% + rounding.
    await expect.poll(text).toContain('differs from the reference rate by -3.8%');
    expect(usd.date).toBe('2026-01-02');
    expect(text()).toContain(`“${railway.money[0]!.text}”`);
    expect(text()).toContain('CN¥901,500,000,000');
    expect(text()).toContain(
      `1 CNY = ${new Intl.NumberFormat('en-US', { maximumSignificantDigits: 6 }).format(eur.rate)} EUR`,
    );
    expect(text()).toContain(eur.date);
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
    const twd = await quote('EUR', 'TWD', plaDate);
    expect(twd.via).toBeDefined();
    const chip = chips[chipIndex(2, 0)]!;
    expect(chip.textContent).toBe(`≈ ${compact('TWD', 40000 * twd.rate)}`);
    chip.click();
    await element.updateComplete;
    const text = popover(element).textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('In TWD');
    expect(text).toContain(
      `1 EUR = ${new Intl.NumberFormat('en-US', { maximumSignificantDigits: 6 }).format(twd.rate)} TWD`,
    );
    expect(text).toContain(twd.source);
    // The stated NT$1.48 million is checked against the same cross rate.
    // 1.48e6 / (40000 × 36.7198) − 1 = +0.8%, within 3% + 1% (monthly Fed leg) + rounding.
    expect(text).toContain('agrees with the reference rate (+0.8%)');
  });

  it('SGD for yuan amounts: a cross of two non-euro, non-dollar currencies', async () => {
    const element = mount({ currency: 'SGD' }, { feed: seedFeed() });
    await untilArticles(element, 8);
    const chips = await untilConverted(element);
    const sgd = await quote('CNY', 'SGD', railwayDate);
    expect(chips[chipIndex(6, 4)]?.textContent).toBe(`≈ ${compact('SGD', 6.2e12 * sgd.rate)}`);
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
    expect(chips[1]?.textContent).toBe(`≈ ${compact('GBP', 1650)}`);
    expect(calls).toContain('EUR>GBP@2026-01-02');
    const yuan = chips[chipIndex(6, 0)]!;
    expect(yuan.textContent).toBe('n/a');
    yuan.click();
    await element.updateComplete;
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
