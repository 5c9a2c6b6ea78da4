// The service under attack, on loopback, bounded in count and time. One burst of well-behaved
// clients (BURST requests at once, mixed: GET /schema, POST /validate of the seed feed, POST
// /parse of a real page) runs twice: alone, and while one attacker sends the worst inputs
// known, one after another, without pause. Prints req/s and latency of the well-behaved
// clients in both runs, what the attacker got back, the service's peak RSS, and the count of
// internal errors (5xx other than 503 time-budget answers).
//
//   pnpm --filter ./examples/validate-service bench
//   BURST=1000 ROUNDS=3 node bench/attack.mjs
import { readFileSync } from 'node:fs';
import { startService, WELL_BEHAVED } from './service.mjs';

const BURST = Number(process.env.BURST ?? 1000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
/** No phase may run longer than this, whatever the machine. */
const TIME_CAP_MS = Number(process.env.TIME_CAP_MS ?? 120_000);
const MB = 1024 * 1024;

/** Just under the 1 MiB body limit: the worst a single allowed request can be. */
const fill = (unit, prefix = '', suffix = '') =>
  prefix + unit.repeat(Math.floor((MB - 1024 - prefix.length - suffix.length) / unit.length)) + suffix;
const header = 'Briefings - 2. page\n\nA title\n\nIt cost ';
const envelope = '{"schemaVersion":1,"title":"x","generatedAt":"2024-01-01T00:00:00Z","items":[';
const ATTACKS = [
  { name: "'<b>' x 349k (HTML)", path: '/parse', type: 'text/html', body: fill('<b>') },
  { name: 'nested <div> (HTML)', path: '/parse', type: 'text/html', body: fill('<div>') },
  {
    name: 'links in one paragraph',
    path: '/parse',
    type: 'text/html',
    body: fill('<a href="https://e.com/x">l</a> ', '<p>'),
  },
  { name: "'$1,' runs (report=1)", path: '/parse?report=1', type: 'text/plain', body: fill('$1,', header) },
  {
    name: "paragraphs of '$1,'",
    path: '/parse?report=1',
    type: 'text/plain',
    body: fill(`${'$1,'.repeat(300)}\n\n`, 'Briefings - 2. page\n\n'),
  },
  {
    name: 'lenient feed of {} items',
    path: '/validate?mode=lenient',
    type: 'application/json',
    body: fill('{},', envelope, '{}]}'),
  },
  {
    name: 'JSON nested 400k deep',
    path: '/validate',
    type: 'application/json',
    body: `${'['.repeat(400_000)}${']'.repeat(400_000)}`,
  },
];

/** Kilobytes from /proc/<pid>/status (Linux): VmRSS now, VmHWM the peak so far. */
function memoryKb(pid, field) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  } catch {
    return Number.NaN;
  }
}

async function request(base, { method = 'POST', path, body, type }) {
  const t0 = performance.now();
  try {
    const response = await fetch(base + path, {
      method,
      body,
      headers: type ? { 'content-type': type } : {},
      signal: AbortSignal.timeout(TIME_CAP_MS),
    });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - t0 };
  } catch (error) {
    return { status: 0, ms: performance.now() - t0, error: error.cause?.code ?? error.name };
  }
}

/** BURST well-behaved requests, all in flight at once. */
async function burst(base) {
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: BURST }, (_, k) => {
      const kind = WELL_BEHAVED[k % WELL_BEHAVED.length];
      return request(base, kind).then((r) => ({ ...r, ok: r.status === kind.expect }));
    }),
  );
  const elapsed = performance.now() - started;
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const pick = (q) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))];
  return {
    rps: (results.length / elapsed) * 1000,
    p50: pick(0.5),
    p99: pick(0.99),
    max: ms.at(-1),
    failed: results.filter((r) => !r.ok).length,
    internal: results.filter((r) => r.status >= 500 && r.status !== 503).length,
  };
}

const median = (rows, key) => [...rows].map((r) => r[key]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];

const { child, base } = await startService();
let exitCode = 0;
let sampler;
try {
  let rssPeakKb = 0;
  sampler = setInterval(() => {
    rssPeakKb = Math.max(rssPeakKb, memoryKb(child.pid, 'VmRSS'));
  }, 20);
  console.log(
    `validate-service under attack: bursts of ${BURST} concurrent well-behaved requests (GET /schema, POST /validate, POST /parse), ${ROUNDS} rounds each, Node ${process.version}, loopback`,
  );
  await burst(base); // warm up
  const calm = [];
  for (let r = 0; r < ROUNDS; r++) calm.push(await burst(base));

  const calmPeakKb = rssPeakKb;
  rssPeakKb = 0;
  let attacking = true;
  const attackLog = [];
  const attacker = (async () => {
    for (let k = 0; attacking; k++) {
      const attack = ATTACKS[k % ATTACKS.length];
      const result = await request(base, attack);
      attackLog.push({ name: attack.name, ...result });
    }
  })();
  // Let the attacker get going (its first request in flight) before measuring.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const attacked = [];
  for (let r = 0; r < ROUNDS; r++) attacked.push(await burst(base));
  // Every attack shape at least once, even on a fast machine.
  while (attackLog.length < ATTACKS.length) await new Promise((resolve) => setTimeout(resolve, 50));
  attacking = false;
  await attacker;
  clearInterval(sampler);

  const pad = (text, width) => String(text).padEnd(width);
  const row = (label, rows) =>
    `${pad(label, 18)}${pad(median(rows, 'rps').toFixed(0), 9)}${pad(median(rows, 'p50').toFixed(1), 10)}${pad(median(rows, 'p99').toFixed(1), 10)}${pad(median(rows, 'max').toFixed(1), 10)}${rows.reduce((n, r) => n + r.failed, 0)}`;
  console.log(
    `\n${pad('well-behaved', 18)}${pad('req/s', 9)}${pad('p50 ms', 10)}${pad('p99 ms', 10)}${pad('max ms', 10)}failed`,
  );
  console.log(row('without attacker', calm));
  console.log(row('with attacker', attacked));
  const ratio = median(attacked, 'p99') / median(calm, 'p99');
  console.log(`p99 with / without attacker: ${ratio.toFixed(2)}x (bar: <= 2x)`);

  console.log(`\nattacker: ${attackLog.length} requests of about 1 MiB each`);
  const byName = new Map();
  for (const a of attackLog) {
    const entry = byName.get(a.name) ?? { statuses: new Map(), ms: [] };
    const key = a.status || a.error;
    entry.statuses.set(key, (entry.statuses.get(key) ?? 0) + 1);
    entry.ms.push(a.ms);
    byName.set(a.name, entry);
  }
  for (const [name, entry] of byName)
    console.log(
      `  ${pad(name, 28)}${pad([...entry.statuses].map(([s, n]) => `${s} x${n}`).join(', '), 16)}max ${Math.max(...entry.ms).toFixed(0)} ms`,
    );
  const internal =
    [...calm, ...attacked].reduce((n, r) => n + r.internal, 0) +
    attackLog.filter((a) => a.status >= 500 && a.status !== 503).length;
  const peakMb = Math.max(rssPeakKb, calmPeakKb, memoryKb(child.pid, 'VmHWM')) / 1024;
  console.log(
    `\nservice RSS peak: ${peakMb.toFixed(0)} MB overall (bar: <= 512 MB); sampled every 20 ms: ${(calmPeakKb / 1024).toFixed(0)} MB without the attacker, ${(rssPeakKb / 1024).toFixed(0)} MB with`,
  );
  console.log(`internal errors: ${internal} (bar: 0)`);
  if (internal > 0 || calm.some((r) => r.failed) || attacked.some((r) => r.failed)) exitCode = 1;
} finally {
  clearInterval(sampler);
  child.kill('SIGTERM');
}
process.exitCode = exitCode;
