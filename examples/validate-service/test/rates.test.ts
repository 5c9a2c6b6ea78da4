import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRates } from '../src/rates.mjs';
import { createServer } from '../src/server.mjs';

const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const page = readFileSync(repo('packages/cli/test/fixtures/november-2026.txt'), 'utf8');
const sampleXml = repo('packages/rates/fixtures/eurofxref-hist-90d.sample.xml');

const servers: Server[] = [];
afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

async function parseWith(rates?: { sources: string[] }) {
  const server = createServer(rates ? { rates } : {});
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/parse`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: page,
  });
  expect(res.status).toBe(200);
  const feed = await res.json();
  return feed.items[0].money[0].stated[0];
}

describe('the service with --rates', () => {
  it('a November 2026 briefing: checked with the newer file, unchecked with the reason without it', async () => {
    expect((await parseWith({ sources: [sampleXml] })).reference).toMatchObject({
      rateDate: '2026-11-20',
      agrees: true,
    });
    expect(await parseWith({ sources: [] })).toMatchObject({
      unchecked: { code: 'after-newest-data', newest: '2026-06-30' },
    });
    // Started without --rates, /parse checks against the embedded rates, as `briefing parse` does.
    const plain = await parseWith();
    expect(plain.reference).toBeUndefined();
    expect(plain.unchecked).toEqual({ code: 'after-newest-data', newest: '2026-06-30' });
  });

  it('--nearest: a date a few days after the newest rates uses the newest rate, marked nearest', async () => {
    const late = await loadRates([sampleXml], { nearestDays: 7 });
    const r = await late.rate('CNY', 'USD', '2026-11-27');
    expect(r.ok && r.quote).toMatchObject({ date: '2026-11-23', nearest: { requested: '2026-11-27' } });
  });

  it('an unreadable source is one line naming it', async () => {
    await expect(loadRates(['/no/such/rates.csv'])).rejects.toThrow(
      /^--rates \/no\/such\/rates\.csv: ENOENT/,
    );
  });
});
