import type { Coverage, EcbShard, FedShard } from './data/types.js';
import type { RatesDataMeta } from './coverage.js';
import { FED_USD_PER_UNIT, type RatesTable } from './readers/table.js';

/**
 * A folder of rate shards: `index.json` (this type) beside `ecb-YYYY.json` (one EcbShard per year) and
 * `fed-h10.json` (one FedShard): the same shard objects the embedded data and the CDN build's
 * `cdn/rates/` chunks hold, as JSON. Written by `briefing rates export` and `briefing rates update`,
 * read by `--rates DIR|URL`, the element's `rates-src`, and `createShardedRates`.
 */
export interface ShardIndex {
  format: 'briefing-rates-shards';
  version: 1;
  /** When the folder was written (ISO instant). */
  written?: string;
  /** Where the figures came from (file names or URLs), for `briefing rates status`. */
  from?: string[];
  meta: RatesDataMeta;
  /** The ECB years present, each as `ecb-YYYY.json`. */
  ecbYears: number[];
  /** Whether `fed-h10.json` is present. */
  fed: boolean;
}

export interface ShardSet {
  index: ShardIndex;
  /** File name → shard. */
  files: Record<string, EcbShard | FedShard>;
}

const monthIndex = (m: string): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthOf = (i: number): string => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

function widen(cov: Record<string, Coverage>, code: string, at: string): void {
  const c = cov[code];
  if (!c) cov[code] = { first: at, last: at };
  else {
    if (at < c.first) c.first = at;
    if (at > c.last) c.last = at;
  }
}

/**
 * Cuts a table into shards. `since` (YYYY-MM-DD) drops earlier ECB days and Fed months before its month.
 * Figures are kept as read (never recomputed).
 */
export function tableToShards(
  table: RatesTable,
  options: { since?: string; from?: string[] } = {},
): ShardSet {
  const since = options.since ?? '0000-00-00';
  const files: ShardSet['files'] = {};
  const meta: RatesDataMeta = {};
  const dates = [...table.ecb.keys()].filter((d) => d >= since).sort();
  const years: number[] = [];
  if (dates.length > 0) {
    const currencies: Record<string, Coverage> = {};
    const byYear = new Map<number, string[]>();
    for (const d of dates) {
      const y = Number(d.slice(0, 4));
      const days = byYear.get(y);
      if (days) days.push(d);
      else byYear.set(y, [d]);
      for (const code of Object.keys(table.ecb.get(d)!)) widen(currencies, code, d);
    }
    for (const [year, days] of byYear) {
      const rates: Record<string, (number | null)[]> = {};
      for (const code of Object.keys(currencies).sort()) {
        const column = days.map((d) => table.ecb.get(d)![code] ?? null);
        if (column.some((v) => v !== null)) rates[code] = column;
      }
      files[`ecb-${year}.json`] = {
        year,
        days: days.map((d) => Number(d.slice(5, 7) + d.slice(8, 10))),
        rates,
      } satisfies EcbShard;
      years.push(year);
    }
    meta.ecb = { first: dates[0]!, last: dates.at(-1)!, currencies };
  }
  const months = [...table.fed.keys()].filter((m) => m >= since.slice(0, 7)).sort();
  if (months.length > 0) {
    const start = months[0]!;
    const count = monthIndex(months.at(-1)!) - monthIndex(start) + 1;
    const currencies: Record<string, Coverage> = {};
    for (const m of months) for (const code of Object.keys(table.fed.get(m)!)) widen(currencies, code, m);
    const rates: Record<string, (number | null)[]> = {};
    for (const code of Object.keys(currencies).sort()) {
      rates[code] = Array.from(
        { length: count },
        (_, i) => table.fed.get(monthOf(monthIndex(start) + i))?.[code] ?? null,
      );
    }
    files['fed-h10.json'] = {
      start,
      months: count,
      usdPerUnit: FED_USD_PER_UNIT.filter((c) => c in currencies),
      rates,
    } satisfies FedShard;
    meta.fed = { first: start, last: months.at(-1)!, currencies };
  }
  return {
    index: {
      format: 'briefing-rates-shards',
      version: 1,
      ...(options.from ? { from: options.from } : {}),
      meta,
      ecbYears: years,
      fed: months.length > 0,
    },
    files,
  };
}

/** The table back from shards (to merge a stored folder with a new file, or re-export it). */
export function shardsToTable(set: ShardSet): RatesTable {
  const table: RatesTable = { ecb: new Map(), fed: new Map() };
  for (const year of set.index.ecbYears) {
    const shard = set.files[`ecb-${year}.json`] as EcbShard | undefined;
    if (!shard) continue;
    shard.days.forEach((mmdd, i) => {
      const date = `${year}-${String(Math.floor(mmdd / 100)).padStart(2, '0')}-${String(mmdd % 100).padStart(2, '0')}`;
      const row: Record<string, number> = {};
      for (const [code, column] of Object.entries(shard.rates)) {
        const v = column[i];
        if (typeof v === 'number') row[code] = v;
      }
      table.ecb.set(date, row);
    });
  }
  const fed = set.files['fed-h10.json'] as FedShard | undefined;
  if (fed) {
    for (let i = 0; i < fed.months; i++) {
      const row: Record<string, number> = {};
      for (const [code, column] of Object.entries(fed.rates)) {
        const v = column[i];
        if (typeof v === 'number') row[code] = v;
      }
      if (Object.keys(row).length > 0) table.fed.set(monthOf(monthIndex(fed.start) + i), row);
    }
  }
  return table;
}

/** Checks that a parsed `index.json` is a shard index; returns a reason when not. */
export function checkShardIndex(value: unknown): ShardIndex | string {
  const v = value as Partial<ShardIndex> | null;
  if (!v || typeof v !== 'object') return 'index.json is not an object';
  if (v.format !== 'briefing-rates-shards') return 'index.json has no "format": "briefing-rates-shards"';
  if (v.version !== 1) return `index.json version ${String(v.version)} is not supported (expected 1)`;
  if (!Array.isArray(v.ecbYears) || !v.meta || typeof v.meta !== 'object')
    return 'index.json lacks meta/ecbYears';
  return v as ShardIndex;
}
