import { createEmbeddedRates, createStaticRates, type RatesProvider } from '@briefing/rates';
import { validateFeed } from '@briefing/schema';
import type { Briefing, BriefingFeed } from '@briefing/schema';
import { describe, expect, it } from 'vitest';
import {
  annotateBriefing,
  applyRates,
  checkConversion,
  checkFeedConversions,
  listConversions,
  tolerance,
} from './index.js';
import { lastPlaceOf } from './check.js';

const rates = createStaticRates({ base: 'USD', rates: { CNY: 7.2, EUR: 0.9, TWD: 32, TRY: 40 } });

function feedOf(paragraphs: string[], date?: string): BriefingFeed {
  const b: Briefing = {
    id: 'example:1',
    title: 'Example',
    body: paragraphs,
    sources: [{ raw: 'Example Daily, 2025-01-01', publication: 'Example Daily', ...(date ? { date } : {}) }],
    language: 'en',
    money: [],
    quantities: [],
  };
  return {
    schemaVersion: 1,
    title: 'Test',
    generatedAt: '2025-01-02T00:00:00Z',
    items: [annotateBriefing(b)],
  } as BriefingFeed;
}

describe('tolerance', () => {
  it('adds the stated rounding to the rate allowance', () => {
    const t = tolerance({ from: 'CNY', to: 'USD', stated: { min: 124e9, max: 124e9 } });
    expect(t.rounding).toBeCloseTo(0.5 / 124, 10);
    expect(t.allowance).toBe(0.03);
    expect(t.total).toBeCloseTo(0.03 + 0.5 / 124, 10);
  });

  it('gives emerging currencies and monthly figures more room, and caps rounding', () => {
    expect(tolerance({ from: 'TRY', to: 'USD', stated: { min: 5e6, max: 5e6 } }).allowance).toBe(0.05);
    expect(
      tolerance({ from: 'EUR', to: 'TWD', stated: { min: 1.48e6, max: 1.48e6 }, period: 'month' }).allowance,
    ).toBe(0.04);
    expect(tolerance({ from: 'EUR', to: 'USD', stated: { min: 100e6, max: 100e6 } }).rounding).toBe(0.05);
  });

  it('reads the last place from the finer bound of a range', () => {
    expect(lastPlaceOf(124e9)).toBe(1e9);
    expect(lastPlaceOf(1.48e6)).toBe(1e4);
    expect(lastPlaceOf(3150)).toBe(10);
    const t = tolerance({ from: 'CNY', to: 'USD', stated: { min: 110e9, max: 111e9 } });
    expect(t.rounding).toBeCloseTo(0.5 / 110.5, 10);
  });
});

describe('applyRates / checkFeedConversions', () => {
  it('fills the reference of each stated conversion and judges it', async () => {
    const feed = feedOf(
      ['The port cost 720 million yuan (about $100 million), or 7.2 billion yuan ($1.5 billion) in all.'],
      '2025-01-01',
    );
    const { feed: out, issues } = await checkFeedConversions(feed, rates);
    expect(issues).toEqual([]);
    const [ok, bad] = out.items[0]?.money ?? [];
    // 1 / 7.2 to 6 significant digits: the rate as the verdict uses and records it.
    expect(ok?.stated[0]?.reference).toMatchObject({ rate: 0.138889, rateDate: '2025-01-01', agrees: true });
    expect(ok?.stated[0]?.reference?.expected.min).toBeCloseTo(100e6, 0);
    expect(ok?.stated[0]?.reference?.deviation).toBeCloseTo(0, 5);
    expect(bad?.stated[0]?.reference?.deviation).toBeCloseTo(0.5, 5);
    expect(bad?.stated[0]?.reference?.agrees).toBe(false);
    expect(listConversions(out).map((r) => r.verdict)).toEqual(['agrees', 'differs']);
  });

  it('requires every bound of a range to agree', async () => {
    // Midpoint right (90 + 110 = 200 = 100 + 100), bounds 10% off each way.
    const feed = feedOf(['Fees run 720 to 720 million yuan ($90 million to $110 million).'], '2025-01-01');
    const m = (await applyRates(feed, rates)).items[0]?.money[0];
    expect(m?.stated[0]?.reference?.deviation).toBeCloseTo(0, 5);
    expect(m?.stated[0]?.reference?.agrees).toBe(false);
  });

  it('leaves no reference and reports why when there is no date or no rate', async () => {
    const noDate = await checkFeedConversions(
      feedOf(['It cost 720 million yuan (about $100 million).']),
      rates,
    );
    expect(noDate.feed.items[0]?.money[0]?.stated[0]?.reference).toBeUndefined();
    expect(noDate.issues).toMatchObject([
      { briefingId: 'example:1', mention: 0, stated: 0, code: 'no-date' },
    ]);
    expect(noDate.feed.items[0]?.money[0]?.stated[0]?.unchecked).toEqual({ code: 'no-date' });

    const unknown = await checkFeedConversions(
      feedOf(['It cost 5 million baht (about $140,000).'], '2025-01-01'),
      rates,
    );
    expect(unknown.issues[0]?.code).toBe('currency-not-covered');
    expect(unknown.issues[0]?.reason).toContain('5 million baht');
    expect(listConversions(unknown.feed)[0]?.verdict).toBe('unchecked');
    expect(unknown.feed.items[0]?.money[0]?.stated[0]?.unchecked).toEqual({
      code: 'currency-not-covered',
      currency: 'THB',
    });
  });

  it('a November 2026 citation after the embedded data: unchecked, naming the newest date', async () => {
    const r = await checkFeedConversions(
      feedOf(['It cost 100 million yuan (about $14 million).'], '2026-11-20'),
      createEmbeddedRates(),
    );
    const s = r.feed.items[0]?.money[0]?.stated[0];
    expect(s?.reference).toBeUndefined();
    expect(s?.unchecked).toEqual({ code: 'after-newest-data', newest: '2026-06-30' });
    expect(validateFeed(r.feed).ok).toBe(true);
  });

  it('never throws when the provider does', async () => {
    const broken: RatesProvider = {
      id: 'broken',
      rate: () => Promise.reject(new Error('network down')),
    };
    const feed = feedOf(['It cost 720 million yuan (about $100 million).'], '2025-01-01');
    const r = await checkFeedConversions(feed, broken);
    expect(r.issues[0]).toMatchObject({ code: 'no-rate' });
    expect(r.issues[0]?.reason).toContain('network down');
  });

  it('checks one mention on its own', async () => {
    const feed = feedOf(['Rent is €1,000 per month (NT$31,000).'], '2025-01-01');
    const m = feed.items[0]?.money[0];
    if (!m) throw new Error('no mention');
    const r = await checkConversion(m, '2025-01-01', rates);
    // 1000 / 0.9 × 32 = 35555.555..., kept to 6 significant digits.
    expect(r.mention.stated[0]?.reference?.expected.min).toBe(35555.6);
    expect(r.mention.stated[0]?.reference?.agrees).toBe(false);
    expect(m.stated[0]?.reference).toBeUndefined();
  });
});
