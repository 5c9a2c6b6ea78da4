import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/server.mjs';

/*
 * The service and the CLI are two front-ends of one pipeline: POST /parse gives what
 * `briefing parse --no-rates` gives, and the service started with rates what `briefing parse` gives
 * (the same money-core verdicts), on the seed page and on every corpus page.
 */
const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const bin = repo('packages/cli/dist/bin.js');
const seedPage = repo('examples/static-site/data/briefings-page-2.txt');
const corpusDir = repo('packages/parser/corpus');
const corpusPages = existsSync(corpusDir)
  ? readdirSync(corpusDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(txt|html)$/.test(f))
      .map((f) => join(corpusDir, f))
      .sort()
  : [];

// Two services: one as started plainly, one started with rates (`--rates`: the embedded ones here).
const servers: Server[] = [];
let base: string;
let baseWithRates: string;

async function start(options: Parameters<typeof createServer>[0]): Promise<string> {
  const server = createServer(options);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  base = await start({});
  baseWithRates = await start({ rates: { sources: [] } });
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** The feed without `generatedAt` (the one field that depends on when it ran). */
function comparable(feed: { generatedAt?: string }) {
  const { generatedAt: _at, ...rest } = feed;
  return rest;
}

function cli(args: string[]): unknown {
  const out = execFileSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    maxBuffer: 64e6,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return JSON.parse(out);
}

async function service(file: string, withRates: boolean): Promise<unknown> {
  const type = file.endsWith('.html') ? 'text/html' : 'text/plain';
  const response = await fetch(`${withRates ? baseWithRates : base}/parse`, {
    method: 'POST',
    body: readFileSync(file),
    headers: { 'content-type': `${type}; charset=utf-8` },
  });
  expect(response.status).toBe(200);
  return response.json();
}

const verdicts = (feed: unknown): string[] =>
  (feed as { items: { money: { stated: { reference?: { agrees: boolean } }[] }[] }[] }).items.flatMap((b) =>
    b.money.flatMap((m) =>
      m.stated.map((s) => (s.reference ? (s.reference.agrees ? 'agrees' : 'differs') : 'unchecked')),
    ),
  );

describe('service /parse == briefing parse', () => {
  it('seed page, with rates: the same feed and the same verdicts as the CLI', async () => {
    const fromCli = cli(['parse', seedPage]) as { generatedAt: string };
    const fromService = (await service(seedPage, true)) as { generatedAt: string };
    expect(comparable(fromService)).toEqual(comparable(fromCli));
    expect(verdicts(fromService)).toEqual([
      'differs',
      'differs',
      'agrees',
      'differs',
      'differs',
      'differs',
      'agrees',
      'differs',
    ]);
  });

  it('seed page, without rates: the same feed as briefing parse --no-rates', async () => {
    const fromCli = cli(['parse', '--no-rates', seedPage]) as { generatedAt: string };
    const fromService = (await service(seedPage, false)) as { generatedAt: string };
    expect(comparable(fromService)).toEqual(comparable(fromCli));
    expect(verdicts(fromService)).toEqual(Array(8).fill('unchecked'));
  });

  // Without rates, so that the corpus (dozens of pages) stays quick; the seed above covers the verdicts.
  it.each(corpusPages.length > 0 ? corpusPages : [seedPage])('corpus page %s', async (file) => {
    const fromCli = cli(['parse', '--no-rates', file]) as { generatedAt: string };
    const fromService = (await service(file, false)) as { generatedAt: string };
    expect(comparable(fromService)).toEqual(comparable(fromCli));
  });
});
