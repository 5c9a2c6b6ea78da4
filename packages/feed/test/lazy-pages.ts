import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join, normalize } from 'node:path';

/*
 * Fixture pages for the CDN file's modules loaded on demand, beside test/server.ts.
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
    const cdn = join(context.root, 'cdn');
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
  if (path === '/probe-flaky.js') {
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    response.end(PROBE_FLAKY);
    return true;
  }
  return false;
}

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
