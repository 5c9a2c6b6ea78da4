// The example's static server and the `pnpm start` script, over real HTTP.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFile, startStaticSite } from '../serve.mjs';

let site: { url: string; port: number; close: () => Promise<void> };

beforeAll(async () => {
  site = await startStaticSite({ port: 0 });
});
afterAll(() => site.close());

/** A raw GET, so that paths with `..` or `%2e%2e` reach the server exactly as written. */
function rawGet(
  path: string,
  method = 'GET',
): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: site.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('examples/static-site/serve.mjs', () => {
  it('serves the pages, the CDN build and the feed with their content types', async () => {
    const index = await rawGet('/');
    expect(index.status).toBe(200);
    expect(index.type).toBe('text/html; charset=utf-8');
    // Server-rendered by build.mjs: the tag carries its shadow content and the feed it shows.
    expect(index.body).toContain('<briefing-feed src="feed.json" currency="EUR" lang="en" time-zone="UTC"');
    expect(index.body).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect((await rawGet('/theming.html')).type).toBe('text/html; charset=utf-8');
    expect((await rawGet('/theming.js')).type).toBe('text/javascript; charset=utf-8');
    expect((await rawGet('/site.css')).type).toBe('text/css; charset=utf-8');
    expect((await rawGet('/favicon.svg')).type).toBe('image/svg+xml');
    const element = await rawGet('/vendor/briefing-feed/briefing-feed.js');
    expect(element.status).toBe(200);
    expect(element.type).toBe('text/javascript; charset=utf-8');
    expect(element.body).toContain('briefing-feed');
    const feed = await rawGet('/feed.json');
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('application/json; charset=utf-8');
    expect(JSON.parse(feed.body).items).toHaveLength(8);
  });

  it('sends a strict Content-Security-Policy', async () => {
    const response = await fetch(site.url.replace('localhost', '127.0.0.1'));
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it("allows the server-rendered page's inline styles by hash only", async () => {
    const response = await fetch(site.url.replace('localhost', '127.0.0.1'));
    const csp = response.headers.get('content-security-policy') ?? '';
    const page = await response.text();
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
    expect(style).toContain(':host');
    const hash = createHash('sha256').update(style).digest('base64');
    expect(csp).toContain(`style-src 'self' 'sha256-${hash}';`);
    expect(csp).not.toContain('unsafe-inline');
    const css = await fetch(`${site.url.replace('localhost', '127.0.0.1')}site.css`);
    expect(css.headers.get('content-security-policy')).toContain("style-src 'self';");
  });

  it('never serves a file outside its roots', async () => {
    for (const path of [
      '/../package.json',
      '/..%2fpackage.json',
      '/%2e%2e/serve.mjs',
      '/%2e%2e%2f%2e%2e%2fpackage.json',
      '/vendor/briefing-feed/../../serve.mjs',
      '/vendor/briefing-feed/%2e%2e/package.json',
      '/vendor/briefing-feed/..%5cpackage.json',
      '/%00feed.json',
      '/%E0%A4%A',
    ]) {
      const response = await rawGet(path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain('"name"');
    }
    expect(resolveFile('/../serve.mjs')).toBeUndefined();
    expect(resolveFile('/vendor/briefing-feed/../../../package.json')).toBeUndefined();
  });

  it('answers missing files with 404 and other methods with 405', async () => {
    expect((await rawGet('/nope.html')).status).toBe(404);
    expect((await rawGet('/vendor/briefing-feed/nope.js')).status).toBe(404);
    expect((await rawGet('/', 'POST')).status).toBe(405);
    expect((await rawGet('/', 'HEAD')).status).toBe(200);
  });
});

describe('scripts/start.mjs (pnpm start after the build)', () => {
  it('makes the feed, serves the site on the printed port and exits 0 on SIGINT', async () => {
    const script = fileURLToPath(new URL('../../../scripts/start.mjs', import.meta.url));
    const child = spawn(process.execPath, [script], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      out += chunk;
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const match = /http:\/\/localhost:(\d+)\//.exec(out);
        if (match && out.includes('Ctrl-C')) resolve(match[0]);
      });
      child.once('exit', (code) => reject(new Error(`start.mjs exited early (${code}):\n${out}`)));
    });
    expect(out).toContain('8 briefings, valid');
    const local = url.replace('localhost', '127.0.0.1');
    const page = await fetch(local);
    expect(page.status).toBe(200);
    expect(out).toMatch(/Rendered \S*public\/index\.html on the server/);
    expect(await page.text()).toContain('<template shadowroot="open" shadowrootmode="open">');
    const feed = await (await fetch(`${local}feed.json`)).json();
    expect(feed.items).toHaveLength(8);
    const element = await fetch(`${local}vendor/briefing-feed/briefing-feed.js`);
    expect(element.status).toBe(200);
    await element.arrayBuffer();

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out).toContain('stopping the server');
    // The feed it made is the one on disk, byte for byte.
    const onDisk = readFileSync(fileURLToPath(new URL('../public/feed.json', import.meta.url)), 'utf8');
    expect(JSON.parse(onDisk).items).toHaveLength(8);
  });
});
