/**
 * Where `briefing rates update` keeps downloaded rates, and reading/writing shard folders on disk. The
 * folder is the user cache directory's `briefing/rates` (env-paths: $XDG_CACHE_HOME or ~/.cache on Linux,
 * ~/Library/Caches on macOS, %LOCALAPPDATA%\briefing\Cache on Windows), holding the shard format of `rates export`.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  checkShardIndex,
  createShardedRates,
  type EmbeddedRatesProvider,
  type ShardIndex,
  type ShardSet,
} from '@briefing/rates';
import envPaths from 'env-paths';

/** The folder `rates update` writes and later runs read. */
export function ratesCacheDir(): string {
  return join(envPaths('briefing', { suffix: '' }).cache, 'rates');
}

const missing = (error: unknown) => (error as { code?: string }).code === 'ENOENT';

/** The index of a shard folder, undefined when the folder has none. Throws on an unreadable index. */
export async function readShardIndex(dir: string): Promise<ShardIndex | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, 'index.json'), 'utf8');
  } catch (error) {
    if (missing(error)) return undefined;
    throw error;
  }
  const index = checkShardIndex(JSON.parse(text));
  if (typeof index === 'string') throw new Error(`${join(dir, 'index.json')}: ${index}`);
  return index;
}

/** A provider over a shard folder on disk (shards read on first use). */
export function folderRates(dir: string, id: string): Promise<EmbeddedRatesProvider> {
  return createShardedRates(async (file) => JSON.parse(await readFile(join(dir, file), 'utf8')), { id });
}

/** All shards of a folder (for merging and re-exporting). */
export async function readShardFolder(dir: string): Promise<ShardSet | undefined> {
  const index = await readShardIndex(dir);
  if (!index) return undefined;
  const files: ShardSet['files'] = {};
  const names = [...index.ecbYears.map((y) => `ecb-${y}.json`), ...(index.fed ? ['fed-h10.json'] : [])];
  for (const name of names) files[name] = JSON.parse(await readFile(join(dir, name), 'utf8'));
  return { index, files };
}

/**
 * Writes a shard folder. With `replace`, the old folder is swapped out only once the new one is complete
 * (written beside it, then renamed), so a failure leaves the old data as it was.
 */
export async function writeShardFolder(dir: string, set: ShardSet, options: { replace?: boolean } = {}) {
  const index: ShardIndex = { ...set.index, written: new Date().toISOString() };
  const target = options.replace ? `${dir}.new-${process.pid}` : dir;
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  for (const [name, shard] of Object.entries(set.files))
    await writeFile(join(target, name), JSON.stringify(shard));
  await writeFile(join(target, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  if (!options.replace) return;
  const old = `${dir}.old-${process.pid}`;
  await rename(dir, old).catch((error: unknown) => {
    if (!missing(error)) throw error;
  });
  await rename(target, dir);
  await rm(old, { recursive: true, force: true });
}
