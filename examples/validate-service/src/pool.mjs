// Parsing and validation run off the event loop, in worker threads managed by piscina (a
// maintained pool: bounded queues, AbortSignal support that terminates and replaces the worker
// running an abandoned task, per-worker heap limits), so one slow request never holds up the
// others or the static routes. Two pools: small bodies (most traffic) get a worker per core;
// large bodies share one lower-priority worker with a short queue, so a client sending
// megabyte-sized worst cases only ever competes with itself.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import Piscina from 'piscina';
import { HttpError } from './http-error.mjs';

export const DEFAULT_TIME_BUDGET_MS = 5_000;
/** Bodies up to this size go to the pool of small requests. */
export const SMALL_BODY_BYTES = 64 * 1024;
export const DEFAULT_MAX_QUEUE = 1_024;
export const DEFAULT_MAX_LARGE_QUEUE = 8;

// A CommonJS door to tasks.mjs (see tasks.cjs for why).
const filename = fileURLToPath(new URL('./tasks.cjs', import.meta.url));

/**
 * @param {{ timeBudgetMs?: number, maxQueue?: number, maxLargeQueue?: number, threads?: number }} [settings]
 */
export function createPools({
  timeBudgetMs = DEFAULT_TIME_BUDGET_MS,
  maxQueue = DEFAULT_MAX_QUEUE,
  maxLargeQueue = DEFAULT_MAX_LARGE_QUEUE,
  threads = Math.max(1, availableParallelism()),
} = {}) {
  const small = new Piscina({
    filename,
    minThreads: threads,
    maxThreads: threads,
    maxQueue,
    idleTimeout: 60_000,
    // A heap limit per worker: a document that needs more fails alone, with a clear answer.
    resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 },
  });
  const large = new Piscina({
    filename,
    minThreads: 1,
    maxThreads: 1,
    maxQueue: maxLargeQueue,
    idleTimeout: 60_000,
    niceIncrement: 10,
    resourceLimits: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 16 },
  });

  /** Tasks running or queued, per pool. */
  const inFlight = new Map([
    [small, 0],
    [large, 0],
  ]);

  /**
   * Runs one task within the time budget.
   * @returns {Promise<{ status: number, body: string, headers: Record<string, string> }>}
   */
  async function run(task) {
    const isLarge = task.body.byteLength > SMALL_BODY_BYTES;
    const pool = isLarge ? large : small;
    // The bound is kept here: piscina 5 does not apply `maxQueue` to tasks run with an AbortSignal.
    const capacity = isLarge ? 1 + maxLargeQueue : threads + maxQueue;
    if (inFlight.get(pool) >= capacity)
      throw asHttpError(new Error('Task queue is at limit'), timeBudgetMs, isLarge);
    inFlight.set(pool, inFlight.get(pool) + 1);
    const signal = AbortSignal.timeout(timeBudgetMs);
    try {
      return await pool.run(task, { signal });
    } catch (error) {
      throw asHttpError(error, timeBudgetMs, isLarge);
    } finally {
      inFlight.set(pool, inFlight.get(pool) - 1);
    }
  }

  return {
    run,
    close: () => Promise.all([small.close({ force: true }), large.close({ force: true })]),
  };
}

function asHttpError(error, timeBudgetMs, large) {
  const message = error instanceof Error ? error.message : String(error);
  if (/queue is at limit|all workers are busy/i.test(message))
    return new HttpError(
      429,
      'too_many_requests',
      `the service is busy (${large ? 'large-body' : 'request'} queue full); retry in a moment`,
      { 'retry-after': '1' },
    );
  if (error?.name === 'AbortError' || /abort/i.test(message))
    return new HttpError(
      503,
      'time_budget_exceeded',
      `the request took longer than the time budget of ${timeBudgetMs / 1000} s (queue wait included) and was stopped; send a smaller document or retry later`,
      { 'retry-after': '5' },
    );
  if (error?.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(message))
    return new HttpError(
      422,
      'too_large_to_process',
      'the document needs more memory than one request may use; send a smaller one',
    );
  console.error('validate-service pool:', error);
  return new HttpError(500, 'internal_error', 'the service failed to handle this request');
}
