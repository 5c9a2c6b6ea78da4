/** `briefing parse <file> --ndjson`: one input of many pages, streamed as one briefing per line. */
import { type ParseIssue, type ParseToFeedOptions, parseFeeds, splitPages } from '@briefing/parser';
import { formatIssues, type ValidationIssue } from '@briefing/schema';
import type { CliIo } from '../command.js';
import { CliError } from '../errors.js';
import { decodeChunks, InputRefused } from '../input.js';
import { describeFsError, inputName, openInput, write } from '../io.js';

/** The feed's problems, per briefing (their paths made relative to it), and the envelope's. */
function byBriefing(issues: readonly ValidationIssue[]): Map<number | 'envelope', ValidationIssue[]> {
  const groups = new Map<number | 'envelope', ValidationIssue[]>();
  for (const issue of issues) {
    const [first, index] = issue.path;
    const key = first === 'items' && typeof index === 'number' ? index : 'envelope';
    const relative = key === 'envelope' ? issue : { ...issue, path: issue.path.slice(2) };
    groups.set(key, [...(groups.get(key) ?? []), relative]);
  }
  return groups;
}

/** The text chunks, counted as they pass (for the progress line). */
async function* counted(chunks: AsyncIterable<string>, read: { chars: number }): AsyncGenerator<string> {
  for await (const chunk of chunks) {
    read.chars += chunk.length;
    yield chunk;
  }
}

export async function streamNdjson(
  file: string,
  io: CliIo,
  options: ParseToFeedOptions,
  report: (issues: ParseIssue[], offset: number, page: number) => void,
): Promise<number> {
  const input = await openInput(file, io);
  const progress = io.stderr.isTTY === true;
  const read = { chars: 0 };
  let pages = 0;
  let briefings = 0;
  let lastProgress = 0;
  let invalid = 0;
  const status = () => `\rpages ${pages}  briefings ${briefings}  ${(read.chars / 1e6).toFixed(1)} MB`;

  // Pages as the text arrives (the parser's splitter), each through the one pipeline.
  const pageStream = splitPages(counted(decodeChunks(input), read));
  try {
    for await (const result of parseFeeds(pageStream, options)) {
      pages = result.index;
      report(result.issues, (result.startLine ?? 1) - 1, pages);
      if (!result.validation.ok)
        for (const [key, issues] of byBriefing(result.validation.issues)) {
          invalid++;
          io.stderr.write(
            key === 'envelope'
              ? `page ${pages}: the feed does not validate:\n${formatIssues(issues)}\n`
              : `page ${pages}: briefing ${result.feed.items[key]?.id} does not validate:\n${formatIssues(issues)}\n`,
          );
        }
      for (const item of result.feed.items) {
        briefings++;
        await write(io.stdout, `${JSON.stringify(item)}\n`);
      }
      if (progress && Date.now() - lastProgress > 200) {
        lastProgress = Date.now();
        io.stderr.write(status());
      }
    }
  } catch (error) {
    if (error instanceof InputRefused)
      throw new CliError(`cannot read ${inputName(file)}: ${error.message}`, 2);
    throw describeFsError(file, error);
  }
  if (progress) io.stderr.write(`${status()}\n`);
  return invalid > 0 ? 1 : 0;
}
