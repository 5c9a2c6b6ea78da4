import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const RAW =
  process.env.BRIEFING_RATES_RAW ?? fileURLToPath(new URL('../../../../shared/data/rates/', import.meta.url));
const novemberPage = fileURLToPath(new URL('./fixtures/november-2026.txt', import.meta.url));
const sampleXml = fileURLToPath(
  new URL('../../rates/fixtures/eurofxref-hist-90d.sample.xml', import.meta.url),
);

const ecbCsv = readFileSync(join(RAW, 'eurofxref-hist.csv'), 'utf8');
const fedCsv = readFileSync(join(RAW, 'fed_monthly.csv'));

/**
 * The real history with three made-up days for November 2026 on top (NOT ECB figures: the real file
 * ends 2026-04-13), standing in for a download made after the embedded data ends.
 */
function withNovember(csv: string): string {
  const [header = '', ...rows] = csv.split('\n');
  const codes = header.split(',').slice(1, -1);
  const made = (date: string, figures: Record<string, string>) =>
    `${date},${codes.map((c) => figures[c] ?? 'N/A').join(',')},`;
  return [
    header,
    made('2026-11-23', { USD: '1.1620', CNY: '8.2600', JPY: '180.10' }),
    made('2026-11-20', { USD: '1.1600', CNY: '8.2500', JPY: '179.80' }),
    made('2026-11-19', { USD: '1.1580', CNY: '8.2400', JPY: '179.50' }),
    ...rows,
  ].join('\n');
}

const files: Record<string, Uint8Array> = {
  '/eurofxref-hist.zip': zipSync({ 'eurofxref-hist.csv': new TextEncoder().encode(ecbCsv) }),
  '/newer/eurofxref-hist.zip': zipSync({
    'eurofxref-hist.csv': new TextEncoder().encode(withNovember(ecbCsv)),
  }),
  '/truncated/eurofxref-hist.csv': new TextEncoder().encode(ecbCsv.slice(0, 100_000)),
  '/truncated/eurofxref-hist.zip': zipSync({ 'eurofxref-hist.csv': new TextEncoder().encode(ecbCsv) }).slice(
    0,
    50_000,
  ),
  '/not-rates.html': new TextEncoder().encode('<html><body>Service unavailable</body></html>'),
  '/fed_monthly.csv': new Uint8Array(fedCsv),
};

let server: Server;
let base = '';
let closedPort = 0;

beforeAll(async () => {
  if (!existsSync(bin)) throw new Error(`build the CLI first: ${bin} is missing`);
  server = createServer((req, res) => {
    const body = files[req.url ?? ''];
    if (!body) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port nothing listens on: "offline".
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Runs the built binary with its own user cache directory (async: the test server runs in this process). */
function briefing(
  args: string[],
  cache: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, XDG_CACHE_HOME: cache, BRIEFING_RATES_ECB_URL: '', BRIEFING_RATES_FED_URL: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const update = (cache: string, ecb: string, fed = `${base}/fed_monthly.csv`) =>
  briefing(['rates', 'update', '--ecb-url', ecb, '--fed-url', fed], cache);

const oneLine = (text: string) => {
  expect(text.trim().split('\n')).toHaveLength(1);
  expect(text).not.toMatch(/\n\s+at /);
};

describe('briefing check on a November 2026 briefing', () => {
  it('without newer rates: unchecked, with the reason, the newest date and the fix', async () => {
    const r = await briefing(['check', novemberPage], mkdtempSync(join(tmpdir(), 'briefing-cache-')));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /news\.cn:rail\s+CNY 100M\s+~USD 14M\s+-\s+-\s+-\s+-\s+unchecked\s+after newest rates \(2026-06-30\)\n/,
    );
    expect(r.stdout).toContain(
      '1 conversion cited after the newest rates (2026-06-30): run `briefing rates update`, or pass --rates FILE|URL with newer rates',
    );
    const json = await briefing(
      ['check', novemberPage, '--json'],
      mkdtempSync(join(tmpdir(), 'briefing-cache-')),
    );
    expect(JSON.parse(json.stdout)).toMatchObject([
      { verdict: 'unchecked', unchecked: { code: 'after-newest-data', newest: '2026-06-30' } },
    ]);
  });

  it('with --rates FILE covering the date: a verdict with its rate date and source', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'briefing-cache-'));
    const r = await briefing(['check', novemberPage, '--rates', sampleXml], cache);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /news\.cn:rail\s+CNY 100M\s+~USD 14M\s+0\.140606\s+2026-11-20\s+ECB\s+-0\.4%\s+agrees\n/,
    );
    expect(r.stdout).toContain(`rates used: --rates ${sampleXml} (2026-11-19 to 2026-11-23); then embedded`);
    const json = JSON.parse(
      (await briefing(['check', novemberPage, '--json', '--rates', sampleXml], cache)).stdout,
    );
    expect(json[0]).toMatchObject({
      verdict: 'agrees',
      rateDate: '2026-11-20',
      rateSource: 'ECB euro reference rates 2026-11-20, crossed via EUR (CNY→EUR→USD)',
    });
    expect(json[0].unchecked).toBeUndefined();
  });

  it('--nearest: a date a few days after the newest rates uses the newest rate, marked nearest', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'briefing-cache-'));
    const late = readFileSync(novemberPage, 'utf8').replace('November 20, 2026', 'November 27, 2026');
    const page = join(cache, 'late.txt');
    await import('node:fs/promises').then((fs) => fs.writeFile(page, late));
    const without = await briefing(['check', page, '--rates', sampleXml], cache);
    expect(without.stdout).toMatch(/unchecked\s+after newest rates \(2026-11-23\)/);
    const r = await briefing(['check', page, '--rates', sampleXml, '--nearest', '7'], cache);
    expect(r.stdout).toMatch(/2026-11-23\s+ECB\s+[-+]\d\.\d%\s+agrees\s+nearest rate \(2026-11-23\)\n/);
    const parsed = JSON.parse(
      (await briefing(['parse', page, '--rates', sampleXml, '--nearest', '7'], cache)).stdout,
    );
    expect(parsed.items[0].money[0].stated[0].reference).toMatchObject({
      rateDate: '2026-11-23',
      nearest: true,
    });
  });
});

describe('briefing rates update against a local server', () => {
  const cache = mkdtempSync(join(tmpdir(), 'briefing-cache-'));
  const stored = join(cache, 'briefing', 'rates');

  it('status before any update: embedded only', async () => {
    const r = await briefing(['rates', 'status'], cache);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'embedded    ECB 1999-01-04 to 2026-04-13 (41 currencies), Fed H.10 1999-01 to 2026-06 (22 currencies)\n' +
        `downloaded  none in ${stored} (run: briefing rates update)\n` +
        'in use: the embedded rates\n',
    );
  });

  it('stores the real files (zip and Fed CSV) in the user cache', async () => {
    const r = await update(cache, `${base}/eurofxref-hist.zip`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `stored ECB 1999-01-04 to 2026-04-13 (41 currencies), Fed H.10 1971-01 to 2026-06 (22 currencies) in ${stored}\n` +
        'no newer figures than the embedded data yet\n',
    );
    expect(readdirSync(stored)).toContain('ecb-2026.json');
  });

  it('a newer history is stored and used by the next check', async () => {
    const r = await update(cache, `${base}/newer/eurofxref-hist.zip`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('stored ECB 1999-01-04 to 2026-11-23');
    const check = await briefing(['check', novemberPage], cache);
    expect(check.stdout).toMatch(/0\.140606\s+2026-11-20\s+ECB\s+-0\.4%\s+agrees/);
    expect(check.stdout).toContain(
      `rates used: downloaded, ${stored} (1999-01-04 to 2026-11-23); then embedded`,
    );
    const status = await briefing(['rates', 'status'], cache);
    expect(status.stdout).toContain(
      'downloaded  ECB 1999-01-04 to 2026-11-23 (41 currencies), Fed H.10 1971-01 to 2026-06',
    );
    expect(status.stdout).toContain(`stored in ${stored}, written 20`);
    expect(status.stdout).toContain(`from ${base}/newer/eurofxref-hist.zip`);
  });

  it('--rates URL: a published file read from the server, over the embedded rates, nothing stored', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'briefing-cache-'));
    const r = await briefing(['check', novemberPage, '--rates', `${base}/newer/eurofxref-hist.zip`], fresh);
    expect(r.stdout).toMatch(/0\.140606\s+2026-11-20\s+ECB\s+-0\.4%\s+agrees/);
    expect(r.stdout).toContain(
      `rates used: --rates ${base}/newer/eurofxref-hist.zip (1999-01-04 to 2026-11-23); then embedded`,
    );
    expect(existsSync(join(fresh, 'briefing'))).toBe(false);
    const bad = await briefing(['check', novemberPage, '--rates', `${base}/not-rates.html`], fresh);
    expect(bad.code).toBe(1);
    oneLine(bad.stderr);
  });

  it('a truncated or malformed download: exit 1, one line, nothing changed', async () => {
    const before = readFileSync(join(stored, 'index.json'), 'utf8');
    for (const url of [
      `${base}/truncated/eurofxref-hist.csv`,
      `${base}/truncated/eurofxref-hist.zip`,
      `${base}/not-rates.html`,
    ]) {
      const r = await update(cache, url);
      expect(r.code).toBe(1);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(/^briefing: .*; nothing changed\n$/);
      expect(readFileSync(join(stored, 'index.json'), 'utf8')).toBe(before);
    }
    const cut = await update(cache, `${base}/truncated/eurofxref-hist.csv`);
    expect(cut.stderr).toMatch(
      /eurofxref-hist\.csv line \d+: \d+ cells, expected 43 \(file cut short\?\); nothing changed/,
    );
  });

  it('offline: exit 2, one line, nothing changed', async () => {
    const before = readFileSync(join(stored, 'index.json'), 'utf8');
    const r = await update(cache, `http://127.0.0.1:${closedPort}/eurofxref-hist.zip`);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toBe(
      `briefing: cannot download the ECB history from http://127.0.0.1:${closedPort}/eurofxref-hist.zip: ECONNREFUSED (offline?); nothing changed\n`,
    );
    expect(readFileSync(join(stored, 'index.json'), 'utf8')).toBe(before);
    expect(r.stdout).toBe('');
  });

  it('export --since writes the shard folder, usable as --rates DIR', async () => {
    const out = join(cache, 'site', 'rates');
    const r = await briefing(['rates', 'export', '--since', '2025-01-01', '--out', out], cache);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `wrote 4 files to ${out}: ECB 2025-01-02 to 2026-11-23 (30 currencies), Fed H.10 2025-01 to 2026-06 (22 currencies)\n`,
    );
    expect(readdirSync(out).sort()).toEqual(['ecb-2025.json', 'ecb-2026.json', 'fed-h10.json', 'index.json']);
    const fresh = mkdtempSync(join(tmpdir(), 'briefing-cache-'));
    const check = await briefing(['check', novemberPage, '--rates', out], fresh);
    expect(check.stdout).toMatch(/2026-11-20\s+ECB\s+-0\.4%\s+agrees/);
    // A published folder (URL) merges into another export.
    for (const name of readdirSync(out))
      files[`/site/rates/${name}`] = new Uint8Array(readFileSync(join(out, name)));
    const again = join(fresh, 'again');
    const r2 = await briefing(
      ['rates', 'export', '--since', '2026-11-01', '--out', again, '--rates', `${base}/site/rates/`],
      fresh,
    );
    expect(r2.stderr).toBe('');
    expect(r2.stdout).toBe(`wrote 2 files to ${again}: ECB 2026-11-19 to 2026-11-23 (3 currencies)\n`);
  });

  it('usage errors are one line, exit 2', async () => {
    for (const args of [
      ['rates'],
      ['rates', 'pull'],
      ['rates', 'export'],
      ['check', novemberPage, '--nearest', 'x'],
    ]) {
      const r = await briefing(args, cache);
      expect(r.code).toBe(2);
      oneLine(r.stderr);
    }
  });
});
