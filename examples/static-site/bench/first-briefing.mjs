// Time to first briefing, server-rendered vs rendered in the browser, side by side in Debian's
// Chromium: the same page (page.html) once as `briefing render` wrote it (public/index.html,
// declarative shadow DOM, hydrated) and once with a plain <briefing-feed src="feed.json"> that the
// element fetches and renders. Each load uses a fresh browser context (cold cache).
// Run after `pnpm build`: `pnpm bench` (or `node bench/first-briefing.mjs [runs]`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { makeFeed, renderSite, TEMPLATE_FILE } from '../build.mjs';
import { PUBLIC_DIR, startStaticSite } from '../serve.mjs';

const runs = Number(process.argv[2] ?? 9);

// Records, in the page, when the first <article> of the feed has been painted, the first contentful
// paint, and the layout shifts.
const probe = () => {
  const w = window;
  w.__bench = { firstBriefing: undefined, cls: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__bench.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const look = () => {
    const root = document.querySelector('briefing-feed')?.shadowRoot;
    if (root?.querySelector('article')) {
      // The frame that has the article is painted before the next animation frame starts; both
      // pages pay this one frame alike.
      requestAnimationFrame(() => {
        w.__bench.firstBriefing = performance.now();
        performance.mark('first-briefing');
      });
    } else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

const clientPage = readFileSync(TEMPLATE_FILE, 'utf8').replace(
  '</head>',
  '    <script type="module" src="/vendor/briefing-feed/briefing-feed.js"></script>\n  </head>',
);

async function measure(browser, url, cpuSlowdown) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  await page.route('**/client-rendered.html', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: clientPage }),
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.addInitScript(probe);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.firstBriefing !== undefined);
  // Let hydration and the rates (loaded after) settle before reading the layout shifts.
  await page.waitForFunction(() =>
    [
      ...(document.querySelector('briefing-feed')?.shadowRoot?.querySelectorAll('[part="money-button"]') ??
        []),
    ].every((chip) => chip.textContent.trim() !== '…'),
  );
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => ({
    firstBriefing: window.__bench.firstBriefing,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    cls: window.__bench.cls,
  }));
  await context.close();
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

makeFeed();
renderSite();
if (!readFileSync(join(PUBLIC_DIR, 'index.html'), 'utf8').includes('shadowrootmode'))
  throw new Error('public/index.html is not server-rendered');
const site = await startStaticSite({ port: 0 });
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  console.log(`time to first briefing, median of ${runs} cold loads (ms; Chromium, localhost)`);
  console.log('CPU      page                     first briefing    FCP     CLS');
  for (const cpuSlowdown of [1, 4]) {
    const rows = {};
    for (const [name, path] of [
      ['server-rendered', ''],
      ['browser-rendered', 'client-rendered.html'],
    ]) {
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await measure(browser, site.url + path, cpuSlowdown));
      rows[name] = {
        firstBriefing: median(samples.map((s) => s.firstBriefing)),
        fcp: median(samples.map((s) => s.fcp)),
        cls: Math.max(...samples.map((s) => s.cls)),
      };
      const row = rows[name];
      console.log(
        `${`${cpuSlowdown}x`.padEnd(8)} ${name.padEnd(24)} ${row.firstBriefing.toFixed(0).padStart(14)} ${row.fcp.toFixed(0).padStart(6)} ${row.cls.toFixed(3).padStart(7)}`,
      );
    }
    const ratio = rows['browser-rendered'].firstBriefing / rows['server-rendered'].firstBriefing;
    console.log(`${`${cpuSlowdown}x`.padEnd(8)} browser / server         ${ratio.toFixed(2).padStart(13)}x`);
  }
} finally {
  await browser.close();
  await site.close();
}
