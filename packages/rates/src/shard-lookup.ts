import type { EcbShard, FedShard } from './data/index.js';
import { dayNumber, fromDayNumber } from './dates.js';

/*
 * Reading one figure out of loaded data shards: the ECB row on or nearest before a day, and the Fed
 * H.10 monthly average for a month. A shard not loaded yet is asked for as a `Need`.
 */

export type Shard = EcbShard | FedShard;
/** The key of a shard the answer needs and that is not loaded yet ("ecb-2025", "fed-h10"). */
export type Need = { need: string };

export interface EcbRow {
  date: string;
  shard: EcbShard;
  index: number;
}

/** Nearest ECB row on or before `day`, at most `lookback` days earlier; null if none; Need if unloaded. */
export function findEcbRow(
  day: number,
  lookback: number,
  ecbLoaders: Readonly<Record<number, unknown>>,
  loaded: ReadonlyMap<string, Shard>,
): EcbRow | null | Need {
  const earliest = day - lookback;
  const year = Number(fromDayNumber(day).slice(0, 4));
  const firstYear = Number(fromDayNumber(earliest).slice(0, 4));
  for (let y = year; y >= firstYear; y--) {
    if (!ecbLoaders[y]) continue;
    const key = `ecb-${y}`;
    const shard = loaded.get(key) as EcbShard | undefined;
    if (!shard) return { need: key };
    const target = y === year ? Number(fromDayNumber(day).slice(5).replace('-', '')) : 1231;
    // last index with days[i] <= target
    let lo = 0;
    let hi = shard.days.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((shard.days[mid] ?? 0) <= target) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) continue;
    const mmdd = shard.days[found] ?? 0;
    const date = `${y}-${String(Math.floor(mmdd / 100)).padStart(2, '0')}-${String(mmdd % 100).padStart(2, '0')}`;
    const rowDay = dayNumber(date) ?? Number.NEGATIVE_INFINITY;
    return rowDay >= earliest ? { date, shard, index: found } : null;
  }
  return null;
}

export const ecbValue = (row: EcbRow | null, code: string): number | undefined => {
  if (!row) return undefined;
  if (code === 'EUR') return 1;
  const v = row.shard.rates[code]?.[row.index];
  return typeof v === 'number' ? v : undefined;
};

/** Fed figure for `code` for the month of `date` or up to 2 months earlier. */
export function fedFigure(
  fed: FedShard,
  code: string,
  date: string,
): { value: number; month: string; usdPerUnit: boolean } | undefined {
  const series = fed.rates[code];
  if (!series) return undefined;
  const start = Number(fed.start.slice(0, 4)) * 12 + Number(fed.start.slice(5, 7)) - 1;
  const target = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  for (let k = 0; k <= 2; k++) {
    const i = target - k - start;
    if (i < 0 || i >= fed.months) continue;
    const v = series[i];
    if (typeof v === 'number') {
      const m = target - k;
      const month = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      return { value: v, month, usdPerUnit: fed.usdPerUnit.includes(code) };
    }
  }
  return undefined;
}
