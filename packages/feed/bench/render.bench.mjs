// Times <briefing-feed> (the built CDN file) rendering 50, 1,000 and 10,000 briefings in Chromium,
// beside a plain-DOM baseline (document.createElement) rendering the same items, in the same run.
// Element times include JSON validation (zod, jitless like on a strict-CSP page) and the first layout.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedPath = createRequire(import.meta.url).resolve(
  '@briefing/schema/fixtures/should-pass/seed-feed.json',
);
const seed = JSON.parse(await readFile(seedPath, 'utf8'));
const COUNTS = [50, 1_000, 10_000];
const RUNS = 5;

const server = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  if (path === '/') {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(
      '<!doctype html><html lang="en"><meta charset="utf-8"><script type="module" src="/cdn/briefing-feed.js"></script><body style="margin:0;width:800px"></body></html>',
    );
    return;
  }
  const file = normalize(join(root, path));
  if (!file.startsWith(join(root, 'cdn'))) {
    response.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, {
      'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream',
    });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  await page.goto(url);
  const results = await page.evaluate(
    async ({ seed, counts, runs }) => {
      await customElements.whenDefined('briefing-feed');
      const Element = customElements.get('briefing-feed');
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      const feedOf = (n) => ({
        ...seed,
        items: Array.from({ length: n }, (_, i) => ({
          ...seed.items[i % seed.items.length],
          id: `item-${i}`,
        })),
      });

      function plain(feed) {
        const container = document.createElement('div');
        const title = document.createElement('h2');
        title.textContent = feed.title;
        container.append(title);
        const list = document.createElement('div');
        list.setAttribute('role', 'feed');
        feed.items.forEach((item, i) => {
          const article = document.createElement('article');
          article.tabIndex = 0;
          article.setAttribute('aria-posinset', String(i + 1));
          const h3 = document.createElement('h3');
          h3.textContent = item.title;
          article.append(h3);
          for (const paragraph of item.body) {
            const p = document.createElement('p');
            p.textContent = paragraph;
            article.append(p);
          }
          for (const source of item.sources) {
            const p = document.createElement('p');
            const publication = document.createElement('span');
            publication.textContent = source.publication ?? '';
            const time = document.createElement('time');
            time.dateTime = source.date ?? '';
            time.textContent = source.date ?? '';
            p.append(publication, time);
            if (source.url) {
              const a = document.createElement('a');
              a.href = source.url;
              a.rel = 'noopener noreferrer';
              a.target = '_blank';
              a.textContent = new URL(source.url).hostname;
              p.append(a);
            }
            article.append(p);
          }
          list.append(article);
        });
        container.append(list);
        document.body.append(container);
        void container.offsetHeight;
        return container;
      }

      async function element(feed, virtualize) {
        Element.virtualizeThreshold = virtualize ? 200 : Number.POSITIVE_INFINITY;
        const el = document.createElement('briefing-feed');
        el.setAttribute('paging', 'none');
        document.body.append(el);
        el.feed = feed;
        await el.updateComplete;
        while (!el.shadowRoot.querySelector('article')) await frame();
        const list = el.shadowRoot.querySelector('[part~="feed"]');
        if (virtualize && feed.items.length > 200)
          while (!list.classList.contains('virtual') || !list.querySelector('article')) await frame();
        void el.offsetHeight;
        return el;
      }

      const out = [];
      for (const n of counts) {
        const feed = feedOf(n);
        const times = { plain: [], element: [], flat: [] };
        for (let run = -1; run < runs; run++) {
          for (const [key, work] of [
            ['plain', async () => plain(feed)],
            ['element', () => element(feed, true)],
            ['flat', () => element(feed, false)],
          ]) {
            await frame();
            const start = performance.now();
            const node = await work();
            const time = performance.now() - start;
            node.remove();
            if (run >= 0) times[key].push(time);
          }
        }
        out.push({ n, plain: median(times.plain), element: median(times.element), flat: median(times.flat) });
      }
      return out;
    },
    { seed, counts: COUNTS, runs: RUNS },
  );
  console.log(`<briefing-feed> render, median of ${RUNS} runs (ms), Chromium ${browser.version()}`);
  console.log('items    plain DOM   element (virtualized >200)   ratio   element, no virtualizer   ratio');
  for (const { n, plain, element, flat } of results) {
    console.log(
      `${String(n).padStart(6)}   ${plain.toFixed(1).padStart(9)}   ${element.toFixed(1).padStart(26)}   ${(element / plain).toFixed(2).padStart(5)}x   ${flat.toFixed(1).padStart(23)}   ${(flat / plain).toFixed(2).padStart(5)}x`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
