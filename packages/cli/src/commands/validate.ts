/** `briefing validate`: a feed (or one briefing) against the schema; past 16 MB, item by item as a stream. */
import { formatIssues, rejectedItems, validateBriefing, validateFeed } from '@briefing/schema';
import { type CliIo, type Command, defineOptions, parseOptions } from '../command.js';
import { CliError } from '../errors.js';
import { count, describeFsError, inputName, oneFile, openInput, parseJson, textOf, write } from '../io.js';
import { readHead, StreamJsonError, validateFeedStream } from '../validate-stream.js';

/** Inputs larger than this are validated as a stream, item by item, instead of parsed whole. */
const STREAM_VALIDATE_ABOVE_BYTES = 16 * 1024 * 1024;

const options = defineOptions({
  lenient: {
    type: 'boolean',
    help: 'accept a valid feed envelope with some invalid briefings: report them, exit 0',
  },
  json: { type: 'boolean', help: 'print the issues as JSON' },
});

const isFeedLike = (data: unknown): boolean =>
  typeof data === 'object' &&
  data !== null &&
  !Array.isArray(data) &&
  ('items' in data || 'schemaVersion' in data);

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, options);
  const file = oneFile(positionals, 'validate');
  const name = inputName(file);
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

export const validateCommand: Command = {
  name: 'validate',
  args: '<file|->',
  summary: 'check a feed (or one briefing) against the schema',
  description: 'Validates a BriefingFeed (or a single Briefing) JSON document.',
  options,
  footer: 'Exit codes: 0 valid; 1 invalid; 2 unreadable input (missing file, not JSON).',
  run,
};
