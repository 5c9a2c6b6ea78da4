// Linear time on hostile input: each adversarial generator (bench/generators.mjs) at 1x, 4x
// and 16x size, parsed with parsePage; and the validator on hostile feeds. Prints each time
// (the best of ROUNDS batches, the three sizes interleaved round by round so a busy machine's noise
// hits them alike) and the ratios to 1x. Linear means about 4x and 16x; the bar is 16x/1x <= 20.
//
//   pnpm --filter @briefing/parser bench
//   BASE=65536 ROUNDS=5 node --expose-gc bench/complexity.bench.mjs
import { validateFeed } from '@briefing/schema';
import { parsePage } from '../dist/index.js';
import { GENERATORS, SMALL_PAGE } from './generators.mjs';

const BASE = Number(process.env.BASE ?? 64 * 1024);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const BAR = 20;

const envelope = { schemaVersion: 1, title: 'x', generatedAt: '2024-01-01T00:00:00Z' };
const nested = (depth) => {
  let value = [];
  for (let k = 0; k < depth; k++) value = [value];
  return value;
};

/** name -> (n) -> a function doing the work once for input size n (bytes, roughly). */
const rows = Object.entries(GENERATORS).map(([name, generator]) => [
  name,
  (n) => {
    const input = generator.make(n);
    return generator.option === 'language'
      ? () => parsePage(SMALL_PAGE, { language: input })
      : () => parsePage(input, { format: generator.format });
  },
]);
rows.push(
  [
    'validator: lenient feed of {} items',
    (n) => {
      const feed = { ...envelope, items: Array.from({ length: Math.ceil(n / 3) }, () => ({})) };
      return () => validateFeed(feed, { mode: 'lenient' });
    },
  ],
  [
    'validator: nested arrays in an item',
    (n) => {
      const feed = { ...envelope, items: [{ extensions: { x: nested(Math.ceil(n / 2)) } }] };
      return () => validateFeed(feed);
    },
  ],
);

/** Milliseconds of one batch of `count` runs of `fn`, from a collected heap (run with --expose-gc). */
function batch(fn, count) {
  globalThis.gc?.();
  const t0 = process.hrtime.bigint();
  for (let k = 0; k < count; k++) fn();
  return Number(process.hrtime.bigint() - t0) / 1e6 / count;
}

/**
 * Milliseconds per run at each size: the best of ROUNDS, the sizes interleaved round by round
 * (so a burst of load on a shared machine hits every size alike), each small size repeated in
 * its batch until the batch takes about 50 ms.
 */
function timeSizes(runs) {
  const counts = runs.map((run) => {
    run(); // warm up: the first call's compilation is not the input's cost
    return Math.max(1, Math.ceil(50 / Math.max(batch(run, 1), 0.01)));
  });
  const best = runs.map(() => Number.POSITIVE_INFINITY);
  for (let r = 0; r < ROUNDS; r++)
    runs.forEach((run, k) => {
      best[k] = Math.min(best[k], batch(run, counts[k]));
    });
  return best;
}

console.log(
  `complexity: each generator at ${BASE} B (1x), 4x and 16x; best of ${ROUNDS} runs; Node ${process.version}`,
);
const pad = (text, width) => String(text).padEnd(width);
console.log(
  `${pad('generator', 42)}${pad('1x ms', 10)}${pad('4x ms', 10)}${pad('16x ms', 10)}${pad('4x/1x', 8)}${pad('16x/1x', 8)}`,
);
let over = 0;
for (const [name, make] of rows) {
  const times = timeSizes([1, 4, 16].map((m) => make(BASE * m)));
  const ratio = (k) => times[k] / times[0];
  const verdict = ratio(2) <= BAR ? '' : `  over the bar of ${BAR}`;
  if (verdict) over++;
  console.log(
    `${pad(name, 42)}${pad(times[0].toFixed(2), 10)}${pad(times[1].toFixed(2), 10)}${pad(times[2].toFixed(2), 10)}${pad(ratio(1).toFixed(1), 8)}${pad(ratio(2).toFixed(1), 8)}${verdict}`,
  );
}
console.log(over === 0 ? `every 16x/1x ratio is <= ${BAR}` : `${over} rows over the bar`);
process.exitCode = over === 0 ? 0 : 1;
