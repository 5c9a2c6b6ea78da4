/** `briefing parse`: a page to a feed; a stream of pages to NDJSON; many pages (an archive) to many feeds. */
import type { ParseIssue } from '@briefing/parser';
import { parsePage, parseToFeed } from '@briefing/parser';
import { formatIssues } from '@briefing/schema';
import { parseArchive } from '../archive/run.js';
import { type CliIo, type Command, parseOptions } from '../command.js';
import { CliError } from '../errors.js';
import { formatExplained, noBriefingWarning } from '../explain.js';
import { describeFsError, inputName, openInput, textOf, write } from '../io.js';
import { issueLine, textLineCount } from '../parse-notes.js';
import { chooseRates } from '../rates-sources.js';
import {
  MAX_WHOLE_PAGE_BYTES,
  parseOptionDefinitions as options,
  pipelineOptions,
  ratesRequest,
} from './parse-options.js';
import { readHead } from '../validate-stream.js';
import { isArchive } from '../archive/inputs.js';
import { streamNdjson } from './parse-ndjson.js';

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, options);
  if (positionals.length === 0) throw new CliError('parse: missing input file (use "-" for stdin)', 2);
  if (await isArchive(positionals, values)) return parseArchive(positionals, values, io);
  const file = positionals[0]!;
  const pipeline = pipelineOptions(values);
  const request = ratesRequest(values);
  const rates = request ? (await chooseRates(request)).provider : undefined;
  const report = (issues: ParseIssue[], offset = 0, page?: number) => {
    if (values.quiet) return;
    for (const issue of issues)
      io.stderr.write(`${page !== undefined ? `page ${page} ` : ''}${issueLine(issue, offset)}\n`);
  };

  if (values.ndjson) return streamNdjson(file, io, { ...pipeline, rates: rates ?? false }, report);

  // A whole page is held in memory (and its feed, several times its size): past the limit, say
  // so before running out of memory, and point at the streaming mode.
  const head = await readHead(await openInput(file, io), MAX_WHOLE_PAGE_BYTES, textOf(file, io)).catch(
    (error) => {
      throw error instanceof CliError ? error : describeFsError(file, error);
    },
  );
  if (head.rest)
    throw new CliError(
      `${inputName(file)} is over ${MAX_WHOLE_PAGE_BYTES / (1024 * 1024)} MB; parse it with --ndjson, which streams it page by page in constant memory`,
      2,
    );
  const text = head.text;
  if (values.explain) {
    const explained = parsePage(text, { ...pipeline, money: false, explain: true }).explained ?? [];
    await write(io.stdout, formatExplained(explained));
    return 0;
  }
  const { feed, issues, unparsed, validation } = await parseToFeed(text, {
    ...pipeline,
    rates: rates ?? false,
  });
  const invalid = validation.ok ? [] : validation.issues;
  report(issues);
  // No briefing at all: one line says so (--explain shows every line); otherwise each text the
  // parser could not place is named with its line.
  if (feed.items.length === 0 && !values.quiet) io.stderr.write(noBriefingWarning(file, textLineCount(text)));
  else
    for (const u of unparsed) if (!values.quiet) io.stderr.write(`line ${u.line}: unparsed: ${u.reason}\n`);
  if (invalid.length > 0) io.stderr.write(`the parsed feed does not validate:\n${formatIssues(invalid)}\n`);
  await write(io.stdout, `${JSON.stringify(feed, null, values.pretty ? 2 : undefined)}\n`);
  return invalid.length > 0 ? 1 : 0;
}

export const parseCommand: Command = {
  name: 'parse',
  args: '<file|-|dir|glob...>',
  summary: 'a briefings page (text or HTML) to a BriefingFeed JSON; many pages to many feeds',
  description: `Reads a briefings listing page (plain text or HTML; "-" for stdin) and prints a BriefingFeed
JSON that passes validateFeed. Parse issues go to stderr.

Many pages (several files, a directory, a quoted glob such as 'pages/**/*.txt') are parsed in
worker threads, one feed per page: into --out <dir>, or as NDJSON on stdout. In a directory, the
files ending in .txt, .html or .htm are pages (hidden ones left out). A page that fails is
reported on stderr (file: reason) and skipped; the last line on stderr counts pages, briefings
and failures, and a progress bar shows on a terminal.`,
  options,
  footer: `Exit codes: 0 ok; 1 a parsed feed does not validate, or (many pages) some page failed;
2 unreadable input or usage error.`,
  run,
};
