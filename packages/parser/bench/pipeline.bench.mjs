// The cost of the whole pipeline over the parser alone, on every corpus page and the seed page,
// as ratios in one run: parsePage + toFeed is the baseline; parseToFeed with `rates: false`
// adds validation; parseToFeed with the embedded rates adds checking every stated conversion
// (for one that differs, the money core reads five years of rates to find the rate the writer
// used); parseFeeds does the same over all pages with one memory of rates answers. Rounds are
// interleaved, so a busy machine slows every contender alike; each figure is the median round.
import { readdirSync, readFileSync } from 'node:fs';
import { parseFeeds, parsePage, parseToFeed, toFeed } from '../dist/index.js';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const corpus = new URL('../corpus/', import.meta.url);
const pages = [readFileSync(new URL('../test/fixtures/000_1eb645631e89ee3f.txt', import.meta.url), 'utf8')];
for (const dir of ['dev', 'validation'])
  for (const file of readdirSync(new URL(`${dir}/`, corpus)).sort())
    if (/\.(txt|html)$/.test(file)) pages.push(readFileSync(new URL(`${dir}/${file}`, corpus), 'utf8'));
const AT = '2026-01-01T00:00:00Z';

const counts = {};
const contenders = {
  baseline: async () => {
    let n = 0;
    for (const page of pages) n += toFeed(parsePage(page), { generatedAt: AT }).items.length;
    counts.baseline = n;
  },
  noRates: async () => {
    let n = 0;
    for (const page of pages)
      n += (await parseToFeed(page, { generatedAt: AT, rates: false })).feed.items.length;
    counts.noRates = n;
  },
  rates: async () => {
    let n = 0;
    for (const page of pages) n += (await parseToFeed(page, { generatedAt: AT })).feed.items.length;
    counts.rates = n;
  },
  stream: async () => {
    let n = 0;
    for await (const result of parseFeeds(pages, { generatedAt: AT })) n += result.feed.items.length;
    counts.stream = n;
  },
};

const runs = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
for (const fn of Object.values(contenders)) await fn(); // warm up (and load the embedded rates)
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, fn] of Object.entries(contenders)) {
    const start = process.hrtime.bigint();
    await fn();
    runs[name].push(Number(process.hrtime.bigint() - start) / 1e9);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const t = Object.fromEntries(Object.entries(runs).map(([k, xs]) => [k, median(xs)]));

console.log(
  `pipeline bench: ${pages.length} pages, ${counts.baseline} briefings; median of ${ROUNDS} interleaved rounds`,
);
const row = (label, seconds) =>
  console.log(
    `  ${label.padEnd(52)}${`${(pages.length / seconds).toFixed(0)} pages/s`.padStart(14)}${`${(seconds / t.baseline).toFixed(1)}x`.padStart(8)} the baseline`,
  );
row('baseline: parsePage + toFeed, page by page', t.baseline);
row('parseToFeed, rates: false (adds validateFeed)', t.noRates);
row('parseToFeed, embedded rates (as briefing parse)', t.rates);
row('parseFeeds over all pages, embedded rates', t.stream);
if (new Set(Object.values(counts)).size !== 1) {
  console.error('the runs disagree on the number of briefings', counts);
  process.exitCode = 1;
}
