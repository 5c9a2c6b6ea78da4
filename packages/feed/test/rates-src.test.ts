import type { BriefingFeed } from '@briefing/schema';
import { afterEach, describe, expect, it } from 'vitest';
import novemberFeed from './fixtures/november-2026-feed.json';
import { cleanup, mount, server, untilArticles, untilConverted, untilDetails } from './helpers.js';

afterEach(cleanup);

const feed = () => structuredClone(novemberFeed) as BriefingFeed;

async function openDetails(element: HTMLElement & { updateComplete: Promise<boolean> }) {
  const [chip] = await untilConverted(element as never);
  chip!.click();
  return untilDetails(element as never);
}

describe('rates-src: a November 2026 briefing', () => {
  it('with a rates folder covering the date: converted, and the stated figure checked with that day’s rate', async () => {
    const element = mount({ currency: 'USD', 'rates-src': `${server()}/rates-november/` }, { feed: feed() });
    await untilArticles(element, 1);
    const [chip] = await untilConverted(element);
    // 100 million yuan at 1.16 / 8.25 USD per CNY (the fixture's 2026-11-20 figures) = $14.06M.
    expect(chip?.textContent).toBe('≈ $14.1M');
    const details = await openDetails(element);
    expect(details.textContent).toContain('1 CNY = 0.140606 USD');
    expect(details.textContent).toContain(
      'ECB euro reference rates 2026-11-20, crossed via EUR (CNY→EUR→USD)',
    );
    // The verdict code loads on first use (cdn/verdict.js), so the verdict may follow a moment later.
    await expect.poll(() => details.textContent).toContain('agrees with the reference rate (-0.4%)');
  });

  it('without it: no rate, and the details say the date is after the newest rates', async () => {
    const element = mount({ currency: 'USD' }, { feed: feed() });
    await untilArticles(element, 1);
    const [chip] = await untilConverted(element);
    expect(chip?.textContent).toBe('n/a');
    const details = await openDetails(element);
    expect(details.textContent).toContain(
      'No reference rate: the cited date is after the newest rates (2026-06-30)',
    );
  });

  it('the ratesSrc property does the same, and a folder that does not load says so', async () => {
    const element = mount({ currency: 'USD' }, { feed: feed(), ratesSrc: `${server()}/rates-november/` });
    await untilArticles(element, 1);
    expect((await untilConverted(element))[0]?.textContent).toBe('≈ $14.1M');
    const broken = mount({ currency: 'USD', 'rates-src': `${server()}/status/404/` }, { feed: feed() });
    await untilArticles(broken, 1);
    const details = await openDetails(broken);
    expect(details.textContent).toContain(`The rates at ${server()}/status/404/ could not be loaded`);
  });
});
