import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/server.mjs';

/*
 * The service and the CLI are two front-ends of one pipeline (parseToFeed): for the same page and
 * options, POST /parse answers with the feed `briefing parse` prints, conversions checked against
 * the same rates. The CLI runs as a process (its built bin), the service as an HTTP server.
 */
const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const bin = join(
  dirname(createRequire(import.meta.url).resolve('@briefing/cli/package.json')),
  'dist/bin.js',
);
const seedPage = repo('packages/parser/test/fixtures/000_1eb645631e89ee3f.txt');
const novemberPage = repo('packages/cli/test/fixtures/november-2026.txt');
const sampleXml = repo('packages/rates/fixtures/eurofxref-hist-90d.sample.xml');
const corpusDir = repo('packages/parser/corpus');
const corpusPages = ['dev', 'validation'].flatMap((dir) =>
  readdirSync(join(corpusDir, dir))
    .filter((f) => /\.(txt|html)$/.test(f))
    .sort()
    .map((f) => join(corpusDir, dir, f)),
);

// The CLI also reads rates stored by `briefing rates update` in the user's cache; the service
// never does. An empty cache folder keeps both on the same rates: the embedded ones.
const cache = mkdtempSync(join(tmpdir(), 'briefing-contract-'));

const servers: Server[] = [];
let base: string;
let baseWithRates: string;

async function start(options: Parameters<typeof createServer>[0]): Promise<string> {
  const server = createServer(options);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let startedAt: number;
beforeAll(async () => {
  startedAt = Date.now();
  base = await start({});
  baseWithRates = await start({ rates: { sources: [sampleXml], nearestDays: 7 } });
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  rmSync(cache, { recursive: true, force: true });
});

const format = (file: string) => (file.endsWith('.html') ? 'html' : 'text');

/**
 * The feed as JSON text with `generatedAt`, the only run-dependent field (the time the feed was
 * made: neither front-end is told one here), checked to be an instant of this test run and then
 * set to one value. Nothing else is normalized; key order counts.
 */
function comparable(json: string): string {
  const feed = JSON.parse(json) as { generatedAt: string };
  expect(feed.generatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  const at = Date.parse(feed.generatedAt);
  expect(at).toBeGreaterThanOrEqual(Math.floor(startedAt / 1000) * 1000);
  expect(at).toBeLessThanOrEqual(Date.now());
  return JSON.stringify({ ...feed, generatedAt: 'run-dependent' });
}

function cli(file: string, args: string[] = []): string {
  return execFileSync(process.execPath, [bin, 'parse', '--format', format(file), ...args, file], {
    encoding: 'utf8',
    maxBuffer: 64e6,
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, XDG_CACHE_HOME: cache },
  });
}

async function service(file: string, query = '', server = base): Promise<string> {
  const response = await fetch(`${server}/parse${query}`, {
    method: 'POST',
    body: readFileSync(file),
    headers: { 'content-type': `text/${format(file) === 'html' ? 'html' : 'plain'}; charset=utf-8` },
  });
  expect(response.status).toBe(200);
  return response.text();
}

const verdicts = (json: string): string[] =>
  (
    JSON.parse(json) as { items: { money: { stated: { reference?: { agrees: boolean } }[] }[] }[] }
  ).items.flatMap((b) =>
    b.money.flatMap((m) =>
      m.stated.map((s) => (s.reference ? (s.reference.agrees ? 'agrees' : 'differs') : 'unchecked')),
    ),
  );

describe('service POST /parse gives what briefing parse prints', () => {
  it('the seed page: the same feed, conversions checked against the embedded rates', async () => {
    const fromCli = cli(seedPage);
    const fromService = await service(seedPage);
    expect(comparable(fromService)).toBe(comparable(fromCli));
    expect(verdicts(fromService)).toEqual(
      JSON.parse(readFileSync(repo('packages/parser/test/fixtures/seed-verdicts.json'), 'utf8')).verdicts,
    );
  });

  it('the seed page with a language: ?language=en-GB as --language en-GB', async () => {
    const fromCli = cli(seedPage, ['--language', 'en-GB']);
    const fromService = await service(seedPage, '?language=en-GB');
    expect(comparable(fromService)).toBe(comparable(fromCli));
    expect((JSON.parse(fromService) as { items: { language: string }[] }).items[0]?.language).toBe('en-GB');
  });

  it('a service started with --rates FILE --nearest 7 as briefing parse --rates FILE --nearest 7', async () => {
    const args = ['--rates', sampleXml, '--nearest', '7'];
    for (const page of [seedPage, novemberPage]) {
      const fromService = await service(page, '', baseWithRates);
      expect(comparable(fromService)).toBe(comparable(cli(page, args)));
    }
    const november = JSON.parse(await service(novemberPage, '', baseWithRates));
    expect(november.items[0].money[0].stated[0].reference).toMatchObject({
      rateDate: '2026-11-20',
      agrees: true,
    });
  });

  it('covers every corpus page, text and HTML', () => {
    const names = corpusPages.map((f) => relative(corpusDir, f));
    expect(names.filter((f) => f.startsWith('dev/')).length).toBeGreaterThan(20);
    expect(names.filter((f) => f.startsWith('validation/')).length).toBeGreaterThan(20);
    expect(names.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(0);
  });

  it.each(corpusPages.map((f) => [relative(corpusDir, f), f]))('corpus page %s', async (_name, file) => {
    const fromCli = cli(file);
    const fromService = await service(file);
    expect(comparable(fromService)).toBe(comparable(fromCli));
  });
});
