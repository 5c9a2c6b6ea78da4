/** `briefing money`: the money mentions of each stdin line, as one JSON array per line. */
import { createInterface } from 'node:readline';
import { extractMoney } from '@briefing/parser';
import { type CliIo, type Command, defineOptions, parseOptions } from '../command.js';
import { CliError } from '../errors.js';
import { decodedStream, InputRefused } from '../input.js';
import { write } from '../io.js';

const options = defineOptions({
  country: {
    type: 'string',
    value: '<XX>',
    help: 'ISO 3166-1 country that resolves a bare "$" (e.g. TW for NT$)',
  },
});

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, options);
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

export const moneyCommand: Command = {
  name: 'money',
  args: '',
  stdin: '< lines.txt',
  summary: 'money mentions of each stdin line, as one JSON array per line',
  description: `Reads lines from stdin and prints, for each, one JSON array of the money mentions found in it
(offsets relative to the line).`,
  options,
  run,
};
