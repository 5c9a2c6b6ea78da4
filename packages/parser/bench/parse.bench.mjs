// Throughput of parsePage on ~10 MB of repeated real pages, beside the fastest possible
// baseline in the same run: one split on blank lines over the same text. Two figures:
// - structure: page, titles, paragraphs, citations, dates, URL checks (`money: false`);
// - full: the same plus money and unit extraction (annotateBriefing for every briefing).
// The runs are interleaved round by round, so a busy machine slows every contender alike;
// each figure is the median round.
import { readFileSync } from 'node:fs';
import { parsePage } from '../dist/index.js';

const seed = readFileSync(new URL('../test/fixtures/000_1eb645631e89ee3f.txt', import.meta.url), 'utf8');
const TARGET = 10 * 1024 * 1024;
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const pages = [];
let size = 0;
for (let n = 2; size < TARGET; n++) {
  const page = seed.replace('Briefings - 2. page', `Briefings - ${n}. page`);
  pages.push(page);
  size += Buffer.byteLength(page) + 1;
}
const text = pages.join('\n');
const mb = Buffer.byteLength(text) / (1024 * 1024);

let blocks = 0;
const counts = {};
const contenders = {
  baseline: () => {
    blocks = text.split(/\n\s*\n/).length;
  },
  structure: () => {
    counts.structure = parsePage(text, { money: false }).items.length;
  },
  structurePages: () => {
    let n = 0;
    for (const page of pages) n += parsePage(page, { money: false }).items.length;
    counts.structurePages = n;
  },
  full: () => {
    counts.full = parsePage(text).items.length;
  },
  fullPages: () => {
    let n = 0;
    for (const page of pages) n += parsePage(page).items.length;
    counts.fullPages = n;
  },
};

const runs = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
for (const fn of Object.values(contenders)) fn(); // warm up
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, fn] of Object.entries(contenders)) {
    const start = process.hrtime.bigint();
    fn();
    runs[name].push(Number(process.hrtime.bigint() - start) / 1e9);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const t = Object.fromEntries(Object.entries(runs).map(([k, xs]) => [k, median(xs)]));

const row = (label, seconds, note = '') => {
  const ratio = seconds / t.baseline;
  const rate = `${(mb / seconds).toFixed(1)} MB/s`.padStart(13);
  const ms = `${(seconds * 1000).toFixed(1)} ms`.padStart(10);
  const vs = label.startsWith('baseline') ? '' : `  ${ratio.toFixed(1).padStart(5)}x the baseline`;
  console.log(`  ${label.padEnd(44)}${rate}${ms}${vs}${note}`);
};

console.log(
  `parse bench: ${mb.toFixed(1)} MB, ${pages.length} pages, ${blocks} blank-line blocks, ${counts.structure} briefings; median of ${ROUNDS} interleaved rounds`,
);
row('baseline: text.split(/\\n\\s*\\n/)', t.baseline);
row('structure (money: false), whole text', t.structure);
row('structure (money: false), page by page', t.structurePages);
row('full (money and units), whole text', t.full);
row('full (money and units), page by page', t.fullPages);
const ratio = t.structure / t.baseline;
console.log(
  `structure: ${ratio.toFixed(1)}x the baseline (aim: within 10x) ${ratio <= 10 ? 'ok' : 'OVER'}; ` +
    `full: ${(t.full / t.baseline).toFixed(1)}x, of which money and units (extractMoney, extractQuantities) take ${(((t.full - t.structure) / t.full) * 100).toFixed(0)}%`,
);
if (counts.full !== counts.structure || counts.fullPages !== counts.structurePages) {
  console.error('the runs disagree on the number of briefings', counts);
  process.exitCode = 1;
}
