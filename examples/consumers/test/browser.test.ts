// Browser consumers of the packed tarballs, in Debian's Chromium: an esbuild app importing
// @briefing/feed/define, a React 19 app with @briefing/feed/react, and the CDN file alone.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

const appDir = inject('appDir');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = normalize(join(appDir, decodeURIComponent(new URL(request.url!, 'http://x').pathname)));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!file.startsWith(appDir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch(chromiumLaunchOptions);
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${origin}${path}`);
  return { page, errors };
}

function bundle(entry: string, outdir: string) {
  return build({
    entryPoints: [join(appDir, entry)],
    outdir: join(appDir, outdir),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify: true,
    logLevel: 'error',
    metafile: true,
  });
}

/** Titles of the rendered articles, read through the element's shadow root. */
const articleTitles = (page: Page) =>
  page.locator('briefing-feed').locator('[part~="article-title"]').allTextContents();

describe('an esbuild browser app', () => {
  it('bundles @briefing/feed/define, renders the seed feed and keeps rate data out of the main file', async () => {
    const result = await bundle('browser/main.ts', 'browser/out');
    const { page, errors } = await open('/browser/');
    await page.waitForSelector('body[data-accepted]');
    expect(await page.evaluate(() => document.body.dataset['accepted'])).toBe('8');
    const titles = await articleTitles(page);
    expect(titles).toHaveLength(8);
    expect(titles[0]?.trim()).toBe(
      'China Becomes World’s Leading Caviar Exporter as Luxury Delicacy Goes East',
    );
    expect(errors).toEqual([]);
    // No currency is set, so no rate data was needed; the data lives in lazily imported chunks.
    const main =
      result.metafile.outputs[Object.keys(result.metafile.outputs).find((f) => f.endsWith('main.js'))!]!;
    expect(Object.keys(main.inputs).some((input) => /ecb-20\d\d/.test(input))).toBe(false);
    await page.close();
  });
});

describe('a React 19 app', () => {
  it('renders <BriefingFeed> with the feed prop and receives the typed load event', async () => {
    await bundle('react/main.tsx', 'react/out');
    const { page, errors } = await open('/react/');
    await expect.poll(() => page.locator('#status').textContent()).toBe('8 briefings');
    expect(await articleTitles(page)).toHaveLength(8);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the CDN file alone', () => {
  it('registers the element, fetches src and converts money with the rates beside it', async () => {
    const { page, errors } = await open('/cdn/');
    await expect.poll(async () => (await articleTitles(page)).length).toBe(8);
    // currency="TWD": the first amount (3,000 to 9,000 euros) shows in TWD once cdn/rates/ has loaded.
    await expect
      .poll(() => page.locator('briefing-feed').locator('[part~="money-button"]').first().textContent())
      .toMatch(/^≈ NT\$\d/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
