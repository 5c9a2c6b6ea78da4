import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

const seedPath = join(root, 'test/fixtures/seed-feed.json');

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

async function handle(request: IncomingMessage, response: ServerResponse, sequences: Map<string, number>) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const cors = { 'access-control-allow-origin': '*' };
  const json = (status: number, body: unknown, extra: Record<string, string> = {}) => {
    response.writeHead(status, { ...cors, 'content-type': types['.json']!, ...extra });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
  const path = url.pathname;
  if (path === '/seed.json') return json(200, await seed());
  if (path.startsWith('/status/')) return json(Number(path.slice(8)) || 500, { error: 'nope' });
  if (path === '/not-json') {
    response.writeHead(200, { ...cors, 'content-type': 'text/html' });
    return response.end('<!doctype html><p>Not JSON</p>');
  }
  if (path === '/network-error') return request.socket.destroy();
  if (path === '/slow') {
    const ms = Number(url.searchParams.get('ms') ?? 500);
    const title = url.searchParams.get('title') ?? 'Slow feed';
    await new Promise((resolve) => setTimeout(resolve, ms));
    return json(200, { ...(await seed()), title });
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
  if (path === '/probe.js') {
    response.writeHead(200, { 'content-type': types['.js']! });
    return response.end(PROBE);
  }
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
  parent.postMessage({
    type: 'briefing-probe',
    articles: feeds.map((f) => f.shadowRoot ? f.shadowRoot.querySelectorAll('article').length : 0),
    titles: [...root.querySelectorAll('article h3')].map((h) => h.textContent),
    chips: [...root.querySelectorAll('[part~="money-button"]')].map((b) => b.textContent.trim()),
    violations,
  }, '*');
}
report();
`;
