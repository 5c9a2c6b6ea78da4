// Archive throughput of `briefing parse <dir> --out <dir>`: 10,000 generated pages (the seed page
// with its page number, titles and figures varied, in 100 folders) parsed by the built CLI with
// one worker thread and with one per available core, side by side on the same pages, as pages/s
// and their ratio. The runs alternate (1, all, 1, all...) so a busy machine slows both alike;
// each figure is the median run. PAGES=1000 ROUNDS=1 for a quick look; NO_RATES=1 adds --no-rates
// (most of a page's time is the money core's search for the date whose rate explains a conversion).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES = Number(process.env.PAGES ?? 10_000);
const ROUNDS = Number(process.env.ROUNDS ?? 1);
const NO_RATES = process.env.NO_RATES === '1';
const cores = Math.max(1, availableParallelism());
// BRIEFING_BIN: another build's bin.js (a copy of dist/ beside it, to go on building while it runs).
const bin = process.env.BRIEFING_BIN ?? fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const seed = readFileSync(
  new URL('../../parser/test/fixtures/000_1eb645631e89ee3f.txt', import.meta.url),
  'utf8',
);

const root = mkdtempSync(join(tmpdir(), 'briefing-archive-bench-'));
const pagesDir = join(root, 'pages');
let bytes = 0;
for (let n = 0; n < PAGES; n++) {
  const folder = join(pagesDir, String(Math.floor(n / 100)).padStart(3, '0'));
  if (n % 100 === 0) mkdirSync(folder, { recursive: true });
  // Varied so no two pages are the same text: the page number, each title, and the first figures.
  const page = seed
    .replace('Briefings - 2. page', `Briefings - ${n + 2}. page`)
    .replace(/^(China|Chinese) /gm, `$1 (${n}) `)
    .replace(
      /\b(\d{2,3}) (million|billion)\b/,
      (_, digits, scale) => `${Number(digits) + (n % 50)} ${scale}`,
    );
  bytes += Buffer.byteLength(page);
  writeFileSync(join(folder, `page-${n}.txt`), page);
}

function parseAll(jobs, round) {
  const out = join(root, `feeds-${jobs}-${round}`);
  const start = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    [
      bin,
      'parse',
      pagesDir,
      '--out',
      out,
      '--jobs',
      String(jobs),
      '--quiet',
      ...(NO_RATES ? ['--no-rates'] : []),
    ],
    {
      encoding: 'utf8',
    },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const summary = r.stderr.trim().split('\n').at(-1);
  if (r.status !== 0)
    throw new Error(`briefing parse --jobs ${jobs} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const written = readdirSync(out, { recursive: true }).filter((name) =>
    String(name).endsWith('.json'),
  ).length;
  if (written !== PAGES) throw new Error(`--jobs ${jobs} wrote ${written} feeds for ${PAGES} pages`);
  rmSync(out, { recursive: true, force: true });
  return { seconds, summary };
}

const runs = { one: [], all: [] };
let summary = '';
try {
  for (let round = 0; round < ROUNDS; round++) {
    runs.one.push(parseAll(1, round).seconds);
    const all = parseAll(cores, round);
    runs.all.push(all.seconds);
    summary = all.summary;
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const one = PAGES / median(runs.one);
const all = PAGES / median(runs.all);
console.log(
  `briefing parse <dir> --out: ${PAGES} pages (${(bytes / 1e6).toFixed(1)} MB), ${NO_RATES ? '--no-rates, ' : 'with reference rates, '}median of ${ROUNDS} run(s) each, process start included`,
);
console.log(`  --jobs 1          ${one.toFixed(0).padStart(6)} pages/s`);
console.log(
  `  --jobs ${String(cores).padEnd(11)}${all.toFixed(0).padStart(6)} pages/s  (${cores} available cores)`,
);
console.log(`  all cores / 1 worker: ${(all / one).toFixed(2)}x`);
console.log(`  last run: ${summary}`);
