/** `briefing rates update|status|export`: keep the rates current. */
import { parseArgs } from 'node:util';
import {
  embeddedMeta,
  FRED_MONTHLY_SERIES,
  loadEmbeddedTable,
  mergeTables,
  RatesFormatError,
  type RatesTable,
  readRatesFile,
  type ShardIndex,
  shardsToTable,
  tableToShards,
} from '@briefing/rates';
import { type CliIo, type Command, defineOptions } from '../command.js';
import { CliError } from '../errors.js';
import { download, sourceTable } from '../rates-sources.js';
import { ratesCacheDir, readShardFolder, readShardIndex, writeShardFolder } from '../rates-store.js';
import { formatTable } from '../table.js';

export const ECB_HISTORY_URL = 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip';
/** FRED's CSV download of every H.10 monthly-average series the embedded data has. */
export const FED_H10_URL = `https://fred.stlouisfed.org/graph/fredgraph.csv?id=${Object.keys(FRED_MONTHLY_SERIES).join(',')}`;

const UPDATE_OPTIONS = defineOptions({
  'ecb-url': { type: 'string', value: '<url>', help: `default ${ECB_HISTORY_URL}` },
  'fed-url': { type: 'string', value: '<url>', help: "default FRED's H.10 monthly series CSV" },
});

const EXPORT_OPTIONS = defineOptions({
  out: { type: 'string', value: '<dir>', help: 'required' },
  since: { type: 'string', value: '<date>', help: 'first date kept (YYYY-MM-DD; default: everything)' },
  rates: { type: 'string', multiple: true, value: '<file|url>', help: 'more rates to merge in (repeatable)' },
});

const print = (io: Pick<CliIo, 'stdout'>, text: string) => io.stdout.write(`${text}\n`);

function describe(index: Pick<ShardIndex, 'meta'>): string {
  const parts: string[] = [];
  const { ecb, fed } = index.meta;
  if (ecb) parts.push(`ECB ${ecb.first} to ${ecb.last} (${Object.keys(ecb.currencies).length} currencies)`);
  if (fed)
    parts.push(`Fed H.10 ${fed.first} to ${fed.last} (${Object.keys(fed.currencies).length} currencies)`);
  return parts.join(', ') || 'no figures';
}

function read(bytes: Uint8Array, url: string): RatesTable {
  try {
    return readRatesFile(bytes, url);
  } catch (error) {
    if (error instanceof RatesFormatError) throw new CliError(`${error.message}; nothing changed`, 1);
    throw error;
  }
}

async function update(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: UPDATE_OPTIONS, strict: true });
  const ecbUrl = values['ecb-url'] ?? process.env.BRIEFING_RATES_ECB_URL ?? ECB_HISTORY_URL;
  const fedUrl = values['fed-url'] ?? process.env.BRIEFING_RATES_FED_URL ?? FED_H10_URL;
  // Both downloads first: nothing is written unless both arrive and read as rates.
  const [ecbBytes, fedBytes] = await Promise.all([
    download(ecbUrl, 'the ECB history').catch((e: unknown) => {
      throw e instanceof CliError ? new CliError(`${e.message}; nothing changed`, e.exitCode) : e;
    }),
    download(fedUrl, 'the Fed H.10 rates').catch((e: unknown) => {
      throw e instanceof CliError ? new CliError(`${e.message}; nothing changed`, e.exitCode) : e;
    }),
  ]);
  const ecb = read(ecbBytes, ecbUrl);
  const fed = read(fedBytes, fedUrl);
  if (ecb.ecb.size === 0) throw new CliError(`${ecbUrl} has no ECB daily rates; nothing changed`, 1);
  if (fed.fed.size === 0) throw new CliError(`${fedUrl} has no Fed H.10 monthly rates; nothing changed`, 1);
  const embedded = embeddedMeta();
  const ecbLast = [...ecb.ecb.keys()].sort().at(-1)!;
  const fedLast = [...fed.fed.keys()].sort().at(-1)!;
  if (ecbLast < embedded.ecb.last)
    throw new CliError(
      `${ecbUrl} ends ${ecbLast}, before the embedded ECB data (${embedded.ecb.last}); nothing changed`,
      1,
    );
  if (fedLast < embedded.fed.last)
    throw new CliError(
      `${fedUrl} ends ${fedLast}, before the embedded Fed H.10 data (${embedded.fed.last}); nothing changed`,
      1,
    );
  const set = tableToShards(mergeTables(ecb, fed), { from: [ecbUrl, fedUrl] });
  const dir = ratesCacheDir();
  await writeShardFolder(dir, set, { replace: true });
  print(io, `stored ${describe(set.index)} in ${dir}`);
  if (ecbLast === embedded.ecb.last && fedLast === embedded.fed.last)
    print(io, 'no newer figures than the embedded data yet');
  return 0;
}

async function status(_args: string[], io: CliIo): Promise<number> {
  const m = embeddedMeta();
  const dir = ratesCacheDir();
  const stored = await readShardIndex(dir).catch((error: unknown) => {
    throw new CliError(
      `cannot read the stored rates: ${error instanceof Error ? error.message : String(error)}`,
      2,
    );
  });
  const rows = [
    [
      'embedded',
      `ECB ${m.ecb.first} to ${m.ecb.last} (${m.ecb.currencies} currencies), Fed H.10 ${m.fed.first} to ${m.fed.last} (${m.fed.currencies} currencies)`,
    ],
    ...(stored
      ? [
          ['downloaded', describe(stored)],
          ['', `stored in ${dir}, written ${stored.written ?? '?'}`],
          ...(stored.from ?? []).map((url) => ['', `from ${url}`]),
        ]
      : [['downloaded', `none in ${dir} (run: briefing rates update)`]]),
  ];
  for (const line of formatTable(rows)) print(io, line);
  print(
    io,
    stored
      ? 'in use: the downloaded rates, then the embedded ones for dates they lack'
      : 'in use: the embedded rates',
  );
  return 0;
}

async function exportRates(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: EXPORT_OPTIONS, strict: true });
  if (!values.out) throw new CliError('rates export: --out <dir> is required', 2);
  if (values.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.since))
    throw new CliError(`--since must be a date as YYYY-MM-DD; got "${values.since}"`, 2);
  let table = await loadEmbeddedTable();
  const stored = await readShardFolder(ratesCacheDir()).catch(() => undefined);
  if (stored) table = mergeTables(table, shardsToTable(stored));
  for (const source of values.rates ?? []) table = mergeTables(table, await sourceTable(source));
  const set = tableToShards(table, values.since ? { since: values.since } : {});
  await writeShardFolder(values.out, set);
  print(io, `wrote ${Object.keys(set.files).length + 1} files to ${values.out}: ${describe(set.index)}`);
  return 0;
}

const SUBCOMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  update,
  status,
  export: exportRates,
};

async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const handler = sub ? SUBCOMMANDS[sub] : undefined;
  if (!handler) throw new CliError(`rates: expected update, status or export; got "${sub ?? ''}"`, 2);
  return handler(rest, io);
}

export const ratesCommand: Command = {
  name: 'rates',
  args: '<update|status|export>',
  summary: 'keep the reference rates current',
  description:
    'Keeps the reference rates that `parse` and `check` use current, and publishes them for the element.',
  options: {},
  subcommands: [
    {
      name: 'update',
      summary: `download the ECB history and the Fed H.10 monthly averages, check them, and store
them in the user cache ($XDG_CACHE_HOME/briefing/rates, ~/Library/Caches/briefing/rates,
%LOCALAPPDATA%\\briefing\\Cache\\rates); check and parse then use them`,
      options: UPDATE_OPTIONS,
    },
    {
      name: 'status',
      summary: 'which rates are used: sources, first and last dates, where stored',
      options: {},
    },
    {
      name: 'export',
      summary: "write a rates folder for the element's rates-src (the CDN's lazy shard format)",
      options: EXPORT_OPTIONS,
    },
  ],
  footer:
    'Exit codes: 0 ok; 1 the download is not valid rates data; 2 offline or usage error (nothing changed).',
  run,
};
