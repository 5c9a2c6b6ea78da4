#!/usr/bin/env node
// `pnpm eval`: parses every corpus page with the built parser and prints, per split and per
// format family, how many annotated briefings it found and how right their fields are.
//   --split dev|validation   one split only (default: both)
//   --misses                 what went wrong on each page (use on the dev split)
//   --json                   the figures as JSON
//   --ratchet                write the figures reached to eval/ratchet.json (the floor the tests hold)
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { lookupPublication, parsePage } from '../dist/index.js';
import { evaluate, loadCorpus } from '../eval/score.mjs';

const { values } = parseArgs({
  options: {
    split: { type: 'string' },
    misses: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    ratchet: { type: 'boolean', default: false },
  },
});
const splits = values.split ? [values.split] : ['dev', 'validation'];
const report = {};
for (const split of splits) {
  const pages = loadCorpus(split);
  report[split] = evaluate(pages, parsePage, lookupPublication, { withMisses: values.misses });
}
if (values.ratchet) {
  const floor = {};
  for (const [split, r] of Object.entries(report)) {
    const { ms, pages, briefings, chromeBriefings, emptyListings, ...overall } = r.overall;
    floor[split] = {
      overall,
      chromeBriefings,
      emptyListings,
      found: Object.fromEntries(Object.entries(r.families).map(([k, f]) => [k, f.found])),
    };
  }
  writeFileSync(new URL('../eval/ratchet.json', import.meta.url), `${JSON.stringify(floor, null, 2)}\n`);
}
if (values.json) {
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
}
const COLUMNS = [
  ['pages', 'pages'],
  ['briefings', 'briefings'],
  ['found', 'found %'],
  ['precision', 'prec %'],
  ['paragraphs', 'paras %'],
  ['citations', 'cite %'],
  ['moneyRecall', 'money R %'],
  ['moneyPrecision', 'money P %'],
  ['stated', 'stated %'],
  ['chromeBriefings', 'chrome'],
  ['emptyListings', 'empty'],
  ['ms', 'ms'],
];
const table = (rows) => {
  const header = ['', ...COLUMNS.map(([, h]) => h)];
  const body = rows.map(([name, f]) => [name, ...COLUMNS.map(([k]) => String(f[k]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(header), ...body.map(line)].join('\n');
};
for (const [split, r] of Object.entries(report)) {
  console.log(`\n${split} split`);
  console.log(
    table([...Object.entries(r.families).sort(([a], [b]) => a.localeCompare(b)), ['overall', r.overall]]),
  );
  if (values.misses)
    for (const p of r.pages)
      if (p.misses.length > 0) console.log(`\n${split}/${p.id} (${p.family}):\n  ${p.misses.join('\n  ')}`);
}
