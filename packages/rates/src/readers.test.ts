import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  createEmbeddedRates,
  createFileRates,
  createShardedRates,
  mergeRates,
  type RateResult,
  RatesFormatError,
  readEcbCsv,
  readFredCsv,
  readRatesFile,
  shardsToTable,
  tableToShards,
  uncheckedReason,
} from './index.js';

const RAW =
  process.env.BRIEFING_RATES_RAW ?? fileURLToPath(new URL('../../../../shared/data/rates/', import.meta.url));
const ecbCsv = readFileSync(`${RAW}/eurofxref-hist.csv`);
const fedCsv = readFileSync(`${RAW}/fed_monthly.csv`);
const sampleXml = readFileSync(new URL('../fixtures/eurofxref-hist-90d.sample.xml', import.meta.url));

function ok(r: RateResult) {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.reason}`);
  return r.quote;
}
function failed(r: RateResult) {
  if (r.ok) throw new Error(`expected a failure, got rate ${r.quote.rate}`);
  return r;
}

describe('reading the published files', () => {
  it('the ECB history CSV: every day, newest 2026-04-13, figures as published', () => {
    const t = readEcbCsv(ecbCsv.toString('utf8'));
    expect(t.ecb.size).toBe(6983);
    expect(t.ecb.get('2026-04-13')).toMatchObject({ USD: 1.1684, CNY: 7.9827, JPY: 186.75 });
    expect(t.ecb.get('2026-04-13')).not.toHaveProperty('BGN');
    expect(t.ecb.get('1999-01-04')?.USD).toBe(1.1789);
  });

  it('the same CSV inside its zip reads the same', () => {
    const zipped = zipSync({ 'eurofxref-hist.csv': new Uint8Array(ecbCsv) });
    const t = readRatesFile(zipped, 'eurofxref-hist.zip');
    expect(t.ecb.size).toBe(6983);
    expect(t.ecb.get('2026-04-10')?.USD).toBe(1.1711);
  });

  it('the Fed H.10 long CSV and FRED download CSV', () => {
    const t = readFredCsv(fedCsv.toString('utf8'));
    expect(t.fed.get('2026-06')).toHaveProperty('TWD');
    expect(t.fed.has('1971-01')).toBe(true);
    const fred = readRatesFile(
      new TextEncoder().encode(
        'observation_date,EXCHUS,EXUSEU\n2026-10-01,7.1234,1.1612\n2026-11-01,.,1.1598\n',
      ),
      'fredgraph.csv',
    );
    expect(fred.fed.get('2026-10')).toEqual({ CNY: 7.1234, EUR: 1.1612 });
    expect(fred.fed.get('2026-11')).toEqual({ EUR: 1.1598 });
  });

  it('the ECB XML (90-day layout)', () => {
    const t = readRatesFile(new Uint8Array(sampleXml), 'eurofxref-hist-90d.xml');
    expect([...t.ecb.keys()].sort()).toEqual(['2026-11-19', '2026-11-20', '2026-11-23']);
    expect(t.ecb.get('2026-11-20')).toEqual({ USD: 1.16, JPY: 179.8, GBP: 0.8715, CNY: 8.25, HKD: 9.025 });
  });

  it('a download cut short fails with the file and line, never a partial day', () => {
    const text = ecbCsv.toString('utf8');
    const cut = text.slice(0, 2000);
    expect(() => readRatesFile(new TextEncoder().encode(cut), 'hist.csv')).toThrow(
      /^hist\.csv line \d+: (\d+ cells, expected 43 \(file cut short\?\)|".*" is not a date)/,
    );
    const xmlCut = sampleXml.toString('utf8').slice(0, 900);
    expect(() => readRatesFile(new TextEncoder().encode(xmlCut), 'd.xml')).toThrow(
      'd.xml: no closing </gesmes:Envelope> (file cut short?)',
    );
    expect(() => readRatesFile(zipSync({ 'a.txt': new Uint8Array([1]) }), 'x.zip')).toThrow(
      'x.zip: the zip holds no .csv or .xml file',
    );
    expect(() => readRatesFile(new TextEncoder().encode('<html>Not found</html>'), 'e.xml')).toThrow(
      RatesFormatError,
    );
    expect(() => readRatesFile(new Uint8Array([0xff, 0xfe, 0]), 'bin')).toThrow(
      'bin: not UTF-8 text and not a zip',
    );
  });

  it('any bytes either read or throw RatesFormatError (never another error)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom('Date,USD,\n', 'Date,Country,Exchange rate\n', '<gesmes:Envelope eurofxref>'),
        ),
        fc.string(),
        (head, tail) => {
          try {
            readRatesFile(new TextEncoder().encode(head + tail), 'f');
          } catch (error) {
            expect(error).toBeInstanceOf(RatesFormatError);
          }
        },
      ),
    );
  });
});

describe('user-supplied rates over the embedded data', () => {
  const embedded = createEmbeddedRates();
  const user = createFileRates(new Uint8Array(sampleXml), 'eurofxref-hist-90d.xml');
  const merged = mergeRates([user, embedded]);

  it('a November 2026 date: the user file answers with its own date and source', async () => {
    const q = ok(await merged.rate('CNY', 'USD', '2026-11-20'));
    expect(q.rate).toBeCloseTo(1.16 / 8.25, 12);
    expect(q.date).toBe('2026-11-20');
    expect(q.sources.map((s) => s.id)).toEqual(['ecb']);
    // a Sunday uses the Friday before it
    expect(ok(await merged.rate('EUR', 'USD', '2026-11-22')).date).toBe('2026-11-20');
  });

  it('an older date falls through to the embedded data', async () => {
    const q = ok(await merged.rate('EUR', 'USD', '2026-01-02'));
    expect(q.rate).toBe(1.1721);
    expect(q.date).toBe('2026-01-02');
  });

  it('without the file: after the newest data, naming it', async () => {
    const f = failed(await mergeRates([embedded]).rate('CNY', 'USD', '2026-11-20'));
    expect(uncheckedReason(f)).toEqual({ code: 'after-newest-data', newest: '2026-06-30' });
    expect(f.reason).toBe('No reference rate for CNY→USD on 2026-11-20: the newest data ends 2026-06-30.');
    // The look-up result carries it too (every provider of this package sets it).
    expect(f.unchecked).toEqual({ code: 'after-newest-data', newest: '2026-06-30' });
    expect(failed(await embedded.rate('CNY', 'USD', '2026-11-20')).unchecked).toEqual({
      code: 'after-newest-data',
      newest: '2026-06-30',
    });
  });

  it('after the user file too: the newest of all layers', async () => {
    const f = failed(await merged.rate('CNY', 'USD', '2026-12-24'));
    expect(uncheckedReason(f)).toEqual({ code: 'after-newest-data', newest: '2026-11-23' });
  });

  it('a currency no layer covers; no date', async () => {
    expect(uncheckedReason(failed(await merged.rate('XAU', 'USD', '2026-11-20')))).toEqual({
      code: 'currency-not-covered',
      currency: 'XAU',
    });
    expect(uncheckedReason(undefined)).toEqual({ code: 'no-date' });
    expect(uncheckedReason(failed(await merged.rate('EUR', 'USD', '2026-02-30')), '2026-02-30')).toEqual({
      code: 'invalid-date',
      date: '2026-02-30',
    });
  });

  it('nearest: a few days after the newest data uses the latest rate and says so', async () => {
    const near = mergeRates([user, embedded], { nearestDays: 7 });
    const q = ok(await near.rate('CNY', 'USD', '2026-11-27'));
    expect(q.date).toBe('2026-11-23');
    expect(q.rate).toBeCloseTo(1.162 / 8.26, 12);
    expect(q.nearest).toEqual({ requested: '2026-11-27' });
    expect(uncheckedReason(failed(await near.rate('CNY', 'USD', '2026-12-24')))).toEqual({
      code: 'after-newest-data',
      newest: '2026-11-23',
    });
  });

  it('before every layer: the oldest date of all; between two layers: a gap', async () => {
    expect(uncheckedReason(failed(await merged.rate('EUR', 'USD', '1998-06-01')))).toEqual({
      code: 'before-oldest-data',
      oldest: '1999-01-04',
    });
    const april = createFileRates(
      new TextEncoder().encode(
        ecbCsv
          .toString('utf8')
          .slice(0, 40_000)
          .replace(/\n[^\n]*$/, '\n'),
      ),
      'april.csv',
    );
    const gap = failed(await mergeRates([user, april]).rate('EUR', 'USD', '2026-08-03'));
    expect(uncheckedReason(gap)).toEqual({
      code: 'no-rate',
      detail:
        'No reference rate for EUR→USD on 2026-08-03: the date falls between the data of "eurofxref-hist-90d.xml" and "april.csv".',
    });
  });
});

describe('shard folders', () => {
  it('a table cut into shards and loaded back answers like the file, and round-trips', async () => {
    const table = readRatesFile(new Uint8Array(ecbCsv), 'hist.csv');
    const set = tableToShards(table, { since: '2025-01-01' });
    expect(set.index.ecbYears).toEqual([2025, 2026]);
    expect(Object.keys(set.files).sort()).toEqual(['ecb-2025.json', 'ecb-2026.json']);
    expect(set.index.meta.ecb?.first).toBe('2025-01-02');
    expect(set.index.meta.ecb?.last).toBe('2026-04-13');
    const json = JSON.parse(JSON.stringify(set)) as typeof set;
    const provider = await createShardedRates(async (file) =>
      file === 'index.json' ? json.index : json.files[file],
    );
    expect(ok(await provider.rate('EUR', 'USD', '2026-01-02')).rate).toBe(1.1721);
    expect(uncheckedReason(failed(await provider.rate('EUR', 'USD', '2024-06-03')))).toEqual({
      code: 'before-oldest-data',
      oldest: '2025-01-02',
    });
    expect(shardsToTable(json).ecb.get('2026-04-13')).toEqual(table.ecb.get('2026-04-13'));
  });

  it('an index.json that is not a shard index is refused with the reason', async () => {
    await expect(createShardedRates(async () => ({ hello: 1 }))).rejects.toThrow(
      'index.json has no "format": "briefing-rates-shards"',
    );
  });
});
