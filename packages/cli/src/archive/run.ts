/*
 * `briefing parse` over many pages: each page is parsed in a worker thread of a piscina pool (a
 * maintained pool: one thread per job, a worker that dies is replaced), results come back in the
 * pages' order, and a page that fails is one line on stderr and is skipped, never the end of the run.
 */
import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { CliIo } from '../command.js';
import {
  MAX_WHOLE_PAGE_BYTES,
  type ParseValues,
  pipelineOptions,
  ratesRequest,
} from '../commands/parse-options.js';
import { CliError } from '../errors.js';
import { count, write } from '../io.js';
import { chooseRates } from '../rates-sources.js';
import { type ArchivePage, archivePages } from './inputs.js';
import { inOrder } from './ordered.js';
import { createProgress } from './progress.js';
import type { PageResult, PageTask } from './task.js';

// A CommonJS door to the task (see worker.cjs for why); both sit beside this module in dist/.
const WORKER = fileURLToPath(new URL('./parse-worker.cjs', import.meta.url));

/** `--jobs N`: worker threads, 1 to 256; default the available cores. */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return Math.max(1, availableParallelism());
  if (!/^\d{1,3}$/.test(value) || Number(value) < 1 || Number(value) > 256)
    throw new CliError(`--jobs must be a whole number from 1 to 256; got "${value}"`, 2);
  return Number(value);
}

function checkModes(positionals: readonly string[], values: ParseValues): void {
  if (positionals.includes('-'))
    throw new CliError('parse: stdin ("-") is one input; it cannot be one of many pages', 2);
  if (values.out !== undefined && values.ndjson)
    throw new CliError('parse: --out writes feed files, --ndjson writes to stdout; choose one', 2);
  if (values.explain) throw new CliError('parse: --explain reads one page; give it one file', 2);
  if (values.resume && values.out === undefined)
    throw new CliError('parse: --resume skips pages whose feed exists under --out; add --out <dir>', 2);
}

async function outputDir(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) throw new CliError(`parse: --out ${dir} is a file, not a directory`, 2);
  await mkdir(dir, { recursive: true });
}

type Outcome = PageResult | { skipped: true };

export async function parseArchive(positionals: string[], values: ParseValues, io: CliIo): Promise<number> {
  checkModes(positionals, values);
  const jobs = parseJobs(values.jobs);
  const pipeline = pipelineOptions(values);
  const rates = ratesRequest(values);
  // The rates once here, so a bad --rates is one usage error before any page is read.
  if (rates) await chooseRates(rates);
  const pages = await archivePages(positionals);
  const out = values.out;
  if (out !== undefined) await outputDir(out);

  // No more threads than pages: each one costs a start-up (its own module graph and rates).
  const threads = Math.min(jobs, pages.length);
  const pool = new Piscina({
    filename: WORKER,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1_000,
    // A page that needs more memory than this fails alone (the worker is replaced).
    resourceLimits: { maxOldGenerationSizeMb: 1_024 },
  });
  const runPage = async (page: ArchivePage): Promise<Outcome> => {
    const target = out === undefined ? undefined : join(out, page.output);
    if (values.resume && target !== undefined && existsSync(target)) return { skipped: true };
    const task: PageTask = {
      path: page.path,
      ...(target === undefined ? {} : { out: target }),
      pipeline,
      ...(rates ? { rates } : {}),
      pretty: values.pretty === true && out !== undefined,
      quiet: values.quiet === true,
      maxBytes: MAX_WHOLE_PAGE_BYTES,
    };
    try {
      return (await pool.run(task)) as PageResult;
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error), notes: [] };
    }
  };

  const progress = createProgress(io, pages.length);
  const totals = { briefings: 0, failures: 0 };
  let skipped = 0;
  let index = 0;
  try {
    for await (const outcome of inOrder(pages, threads * 4, runPage)) {
      const page = pages[index++]!;
      if ('skipped' in outcome) skipped++;
      else {
        for (const note of outcome.notes) progress.line(`${page.path}: ${note}`);
        if (outcome.ok) {
          totals.briefings += outcome.briefings;
          if (outcome.json !== undefined) await write(io.stdout, `${outcome.json}\n`);
        } else {
          totals.failures++;
          progress.line(`${page.path}: failed: ${outcome.reason}`);
        }
      }
      progress.tick(totals);
    }
  } finally {
    progress.stop();
    await pool.destroy();
  }
  io.stderr.write(
    `briefing parse: ${count(pages.length, 'page')}, ${count(totals.briefings, 'briefing')}, ${count(totals.failures, 'failure')}${skipped > 0 ? `, ${skipped} skipped (output exists)` : ''}\n`,
  );
  return totals.failures > 0 ? 1 : 0;
}
