#!/usr/bin/env node
// Writes parsePage's output for every corpus page and test fixture to a directory, so a change
// meant to leave the output alone (an optimisation) can be checked with `diff -r before after`.
// Each page is parsed four ways: full, `money: false`, and both with `explain: true`; the
// bench's own input (the seed page repeated) is parsed whole as well.
//   node scripts/snapshot-outputs.mjs <out-dir>     (after `npx tsup`)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../dist/index.js';

const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/snapshot-outputs.mjs <out-dir>');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const root = new URL('../', import.meta.url);
const dirs = ['corpus/dev', 'corpus/validation', 'test/fixtures'];
const variants = {
  full: {},
  structure: { money: false },
  'full-explain': { explain: true },
  'structure-explain': { money: false, explain: true },
};
const write = (name, text, format) => {
  for (const [variant, options] of Object.entries(variants)) {
    const result = parsePage(text, { ...options, ...(format ? { format } : {}) });
    writeFileSync(join(out, `${name}.${variant}.json`), `${JSON.stringify(result, null, 1)}\n`);
  }
};
let count = 0;
for (const dir of dirs) {
  const path = new URL(`${dir}/`, root);
  for (const file of readdirSync(path).sort()) {
    const m = /\.(txt|html)$/.exec(file);
    if (!m) continue;
    const text = readFileSync(new URL(file, path), 'utf8');
    write(`${dir.replaceAll('/', '_')}_${file}`, text, m[1] === 'html' ? 'html' : undefined);
    // the same page as the auto-detected format, as a user would pass it
    if (m[1] === 'html') write(`${dir.replaceAll('/', '_')}_${file}.auto`, text);
    count++;
  }
}
const seed = readFileSync(new URL('test/fixtures/000_1eb645631e89ee3f.txt', root), 'utf8');
const pages = [];
for (let n = 2; n < 40; n++) pages.push(seed.replace('Briefings - 2. page', `Briefings - ${n}. page`));
write('bench-input', pages.join('\n'));
console.log(`${count} pages (+ the bench input) written to ${out}`);
