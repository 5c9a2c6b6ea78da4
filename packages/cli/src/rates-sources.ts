/**
 * `--rates FILE|URL` (repeatable) and the data `rates update` stored, layered over the embedded rates:
 * the newest data first, so a user's newer file wins and every quote keeps its own source and date.
 */
import { readFile, stat } from 'node:fs/promises';
import {
  checkShardIndex,
  createFetchedRates,
  createFileRates,
  type EmbeddedRatesProvider,
  embeddedMeta,
  RatesFormatError,
  type RatesProvider,
  type RatesTable,
  readRatesFile,
  type ShardSet,
  shardsToTable,
} from '@briefing/rates';
import { ratesProviderFor } from '@briefing/parser';
import { CliError } from './errors.js';
import { folderRates, ratesCacheDir, readShardFolder, readShardIndex } from './rates-store.js';

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Downloads bytes; a network failure is one line naming the URL. */
export async function download(url: string, what: string): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
    throw new CliError(`cannot download ${what} from ${url}: ${why} (offline?)`, 2);
  }
  if (!res.ok) throw new CliError(`cannot download ${what} from ${url}: HTTP ${res.status}`, 2);
  return new Uint8Array(await res.arrayBuffer());
}

const formatError = (error: unknown): never => {
  if (error instanceof RatesFormatError) throw new CliError(error.message, 1);
  throw error;
};

/** One `--rates` value as a provider: a published file (local or URL) or a shard folder (dir or URL/). */
async function oneSource(source: string): Promise<EmbeddedRatesProvider> {
  if (isUrl(source)) {
    if (source.endsWith('/') || source.endsWith('/index.json')) {
      try {
        return await createFetchedRates(source.replace(/index\.json$/, ''), { id: source });
      } catch (error) {
        throw new CliError(`--rates ${source}: ${error instanceof Error ? error.message : String(error)}`, 2);
      }
    }
    const bytes = await download(source, 'rates');
    try {
      return createFileRates(bytes, source);
    } catch (error) {
      return formatError(error);
    }
  }
  const info = await stat(source).catch(() => {
    throw new CliError(`--rates ${source}: no such file or folder`, 2);
  });
  if (info.isDirectory()) {
    if (!(await readShardIndex(source)))
      throw new CliError(`--rates ${source}: the folder has no index.json`, 2);
    return folderRates(source, source);
  }
  try {
    return createFileRates(new Uint8Array(await readFile(source)), source);
  } catch (error) {
    return formatError(error);
  }
}

/** One `--rates` value as a table (for `rates export`). */
export async function sourceTable(source: string): Promise<RatesTable> {
  if (isUrl(source) && (source.endsWith('/') || source.endsWith('/index.json'))) {
    // A published rates folder: its index, then every shard it lists.
    const base = source.replace(/index\.json$/, '');
    const json = async (file: string) => {
      const bytes = await download(new URL(file, base).href, 'rates');
      try {
        return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
      } catch {
        throw new CliError(`--rates ${new URL(file, base).href}: not JSON`, 1);
      }
    };
    const index = checkShardIndex(await json('index.json'));
    if (typeof index === 'string') throw new CliError(`--rates ${source}: ${index}`, 1);
    const files: ShardSet['files'] = {};
    for (const name of [
      ...index.ecbYears.map((y) => `ecb-${y}.json`),
      ...(index.fed ? ['fed-h10.json'] : []),
    ])
      files[name] = (await json(name)) as ShardSet['files'][string];
    return shardsToTable({ index, files });
  }
  if (!isUrl(source) && (await stat(source).catch(() => undefined))?.isDirectory()) {
    const set = await readShardFolder(source);
    if (!set) throw new CliError(`--rates ${source}: the folder has no index.json`, 2);
    return shardsToTable(set);
  }
  const bytes = isUrl(source)
    ? await download(source, 'rates')
    : await readFile(source).catch(() => {
        throw new CliError(`--rates ${source}: no such file`, 2);
      });
  try {
    return readRatesFile(new Uint8Array(bytes), source);
  } catch (error) {
    return formatError(error);
  }
}

/** Which rates a run uses: `--rates` sources and `--nearest` days. */
export interface RatesRequest {
  rates?: string[];
  nearestDays?: number;
}

export interface RatesChoice {
  provider: RatesProvider;
  /** One line per layer, newest first: what was used. */
  used: string[];
}

const span = (p: EmbeddedRatesProvider) => {
  const r = p.range();
  return r ? `${r.first} to ${r.last}` : 'empty';
};

/**
 * The provider for `check` and `parse`: `--rates` sources and the stored download layered over the
 * embedded rates by the parser's one rule (ratesProviderFor: newest data first), and a line per
 * layer saying what was used.
 */
export async function chooseRates(options: RatesRequest): Promise<RatesChoice> {
  const layers: { provider: EmbeddedRatesProvider; label: string }[] = [];
  for (const source of options.rates ?? []) {
    const provider = await oneSource(source);
    layers.push({ provider, label: `--rates ${source} (${span(provider)})` });
  }
  const cache = ratesCacheDir();
  const stored = await readShardIndex(cache).catch(() => undefined);
  if (stored) {
    const provider = await folderRates(cache, 'downloaded');
    layers.push({ provider, label: `downloaded, ${cache} (${span(provider)})` });
  }
  const m = embeddedMeta();
  // The labels in the order the layers are asked (ratesProviderFor's: newest data first, stable).
  const newestFirst = [...layers].sort((a, b) => {
    const [la, lb] = [a.provider.range()?.last ?? '', b.provider.range()?.last ?? ''];
    return la === lb ? 0 : la > lb ? -1 : 1;
  });
  return {
    provider: ratesProviderFor({
      sources: layers.map((l) => l.provider),
      ...(options.nearestDays ? { nearestDays: options.nearestDays } : {}),
    }),
    used: [
      ...newestFirst.map((l) => l.label),
      `embedded (ECB ${m.ecb.first} to ${m.ecb.last}, Fed H.10 ${m.fed.first} to ${m.fed.last})`,
    ],
  };
}

/** `--nearest DAYS`: a whole number of days, 0 to 31. */
export function parseNearest(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,2}$/.test(value) || Number(value) > 31)
    throw new CliError(`--nearest must be a number of days from 0 to 31; got "${value}"`, 2);
  return Number(value);
}

/** The fix for a date after the newest data, as a command line. */
export const AFTER_NEWEST_FIX = 'run `briefing rates update`, or pass --rates FILE|URL with newer rates';
