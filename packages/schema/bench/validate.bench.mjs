// Validates a 10,000-briefing feed with zod (our validateFeed) and with ajv compiled from
// the exported JSON Schema, in one run, and prints both times and their ratio.
// Run with `pnpm bench` (after `pnpm build`). Times are medians of several rounds.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { z } from 'zod';
import { validateFeed } from '../dist/index.js';

const read = (p) => JSON.parse(readFileSync(new URL(p, import.meta.url), 'utf8'));
const seed = read('../fixtures/should-pass/seed-feed.json');
const schema = read('../schemas/briefing-feed.schema.json');
const N = 10_000;
const feed = {
  ...seed,
  items: Array.from({ length: N }, (_, i) => ({ ...structuredClone(seed.items[i % 8]), id: `item-${i}` })),
};
const bytes = Buffer.byteLength(JSON.stringify(feed));

const ajv = new Ajv2020({ allErrors: false, strict: true });
addFormats.default(ajv);
ajv.addKeyword('x-briefing-invariants');
const ajvValidate = ajv.compile(schema);

function time(label, fn, rounds = 7) {
  fn(); // warm up (and JIT-compile zod's fast path)
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const ok = fn();
    samples.push(performance.now() - t0);
    if (!ok) throw new Error(`${label} rejected the benchmark feed`);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(rounds / 2)];
}

const zodMs = time('zod', () => validateFeed(feed).ok);
const zodLenientMs = time('zod lenient', () => validateFeed(feed, { mode: 'lenient' }).ok);
const ajvMs = time('ajv', () => ajvValidate(feed));
z.config({ jitless: true });
const zodJitlessMs = time('zod jitless', () => validateFeed(feed).ok);
z.config({ jitless: false });

const mb = bytes / 1e6;
const row = (name, ms) =>
  `${name.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms  ${(mb / (ms / 1000)).toFixed(1).padStart(7)} MB/s`;
console.log(`validate a ${N.toLocaleString('en')}-briefing feed (${mb.toFixed(1)} MB of JSON), median of 7`);
console.log(row('zod validateFeed (strict)', zodMs));
console.log(row('zod validateFeed (lenient)', zodLenientMs));
console.log(row('zod validateFeed (jitless, CSP)', zodJitlessMs));
console.log(row('ajv (exported JSON Schema)', ajvMs));
console.log(
  `ratio zod/ajv: ${(zodMs / ajvMs).toFixed(2)}x (ajv checks no cross-field rules: offsets, min<=max, unique ids)`,
);
