#!/usr/bin/env node
// `pnpm rates:refresh`: regenerates the embedded data (src/data/) from downloaded rates files, for
// maintainers before a release. It reads the files with the package's own readers (dist/, built first by
// the root script), writes them as the two canonical raw files generate.mjs reads (the ECB history CSV and
// the Fed H.10 long CSV), merged over the current embedded data, then runs generate.mjs on them.
//
//   pnpm rates:refresh                       # the folder `briefing rates update` stored (user cache)
//   pnpm rates:refresh -- FILE...            # eurofxref-hist.zip/.csv, eurofxref-hist-90d.xml, fredgraph.csv, fed_monthly.csv
//
// Figures are written in their shortest decimal form (1.1600 → 1.16: the same number as published).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FED_COUNTRIES,
  loadEmbeddedTable,
  mergeTables,
  readRatesFile,
  shardsToTable,
} from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The folder `briefing rates update` writes (same rule as env-paths in the CLI). */
function cacheDir() {
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'briefing', 'rates');
  if (process.platform === 'win32')
    return join(
      process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'),
      'briefing',
      'Cache',
      'rates',
    );
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'briefing', 'rates');
}

function readFolder(dir) {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const files = {};
  for (const y of index.ecbYears)
    files[`ecb-${y}.json`] = JSON.parse(readFileSync(join(dir, `ecb-${y}.json`), 'utf8'));
  if (index.fed) files['fed-h10.json'] = JSON.parse(readFileSync(join(dir, 'fed-h10.json'), 'utf8'));
  return shardsToTable({ index, files });
}

const inputs = process.argv.slice(2).filter((a) => a !== '--');
let table = await loadEmbeddedTable();
const before = [...table.ecb.keys()].sort().at(-1);
if (inputs.length === 0) {
  const dir = cacheDir();
  try {
    table = mergeTables(table, readFolder(dir));
  } catch (error) {
    console.error(
      `rates:refresh: no downloaded rates in ${dir} (run: briefing rates update): ${error.message}`,
    );
    process.exit(2);
  }
} else {
  for (const file of inputs)
    table = mergeTables(table, readRatesFile(new Uint8Array(readFileSync(file)), file));
}

// ---- the canonical raw files ----
const codes = [...new Set([...table.ecb.values()].flatMap((row) => Object.keys(row)))].sort();
const ecbLines = [`Date,${codes.join(',')},`];
for (const date of [...table.ecb.keys()].sort().reverse()) {
  const row = table.ecb.get(date);
  ecbLines.push(`${date},${codes.map((c) => (row[c] === undefined ? 'N/A' : String(row[c]))).join(',')},`);
}
const countryOf = Object.fromEntries(Object.entries(FED_COUNTRIES).map(([country, code]) => [code, country]));
const fedLines = ['Date,Country,Exchange rate'];
for (const month of [...table.fed.keys()].sort()) {
  for (const [code, value] of Object.entries(table.fed.get(month))) {
    if (countryOf[code]) fedLines.push(`${month}-01,${countryOf[code]},${value}`);
  }
}
const raw = mkdtempSync(join(tmpdir(), 'briefing-rates-raw-'));
writeFileSync(join(raw, 'eurofxref-hist.csv'), `${ecbLines.join('\n')}\n`);
writeFileSync(join(raw, 'fed_monthly.csv'), `${fedLines.join('\n')}\n`);
const run = spawnSync(process.execPath, [join(here, 'generate.mjs')], {
  stdio: 'inherit',
  env: { ...process.env, BRIEFING_RATES_RAW: raw },
});
rmSync(raw, { recursive: true, force: true });
if (run.status !== 0) process.exit(run.status ?? 1);
console.log(`embedded ECB data: ended ${before}, now ends ${[...table.ecb.keys()].sort().at(-1)}`);
console.log('next: pnpm --filter @briefing/rates build && pnpm test, then commit src/data/');
