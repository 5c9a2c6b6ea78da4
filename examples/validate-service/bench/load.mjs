// Bounded load on loopback: the service runs in its own process, this one sends a fixed
// number of requests per endpoint at a fixed concurrency, under a hard time cap, and prints
// requests per second and latency percentiles. GET /schema (a static answer, no work) runs
// in the same session as the baseline: the ratio shows the cost of validating and parsing
// over the bare HTTP round trip.
//
//   pnpm --filter ./examples/validate-service bench
//   REQUESTS=500 CONCURRENCY=8 pnpm --filter ./examples/validate-service bench
import { page, seedFeed, startService, WELL_BEHAVED } from './service.mjs';

const REQUESTS = Number(process.env.REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 16);
const WARMUP = Math.min(200, REQUESTS);
/** No endpoint may take longer than this, whatever the machine: the run stops and says so. */
const TIME_CAP_MS = Number(process.env.TIME_CAP_MS ?? 60_000);

async function run(base, { method, path, body, type, expect }, count) {
  const latencies = [];
  let next = 0;
  let failures = 0;
  let capped = false;
  const started = performance.now();
  const deadline = started + TIME_CAP_MS;
  async function worker() {
    while (next < count) {
      if (performance.now() > deadline) {
        capped = true;
        return;
      }
      next++;
      const t0 = performance.now();
      const response = await fetch(base + path, {
        method,
        body,
        headers: type ? { 'content-type': type } : {},
      });
      await response.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (response.status !== expect) failures++;
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const pick = (q) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return {
    done: latencies.length,
    failures,
    capped,
    rps: (latencies.length / elapsed) * 1000,
    p50: pick(0.5),
    p99: pick(0.99),
    max: latencies.at(-1) ?? Number.NaN,
  };
}

// The schema GET is the baseline the other endpoints are read against.
const endpoints = WELL_BEHAVED.map((e) =>
  e.path === '/schema' ? { ...e, name: `${e.name} (baseline)` } : e,
);

const { child, base } = await startService();
let exitCode = 0;
try {
  console.log(
    `validate-service load: ${REQUESTS} requests per endpoint, concurrency ${CONCURRENCY}, cap ${TIME_CAP_MS / 1000} s, Node ${process.version}, loopback`,
  );
  console.log(
    `bodies: /validate ${(seedFeed.length / 1024).toFixed(1)} KiB feed (8 briefings); /parse ${(page.length / 1024).toFixed(1)} KiB page\n`,
  );
  const rows = [];
  for (const endpoint of endpoints) {
    await run(base, endpoint, WARMUP);
    rows.push({ endpoint, result: await run(base, endpoint, REQUESTS) });
  }
  const baseline = rows[0]?.result.rps ?? Number.NaN;
  const pad = (text, width) => String(text).padEnd(width);
  console.log(
    `${pad('endpoint', 26)}${pad('req/s', 10)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('max ms', 9)}vs baseline`,
  );
  for (const { endpoint, result } of rows) {
    console.log(
      `${pad(endpoint.name, 26)}${pad(result.rps.toFixed(0), 10)}${pad(result.p50.toFixed(2), 9)}${pad(result.p99.toFixed(2), 9)}${pad(result.max.toFixed(2), 9)}${(baseline / result.rps).toFixed(2)}x slower`,
    );
    if (result.failures > 0) {
      console.error(`  ${endpoint.name}: ${result.failures} answers had an unexpected status`);
      exitCode = 1;
    }
    if (result.capped)
      console.error(`  ${endpoint.name}: stopped at the time cap after ${result.done} requests`);
  }
} finally {
  child.kill('SIGTERM');
}
process.exitCode = exitCode;
