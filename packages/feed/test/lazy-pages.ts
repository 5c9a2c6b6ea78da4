import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join, normalize } from 'node:path';

/*
 * Fixture pages for the CDN file's modules loaded on demand, beside test/server.ts.
 * `/cdn-ssr-page?without=F`: a server-rendered element (declarative shadow DOM) and the CDN file
 * served from /cdn-without/F/, where the file F is missing (`-` for none); its probe reports whether
 * the element adopted the server's nodes. `/cdn-de-page?without=F`: a German element, the same way.
 * `/cdn-flaky-page?key=K`: the CDN file served from /cdn-flaky/K/, where the first two requests for
 * conversions.js fail (503) and later ones succeed; its probe waits for the chips to give up, opens a
 * conversion (the second request), reads the notice, presses Retry and waits for the details.
 */
export async function lazyPage(
  path: string,
  url: URL,
  response: ServerResponse,
  context: {
    root: string;
    sequences: Map<string, number>;
    strictPage: (response: ServerResponse, body: string) => void;
  },
): Promise<boolean> {
  if (path === '/cdn-ssr-page' || path === '/cdn-de-page') {
    const without = encodeURIComponent(url.searchParams.get('without') ?? '-');
    const seed = await readFile(join(context.root, '../schema/fixtures/should-pass/seed-feed.json'), 'utf8');
    let element = `<briefing-feed lang="de" search><script type="application/json">${seed.replace(/</g, '\\u003c')}</script></briefing-feed>`;
    if (path === '/cdn-ssr-page') {
      const { renderBriefingFeed } = await import('../src/ssr/index.js');
      element = await renderBriefingFeed(JSON.parse(seed), { currency: 'EUR' });
    }
    context.strictPage(
      response,
      `<script type="module" src="/probe-page.js"></script>
<script type="module" src="/cdn-without/${without}/briefing-feed.js"></script>
${element}`,
    );
    return true;
  }
  const without = /^\/cdn-without\/([^/]+)\/(.+)$/.exec(path);
  if (without) {
    const [, missing, file] = without as unknown as [string, string, string];
    if (file === decodeURIComponent(missing)) {
      response.writeHead(404).end();
      return true;
    }
    return serveCdnFile(context.root, file, response);
  }
  if (path === '/probe-page.js') {
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    response.end(PROBE_PAGE);
    return true;
  }
  if (path === '/cdn-flaky-page') {
    const key = encodeURIComponent(url.searchParams.get('key') ?? 'default');
    const seed = await readFile(join(context.root, '../schema/fixtures/should-pass/seed-feed.json'), 'utf8');
    context.strictPage(
      response,
      `<script type="module" src="/probe-flaky.js"></script>
<script type="module" src="/cdn-flaky/${key}/briefing-feed.js"></script>
<briefing-feed currency="EUR"><script type="application/json">${seed.replace(/</g, '\\u003c')}</script></briefing-feed>`,
    );
    return true;
  }
  const flaky = /^\/cdn-flaky\/([^/]+)\/(.+)$/.exec(path);
  if (flaky) {
    const [, key, file] = flaky as unknown as [string, string, string];
    if (file === 'conversions.js') {
      const n = context.sequences.get(`flaky-${key}`) ?? 0;
      context.sequences.set(`flaky-${key}`, n + 1);
      if (n < 2) {
        response.writeHead(503).end();
        return true;
      }
    }
    return serveCdnFile(context.root, file, response);
  }
  if (path === '/probe-flaky.js') {
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    response.end(PROBE_FLAKY);
    return true;
  }
  return false;
}

/** A file of the built cdn/ folder (a script, or a rates shard). */
async function serveCdnFile(root: string, file: string, response: ServerResponse): Promise<boolean> {
  const cdn = join(root, 'cdn');
  const target = normalize(join(cdn, file));
  if (!target.startsWith(cdn)) return false;
  try {
    const body = await readFile(target);
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
  return true;
}

/*
 * Runs inside /cdn-ssr-page and /cdn-de-page, before the CDN file: keeps the server-rendered nodes (if
 * any), waits until the element has rendered its 8 articles, and reports what it shows.
 */
const PROBE_PAGE = `
const started = Date.now();
const errors = [];
addEventListener('error', (e) => errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
const feed = document.querySelector('briefing-feed');
const before = feed.shadowRoot ? [...feed.shadowRoot.querySelectorAll('article')] : [];
async function report() {
  await customElements.whenDefined('briefing-feed');
  const articles = () => [...feed.shadowRoot.querySelectorAll('article')];
  while (!(feed.hasUpdated && articles().length === 8) && Date.now() - started < 10000) await new Promise((r) => setTimeout(r, 50));
  await feed.updateComplete;
  const after = articles();
  parent.postMessage({
    type: 'briefing-probe-page',
    serverRendered: before.length,
    articles: after.length,
    adopted: before.length > 0 && after.every((node, i) => node === before[i]),
    search: feed.shadowRoot.querySelector('[part="search-input"]')?.getAttribute('aria-label') ?? null,
    scripts: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js')).map((p) => p.split('/').pop()),
    errors,
  }, '*');
}
report();
`;

/* Runs inside /cdn-flaky-page: once the chips show "n/a" (the conversions did not load), opens one, reports
 * the notice beside it after the failed import, presses Retry and reports whether the details then show. */
const PROBE_FLAKY = `
const started = Date.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const until = async (test) => { while (!test() && Date.now() - started < 15000) await sleep(50); return test(); };
async function report() {
  await customElements.whenDefined('briefing-feed');
  const root = () => document.querySelector('briefing-feed').shadowRoot;
  // The 901.5 billion yuan figure, whose stated conversion differs (as in test/server.ts's probe).
  const chip = () => root()?.querySelectorAll('[part~="money-button"]')[3];
  await until(() => chip()?.textContent.trim() === 'n/a');
  const gaveUp = chip().textContent.trim();
  chip()?.click();
  const popover = () => root().querySelector('[part="popover"]');
  const alert = () => chip()?.parentElement?.querySelector('[role="alert"]');
  const retry = () => alert()?.querySelector('button');
  await until(retry);
  const failed = { text: alert().textContent.replace(/\\s+/g, ' ').trim(), open: popover().matches(':popover-open') };
  retry()?.click();
  await until(() => popover().querySelector('dl [data-verdict]'));
  parent.postMessage({
    type: 'briefing-probe-flaky',
    gaveUp,
    failed,
    details: popover().matches(':popover-open') && Boolean(popover().querySelector('dl')),
    verdict: popover().querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? null,
    retryLeft: Boolean(retry()),
    requests: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('conversions.js')).length,
  }, '*');
}
report();
`;
