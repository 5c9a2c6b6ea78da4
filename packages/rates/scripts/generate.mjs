#!/usr/bin/env node
// Generates the embedded reference-rate data of @briefing/rates from the raw ECB and Fed H.10 files.
// Run with `pnpm --filter @briefing/rates generate` after a build (not part of the build). The raw CSVs are never
// committed; only the compact TypeScript modules written to src/data/ are.
//
// ECB and Fed figures are copied as the exact decimal text of the source files (never recomputed).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '..');
const rawDir = resolve(process.env.BRIEFING_RATES_RAW ?? resolve(pkg, '../../../shared/data/rates'));
// BRIEFING_RATES_DATA_OUT: write elsewhere (the refresh script's test); the package's data is src/data.
const outDir = resolve(process.env.BRIEFING_RATES_DATA_OUT ?? join(pkg, 'src/data'));

/** First month of Fed H.10 data kept (the embedded data starts with the ECB series in 1999). */
const FED_START = '1999-01';

// The Fed H.10 country names and which currencies the Fed quotes as USD per unit: one table, the
// readers' (src/readers), read from the built package (run `pnpm --filter @briefing/rates build` first).
const { FED_COUNTRIES, FED_USD_PER_UNIT: usdPerUnitList } = await import('../dist/index.js');
const FED_USD_PER_UNIT = new Set(usdPerUnitList);

const NUM = /^\d+(\.\d+)?$/;
const lines = (text) => text.split(/\r?\n/).filter((l) => l.trim() !== '');

// ---------- ECB ----------
const ecbLines = lines(readFileSync(join(rawDir, 'eurofxref-hist.csv'), 'utf8'));
const header = ecbLines[0].split(',').map((s) => s.trim());
const ecbCodes = header.slice(1).filter((c) => c !== '');
/** @type {Map<number, {date: string, vals: (string|null)[]}[]>} */
const byYear = new Map();
const ecbCoverage = new Map(); // code -> {first,last}
let ecbFirst = '9999';
let ecbLast = '0000';
for (const line of ecbLines.slice(1)) {
  const cells = line.split(',');
  const date = cells[0].trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`bad ECB date: ${line}`);
  const vals = ecbCodes.map((_, i) => {
    const v = (cells[i + 1] ?? '').trim();
    if (v === 'N/A' || v === '') return null;
    if (!NUM.test(v)) throw new Error(`bad ECB figure ${v} on ${date}`);
    return v;
  });
  const year = Number(date.slice(0, 4));
  if (!byYear.has(year)) byYear.set(year, []);
  byYear.get(year).push({ date, vals });
  if (date < ecbFirst) ecbFirst = date;
  if (date > ecbLast) ecbLast = date;
  ecbCodes.forEach((code, i) => {
    if (vals[i] === null) return;
    const c = ecbCoverage.get(code);
    if (!c) ecbCoverage.set(code, { first: date, last: date });
    else {
      if (date < c.first) c.first = date;
      if (date > c.last) c.last = date;
    }
  });
}

// ---------- Fed H.10 ----------
const fedLines = lines(readFileSync(join(rawDir, 'fed_monthly.csv'), 'utf8'));
if (fedLines[0].trim() !== 'Date,Country,Exchange rate') throw new Error('unexpected fed_monthly.csv header');
/** @type {Map<string, Map<string,string>>} code -> month -> figure */
const fed = new Map();
let fedLastMonth = FED_START;
for (const line of fedLines.slice(1)) {
  const [date, country, value] = line.split(',').map((s) => s.trim());
  const code = FED_COUNTRIES[country];
  if (!code) continue;
  const month = date.slice(0, 7);
  if (month < FED_START) continue;
  if (!NUM.test(value ?? '')) continue;
  if (!fed.has(code)) fed.set(code, new Map());
  fed.get(code).set(month, value);
  if (month > fedLastMonth) fedLastMonth = month;
}
const monthIndex = (m) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthOf = (i) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
const nMonths = monthIndex(fedLastMonth) - monthIndex(FED_START) + 1;
const fedCodes = [...fed.keys()].sort();
const fedCoverage = new Map();
for (const code of fedCodes) {
  const months = [...fed.get(code).keys()].sort();
  fedCoverage.set(code, { first: months[0], last: months[months.length - 1] });
}

// ---------- Fed quote direction, checked against the ECB ----------
// SOURCES.md says the Fed file quotes AUD, EUR, GBP and NZD as USD per unit, but a file
// republished from FRED may not keep the Fed's direction. Where the two sources overlap, the ECB
// cross rate (units per USD = units per EUR / USD per EUR) decides: a Fed figure within 5% of it
// is units per USD, within 5% of its inverse USD per unit. The majority of the overlapping months
// decides for each currency; the declared direction is only the default where there is no overlap.
const usdCol = ecbCodes.indexOf('USD');
const ecbMonthly = new Map(); // `${code} ${month}` -> mean units per USD
for (const [, rows] of byYear)
  for (const r of rows) {
    const usd = Number(r.vals[usdCol]);
    if (!(usd > 0)) continue;
    const month = r.date.slice(0, 7);
    const add = (code, unitsPerUsd) => {
      const key = `${code} ${month}`;
      const acc = ecbMonthly.get(key) ?? { sum: 0, n: 0 };
      acc.sum += unitsPerUsd;
      acc.n++;
      ecbMonthly.set(key, acc);
    };
    add('EUR', 1 / usd);
    ecbCodes.forEach((code, i) => {
      if (code === 'USD' || r.vals[i] === null) return;
      add(code, Number(r.vals[i]) / usd);
    });
  }
const usdPerUnitCodes = new Set();
for (const code of fedCodes) {
  let perUsd = 0;
  let perUnit = 0;
  for (const [month, value] of fed.get(code)) {
    const acc = ecbMonthly.get(`${code} ${month}`);
    if (!acc) continue;
    const ecb = acc.sum / acc.n;
    const v = Number(value);
    if (Math.abs(v / ecb - 1) < 0.05) perUsd++;
    else if (Math.abs(1 / v / ecb - 1) < 0.05) perUnit++;
  }
  const declared = FED_USD_PER_UNIT.has(code);
  const usdPerUnit = perUsd + perUnit === 0 ? declared : perUnit > perUsd;
  // A note, not a failure: the data decide, and the note says so in the generator's report.
  if (usdPerUnit !== declared)
    console.log(
      `note: fed_monthly.csv quotes ${code} as ${usdPerUnit ? 'USD per unit' : 'units per USD'} (${Math.max(perUsd, perUnit)} of ${perUsd + perUnit} months agree with the ECB), not as its terms say`,
    );
  if (usdPerUnit) usdPerUnitCodes.add(code);
}

// ---------- write ----------
const BANNER =
  '// GENERATED by scripts/generate.mjs. Do not edit by hand.\n' +
  '// Source: ECB statistics / Board of Governors of the Federal Reserve System, H.10 (via FRED).\n';

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const sizes = [];
const write = (name, text) => {
  writeFileSync(join(outDir, name), text);
  const buf = Buffer.from(text);
  sizes.push({ name, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
};

const years = [...byYear.keys()].sort((a, b) => a - b);
for (const year of years) {
  const rows = byYear.get(year).sort((a, b) => (a.date < b.date ? -1 : 1));
  const days = rows.map((r) => Number(r.date.slice(5, 7) + r.date.slice(8, 10)));
  const cols = [];
  ecbCodes.forEach((code, i) => {
    if (rows.every((r) => r.vals[i] === null)) return;
    cols.push(`${code}:[${rows.map((r) => r.vals[i] ?? 'null').join(',')}]`);
  });
  write(
    `ecb-${year}.ts`,
    `${BANNER}import type { EcbShard } from './types.js';\n\n` +
      `/** ECB euro reference rates ${year}: units of currency per 1 EUR, exactly as published. */\n` +
      `const shard: EcbShard = {\nyear:${year},\ndays:[${days.join(',')}],\nrates:{\n${cols.join(',\n')}\n}};\n\nexport default shard;\n`,
  );
}

const fedCols = fedCodes.map((code) => {
  const m = fed.get(code);
  const arr = [];
  for (let i = 0; i < nMonths; i++) arr.push(m.get(monthOf(monthIndex(FED_START) + i)) ?? 'null');
  return `${code}:[${arr.join(',')}]`;
});
write(
  'fed-h10.ts',
  `${BANNER}import type { FedShard } from './types.js';\n\n` +
    `/** Fed H.10 monthly averages from ${FED_START}: units per 1 USD, except the codes in usdPerUnit (USD per 1 unit). */\n` +
    `const shard: FedShard = {\nstart:'${FED_START}',\nmonths:${nMonths},\nusdPerUnit:${JSON.stringify([...usdPerUnitCodes].sort())},\nrates:{\n${fedCols.join(',\n')}\n}};\n\nexport default shard;\n`,
);

writeFileSync(
  join(outDir, 'types.ts'),
  `${BANNER}
/** One year of ECB reference rates. \`days\` are MMDD numbers (102 = 2 January); \`rates[code][i]\` is the
 * published figure (units of \`code\` per 1 EUR) for \`days[i]\`, or null where the ECB published none. */
export interface EcbShard {
  year: number;
  days: number[];
  rates: Record<string, (number | null)[]>;
}

/** Fed H.10 monthly averages. \`rates[code][i]\` is the figure for month \`start + i\`: units of \`code\` per
 * 1 USD, or USD per 1 unit of \`code\` when \`code\` is in \`usdPerUnit\`; null where not published. */
export interface FedShard {
  start: string;
  months: number;
  usdPerUnit: string[];
  rates: Record<string, (number | null)[]>;
}

export interface Coverage {
  first: string;
  last: string;
}
`,
);

const cov = (m) =>
  `{\n${[...m.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([c, v]) => `    ${c}: { first: '${v.first}', last: '${v.last}' },`)
    .join('\n')}\n  }`;
const totalRaw = sizes.reduce((s, x) => s + x.raw, 0);
const totalGzip = sizes.reduce((s, x) => s + x.gzip, 0);
writeFileSync(
  join(outDir, 'index.ts'),
  `${BANNER}import type { Coverage, EcbShard, FedShard } from './types.js';

export type { Coverage, EcbShard, FedShard } from './types.js';

export const meta = {
  ecb: {
    id: 'ecb',
    name: 'European Central Bank euro foreign exchange reference rates',
    url: 'https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html',
    attribution: 'Source: ECB statistics',
    licence:
      'ESCB policy on reuse of statistics: free reuse, also commercial, citing the source; figures reproduced unmodified.',
    first: '${ecbFirst}',
    last: '${ecbLast}',
    /** Per-currency coverage (dates of the first and last published figure). */
    currencies: ${cov(ecbCoverage)} as Record<string, Coverage>,
  },
  fed: {
    id: 'fed-h10',
    name: 'Board of Governors of the Federal Reserve System, H.10 Foreign Exchange Rates, monthly averages',
    url: 'https://www.federalreserve.gov/releases/h10/',
    attribution: 'Source: Board of Governors of the Federal Reserve System, H.10 (via FRED)',
    licence: 'US federal government work, public domain (FRED: citation requested); packaged under ODC-PDDL.',
    /** First and last month (YYYY-MM) included. */
    first: '${FED_START}',
    last: '${fedLastMonth}',
    /** Per-currency coverage (YYYY-MM months). */
    currencies: ${cov(fedCoverage)} as Record<string, Coverage>,
  },
  /** Size of the generated data modules in bytes (raw UTF-8 / gzip -9). */
  size: { totalRaw: ${totalRaw}, totalGzip: ${totalGzip} },
} as const;

/** Lazy loaders, one per ECB year: bundlers emit one chunk per year. */
export const ecbLoaders: Record<number, () => Promise<{ default: EcbShard }>> = {
${years.map((y) => `  ${y}: () => import('./ecb-${y}.js'),`).join('\n')}
};

export const fedLoader: () => Promise<{ default: FedShard }> = () => import('./fed-h10.js');
`,
);

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const one = sizes.find((s) => s.name === 'ecb-2025.ts') ?? sizes[0];
const fedSize = sizes.find((s) => s.name === 'fed-h10.ts');
console.log(`raw data: ${rawDir}`);
console.log(`ECB ${ecbFirst} .. ${ecbLast}, ${years.length} year shards, ${ecbCodes.length} currencies`);
console.log(`Fed H.10 ${FED_START} .. ${fedLastMonth}, ${fedCodes.length} currencies`);
console.log(
  `total data shards: ${totalRaw} bytes raw (${kb(totalRaw)}), ${totalGzip} bytes gzip (${kb(totalGzip)})`,
);
console.log(`one shard ${one.name}: ${one.raw} bytes raw, ${one.gzip} bytes gzip`);
console.log(`fed-h10.ts: ${fedSize.raw} bytes raw, ${fedSize.gzip} bytes gzip`);
console.log(`files in src/data: ${readdirSync(outDir).length}`);
