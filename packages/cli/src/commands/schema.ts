/** `briefing schema`: the JSON Schema files shipped with @briefing/schema. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { type CliIo, type Command, parseOptions } from '../command.js';
import { CliError } from '../errors.js';
import { write } from '../io.js';

const require = createRequire(import.meta.url);

async function run(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseOptions(args, {});
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

export const schemaCommand: Command = {
  name: 'schema',
  args: '[feed|briefing]',
  summary: 'print the JSON Schema',
  description: 'Prints the JSON Schema (draft 2020-12) shipped with @briefing/schema (default: feed).',
  options: {},
  run,
};
