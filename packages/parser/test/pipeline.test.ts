import { readFileSync } from 'node:fs';
import { createStaticRates } from '@briefing/rates';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PageFeedResult, parseFeeds, parsePage, parseToFeed } from '../src/index.js';

const seed = readFileSync(new URL('./fixtures/000_1eb645631e89ee3f.txt', import.meta.url), 'utf8');
const AT = '2026-01-01T00:00:00Z';

/** Every value of an async iterable (Node 20 has no Array.fromAsync). */
async function collect<T>(values: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of values) out.push(value);
  return out;
}

/** The stated conversion `text` of the briefing `id`, wherever it sits in the feed. */
function stated(feed: Awaited<ReturnType<typeof parseToFeed>>['feed'], id: string, text: string) {
  const item = feed.items.find((b) => b.id === id);
  return item?.money.flatMap((m) => m.stated).find((s) => s.text === text);
}

/** A one-briefing page whose citation is dated `date` ("July 3, 2026"), stating 100 euros in dollars. */
const pageDated = (date: string) =>
  `Euro Price Rises\n\nA ticket costs 100 euros ($117) at the gate.\n\nSource: Reuters, ${date}\nhttps://www.reuters.com/world/euro-price-rises-2026-07-03/\n`;

describe('parseToFeed', () => {
  it('checks the seed page against the embedded rates, as `briefing parse` does', async () => {
    const result = await parseToFeed(seed, { generatedAt: AT });
    expect(result.validation).toEqual({ ok: true });
    expect(result.feed.generatedAt).toBe(AT);
    expect(result.feed.title).toBe('Briefings');
    expect(result.feed.page).toEqual({ number: 2 });
    expect(result.feed.items).toHaveLength(8);
    expect(result.page.header).toBe('Briefings - 2. page');
    expect(result.rateIssues).toEqual([]);
    expect(stated(result.feed, 'rfi.my:CJgd', '$866')?.reference).toEqual({
      rate: 1.1721,
      rateDate: '2026-01-02',
      rateSource: 'ECB euro reference rate 2026-01-02',
      expected: { min: 966.982, max: 966.982 },
      deviation: -0.104431,
      tolerance: 0.030577,
      agrees: false,
      impliedRate: { rate: 1.0497, date: '2025-02-25' },
    });
    expect(stated(result.feed, 'cna.com.tw:202512200196', 'NT$1.48 million')?.reference).toMatchObject({
      rate: 36.7198,
      rateDate: '2025-12-01',
      ratePeriod: 'month',
      agrees: true,
    });
  });

  it('leaves every conversion without a reference with rates: false', async () => {
    const result = await parseToFeed(seed, { generatedAt: AT, rates: false });
    const all = result.feed.items.flatMap((b) => b.money.flatMap((m) => m.stated));
    expect(all).toHaveLength(8);
    expect(all.filter((s) => s.reference !== undefined || s.unchecked !== undefined)).toEqual([]);
    expect(result.validation).toEqual({ ok: true });
  });

  it('asks newer rates sources before the embedded rates', async () => {
    const mine = createStaticRates({
      base: 'EUR',
      rates: { USD: 1.05 },
      source: { id: 'mine', name: 'My rates', attribution: 'Source: my rates' },
    });
    const result = await parseToFeed(seed, { generatedAt: AT, rates: { sources: [mine] } });
    expect(stated(result.feed, 'rfi.my:CJgd', '$866')?.reference).toMatchObject({
      rate: 1.05,
      rateSource: 'My rates 2026-01-02',
      expected: { min: 866.25, max: 866.25 },
      agrees: true,
    });
    // Yuan is not in the table: the embedded rates answer it.
    expect(stated(result.feed, 'cna.com.tw:202601040175', '$108 billion')?.reference?.rateSource).toBe(
      'ECB euro reference rates 2026-01-02, crossed via EUR (CNY→EUR→USD)',
    );
  });

  it('uses a provider given as it is', async () => {
    const only = createStaticRates({ base: 'EUR', rates: { USD: 1.2 } });
    const result = await parseToFeed(seed, { generatedAt: AT, rates: only });
    expect(stated(result.feed, 'rfi.my:CJgd', '$866')?.reference).toMatchObject({ rate: 1.2 });
    expect(stated(result.feed, 'cna.com.tw:202601040175', '$108 billion')?.unchecked).toEqual({
      code: 'currency-not-covered',
      currency: 'CNY',
    });
    expect(result.rateIssues.map((i) => [i.briefingId, i.code, i.why])).toEqual([
      ['cna.com.tw:202512200196', 'currency-not-covered', { code: 'currency-not-covered', currency: 'TWD' }],
      ['cna.com.tw:202601040175', 'currency-not-covered', { code: 'currency-not-covered', currency: 'CNY' }],
      ['cna.com.tw:202601040175', 'currency-not-covered', { code: 'currency-not-covered', currency: 'CNY' }],
      ['cna.com.tw:202601040175', 'currency-not-covered', { code: 'currency-not-covered', currency: 'CNY' }],
      ['cna.com.tw:202601040175', 'currency-not-covered', { code: 'currency-not-covered', currency: 'CNY' }],
      ['cna.com.tw:202601040175', 'currency-not-covered', { code: 'currency-not-covered', currency: 'CNY' }],
    ]);
  });

  it('uses the newest rate for a date shortly after the data only with nearestDays', async () => {
    const page = pageDated('July 3, 2026');
    const strict = await parseToFeed(page, { generatedAt: AT });
    expect(strict.feed.items[0]?.money[0]?.stated[0]?.unchecked).toEqual({
      code: 'after-newest-data',
      newest: '2026-06-30',
    });
    const near = await parseToFeed(page, { generatedAt: AT, rates: { nearestDays: 5 } });
    expect(near.feed.items[0]?.money[0]?.stated[0]?.reference).toMatchObject({
      rateDate: '2026-06-01',
      ratePeriod: 'month',
      nearest: true,
    });
    expect(near.validation).toEqual({ ok: true });
  });

  it('reports what it doubts and never rejects for the page', async () => {
    const result = await parseToFeed('\u0000<html><p>no citation here', { generatedAt: AT });
    expect(result.feed.items.map((b) => [b.title, b.incomplete])).toEqual([
      ['\u0000<html><p>no citation here', true],
    ]);
    expect(result.issues.map((i) => [i.line, i.code])).toEqual([[1, 'incomplete-briefing']]);
    expect(result.validation).toEqual({ ok: true });
    const empty = await parseToFeed('', { generatedAt: AT });
    expect(empty.feed).toEqual({ schemaVersion: 1, title: 'Briefings', generatedAt: AT, items: [] });
  });

  it('names a bad option in one line', async () => {
    await expect(parseToFeed(seed, { rates: { nearestDays: 40 } })).rejects.toThrow(
      'parseToFeed: rates.nearestDays must be a whole number of days from 0 to 31; got 40',
    );
    await expect(parseToFeed(seed, { rates: 'ecb' as never })).rejects.toThrow(
      'parseToFeed: rates must be false, a rates provider or { sources, nearestDays }; got ecb',
    );
    await expect(parseToFeed(seed, null as never)).rejects.toThrow(
      'parseToFeed: options must be an object; got null',
    );
    await expect(parseToFeed(seed, { format: 'pdf' as never })).rejects.toThrow(
      'parseToFeed: format must be "text", "html", "markdown" or "auto"; got "pdf"',
    );
    await expect(parseToFeed(seed, { rates: { sources: [{} as never] } })).rejects.toThrow(
      'parseToFeed: rates.sources must be a list of rates providers',
    );
  });

  it('reports a feed option that makes the feed invalid in its validation outcome', async () => {
    const result = await parseToFeed(seed, { generatedAt: 'yesterday' });
    expect(result.validation.ok).toBe(false);
    const issues = result.validation.ok ? [] : result.validation.issues;
    expect(new Set(issues.map((i) => `${i.pointer} ${i.code}`))).toEqual(
      new Set(['/generatedAt invalid_format']),
    );
  });
});

describe('parseToFeed on any text (property)', () => {
  it('resolves to a valid feed holding exactly what parsePage read', async () => {
    const line = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom('', 'Briefings - 2. page', 'Source: Reuters, January 2, 2026', 'https://rfi.my/CJgd'),
      fc.constantFrom('It cost 100 euros ($117).', '<p>5 yuan (about $0.70)</p>', 'Skip to content'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 12 }), async (lines) => {
        const text = lines.join('\n');
        const result = await parseToFeed(text, { generatedAt: AT, rates: false });
        expect(result.validation).toEqual({ ok: true });
        expect(result.feed.items).toEqual(parsePage(text).items);
        const checked = await parseToFeed(text, { generatedAt: AT });
        expect(checked.validation).toEqual({ ok: true });
        expect(checked.feed.items.map((b) => b.id)).toEqual(result.feed.items.map((b) => b.id));
      }),
      { numRuns: 60 },
    );
  });
});

describe('parseFeeds', () => {
  it('yields one result per page, in order, with its name and position', async () => {
    async function* pages() {
      yield { text: seed, name: 'seed.txt' };
      yield pageDated('July 3, 2026');
      yield { text: '', name: 'empty.txt', startLine: 40 };
    }
    const out: PageFeedResult[] = [];
    for await (const result of parseFeeds(pages(), { generatedAt: AT, rates: false })) out.push(result);
    expect(out.map((r) => [r.index, r.name, r.startLine, r.feed.items.length])).toEqual([
      [1, 'seed.txt', undefined, 8],
      [2, undefined, undefined, 1],
      [3, 'empty.txt', 40, 0],
    ]);
  });

  it('gives each page what parseToFeed gives it alone', async () => {
    const [result] = await collect(parseFeeds([seed], { generatedAt: AT }));
    expect(result?.feed).toEqual((await parseToFeed(seed, { generatedAt: AT })).feed);
  });

  it('rejects bad options before reading a page', async () => {
    let read = 0;
    async function* pages() {
      read++;
      yield seed;
    }
    await expect(collect(parseFeeds(pages(), { rates: { nearestDays: -1 } }))).rejects.toThrow(
      'rates.nearestDays',
    );
    expect(read).toBe(0);
  });
});
