import { type BriefingFeed, rejectedItems, validateFeed } from '@briefing/schema';
import type { CliIo } from './command.js';
import { CliError } from './errors.js';
import { readInput } from './io.js';

/** The one input of `render` and `export`. */
export function exactlyOneInput(positionals: readonly string[], command: string): string {
  if (positionals.length !== 1)
    throw new CliError(
      `${command}: expected one input file (use "-" for stdin), got ${positionals.length}`,
      2,
    );
  return positionals[0]!;
}

/**
 * The feed a `render` or `export` starts from, validated leniently like the element does: a feed
 * that is not one is an error (exit 1); briefings that are invalid are left out with one warning line
 * that says how many and how to list them.
 */
export async function readFeed(file: string, io: CliIo, command: string): Promise<BriefingFeed> {
  const text = await readInput(file, io);
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
