import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRatesFile, type ShardSet, tableToShards } from '@briefing/rates';
import { lazyPage } from './lazy-pages.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

const seedPath = createRequire(import.meta.url).resolve(
  '@briefing/schema/fixtures/should-pass/seed-feed.json',
);

/**
 * `/rates-november/`: a rates folder as `briefing rates export` writes it (same readers, same shards),
 * made from the rates package's November 2026 test fixture (made-up figures, see its README).
 */
async function novemberRates(): Promise<ShardSet> {
  const xml = await readFile(join(root, '../rates/fixtures/eurofxref-hist-90d.sample.xml'));
  return tableToShards(readRatesFile(new Uint8Array(xml), 'eurofxref-hist-90d.sample.xml'));
}

async function seed(): Promise<{ items: { id: string; title: string }[]; [key: string]: unknown }> {
  return JSON.parse(await readFile(seedPath, 'utf8'));
}

/** Feed pages for paging tests: `/pages/N.json`, 3 items each, 3 pages. */
async function page(n: number) {
  const feed = await seed();
  const items = feed.items
    .slice(0, 3)
    .map((item, i) => ({ ...item, id: `p${n}-${i}`, title: `Page ${n} item ${i + 1}` }));
  return {
    ...feed,
    title: `Paged feed ${n}`,
    page: {
      number: n,
      total: 3,
      ...(n < 3 ? { next: `${n + 1}.json` } : {}),
      ...(n > 1 ? { prev: `${n - 1}.json` } : {}),
    },
    items,
  };
}

const pageHtml = (body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>briefing-feed page</title></head>
<body>${body}</body></html>`;

/** A page under `Content-Security-Policy: script-src 'self'` (no inline script, no eval). */
function strictPage(response: ServerResponse, body: string): void {
  response.writeHead(200, {
    'content-type': types['.html']!,
    'content-security-policy': "script-src 'self'",
  });
  response.end(pageHtml(body));
}

/** Fixture server: static files plus programmable failures, CORS open for the test page's origin. */
export async function startServer(): Promise<{ url: string; server: Server }> {
  const sequences = new Map<string, number>();
  const server = createServer((request, response) => {
    handle(request, response, sequences).catch((error) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}

/** Requests to `/never`, by key: still open, or closed by the client. */
const stalled = new Map<string, 'open' | 'closed'>();

async function handle(request: IncomingMessage, response: ServerResponse, sequences: Map<string, number>) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const cors = { 'access-control-allow-origin': '*' };
  const json = (status: number, body: unknown, extra: Record<string, string> = {}) => {
    response.writeHead(status, { ...cors, 'content-type': types['.json']!, ...extra });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
  const path = url.pathname;
  if (path === '/seed.json') return json(200, await seed());
  if (path.startsWith('/rates-november/')) {
    const set = await novemberRates();
    const file = path.slice('/rates-november/'.length);
    const body = file === 'index.json' ? set.index : set.files[file];
    return body ? json(200, body) : json(404, { error: 'no such shard' });
  }
  if (path.startsWith('/status/')) return json(Number(path.slice(8)) || 500, { error: 'nope' });
  if (path === '/not-json') {
    response.writeHead(200, { ...cors, 'content-type': 'text/html' });
    return response.end('<!doctype html><p>Not JSON</p>');
  }
  if (path === '/network-error') return request.socket.destroy();
  // `/never?key=k`: answers nothing, ever; `/never-closed?key=k` says whether the client gave up on it.
  if (path === '/never') {
    const key = url.searchParams.get('key') ?? '';
    stalled.set(key, 'open');
    request.socket.once('close', () => stalled.set(key, 'closed'));
    return;
  }
  if (path === '/never-closed')
    return json(200, { state: stalled.get(url.searchParams.get('key') ?? '') ?? 'unseen' });
  // `/trickle`: headers at once, then a byte of body every 200 ms, never ending.
  if (path === '/trickle') {
    response.writeHead(200, { ...cors, 'content-type': types['.json']! });
    response.write('{"items": [');
    const timer = setInterval(() => response.write(' '), 200);
    request.socket.once('close', () => clearInterval(timer));
    return;
  }
  if (path === '/slow') {
    const ms = Number(url.searchParams.get('ms') ?? 500);
    const title = url.searchParams.get('title') ?? 'Slow feed';
    await new Promise((resolve) => setTimeout(resolve, ms));
    return json(200, { ...(await seed()), title });
  }
  // The seed feed server-rendered by @briefing/feed/ssr, for the hydration test.
  if (path === '/ssr-fragment') {
    const { renderBriefingFeed } = await import('../src/ssr/index.js');
    const feed = (await seed()) as unknown as Parameters<typeof renderBriefingFeed>[0];
    const html = await renderBriefingFeed(feed, { src: '/seed.json', currency: 'EUR' });
    response.writeHead(200, { ...cors, 'content-type': types['.html']! });
    return response.end(html);
  }
  if (path === '/long.json') {
    const feed = await seed();
    const base = feed.items[1]!;
    const n = Number(url.searchParams.get('n') ?? 1000);
    const items = Array.from({ length: n }, (_, i) => ({ ...base, id: `n${i}`, title: `Item ${i + 1}` }));
    return json(200, { ...feed, items });
  }
  const pageMatch = /^\/pages\/(\d)\.json$/.exec(path);
  if (pageMatch) return json(200, await page(Number(pageMatch[1])));
  // `/sequence/<key>?codes=500,200`: the n-th request for <key> answers the n-th code (200 = the seed feed).
  if (path.startsWith('/sequence/')) {
    const key = path.slice(10);
    const codes = (url.searchParams.get('codes') ?? '200').split(',').map(Number);
    const n = sequences.get(key) ?? 0;
    sequences.set(key, n + 1);
    const code = codes[Math.min(n, codes.length - 1)] ?? 200;
    return code === 200 ? json(200, await seed()) : json(code, { error: 'nope' });
  }
  // `/cdn-rates-page`: the CDN file under `script-src 'self'`, a November 2026 briefing, `rates-src`.
  if (path === '/november.json') {
    return json(200, JSON.parse(await readFile(join(root, 'test/fixtures/november-2026-feed.json'), 'utf8')));
  }
  if (path === '/cdn-rates-page') {
    return strictPage(
      response,
      `<script type="module" src="/probe.js"></script>
<script type="module" src="/cdn/briefing-feed.js"></script>
<briefing-feed src="/november.json" currency="USD" rates-src="/rates-november/"></briefing-feed>`,
    );
  }
  if (path === '/csp-page' || path === '/cdn-page') {
    const headers: Record<string, string> = { 'content-type': types['.html']! };
    if (path === '/csp-page') headers['content-security-policy'] = "script-src 'self'";
    response.writeHead(200, headers);
    return response.end(
      pageHtml(`<script type="module" src="/probe.js"></script>
<script type="module" src="/cdn/briefing-feed.js"></script>
<briefing-feed src="/seed.json" currency="${url.searchParams.get('currency') ?? 'EUR'}"></briefing-feed>
<briefing-feed id="inline"><script type="application/json">${JSON.stringify(await seed()).replace(/</g, '\\u003c')}</script></briefing-feed>`),
    );
  }
  // `/cdn-long-page?n=10000`: a long feed from the CDN file under `script-src 'self'`; with `broken=1`
  // the CDN file is served from /cdn-broken/, where cdn/virtualizer.js cannot be loaded (its validator can).
  if (path === '/cdn-long-page') {
    const base = url.searchParams.get('broken') ? '/cdn-broken' : '/cdn';
    return strictPage(
      response,
      `<script type="module" src="/probe-long.js?n=${Number(url.searchParams.get('n') ?? 1000)}"></script>
<script type="module" src="${base}/briefing-feed.js"></script>
<briefing-feed src="/long.json?n=${Number(url.searchParams.get('n') ?? 1000)}" paging="none"></briefing-feed>`,
    );
  }
  // `/cdn-parallel-page`: the CDN file with a feed that takes 800 ms, to see when cdn/validator.js loads.
  if (path === '/cdn-parallel-page') {
    response.writeHead(200, { 'content-type': types['.html']! });
    return response.end(
      pageHtml(`<script type="module" src="/probe-parallel.js"></script>
<script type="module" src="/cdn/briefing-feed.js"></script>
<briefing-feed src="/slow?ms=800"></briefing-feed>`),
    );
  }
  // `/cdn-no-validator-page`: the CDN file served from /cdn-no-validator/, where validator.js is missing.
  if (path === '/cdn-no-validator-page') {
    return strictPage(
      response,
      `<script type="module" src="/probe-error.js"></script>
<script type="module" src="/cdn-no-validator/briefing-feed.js"></script>
<briefing-feed src="/seed.json"></briefing-feed>
<briefing-feed><script type="application/json">{"title": "Inline"}</script></briefing-feed>`,
    );
  }
  if (path === '/cdn-no-validator/briefing-feed.js') {
    response.writeHead(200, { ...cors, 'content-type': types['.js']! });
    return response.end(await readFile(join(root, 'cdn/briefing-feed.js')));
  }
  if (path === '/probe-error.js') {
    response.writeHead(200, { 'content-type': types['.js']! });
    return response.end(PROBE_ERROR);
  }
  if (path === '/probe-parallel.js') {
    response.writeHead(200, { 'content-type': types['.js']! });
    return response.end(PROBE_PARALLEL);
  }
  if (path === '/probe.js') {
    response.writeHead(200, { 'content-type': types['.js']! });
    return response.end(PROBE);
  }
  if (path === '/probe-long.js') {
    response.writeHead(200, { 'content-type': types['.js']! });
    return response.end(PROBE_LONG);
  }
  if (path === '/cdn-broken/briefing-feed.js' || path === '/cdn-broken/validator.js') {
    response.writeHead(200, { ...cors, 'content-type': types['.js']! });
    return response.end(await readFile(join(root, 'cdn', path.slice('/cdn-broken/'.length))));
  }
  if (await lazyPage(path, url, response, { root, sequences, strictPage })) return;
  if (path === '/bench-page') {
    response.writeHead(200, { 'content-type': types['.html']! });
    return response.end(
      pageHtml('<script type="module" src="/cdn/briefing-feed.js"></script><main id="root"></main>'),
    );
  }
  if (path.startsWith('/cdn/')) {
    const file = normalize(join(root, path));
    if (!file.startsWith(join(root, 'cdn'))) return json(403, { error: 'forbidden' });
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        ...cors,
        'content-type': types[extname(file)] ?? 'application/octet-stream',
      });
      return response.end(body);
    } catch {
      return json(404, { error: 'not found' });
    }
  }
  return json(404, { error: 'not found' });
}

/*
 * Runs inside the CDN pages (a same-origin file, so even the CSP page allows it): records CSP
 * violations, waits for both feeds and the first converted amount, then reports to the parent frame.
 */
const PROBE = `
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.blockedURI));
const started = Date.now();
async function report() {
  await customElements.whenDefined('briefing-feed');
  const feeds = [...document.querySelectorAll('briefing-feed')];
  const ready = () => {
    const root = feeds[0].shadowRoot;
    const chips = root ? [...root.querySelectorAll('[part~="money-button"]')] : [];
    return feeds.every((f) => f.shadowRoot && f.shadowRoot.querySelectorAll('article').length > 0) && chips.length > 0 && chips.every((c) => !c.textContent.includes('…'));
  };
  while (!ready() && Date.now() - started < 10000) await new Promise((r) => setTimeout(r, 50));
  const root = feeds[0].shadowRoot;
  // Open the details of the 901.5 billion yuan figure: the verdict code loads from cdn/verdict.js.
  const chip = root.querySelectorAll('[part~="money-button"]')[3];
  chip?.click();
  const verdictNode = () => root.querySelector('[part="popover"] [data-verdict]');
  while (chip && !verdictNode() && Date.now() - started < 15000) await new Promise((r) => setTimeout(r, 50));
  parent.postMessage({
    type: 'briefing-probe',
    verdict: verdictNode()?.getAttribute('data-verdict') ?? null,
    articles: feeds.map((f) => f.shadowRoot ? f.shadowRoot.querySelectorAll('article').length : 0),
    titles: [...root.querySelectorAll('article h3')].map((h) => h.textContent),
    chips: [...root.querySelectorAll('[part~="money-button"]')].map((b) => b.textContent.trim()),
    violations,
    scripts: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js')),
  }, '*');
}
report();
`;

/*
 * Runs inside /cdn-long-page: waits until the long feed is rendered (virtualized, or in full when the
 * virtualizer cannot load), scrolls to the middle, and reports what is in the DOM before and after.
 */
const PROBE_LONG = `
const violations = [];
const errors = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.blockedURI));
addEventListener('error', (e) => { if (!String(e.message).includes('ResizeObserver loop')) errors.push(String(e.message)); });
addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
const n = Number(new URL(import.meta.url).searchParams.get('n'));
const started = Date.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function report() {
  await customElements.whenDefined('briefing-feed');
  const feed = document.querySelector('briefing-feed');
  const list = () => feed.shadowRoot ? [...feed.shadowRoot.querySelectorAll('article')] : [];
  const virtual = () => !!feed.shadowRoot?.querySelector('[part="feed"].virtual');
  while (!(virtual() && list().length > 0) && list().length < n && Date.now() - started < 10000) await sleep(50);
  const before = list();
  const first = { articles: before.length, setsize: before[0]?.getAttribute('aria-setsize'), pos: before[0]?.getAttribute('aria-posinset'), virtual: virtual() };
  scrollTo(0, document.documentElement.scrollHeight / 2);
  const inView = () => list().find((a) => a.getBoundingClientRect().bottom > 0);
  while (Number(inView()?.getAttribute('aria-posinset') ?? 1) <= 1 && Date.now() - started < 15000) await sleep(50);
  await sleep(100);
  parent.postMessage({
    type: 'briefing-probe-long',
    first,
    afterScroll: { articles: list().length, pos: Number(inView()?.getAttribute('aria-posinset')), title: inView()?.querySelector('h3')?.textContent },
    scripts: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js')),
    violations,
    errors,
  }, '*');
}
report();
`;

/*
 * Runs inside /cdn-parallel-page: waits for the feed's articles, then reports when the validator and
 * the feed were requested and arrived (Resource Timing, milliseconds since the page started).
 */
const PROBE_PARALLEL = `
const started = Date.now();
async function report() {
  await customElements.whenDefined('briefing-feed');
  const feed = document.querySelector('briefing-feed');
  while (!(feed.shadowRoot?.querySelectorAll('article').length > 0) && Date.now() - started < 10000) await new Promise((r) => setTimeout(r, 50));
  const timing = (path) => {
    const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === path);
    return entry ? { start: entry.startTime, end: entry.responseEnd } : null;
  };
  parent.postMessage({
    type: 'briefing-probe-parallel',
    articles: feed.shadowRoot ? feed.shadowRoot.querySelectorAll('article').length : 0,
    main: timing('/cdn/briefing-feed.js'),
    validator: timing('/cdn/validator.js'),
    feed: timing('/slow'),
  }, '*');
}
report();
`;

/* Runs inside /cdn-no-validator-page: waits until every feed shows its error state, then reports it. */
const PROBE_ERROR = `
const started = Date.now();
const errors = [];
document.addEventListener('briefing-feed-error', (e) => errors.push(e.detail.kind));
async function report() {
  await customElements.whenDefined('briefing-feed');
  const feeds = [...document.querySelectorAll('briefing-feed')];
  const state = (f) => f.shadowRoot?.querySelector('[part="error"]');
  while (!feeds.every((f) => state(f) && !state(f).hidden) && Date.now() - started < 10000) await new Promise((r) => setTimeout(r, 50));
  parent.postMessage({
    type: 'briefing-probe-error',
    messages: feeds.map((f) => f.shadowRoot?.querySelector('[part="error-message"]')?.textContent ?? null),
    articles: feeds.map((f) => f.shadowRoot ? f.shadowRoot.querySelectorAll('article').length : 0),
    retry: feeds.map((f) => Boolean(f.shadowRoot?.querySelector('[part="error"] [part="retry-button"]'))),
    errors,
  }, '*');
}
report();
`;
