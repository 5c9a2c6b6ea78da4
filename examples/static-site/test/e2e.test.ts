// The whole path in a real browser: the fixture page -> `briefing parse` (the built CLI) ->
// feed.json -> the example server -> <briefing-feed> from the CDN build, in Debian's Chromium.
// Needs `pnpm build` first (the root `pnpm test` builds before it tests).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFeed } from '../build.mjs';
import { startStaticSite } from '../serve.mjs';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
// The committed README picture is only rewritten on request (UPDATE_SCREENSHOTS=1), so a test run
// leaves the work tree clean; otherwise the screenshot goes to test-results/.
const screenshotPath = fileURLToPath(
  new URL(
    process.env.UPDATE_SCREENSHOTS ? '../../../docs/screenshot.png' : '../test-results/screenshot.png',
    import.meta.url,
  ),
);

/** The citations of the fixture page, in order, as the seed feed records them. */
const EXPECTED_SOURCES = [
  { publication: 'Radio France International', date: '2026-01-02', url: 'https://rfi.my/CJgd' },
  {
    publication: 'Epoch Times',
    date: '2025-12-23',
    url: 'https://www.epochtimes.com/b5/25/12/23/n14660760.htm',
  },
  {
    publication: 'Central News Agency',
    date: '2025-12-20',
    url: 'https://www.cna.com.tw/news/acn/202512200196.aspx',
  },
  {
    publication: "People's Daily",
    date: '2026-01-03',
    url: 'https://paper.people.com.cn/rmrb/pc/content/202601/03/content_30128998.html',
  },
  {
    publication: 'Lianhe Zaobao',
    date: '2026-01-02',
    url: 'https://www.zaobao.com.sg/finance/china/story20260102-8044089',
  },
  { publication: 'Guancha', date: '2026-01-03', url: 'https://www.toutiao.com/article/7590933838105248282' },
  {
    publication: 'Central News Agency',
    date: '2026-01-04',
    url: 'https://www.cna.com.tw/news/acn/202601040175.aspx',
  },
  { publication: 'Guancha', date: '2025-12-29', url: 'https://www.guancha.cn/Neil/2025_12_29_801980.shtml' },
];

interface Feed {
  items: { title: string; money: { text: string }[] }[];
}

let site: { url: string; close: () => Promise<void> };
let browser: Browser;
let feed: Feed;
const problems: string[] = [];
const foreignRequests: string[] = [];

async function openPage(
  path: string,
  options: { colorScheme?: 'light' | 'dark'; articles?: number } = {},
): Promise<Page> {
  const { articles = 8, ...contextOptions } = options;
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, ...contextOptions });
  const origin = new URL(site.url).origin;
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${path}: console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`${path}: uncaught ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`${path}: request failed ${request.url()}: ${request.failure()?.errorText}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${path}: HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) foreignRequests.push(request.url());
  });
  await page.goto(new URL(path, site.url).href);
  await page
    .locator('briefing-feed article')
    .nth(articles - 1)
    .waitFor();
  return page;
}

/** The converted values, once every rate has arrived (a pending conversion shows "…"). */
async function convertedValues(page: Page, selector = 'briefing-feed'): Promise<string[]> {
  const buttons = page.locator(`${selector} [part="money-button"]`);
  let texts: string[] = [];
  await expect
    .poll(
      async () => {
        texts = (await buttons.allTextContents()).map((text) => text.trim());
        return texts.length > 0 && texts.every((text) => text !== '…');
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return texts;
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: a <script> tag (addScriptTag) would be an inline
  // script, which the site's Content-Security-Policy rightly blocks.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page as a global.
    const axe = (window as any).axe;
    const result = await axe.run(document);
    return result.violations.map(
      (v: { id: string; help: string; nodes: { target: unknown }[] }) =>
        `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
    );
  });
  return violations as string[];
}

beforeAll(async () => {
  const made = makeFeed();
  feed = JSON.parse(readFileSync(made.feedFile, 'utf8'));
  site = await startStaticSite({ port: 0 });
  browser = await chromium.launch(chromiumLaunchOptions);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the static site, end to end', () => {
  let page: Page;

  it('renders the 8 briefings of the fixture page', async () => {
    page = await openPage('/');
    const articles = page.locator('briefing-feed [role="feed"] article');
    expect(await articles.count()).toBe(8);
    const titles = await page.locator('briefing-feed [part="article-title"]').allTextContents();
    expect(titles.map((title) => title.trim())).toEqual(feed.items.map((item) => item.title));
  });

  it("shows each citation's publication, date and link", async () => {
    const articles = page.locator('briefing-feed article');
    for (const [index, expected] of EXPECTED_SOURCES.entries()) {
      const citation = articles.nth(index).locator('[part="citation"]');
      expect(await citation.count()).toBe(1);
      expect(await citation.locator('[part="publication"]').textContent()).toBe(expected.publication);
      expect(await citation.locator('time[part="date"]').getAttribute('datetime')).toBe(expected.date);
      const link = citation.locator('a[part="link"]');
      expect(await link.getAttribute('href')).toBe(expected.url);
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('converts every money amount, and switching the currency changes the values', async () => {
    const mentions = feed.items.reduce((count, item) => count + item.money.length, 0);
    expect(mentions).toBeGreaterThanOrEqual(8);
    const euros = await convertedValues(page);
    expect(euros).toHaveLength(mentions);
    expect(euros.filter((text) => text.includes('€')).length).toBe(mentions);

    await page.locator('briefing-feed').evaluate((element) => element.setAttribute('currency', 'JPY'));
    await expect
      .poll(async () => (await convertedValues(page)).join('|'), { timeout: 20_000 })
      .not.toBe(euros.join('|'));
    const yen = await convertedValues(page);
    expect(yen).toHaveLength(mentions);
    expect(yen.filter((text) => text.includes('¥')).length).toBe(mentions);

    // The details of one conversion: the amount as written and the reference rate.
    await page.locator('briefing-feed').evaluate((element) => element.setAttribute('currency', 'EUR'));
    await convertedValues(page);
    const button = page.locator('briefing-feed [part="money-button"]').first();
    await button.click();
    const popover = page.locator('briefing-feed [part="popover"]');
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(await popover.textContent()).toContain(
      feed.items.find((item) => item.money.length > 0)?.money[0]?.text,
    );
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
  });

  it('has no accessibility violations (axe-core), light and dark', async () => {
    expect(await axeViolations(page)).toEqual([]);
    const dark = await openPage('/', { colorScheme: 'dark' });
    await convertedValues(dark);
    expect(await axeViolations(dark)).toEqual([]);
    await dark.close();
  });

  it('writes the screenshot for the README', async () => {
    await page.reload();
    await page.locator('briefing-feed article').nth(7).waitFor();
    await convertedValues(page);
    // One open conversion shows what the element is about.
    await page.locator('briefing-feed [part="money-button"]').first().click();
    await expect.poll(() => page.locator('briefing-feed [part="popover"]').isVisible()).toBe(true);
    mkdirSync(dirname(screenshotPath), { recursive: true });
    const png = await page.screenshot({ path: screenshotPath });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('the theming page', () => {
  it('switches language and currency from its controls, and passes axe', async () => {
    // The theming page shows 3 briefings per page (paging="pages" page-size="3").
    const page = await openPage('/theming.html', { articles: 3 });
    const dates = page.locator('briefing-feed time[part="date"]');
    const englishDate = (await dates.first().textContent())?.trim();
    const dollars = await convertedValues(page);
    expect(dollars.every((text) => text.includes('$'))).toBe(true);

    await page.selectOption('select[name="lang"]', 'de');
    await expect.poll(async () => (await dates.first().textContent())?.trim()).not.toBe(englishDate);
    expect(await dates.first().getAttribute('datetime')).toBe(EXPECTED_SOURCES[0]?.date);

    await page.selectOption('select[name="currency"]', 'TWD');
    await expect.poll(async () => (await convertedValues(page)).join('|')).not.toBe(dollars.join('|'));

    await page.selectOption('select[name="theme"]', 'dark');
    expect(await page.locator('briefing-feed').getAttribute('theme')).toBe('dark');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the server-rendered page', () => {
  it('shows all 8 briefings and their citation links with JavaScript disabled', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1100, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(site.url);
    // Declarative shadow DOM is the HTML parser's: no script is needed for the shadow root.
    const articles = page.locator('briefing-feed [role="feed"] article');
    expect(await articles.count()).toBe(8);
    expect(await articles.nth(7).isVisible()).toBe(true);
    const titles = await page.locator('briefing-feed [part="article-title"]').allTextContents();
    expect(titles.map((title) => title.trim())).toEqual(feed.items.map((item) => item.title));
    const links = await page
      .locator('briefing-feed a[part="link"]')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(links).toEqual(EXPECTED_SOURCES.map((source) => source.url));
    // Conversions were resolved on the server: no chip waits for a rate.
    const chips = (await page.locator('briefing-feed [part="money-button"]').allTextContents()).map((t) =>
      t.trim(),
    );
    expect(chips.length).toBeGreaterThanOrEqual(8);
    expect(chips.every((text) => text.includes('€'))).toBe(true);
    await context.close();
  });

  it('announces the three feeds and marks every briefing up as a NewsArticle', async () => {
    const page = await openPage('/');
    const alternates = await page
      .locator('head link[rel="alternate"]')
      .evaluateAll((links) =>
        links.map((link) => `${link.getAttribute('type')} ${link.getAttribute('href')}`),
      );
    expect(alternates).toEqual([
      'application/rss+xml feed.rss.xml',
      'application/atom+xml feed.atom.xml',
      'application/feed+json feed.feed.json',
    ]);
    for (const path of ['feed.rss.xml', 'feed.atom.xml', 'feed.feed.json']) {
      const response = await fetch(new URL(path, site.url));
      expect(response.status).toBe(200);
    }
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@graph']).toHaveLength(8);
    expect(ld['@graph'][0]['@type']).toBe('NewsArticle');
    expect(ld['@graph'][0].isBasedOn).toEqual([EXPECTED_SOURCES[0]?.url]);
    await page.close();
  });

  it('hydrates the rendered DOM in place: the same nodes, no request for src', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const script = new URL('briefing-feed/briefing-feed.js', site.url).href;
    // The element's script is held back until the static page has been inspected.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(script, async (route) => {
      await held;
      await route.continue();
    });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(site.url, { waitUntil: 'commit' });
    await page.locator('briefing-feed article').nth(7).waitFor();
    await page.locator('briefing-feed').evaluate((element) => {
      const root = element.shadowRoot as ShadowRoot;
      // biome-ignore lint/suspicious/noExplicitAny: a marker on the window, read back below.
      (window as any).__rendered = [...root.querySelectorAll('article, [part="money-button"]')];
    });
    release();
    await expect
      .poll(() =>
        page.locator('briefing-feed').evaluate((element) => (element as { hasUpdated?: boolean }).hasUpdated),
      )
      .toBe(true);
    const same = await page.locator('briefing-feed').evaluate((element) => {
      const root = element.shadowRoot as ShadowRoot;
      const now = [...root.querySelectorAll('article, [part="money-button"]')];
      // biome-ignore lint/suspicious/noExplicitAny: the marker set above.
      const before = (window as any).__rendered as Element[];
      return now.length === before.length && now.every((node, index) => node === before[index]);
    });
    expect(same).toBe(true);
    expect(requested).not.toContain('/feed.json');
    // The CDN file imports Lit's hydration support only for a page like this one, with a server-rendered element.
    expect(requested).toContain(new URL('briefing-feed/hydrate-support.js', site.url).pathname);
    // Hydrated means live: search filters and a conversion opens its details.
    await page.locator('briefing-feed').evaluate((element) => element.setAttribute('search', ''));
    const input = page.locator('briefing-feed [part="search-input"]');
    await input.fill('caviar');
    await expect.poll(() => page.locator('briefing-feed [role="feed"] article').count()).toBe(1);
    await input.fill('');
    await expect.poll(() => page.locator('briefing-feed [role="feed"] article').count()).toBe(8);
    await page.locator('briefing-feed [part="money-button"]').first().click();
    await expect.poll(() => page.locator('briefing-feed [part="popover"]').isVisible()).toBe(true);
    expect(await page.locator('briefing-feed [part="popover"]').textContent()).toContain('EUR');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hydrates without any layout shift (CLS 0, PerformanceObserver layout-shift)', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.addInitScript(() => {
      // biome-ignore lint/suspicious/noExplicitAny: collected on the window, read back by the test.
      const w = window as any;
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    await page.goto(site.url);
    await expect
      .poll(() =>
        page.locator('briefing-feed').evaluate((element) => (element as { hasUpdated?: boolean }).hasUpdated),
      )
      .toBe(true);
    // The rates load after hydration and re-render the chips with the values they already show.
    await convertedValues(page);
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 500))),
    );
    // biome-ignore lint/suspicious/noExplicitAny: collected by the init script.
    const shifts = await page.evaluate(() => (window as any).__shifts as number[]);
    expect(shifts).toEqual([]);
    expect(errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the whole session', () => {
  it('had no console errors, no failed requests and no request to another origin', () => {
    expect(problems).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
