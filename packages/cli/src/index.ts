/**
 * @briefing/cli: the `briefing` command as a function, so other tools (and tests) can run it
 * without a child process. `bin.ts` is the thin executable around `run`.
 */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import {
  applyRates,
  extractMoney,
  isChromeLine,
  PAGE_HEADER,
  type ParseIssue,
  parsePage,
  toFeed,
} from '@briefing/parser';
import type { RatesProvider } from '@briefing/rates';
import { formatExplained, noBriefingWarning } from './explain.js';
import { cmdExport, EXPORT_HELP } from './export.js';
import { cmdRender, RENDER_HELP } from './render.js';
import { readHead, StreamJsonError, validateFeedStream } from './validate-stream.js';
import {
  type BriefingFeed,
  formatIssues,
  type Unchecked,
  rejectedItems,
  validateBriefing,
  validateFeed,
} from '@briefing/schema';
import { CliError } from './errors.js';
import { cmdRates, RATES_HELP } from './rates-command.js';
import { lateRatesNote, reasonCell, shortSource } from './check-why.js';
import { impliedOf } from './check-table.js';
import { chooseRates, parseNearest } from './rates-sources.js';
import { decodedStream, describeArgsError, escapingStream, InputRefused, inputText } from './input.js';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

export { CliError };

const require = createRequire(import.meta.url);

function version(): string {
  try {
    return (require('../package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

const MAIN_HELP = `briefing: parse briefing pages, validate briefing feeds, print the JSON Schema, check money.

Usage: briefing <command> [options]

Commands:
  parse <file|->       a briefings page (text or HTML) to a BriefingFeed JSON
  validate <file|->    check a feed (or one briefing) against the schema
  schema [feed|briefing]  print the JSON Schema
  money                money mentions of each stdin line, as one JSON array per line
  check <file|->       every stated currency conversion against reference rates
  render <file|->      a feed as a server-rendered page with JSON-LD (--out dir)
  export <file|->      a feed as RSS, Atom or JSON Feed (--format)
  rates <update|status|export>  keep the reference rates current

Options:
  -h, --help     help for a command: briefing <command> --help
  -v, --version  the version

Exit codes: 0 ok; 1 invalid data or problems found; 2 unreadable input or usage error.`;

const HELP: Record<string, string> = {
  parse: `Usage: briefing parse <file|-> [options]

Reads a briefings listing page (plain text or HTML; "-" for stdin) and prints a BriefingFeed
JSON that passes validateFeed. Parse issues go to stderr.

Options:
  --format <text|html|auto>  input format (default: auto)
  --pretty                   indent the JSON
  --ndjson                   stream: one briefing per line, page by page, in constant memory
                             (pages split on form feeds and "<Name> - N. page" headers)
  --no-rates                 do not check stated conversions against reference rates
  --rates <file|url>         newer rates (ECB CSV/zip/XML, Fed H.10/FRED CSV, rates folder), repeatable
  --nearest <days>           a date up to <days> after the newest rates uses the newest rate
  --year <YYYY>              year for dates written without one ("Nov. 22")
  --language <tag>           BCP 47 language of the briefings (default: en)
  --generated-at <instant>   feed generatedAt (default: now)
  --title <text>             feed title (default: the page title)
  --feed-url <url>           feed feedUrl
  --home-page-url <url>      feed homePageUrl
  --explain                  print each input line with the class it got (title, body,
                             citation, chrome...) and why, instead of the feed
  --quiet                    no issues on stderr`,
  validate: `Usage: briefing validate <file|-> [--lenient] [--json]

Validates a BriefingFeed (or a single Briefing) JSON document.

Options:
  --lenient   accept a valid feed envelope with some invalid briefings: report them, exit 0
  --json      print the issues as JSON

Exit codes: 0 valid; 1 invalid; 2 unreadable input (missing file, not JSON).`,
  schema: `Usage: briefing schema [feed|briefing]

Prints the JSON Schema (draft 2020-12) shipped with @briefing/schema (default: feed).`,
  money: `Usage: briefing money [--country XX] < lines.txt

Reads lines from stdin and prints, for each, one JSON array of the money mentions found in it
(offsets relative to the line).

Options:
  --country <XX>   ISO 3166-1 country that resolves a bare "$" (e.g. TW for NT$)`,
  check: `Usage: briefing check <file|-> [--json] [--format text|html|auto]

Lists every stated currency conversion of a feed (JSON) or of a page (text or HTML) with the
reference rate for its citation date, the deviation and a verdict (agrees, differs, or unchecked
with the reason); for one that differs, the nearest date in the last 5 years whose rate explains it.

Options:
  --json               print the rows as JSON
  --format             format of a page input (default: auto)
  --rates <file|url>   newer rates (ECB CSV/zip/XML, Fed H.10/FRED CSV, rates folder), repeatable;
                       over the rates stored by \`briefing rates update\` and the embedded ones
  --nearest <days>     a date up to <days> after the newest rates uses the newest rate (marked nearest)

Exit codes: 0 every checked conversion agrees; 1 some differ; 2 unreadable input.`,
  rates: RATES_HELP,
};

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function describeFsError(file: string, error: unknown): CliError {
  const code = (error as { code?: string }).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a directory'
        : code === 'EACCES'
          ? 'permission denied'
          : error instanceof Error
            ? error.message
            : String(error);
  return new CliError(`cannot read ${file}: ${why}`, 2);
}

async function readInput(file: string, io: CliIo): Promise<string> {
  let bytes: Buffer;
  if (file === '-') bytes = await readAll(io.stdin);
  else {
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw describeFsError(file, error);
    }
  }
  return textOf(file, io)(bytes);
}

/** Bytes of a whole input to text by the rules of input.ts; a refusal is exit 2 naming the input. */
const textOf =
  (file: string, io: CliIo) =>
  (bytes: Buffer): string =>
    inputText(bytes, file, io.stderr);

/** `check` of an empty input finds nothing to check; say so, since it is rarely what was meant. */
function warnIfEmpty(text: string, file: string, io: CliIo): void {
  if (text.trim() === '')
    io.stderr.write(`briefing: warning: ${file === '-' ? 'stdin' : file} is empty; no briefings\n`);
}

/** The input as a stream, opened (so a missing file fails here, as a clear error). */
async function openInput(file: string, io: CliIo): Promise<Readable> {
  if (file === '-') return io.stdin;
  const input = createReadStream(file);
  try {
    await once(input, 'open');
  } catch (error) {
    throw describeFsError(file, error);
  }
  return input;
}

/** `parse` without --ndjson reads a page whole up to this size. */
const MAX_WHOLE_PAGE_BYTES = 64 * 1024 * 1024;

/** Inputs larger than this are validated as a stream, item by item, instead of parsed whole. */
const STREAM_VALIDATE_ABOVE_BYTES = 16 * 1024 * 1024;

function oneFile(positionals: string[], command: string): string {
  if (positionals.length === 0) throw new CliError(`${command}: missing input file (use "-" for stdin)`, 2);
  if (positionals.length > 1)
    throw new CliError(`${command}: expected one input file, got ${positionals.length}`, 2);
  return positionals[0]!;
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

function issueLine(issue: ParseIssue, lineOffset = 0): string {
  const where = issue.line !== undefined ? `line ${issue.line + lineOffset}: ` : '';
  return `${where}${issue.code}: ${issue.message}`;
}

function parseFormat(value: string | undefined): 'text' | 'html' | 'auto' {
  if (value === undefined) return 'auto';
  if (value === 'text' || value === 'html' || value === 'auto') return value;
  throw new CliError(`--format must be text, html or auto; got "${value}"`, 2);
}

function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw new CliError(`--year must be a four-digit year; got "${value}"`, 2);
  return Number(value);
}

// ---- parse ----------------------------------------------------------------------------------

async function cmdParse(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      pretty: { type: 'boolean' },
      ndjson: { type: 'boolean' },
      'no-rates': { type: 'boolean' },
      rates: { type: 'string', multiple: true },
      nearest: { type: 'string' },
      year: { type: 'string' },
      language: { type: 'string' },
      'generated-at': { type: 'string' },
      title: { type: 'string' },
      'feed-url': { type: 'string' },
      'home-page-url': { type: 'string' },
      quiet: { type: 'boolean' },
      explain: { type: 'boolean' },
    },
  });
  const file = oneFile(positionals, 'parse');
  const format = parseFormat(values.format);
  const year = parseYear(values.year);
  const pageOptions = {
    format,
    ...(year === undefined ? {} : { year }),
    ...(values.language ? { language: values.language } : {}),
  };
  const feedOptions = {
    ...(values['generated-at'] ? { generatedAt: values['generated-at'] } : {}),
    ...(values.title ? { title: values.title } : {}),
    ...(values['feed-url'] ? { feedUrl: values['feed-url'] } : {}),
    ...(values['home-page-url'] ? { homePageUrl: values['home-page-url'] } : {}),
  };
  const nearestDays = parseNearest(values.nearest);
  const rates = values['no-rates']
    ? undefined
    : (await chooseRates({ rates: values.rates ?? [], ...(nearestDays ? { nearestDays } : {}) })).provider;
  const report = (issues: ParseIssue[], offset = 0, page?: number) => {
    if (values.quiet) return;
    for (const issue of issues)
      io.stderr.write(`${page !== undefined ? `page ${page} ` : ''}${issueLine(issue, offset)}\n`);
  };

  if (values.ndjson) return streamNdjson(file, io, { pageOptions, feedOptions, rates, report });

  // A whole page is held in memory (and its feed, several times its size): past the limit, say
  // so before running out of memory, and point at the streaming mode.
  const head = await readHead(await openInput(file, io), MAX_WHOLE_PAGE_BYTES, textOf(file, io)).catch(
    (error) => {
      throw error instanceof CliError ? error : describeFsError(file, error);
    },
  );
  if (head.rest)
    throw new CliError(
      `${file === '-' ? 'stdin' : file} is over ${MAX_WHOLE_PAGE_BYTES / (1024 * 1024)} MB; parse it with --ndjson, which streams it page by page in constant memory`,
      2,
    );
  const text = head.text;
  if (values.explain) {
    const explained = parsePage(text, { ...pageOptions, money: false, explain: true }).explained ?? [];
    await write(io.stdout, formatExplained(explained));
    return 0;
  }
  const result = parsePage(text, pageOptions);
  report(result.issues);
  // No briefing at all: one line says so (--explain shows every line); otherwise each text the
  // parser could not place is named with its line.
  if (result.items.length === 0 && !values.quiet)
    io.stderr.write(noBriefingWarning(file, textLineCount(text)));
  else
    for (const u of result.unparsed)
      if (!values.quiet) io.stderr.write(`line ${u.line}: unparsed: ${u.reason}\n`);
  let feed: BriefingFeed = toFeed(result, feedOptions);
  if (rates) feed = await applyRates(feed, rates);
  const checked = validateFeed(feed);
  if (!checked.ok) {
    io.stderr.write(`the parsed feed does not validate:\n${formatIssues(checked.issues)}\n`);
    await write(io.stdout, `${JSON.stringify(feed, null, values.pretty ? 2 : undefined)}\n`);
    return 1;
  }
  await write(io.stdout, `${JSON.stringify(feed, null, values.pretty ? 2 : undefined)}\n`);
  return 0;
}

/** Lines with text in them (what the page reader looks at). */
function textLineCount(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) if (line.trim().length > 0) n++;
  return n;
}

interface StreamOptions {
  pageOptions: Parameters<typeof parsePage>[1];
  feedOptions: Parameters<typeof toFeed>[1];
  rates: RatesProvider | undefined;
  report: (issues: ParseIssue[], offset: number, page: number) => void;
}

/** Bytes of buffered page text after which a page is cut at the next briefing boundary. */
const MAX_PAGE_BYTES = 4 * 1024 * 1024;

async function streamNdjson(file: string, io: CliIo, options: StreamOptions): Promise<number> {
  let input: Readable;
  if (file === '-') input = io.stdin;
  else {
    input = createReadStream(file);
    try {
      await once(input, 'open');
    } catch (error) {
      throw describeFsError(file, error);
    }
  }
  const progress = io.stderr.isTTY === true;
  let pages = 0;
  let briefings = 0;
  let bytes = 0;
  let lastProgress = 0;
  let invalid = 0;

  let buffer: string[] = [];
  let bufferBytes = 0;
  let bufferStart = 1;
  let lineNo = 0;
  let lastNonBlank = '';

  const flush = async (lines: string[], startLine: number) => {
    if (!lines.some((l) => l.trim().length > 0)) return;
    pages++;
    const result = parsePage(lines.join('\n'), options.pageOptions);
    options.report(result.issues, startLine - 1, pages);
    let feed = toFeed(result, options.feedOptions);
    if (options.rates) feed = await applyRates(feed, options.rates);
    for (const item of feed.items) {
      const v = validateBriefing(item);
      if (!v.ok) {
        invalid++;
        io.stderr.write(`page ${pages}: briefing ${item.id} does not validate:\n${formatIssues(v.issues)}\n`);
      }
      briefings++;
      await write(io.stdout, `${JSON.stringify(item)}\n`);
    }
    if (progress && Date.now() - lastProgress > 200) {
      lastProgress = Date.now();
      io.stderr.write(`\rpages ${pages}  briefings ${briefings}  ${(bytes / 1e6).toFixed(1)} MB`);
    }
  };

  const startPage = async (carry: string[], startLine: number) => {
    await flush(buffer, bufferStart);
    buffer = carry;
    bufferBytes = carry.reduce((n, l) => n + l.length, 0);
    bufferStart = startLine;
  };

  const rl = createInterface({ input: decodedStream(input), crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const rawLine of rl) {
      const segments = rawLine.split('\f');
      for (let s = 0; s < segments.length; s++) {
        const line = segments[s]!;
        if (s === 0) {
          lineNo++;
          bytes += rawLine.length + 1;
        }
        if (s > 0) await startPage([], lineNo);
        const trimmed = line.trim();
        if (PAGE_HEADER.test(trimmed)) {
          // The chrome above a header ("Skip to content") belongs to the new page.
          const carry: string[] = [];
          while (buffer.length > 0) {
            const last = buffer.at(-1)!.trim();
            if (last.length > 0 && !isChromeLine(last)) break;
            carry.unshift(buffer.pop()!);
          }
          await startPage([...carry, line], lineNo - carry.length);
          continue;
        }
        if (
          trimmed.length === 0 &&
          bufferBytes > MAX_PAGE_BYTES &&
          (/^https?:\/\//i.test(lastNonBlank) || /^Sources?\s*:/i.test(lastNonBlank))
        ) {
          await startPage([], lineNo + 1);
          continue;
        }
        if (buffer.length === 0 && trimmed.length === 0) bufferStart = lineNo + 1;
        else {
          buffer.push(line);
          bufferBytes += line.length;
        }
        if (trimmed.length > 0) lastNonBlank = trimmed;
      }
    }
  } catch (error) {
    if (error instanceof InputRefused)
      throw new CliError(`cannot read ${file === '-' ? 'stdin' : file}: ${error.message}`, 2);
    throw describeFsError(file, error);
  }
  await flush(buffer, bufferStart);
  if (progress) io.stderr.write(`\rpages ${pages}  briefings ${briefings}  ${(bytes / 1e6).toFixed(1)} MB\n`);
  return invalid > 0 ? 1 : 0;
}

// ---- validate -------------------------------------------------------------------------------

function parseJson(text: string, file: string): unknown {
  if (text.trim() === '') throw new CliError(`${file === '-' ? 'stdin' : file} is empty, not JSON`, 2);
  try {
    return JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new CliError(`${file === '-' ? 'stdin' : file} is not JSON: ${why}`, 2);
  }
}

const isFeedLike = (data: unknown): boolean =>
  typeof data === 'object' &&
  data !== null &&
  !Array.isArray(data) &&
  ('items' in data || 'schemaVersion' in data);

async function cmdValidate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { lenient: { type: 'boolean' }, json: { type: 'boolean' } },
  });
  const file = oneFile(positionals, 'validate');
  const name = file === '-' ? 'stdin' : file;
  let head: Awaited<ReturnType<typeof readHead>>;
  try {
    head = await readHead(await openInput(file, io), STREAM_VALIDATE_ABOVE_BYTES, textOf(file, io));
  } catch (error) {
    throw error instanceof CliError ? error : describeFsError(file, error);
  }
  if (head.rest) return validateStreamed(head.rest, name, values, io);
  const data = parseJson(head.text, file);
  if (!isFeedLike(data)) {
    const result = validateBriefing(data);
    if (values.json) await write(io.stdout, `${JSON.stringify({ ok: result.ok, issues: result.issues })}\n`);
    else if (result.ok) await write(io.stdout, `${name}: valid briefing\n`);
    else
      await write(
        io.stdout,
        `${formatIssues(result.issues)}\n${name}: invalid briefing (${count(result.issues.length, 'problem')})\n`,
      );
    return result.ok ? 0 : 1;
  }
  const result = validateFeed(data, { mode: values.lenient ? 'lenient' : 'strict' });
  const total = Array.isArray((data as { items?: unknown }).items)
    ? (data as { items: unknown[] }).items.length
    : 0;
  if (values.json) {
    await write(io.stdout, `${JSON.stringify({ ok: result.ok, issues: result.issues })}\n`);
  } else if (result.ok) {
    await write(io.stdout, `${name}: valid feed with ${count(total, 'briefing')}\n`);
  } else {
    await write(io.stdout, `${formatIssues(result.issues)}\n`);
    if (values.lenient && result.value) {
      const rejected = rejectedItems(result.issues);
      await write(
        io.stdout,
        `${name}: valid envelope; kept ${result.value.items.length} of ${count(total, 'briefing')}, rejected ${total - result.value.items.length} (items ${listSome(rejected, total - result.value.items.length)})\n`,
      );
    } else {
      await write(io.stdout, `${name}: invalid feed (${count(result.issues.length, 'problem')})\n`);
    }
  }
  if (result.ok) return 0;
  // Lenient keeps what is valid; with nothing valid left there is nothing to keep.
  return values.lenient && result.value && result.value.items.length > 0 ? 0 : 1;
}

/** `3, 7, 9` or, past twenty, `3, 7, ... (and 40 more)`. */
const listSome = (indexes: number[], total: number) =>
  `${indexes.slice(0, 20).join(', ')}${total > Math.min(20, indexes.length) ? `, ... (and ${total - Math.min(20, indexes.length)} more)` : ''}`;

/** `validate` of a feed too large to parse whole: item by item, with the same report. */
async function validateStreamed(
  chunks: AsyncIterable<Buffer>,
  name: string,
  values: { lenient?: boolean | undefined; json?: boolean | undefined },
  io: CliIo,
): Promise<number> {
  let streamed: Awaited<ReturnType<typeof validateFeedStream>>;
  try {
    streamed = await validateFeedStream(chunks, { mode: values.lenient ? 'lenient' : 'strict' });
  } catch (error) {
    if (error instanceof StreamJsonError) throw new CliError(`${name} is not JSON: ${error.message}`, 2);
    throw error;
  }
  if (streamed.kind !== 'feed')
    throw new CliError(
      `${name} is over 16 MB and not a JSON object: only a feed is validated at this size`,
      2,
    );
  const { summary } = streamed;
  const lenientOk = values.lenient === true && summary.envelopeOk;
  if (values.json) {
    await write(io.stdout, `${JSON.stringify({ ok: summary.ok, issues: summary.issues })}\n`);
  } else if (summary.ok) {
    await write(io.stdout, `${name}: valid feed with ${count(summary.total, 'briefing')}\n`);
  } else {
    await write(io.stdout, `${formatIssues(summary.issues)}\n`);
    const rejected = summary.total - summary.kept;
    await write(
      io.stdout,
      lenientOk
        ? `${name}: valid envelope; kept ${summary.kept} of ${count(summary.total, 'briefing')}, rejected ${rejected} (items ${listSome(summary.firstRejected, rejected)})\n`
        : `${name}: invalid feed (${count(summary.issueCount, 'problem')})\n`,
    );
  }
  // As for a small file: lenient with nothing valid left is a failure.
  return summary.ok || (lenientOk && summary.kept > 0) ? 0 : 1;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

// ---- schema ---------------------------------------------------------------------------------

async function cmdSchema(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const which = positionals[0] ?? 'feed';
  if (positionals.length > 1 || (which !== 'feed' && which !== 'briefing'))
    throw new CliError(`schema: expected "feed" or "briefing"; got "${positionals.join(' ')}"`, 2);
  const specifier = `@briefing/schema/${which === 'feed' ? 'briefing-feed' : 'briefing'}.schema.json`;
  let text: string;
  try {
    text = await readFile(require.resolve(specifier), 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot find the JSON Schema ${specifier}: ${error instanceof Error ? error.message : String(error)}`,
      2,
    );
  }
  await write(io.stdout, text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}

// ---- money ----------------------------------------------------------------------------------

async function cmdMoney(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { country: { type: 'string' } },
  });
  if (positionals.length > 0) throw new CliError('money: reads stdin; no file arguments', 2);
  if (values.country !== undefined && !/^[A-Z]{2}$/.test(values.country))
    throw new CliError(`--country must be an ISO 3166-1 code such as TW; got "${values.country}"`, 2);
  const rl = createInterface({ input: decodedStream(io.stdin), crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of rl) {
      const mentions = extractMoney(line, values.country ? { country: values.country } : {});
      await write(io.stdout, `${JSON.stringify(mentions)}\n`);
    }
  } catch (error) {
    if (error instanceof InputRefused) throw new CliError(`cannot read stdin: ${error.message}`, 2);
    throw error;
  }
  return 0;
}

// ---- check ----------------------------------------------------------------------------------

interface CheckRow {
  briefing: string;
  text: string;
  amount: string;
  stated: string;
  rate?: number;
  rateDate?: string;
  rateSource?: string;
  deviationPercent?: number;
  verdict: 'agrees' | 'differs' | 'unchecked';
  /** For a conversion that differs: the rate the writer used and the nearest date whose rate explains it. */
  implied?: { rate: number; date?: string; text: string };
  /** Why a row is unchecked (see @briefing/rates uncheckedReason). */
  unchecked?: Unchecked;
  /** The cited date is after the newest rates and --nearest used the newest rate. */
  nearest?: true;
}

// Millions and up in short scale ("901.5B", "NT$1.48M"): a table of twelve-digit figures is unreadable.
const plainNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const compactNumber = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 3 });
const fmtNumber = (n: number) => (Math.abs(n) >= 1e6 ? compactNumber : plainNumber).format(n);
const fmtRange = (currency: string, r: { min: number; max: number }) =>
  `${currency} ${fmtNumber(r.min)}${r.max !== r.min ? `–${fmtNumber(r.max)}` : ''}`;

async function cmdCheck(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      format: { type: 'string' },
      year: { type: 'string' },
      rates: { type: 'string', multiple: true },
      nearest: { type: 'string' },
    },
  });
  const file = oneFile(positionals, 'check');
  const nearestDays = parseNearest(values.nearest);
  const chosen = await chooseRates({ rates: values.rates ?? [], ...(nearestDays ? { nearestDays } : {}) });
  const format = parseFormat(values.format);
  const year = parseYear(values.year);
  const text = await readInput(file, io);
  warnIfEmpty(text, file, io);
  let feed: BriefingFeed;
  const trimmed = text.trimStart();
  if (format === 'auto' && (trimmed.startsWith('{') || trimmed.startsWith('['))) {
    const data = parseJson(text, file);
    const v = validateFeed(data, { mode: 'lenient' });
    if (!v.value) throw new CliError(`${file} is not a briefing feed:\n${formatIssues(v.issues)}`, 1);
    if (!v.ok) io.stderr.write(`${formatIssues(v.issues)}\n`);
    feed = v.value;
  } else {
    feed = toFeed(parsePage(text, { format, ...(year === undefined ? {} : { year }) }));
  }
  feed = await applyRates(feed, chosen.provider);
  const rows: CheckRow[] = [];
  for (const item of feed.items)
    for (const m of item.money)
      for (const s of m.stated) {
        const ref = s.reference;
        const row: CheckRow = {
          briefing: item.id,
          text: m.text,
          amount: fmtRange(m.amount.currency, m.amount),
          stated: `${s.approximate ? '~' : ''}${fmtRange(s.currency, s)}`,
          verdict: ref ? (ref.agrees ? 'agrees' : 'differs') : 'unchecked',
        };
        if (ref) {
          row.rate = ref.rate;
          row.rateDate = ref.rateDate;
          row.rateSource = ref.rateSource;
          row.deviationPercent = Math.round(ref.deviation * 1000) / 10;
          if (ref.nearest) row.nearest = true;
          if (ref.impliedRate) row.implied = impliedOf(ref.impliedRate, m.amount.currency, s.currency);
        }
        if (s.unchecked) row.unchecked = s.unchecked;
        rows.push(row);
      }
  const disagree = rows.filter((r) => r.verdict === 'differs').length;
  if (values.json) {
    await write(io.stdout, `${JSON.stringify(rows, null, 2)}\n`);
  } else {
    const table = [
      [
        'briefing',
        'amount',
        'stated',
        'rate',
        'rate date',
        'source',
        'deviation',
        'verdict',
        'why',
        'consistent with',
      ],
      ...rows.map((r) => [
        r.briefing,
        r.amount,
        r.stated,
        r.rate === undefined ? '-' : r.rate.toPrecision(6),
        r.rateDate ?? '-',
        shortSource(r.rateSource),
        r.deviationPercent === undefined
          ? '-'
          : `${r.deviationPercent > 0 ? '+' : ''}${r.deviationPercent.toFixed(1)}%`,
        r.verdict,
        reasonCell(r),
        r.implied?.text ?? '',
      ]),
    ];
    const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
    const lines = table.map((row) =>
      row
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    );
    await write(
      io.stdout,
      `${lines.join('\n')}\n${count(rows.length, 'stated conversion')}, ${disagree} differ${disagree === 1 ? 's' : ''}, ${rows.filter((r) => r.verdict === 'unchecked').length} unchecked\n`,
    );
    const late = lateRatesNote(rows);
    if (late) await write(io.stdout, late);
    await write(io.stdout, `rates used: ${chosen.used.join('; then ')}\n`);
  }
  return disagree > 0 ? 1 : 0;
}

// ---- dispatch -------------------------------------------------------------------------------

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  parse: cmdParse,
  validate: cmdValidate,
  schema: cmdSchema,
  money: cmdMoney,
  check: cmdCheck,
  render: cmdRender,
  export: cmdExport,
  rates: cmdRates,
};
HELP.render = RENDER_HELP;
HELP.export = EXPORT_HELP;

/**
 * Runs `briefing <argv...>` and resolves to the exit code. Never rejects: every failure is a
 * one-line message on `io.stderr` and exit code 2 (or 1 for invalid data).
 */
export async function run(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const io: CliIo = {
    stdin: rawIo.stdin,
    stdout: escapingStream(rawIo.stdout),
    stderr: escapingStream(rawIo.stderr),
  };
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      const topic = command === 'help' ? rest[0] : undefined;
      // No command at all is a usage error: the help goes to stderr, stdout stays clean.
      await write(command === undefined ? io.stderr : io.stdout, `${(topic && HELP[topic]) || MAIN_HELP}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === '-v' || command === '--version') {
      await write(io.stdout, `${version()}\n`);
      return 0;
    }
    const handler = COMMANDS[command];
    if (!handler) throw new CliError(`unknown command "${command}" (try: briefing --help)`, 2);
    if (rest.includes('--help') || rest.includes('-h')) {
      await write(io.stdout, `${HELP[command]}\n`);
      return 0;
    }
    return await handler(rest, io);
  } catch (error) {
    const message =
      error instanceof CliError
        ? error.message
        : (describeArgsError(error, command!, HELP[command!] ?? '') ??
          `internal error: ${error instanceof Error ? error.message : String(error)}`);
    io.stderr.write(`briefing: ${message}\n`);
    return error instanceof CliError ? error.exitCode : 2;
  }
}
