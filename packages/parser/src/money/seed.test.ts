import { readFileSync } from 'node:fs';
import { createEmbeddedRates } from '@briefing/rates';
import { type Briefing, type BriefingFeed, type MoneyMention, validateFeed } from '@briefing/schema';
import { describe, expect, it } from 'vitest';
import { annotateBriefing, applyRates, checkFeedConversions, listConversions } from './index.js';

/*
 * The seed page as the hand-made feed (packages/schema/fixtures/should-pass/seed-feed.json): its
 * items already carry titles, paragraphs and dated citations, so this test does not depend on the
 * page parser. Money and quantities are cleared and extracted again.
 */
const fixture: BriefingFeed = JSON.parse(
  readFileSync(new URL('../../../schema/fixtures/should-pass/seed-feed.json', import.meta.url), 'utf8'),
);
/** The seed page's verdicts, as every test of them reads them (test/fixtures/seed-verdicts.json). */
const seedVerdicts: string[] = JSON.parse(
  readFileSync(new URL('../../test/fixtures/seed-verdicts.json', import.meta.url), 'utf8'),
).verdicts;
const blank = (b: Briefing): Briefing => ({ ...b, money: [], quantities: [] });
const annotated: BriefingFeed = {
  ...fixture,
  items: fixture.items.map((b) => annotateBriefing(blank(b), { publication: b.sources[0]?.publication })),
};
const allMoney = annotated.items.flatMap((b) => b.money.map((m) => ({ id: b.id, m })));

/** The fields the hand-made fixture records (it leaves `resolved` and stated `text` out). */
function core(m: MoneyMention) {
  return {
    text: m.text,
    at: m.at,
    amount: { currency: m.amount.currency, min: m.amount.min, max: m.amount.max },
    approximate: m.approximate,
    ...(m.per ? { per: m.per } : {}),
    stated: m.stated.map((s) => ({
      currency: s.currency,
      min: s.min,
      max: s.max,
      approximate: s.approximate,
    })),
  };
}

describe('seed page: money', () => {
  it('finds exactly the 8 mentions of the fixture, with their texts and offsets', () => {
    const expected = fixture.items.flatMap((b) => b.money.map((m) => ({ id: b.id, m: core(m) })));
    expect(allMoney.map(({ id, m }) => ({ id, m: core(m) }))).toEqual(expected);
    expect(allMoney).toHaveLength(8);
  });

  it('matches the issue list: currencies, bounds, rates and approximations', () => {
    const summary = allMoney.map(({ m }) => [
      m.amount.currency,
      m.amount.min,
      m.amount.max,
      m.per ?? '',
      m.stated.map((s) => `${s.currency} ${s.min}-${s.max}${s.approximate ? ' ~' : ''}`).join(';'),
    ]);
    expect(summary).toEqual([
      ['EUR', 3000, 9000, 'kilogram', 'USD 3150-9450'],
      ['EUR', 825, 825, '', 'USD 866-866'],
      ['EUR', 40000, 40000, 'month', 'TWD 1480000-1480000 ~'],
      ['CNY', 901.5e9, 901.5e9, '', 'USD 124000000000-124000000000 ~'],
      ['CNY', 710.9e9, 850.6e9, '', 'USD 98000000000-117000000000 ~'],
      ['CNY', 801e9, 802.9e9, '', 'USD 110000000000-111000000000 ~'],
      ['CNY', 781.9e9, 781.9e9, '', 'USD 108000000000-108000000000 ~'],
      ['CNY', 6.2e12, 6.2e12, '', 'USD 855000000000-855000000000 ~'],
    ]);
  });

  it('records why each bare $ became USD', () => {
    for (const { m } of allMoney) {
      for (const s of m.stated) {
        if (s.currency !== 'USD') continue;
        expect(s.resolved?.symbol).toBe('$');
        expect(s.resolved?.reason).toMatch(/conversion of a (EUR|CNY) amount/);
      }
    }
  });

  it('counts none of the other figures as money (percentages, counts, years, durations)', () => {
    const texts = allMoney.map(({ m }) => m.text).join(' | ');
    for (const notMoney of ['15-20', '300-400', '43-minute', '2016', '8,000'])
      expect(texts).not.toContain(notMoney);
  });

  it('finds the three kilometre-to-mile conversions and checks them by arithmetic', () => {
    const railway = annotated.items.find((b) => b.id === 'cna.com.tw:202601040175');
    const withStated = railway?.quantities.filter((q) => q.stated.length > 0) ?? [];
    expect(withStated.map((q) => [q.text, q.unit, q.value.min, q.stated[0]?.unit, q.stated[0]?.min])).toEqual(
      [
        ['3,109 kilometers (1,931 miles)', 'km', 3109, 'mi', 1931],
        ['2,862 kilometers (1,778 miles)', 'km', 2862, 'mi', 1778],
        ['165,000 kilometers (102,526 miles)', 'km', 165000, 'mi', 102526],
      ],
    );
    for (const q of withStated) expect(q.stated[0]?.check?.agrees).toBe(true);
    // 3,109 km is 1,931.843 miles (a mile is 1.609344 km exactly).
    expect(withStated[0]?.stated[0]?.check?.expected.min).toBeCloseTo(1931.843037, 6);
  });

  it('produces a feed that validates', () => {
    expect(validateFeed(annotated).issues).toEqual([]);
  });
});

describe('seed page: stated conversions against the embedded rates', async () => {
  /*
   * Rates from the issue, by hand: ECB 2026-01-02 (1 EUR = 1.1721 USD = 8.1973 CNY, so 1 CNY =
   * 0.142986 USD), ECB 2025-12-19 (1 EUR = 1.1712 USD), Fed December 2025 (31.3523 TWD per USD, so
   * 1 EUR = 36.7198 TWD). Deviations by hand, stated midpoint / (amount midpoint × rate) − 1:
   *   caviar   6300 / (6000 × 1.1721) − 1 = −10.4172%;  866 / (825 × 1.1721) − 1 = −10.4431%
   *   PLA      1.48e6 / (40000 × 36.7198) − 1 = +0.7631%
   *   railway  124 / (901.5 × 0.142986) − 1 = −3.8028%;  107.5 / (780.75 × 0.142986) − 1 = −3.7052%
   *            110.5 / (801.95 × 0.142986) − 1 = −3.6345%;  108 / (781.9 × 0.142986) − 1 = −3.3996%
   *            855 / (6200 × 0.142986) − 1 = −3.5547%
   */
  const { feed, issues } = await checkFeedConversions(annotated, createEmbeddedRates());
  const refs = feed.items.flatMap((b) => b.money.map((m) => ({ text: m.text, ref: m.stated[0]?.reference })));

  it('checks every conversion (no issues)', () => {
    expect(issues).toEqual([]);
    expect(refs.every((r) => r.ref !== undefined)).toBe(true);
  });

  it('caviar: -10.4% (ECB 2026-01-02), differs', () => {
    const [range, single] = refs;
    expect(range?.ref).toMatchObject({
      rate: 1.1721,
      rateDate: '2026-01-02',
      deviation: -0.104172,
      agrees: false,
    });
    expect(range?.ref?.expected).toEqual({ min: 3516.3, max: 10548.9 });
    expect(single?.ref).toMatchObject({ deviation: -0.104431, agrees: false });
    // 825 × 1.1721 = 966.9825, kept to 6 significant digits.
    expect(single?.ref?.expected).toEqual({ min: 966.982, max: 966.982 });
  });

  it('€40,000 → NT$1.48 million: +0.8% (ECB 2025-12-19 × Fed December 2025), agrees', () => {
    const r = refs[2];
    expect(r?.ref).toMatchObject({
      rate: 36.7198,
      rateDate: '2025-12-01',
      ratePeriod: 'month',
      deviation: 0.007631,
    });
    expect(r?.ref?.agrees).toBe(true);
    // 40000 × 36.7198 = 1,468,792, kept to 6 significant digits.
    expect(r?.ref?.expected).toEqual({ min: 1468790, max: 1468790 });
    expect(r?.ref?.rateSource).toBe(
      'ECB (EUR→USD) 2025-12-19 × Fed H.10 monthly average (USD→TWD), December 2025',
    );
  });

  it('railway: -3.4% to -3.8% (ECB 2026-01-02 for 2026-01-04); only 781.9 billion agrees', () => {
    expect(
      refs
        .slice(3)
        .map((r) => [r.ref?.expected.min, r.ref?.rateDate, r.ref?.rate, r.ref?.deviation, r.ref?.agrees]),
    ).toEqual([
      // amount × 0.142986, kept to 6 significant digits: 901.5e9 × 0.142986 = 128,901,879,000.
      [128902000000, '2026-01-02', 0.142986, -0.038028, false],
      [101649000000, '2026-01-02', 0.142986, -0.037052, false],
      [114532000000, '2026-01-02', 0.142986, -0.036345, false],
      [111801000000, '2026-01-02', 0.142986, -0.033996, true],
      [886513000000, '2026-01-02', 0.142986, -0.035547, false],
    ]);
  });

  it('names the date whose rate explains each differing conversion', () => {
    expect(refs.map((r) => r.ref?.impliedRate?.date ?? '-')).toEqual([
      '2025-02-25',
      '2025-02-25',
      '-',
      '2025-05-05',
      '2025-05-09',
      '2025-04-30',
      '-',
      '2025-03-31',
    ]);
  });

  it('lists the conversions as table rows and keeps the feed valid', async () => {
    const rows = listConversions(feed);
    expect(rows.map((r) => r.verdict)).toEqual(seedVerdicts);
    expect(rows[2]).toMatchObject({ from: 'EUR', to: 'TWD', verdict: 'agrees', date: '2025-12-20' });
    expect(validateFeed(await applyRates(annotated)).issues).toEqual([]);
  });
});
