/*
 * One page of an archive, in a worker thread: read, decode, parse to a checked feed, then write
 * the feed file (atomically: a run stopped halfway leaves no half-written feed for --resume to
 * trust) or hand its JSON back for --ndjson. Never throws: a failure is a result with its reason.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';
import { type ParseToFeedOptions, parseToFeed } from '@briefing/parser';
import type { RatesProvider } from '@briefing/rates';
import { formatIssues } from '@briefing/schema';
import { decodeText, InputRefused } from '../input.js';
import { count, fsReason } from '../io.js';
import { issueLine, textLineCount } from '../parse-notes.js';
import { chooseRates, type RatesRequest } from '../rates-sources.js';

export interface PageTask {
  path: string;
  /** The feed file to write; none: the JSON is returned (for --ndjson). */
  out?: string;
  pipeline: Omit<ParseToFeedOptions, 'rates'>;
  rates?: RatesRequest;
  pretty: boolean;
  quiet: boolean;
  maxBytes: number;
}

export type PageResult =
  | { ok: true; briefings: number; json?: string; notes: string[] }
  | { ok: false; reason: string; notes: string[] };

// One rates provider per worker and request, built on its first page.
const providers = new Map<string, Promise<RatesProvider>>();

function ratesFor(request: NonNullable<PageTask['rates']>): Promise<RatesProvider> {
  const key = JSON.stringify(request);
  let provider = providers.get(key);
  if (!provider) {
    provider = chooseRates(request).then((choice) => choice.provider);
    providers.set(key, provider);
  }
  return provider;
}

async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}-${threadId}.partial`;
  await writeFile(partial, text);
  await rename(partial, file);
}

export default async function parsePageTask(task: PageTask): Promise<PageResult> {
  const notes: string[] = [];
  try {
    const size = (await stat(task.path)).size;
    if (size > task.maxBytes)
      return {
        ok: false,
        reason: `over ${task.maxBytes / (1024 * 1024)} MB; parse it alone with --ndjson, which streams it`,
        notes,
      };
    const text = decodeText(await readFile(task.path), (warning) => notes.push(`warning: ${warning}`));
    const rates = task.rates ? await ratesFor(task.rates) : undefined;
    const { feed, issues, unparsed, validation } = await parseToFeed(text, {
      ...task.pipeline,
      rates: rates ?? false,
    });
    const invalid = validation.ok ? [] : validation.issues;
    if (!task.quiet) {
      for (const issue of issues) notes.push(issueLine(issue));
      if (feed.items.length === 0)
        notes.push(`warning: no briefing found (${textLineCount(text)} non-empty lines read)`);
      else for (const u of unparsed) notes.push(`line ${u.line}: unparsed: ${u.reason}`);
    }
    if (invalid.length > 0)
      return {
        ok: false,
        reason: `the parsed feed does not validate (${count(invalid.length, 'problem')}; first: ${formatIssues(invalid.slice(0, 1))})`,
        notes,
      };
    const json = JSON.stringify(feed, null, task.pretty ? 2 : undefined);
    if (task.out === undefined) return { ok: true, briefings: feed.items.length, json, notes };
    await writeAtomically(task.out, `${json}\n`);
    return { ok: true, briefings: feed.items.length, notes };
  } catch (error) {
    const reason = error instanceof InputRefused ? error.message : fsReason(error);
    return { ok: false, reason, notes };
  }
}
