import { ecbLoaders, fedLoader, meta } from './data/index.js';
import type { RatesTable } from './readers/table.js';
import { type ShardSet, shardsToTable } from './shards.js';

/**
 * The whole embedded data set as a table (loads every shard): to merge a user's newer files over it and
 * write one shard folder (`briefing rates export`), or to regenerate the embedded data (`pnpm rates:refresh`).
 */
export async function loadEmbeddedTable(): Promise<RatesTable> {
  const years = Object.keys(ecbLoaders).map(Number);
  const files: ShardSet['files'] = {};
  await Promise.all(
    years.map(async (y) => {
      files[`ecb-${y}.json`] = (await ecbLoaders[y]!()).default;
    }),
  );
  files['fed-h10.json'] = (await fedLoader()).default;
  return shardsToTable({
    index: { format: 'briefing-rates-shards', version: 1, meta, ecbYears: years, fed: true },
    files,
  });
}

/** What the embedded data covers (ECB days, Fed months). */
export const embeddedMeta = (): {
  ecb: { first: string; last: string; currencies: number };
  fed: { first: string; last: string; currencies: number };
} => ({
  ecb: { first: meta.ecb.first, last: meta.ecb.last, currencies: Object.keys(meta.ecb.currencies).length },
  fed: { first: meta.fed.first, last: meta.fed.last, currencies: Object.keys(meta.fed.currencies).length },
});
