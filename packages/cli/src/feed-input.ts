import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { type BriefingFeed, rejectedItems, validateFeed } from '@briefing/schema';
import { CliError, type CliIo } from './index.js';
import { inputText } from './input.js';

async function readText(file: string, stdin: Readable, io: CliIo): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return inputText(Buffer.concat(chunks), file, io.stderr);
  }
  try {
    return inputText(await readFile(file), file, io.stderr);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error);
    throw new CliError(`cannot read ${file}: ${why}`, 2);
  }
}

/**
 * The feed a `render` or `export` starts from, validated leniently like the element does: a feed
 * that is not one is an error (exit 1); briefings that are invalid are left out with one warning line
 * that says how many and how to list them.
 */
export async function readFeed(file: string, io: CliIo, command: string): Promise<BriefingFeed> {
  const text = await readText(file, io.stdin, io);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${command}: ${file} is not JSON: ${(error as Error).message}`, 2);
  }
  const result = validateFeed(data, { mode: 'lenient' });
  if (!result.value) {
    const first = result.issues[0];
    const where = first ? ` (${first.path.join('.') || 'top level'}: ${first.message})` : '';
    throw new CliError(
      `${command}: ${file} is not a valid BriefingFeed${where}; briefing validate ${file} lists every problem`,
      1,
    );
  }
  const rejected = rejectedItems(result.issues).length;
  if (rejected > 0)
    io.stderr.write(
      `briefing ${command}: ${rejected} invalid briefing${rejected === 1 ? '' : 's'} of ${file} left out (briefing validate ${file} lists them)\n`,
    );
  return result.value;
}
