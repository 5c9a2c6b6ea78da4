import type { BriefingFeed, ConversionReference } from '@briefing/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, mount, part, seedFeed, untilArticles, untilConverted, untilDetails } from './helpers.js';

afterEach(cleanup);

/*
 * The element's verdict on each stated conversion of the seed feed equals `briefing check`'s
 * (packages/cli/test/check.test.ts states the same list): with the data's `reference` and without
 * it (what `--no-rates`, the service's /parse and hand-written feeds give).
 */
const CLI_VERDICTS = ['differs', 'differs', 'agrees', 'differs', 'differs', 'differs', 'agrees', 'differs'];

/** The references `briefing parse` writes for the seed (rates as the CLI recorded them). */
const ECB_0102 = 'ECB euro reference rate 2026-01-02';
const CROSS_0102 = 'ECB euro reference rates 2026-01-02, crossed via EUR (CNY→EUR→USD)';
const REFERENCES: ConversionReference[] = [
  {
    rate: 1.1721,
    rateDate: '2026-01-02',
    rateSource: ECB_0102,
    expected: { min: 3516.3, max: 10548.9 },
    deviation: -0.104172,
    tolerance: 0.030794,
    agrees: false,
    impliedRate: { rate: 1.05, date: '2025-02-25' },
  },
  {
    rate: 1.1721,
    rateDate: '2026-01-02',
    rateSource: ECB_0102,
    expected: { min: 966.982, max: 966.982 },
    deviation: -0.104431,
    tolerance: 0.030577,
    agrees: false,
    impliedRate: { rate: 1.0497, date: '2025-02-25' },
  },
  {
    rate: 36.7198,
    rateDate: '2025-12-01',
    ratePeriod: 'month',
    rateSource: 'ECB (EUR→USD) 2025-12-19 × Fed H.10 monthly average (USD→TWD), December 2025',
    expected: { min: 1468790, max: 1468790 },
    deviation: 0.007631,
    tolerance: 0.043378,
    agrees: true,
  },
  {
    rate: 0.142986,
    rateDate: '2026-01-02',
    rateSource: CROSS_0102,
    expected: { min: 128902e6, max: 128902e6 },
    deviation: -0.038028,
    tolerance: 0.034032,
    agrees: false,
    impliedRate: { rate: 0.137549, date: '2025-05-05' },
  },
  {
    rate: 0.142986,
    rateDate: '2026-01-02',
    rateSource: CROSS_0102,
    expected: { min: 101649e6, max: 121624e6 },
    deviation: -0.037052,
    tolerance: 0.034651,
    agrees: false,
    impliedRate: { rate: 0.137688, date: '2025-05-09' },
  },
  {
    rate: 0.142986,
    rateDate: '2026-01-02',
    rateSource: CROSS_0102,
    expected: { min: 114532e6, max: 114803e6 },
    deviation: -0.036345,
    tolerance: 0.034525,
    agrees: false,
    impliedRate: { rate: 0.137789, date: '2025-04-30' },
  },
  {
    rate: 0.142986,
    rateDate: '2026-01-02',
    rateSource: CROSS_0102,
    expected: { min: 111801e6, max: 111801e6 },
    deviation: -0.033996,
    tolerance: 0.03463,
    agrees: true,
  },
  {
    rate: 0.142986,
    rateDate: '2026-01-02',
    rateSource: CROSS_0102,
    expected: { min: 886513e6, max: 886513e6 },
    deviation: -0.035547,
    tolerance: 0.030585,
    agrees: false,
    impliedRate: { rate: 0.137903, date: '2025-03-31' },
  },
];

function withReferences(): BriefingFeed {
  const feed = seedFeed();
  let k = 0;
  for (const item of feed.items)
    for (const mention of item.money) for (const stated of mention.stated) stated.reference = REFERENCES[k++];
  expect(k).toBe(8);
  return feed;
}

/** Opens each money chip's details and reads the verdict of its stated conversion. */
async function verdicts(feed: BriefingFeed): Promise<{ verdict: string; text: string }[]> {
  const element = mount({ currency: 'USD' }, { feed });
  await untilArticles(element, 8);
  const chips = await untilConverted(element);
  const out: { verdict: string; text: string }[] = [];
  for (const chip of chips) {
    chip.click();
    await element.updateComplete;
    await untilDetails(element);
    const popover = part(element, 'popover')!;
    await expect
      .poll(() => popover.querySelector('[data-verdict]')?.getAttribute('data-verdict'))
      .toBeTruthy();
    const node = popover.querySelector('[data-verdict]')!;
    out.push({
      verdict: node.getAttribute('data-verdict')!,
      text: popover.textContent?.replace(/\s+/g, ' ') ?? '',
    });
    part<HTMLButtonElement>(element, 'popover-close')!.click();
    await element.updateComplete;
  }
  return out;
}

describe('verdicts: the element says what briefing check says', () => {
  it('seed feed without reference: checked in the browser against the embedded rates', async () => {
    const seen = await verdicts(seedFeed());
    expect(seen.map((v) => v.verdict)).toEqual(CLI_VERDICTS);
    expect(seen[3]?.text).toContain('differs from the reference rate by -3.8%');
  });

  it('without reference, a differing conversion still names the date whose rate explains it', async () => {
    const element = mount({ currency: 'USD' }, { feed: seedFeed() });
    await untilArticles(element, 8);
    const chips = await untilConverted(element);
    chips[3]!.click();
    await element.updateComplete;
    await untilDetails(element);
    const text = () => part(element, 'popover')!.textContent?.replace(/\s+/g, ' ') ?? '';
    // The same sentence as with the CLI's reference, found in the embedded history in the browser.
    await expect
      .poll(text, { timeout: 15_000 })
      .toContain('consistent with the rate of 2025-05-05 (the writer used 7.27 CNY per USD)');
  });

  it('seed feed with the CLI references: judged from the recorded rates, same verdicts', async () => {
    const seen = await verdicts(withReferences());
    expect(seen.map((v) => v.verdict)).toEqual(CLI_VERDICTS);
    // A conversion that differs says which date's rate explains it.
    expect(seen[3]?.text).toContain(
      'consistent with the rate of 2025-05-05 (the writer used 7.27 CNY per USD)',
    );
  });

  it('a briefing without a dated citation is unchecked, and says why', async () => {
    const feed = seedFeed();
    for (const item of feed.items) {
      delete item.published;
      for (const source of item.sources) delete source.date;
    }
    const element = mount({ currency: 'EUR' }, { feed });
    await untilArticles(element, 8);
    const chips = await untilConverted(element);
    chips[0]!.click();
    await element.updateComplete;
    await untilDetails(element);
    const node = part(element, 'popover')!.querySelector('[data-verdict]')!;
    expect(node.getAttribute('data-verdict')).toBe('unchecked');
    expect(node.getAttribute('data-reason')).toBe('no-date');
    expect(node.textContent).toContain('the citation has no date');
  });

  it("says why there is no rate in the reader's language (German: no English sentence)", async () => {
    const feed = seedFeed();
    for (const item of feed.items) {
      delete item.published;
      for (const source of item.sources) delete source.date;
    }
    const element = mount({ currency: 'EUR', lang: 'de' }, { feed });
    await untilArticles(element, 8);
    const chips = await untilConverted(element);
    expect(chips[1]?.textContent).toBe('k. A.');
    chips[1]!.click();
    await element.updateComplete;
    await untilDetails(element);
    const text = part(element, 'popover')!.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('In EUR Kein Referenzkurs: die Quelle hat kein Datum');
    // German quotation marks around the words quoted from the briefing.
    expect(text).toContain('Original „825 euros ($866)“');
    expect(text).not.toContain('The briefing has no date');
  });
});
