import type { EcbShard, FedShard } from './data/types.js';
import { createEmbeddedRates, type EmbeddedRatesProvider } from './embedded.js';
import { readRatesFile } from './readers/index.js';
import type { RatesTable } from './readers/table.js';
import { checkShardIndex, type ShardIndex, type ShardSet, tableToShards } from './shards.js';

/** Loads one file of a shard folder (`index.json`, `ecb-2026.json`, `fed-h10.json`) as parsed JSON. */
export type ShardFileLoader = (file: string) => Promise<unknown>;

/**
 * A provider over a shard folder: `index.json` is read first, then each year's shard on first use, exactly
 * like the embedded data (same look-up rules, same sources and attributions).
 */
export async function createShardedRates(
  load: ShardFileLoader,
  options: { id?: string; maxLookbackDays?: number } = {},
): Promise<EmbeddedRatesProvider> {
  const index = checkShardIndex(await load('index.json'));
  if (typeof index === 'string') throw new Error(index);
  return providerFor(index, (file) => load(file), options.id ?? 'rates folder', options.maxLookbackDays);
}

/** A provider over shards already in memory (a file just read). */
export function createTableRates(
  table: RatesTable,
  options: { id?: string; from?: string[] } = {},
): EmbeddedRatesProvider {
  const set: ShardSet = tableToShards(table, options.from ? { from: options.from } : {});
  return providerFor(set.index, async (file) => set.files[file], options.id ?? 'rates file');
}

/** Reads a published rates file (see readRatesFile) into a provider. Throws RatesFormatError. */
export function createFileRates(bytes: Uint8Array, name: string): EmbeddedRatesProvider {
  return createTableRates(readRatesFile(bytes, name), { id: name, from: [name] });
}

/**
 * A shard folder over HTTP (the element's `rates-src`, `--rates https://…/rates/`): `base` is the folder
 * URL; files are fetched relative to it, once each.
 */
export function createFetchedRates(
  base: string | URL,
  options: { id?: string; fetch?: typeof fetch } = {},
): Promise<EmbeddedRatesProvider> {
  const folder = new URL(String(base).endsWith('/') ? String(base) : `${String(base)}/`);
  const get = options.fetch ?? fetch;
  return createShardedRates(
    async (file) => {
      const url = new URL(file, folder);
      const res = await get(url);
      if (!res.ok) throw new Error(`${url.href} answered HTTP ${res.status}`);
      return res.json();
    },
    { id: options.id ?? folder.href },
  );
}

function providerFor(
  index: ShardIndex,
  load: (file: string) => Promise<unknown>,
  id: string,
  maxLookbackDays?: number,
): EmbeddedRatesProvider {
  const ecbLoaders: Record<number, () => Promise<{ default: EcbShard }>> = {};
  for (const year of index.ecbYears) {
    ecbLoaders[year] = async () => ({ default: (await load(`ecb-${year}.json`)) as EcbShard });
  }
  return createEmbeddedRates({
    id,
    meta: index.meta,
    ecbLoaders,
    ...(index.fed ? { fedLoader: async () => ({ default: (await load('fed-h10.json')) as FedShard }) } : {}),
    ...(maxLookbackDays === undefined ? {} : { maxLookbackDays }),
  });
}
