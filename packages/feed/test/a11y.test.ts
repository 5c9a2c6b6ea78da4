import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanup, mount, part, seedFeed, untilArticles, untilConverted } from './helpers.js';

afterEach(cleanup);

async function violations(element: HTMLElement) {
  const result = await axe.run(element, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  it('axe finds no violations: loaded feed with conversions, search, paging and an open popover', async () => {
    document.body.style.background = theme === 'dark' ? '#000' : '#fff';
    const feed = seedFeed();
    feed.page = { number: 2, next: 'page-3.json', prev: 'page-1.json' };
    const element = mount({ theme, currency: 'EUR', search: true, 'page-size': '4' }, { feed });
    await untilArticles(element, 4);
    await untilConverted(element);
    expect(await violations(element)).toEqual([]);
    part<HTMLButtonElement>(element, 'money-button')!.click();
    await element.updateComplete;
    expect(await violations(element)).toEqual([]);
  });

  it('axe finds no violations in the loading and error states', async () => {
    const loading = mount({ theme });
    await loading.updateComplete;
    expect(await violations(loading)).toEqual([]);
    const failing = mount({ theme }, { feed: { nope: true } });
    await failing.updateComplete;
    expect(part(failing, 'error-message')?.textContent).toContain('not a valid');
    expect(await violations(failing)).toEqual([]);
  });

  it('saves a screenshot of the seed feed, with a conversion popover open', async () => {
    await page.viewport(860, 2300);
    document.body.style.background = theme === 'dark' ? '#0b0d10' : '#eef0f3';
    document.body.style.padding = '32px';
    document.body.style.margin = '0';
    const currency = theme === 'dark' ? 'TWD' : 'USD';
    const element = mount({ theme, currency, limit: '2', search: true }, { feed: seedFeed() });
    await untilArticles(element, 2);
    const chips = await untilConverted(element);
    chips[0]!.click();
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const path = await page.screenshot({ element, path: `__screenshots__/briefing-feed-${theme}.png` });
    expect(path).toContain(`briefing-feed-${theme}.png`);
    document.body.style.padding = '';
  });
});
