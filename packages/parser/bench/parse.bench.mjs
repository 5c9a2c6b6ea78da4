// Throughput of parsePage on ~10 MB of repeated real pages, beside the fastest possible
// baseline in the same run: one split on blank lines over the same text.
import { readFileSync } from 'node:fs';
import { parsePage } from '../dist/index.js';

const seed = readFileSync(new URL('../test/fixtures/000_1eb645631e89ee3f.txt', import.meta.url), 'utf8');
const TARGET = 10 * 1024 * 1024;
const pages = [];
let size = 0;
for (let n = 2; size < TARGET; n++) {
  const page = seed.replace('Briefings - 2. page', `Briefings - ${n}. page`);
  pages.push(page);
  size += Buffer.byteLength(page) + 1;
}
const text = pages.join('\n');
const mb = Buffer.byteLength(text) / (1024 * 1024);

function time(fn, rounds) {
  fn(); // warm up
  const runs = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    fn();
    runs.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)];
}

let blocks = 0;
const baseline = time(() => {
  blocks = text.split(/\n\s*\n/).length;
}, 7);
let items = 0;
const whole = time(() => {
  items = parsePage(text).items.length;
}, 3);
const structureOnly = time(() => {
  parsePage(text, { money: false });
}, 3);
let perPageItems = 0;
const perPage = time(() => {
  perPageItems = 0;
  for (const page of pages) perPageItems += parsePage(page).items.length;
}, 3);

const rate = (s) => (mb / s).toFixed(1);
console.log(
  `parse bench: ${mb.toFixed(1)} MB, ${pages.length} pages, ${blocks} blank-line blocks, ${items} briefings`,
);
console.log(
  `  baseline text.split(/\\n\\s*\\n/)   ${rate(baseline).padStart(8)} MB/s  (${(baseline * 1000).toFixed(1)} ms)`,
);
console.log(
  `  parsePage, whole text           ${rate(whole).padStart(8)} MB/s  (${(whole * 1000).toFixed(0)} ms)  ratio ${(whole / baseline).toFixed(1)}x`,
);
console.log(
  `  parsePage, page by page         ${rate(perPage).padStart(8)} MB/s  (${(perPage * 1000).toFixed(0)} ms)  ratio ${(perPage / baseline).toFixed(1)}x  (${perPageItems} briefings)`,
);
console.log(
  `  parsePage, whole, money: false  ${rate(structureOnly).padStart(8)} MB/s  (${(structureOnly * 1000).toFixed(0)} ms)  ratio ${(structureOnly / baseline).toFixed(1)}x`,
);
console.log('  parsePage includes money and unit extraction (annotateBriefing) for every briefing');
