/**
 * @briefing/cli: the `briefing` command as a function, so other tools (and tests) can run it
 * without a child process. `bin.ts` is the thin executable around `run`; each command is a file
 * in commands/, its help generated from the option definitions its `parseArgs` uses.
 */
import { createRequire } from 'node:module';
import { type CliIo, type Command, formatHelp, optionNames } from './command.js';
import { COMMANDS } from './commands/index.js';
import { CliError } from './errors.js';
import { describeArgsError, escapingStream } from './input.js';
import { write } from './io.js';

export type { CliIo };
export { CliError };

const require = createRequire(import.meta.url);

function version(): string {
  try {
    return (require('../package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The command list of `briefing --help`, from each command's own arguments and summary. */
function mainHelp(): string {
  const listed = COMMANDS.map((c) => [`${c.name} ${c.args}`.trim(), c.summary] as const);
  const width = Math.max(...listed.map(([synopsis]) => synopsis.length)) + 2;
  return `briefing: parse briefing pages, validate briefing feeds, print the JSON Schema, check money.

Usage: briefing <command> [options]

Commands:
${listed.map(([synopsis, summary]) => `  ${synopsis.padEnd(width)}${summary}`).join('\n')}

Options:
  -h, --help     help for a command: briefing <command> --help
  -v, --version  the version

Exit codes: 0 ok; 1 invalid data or problems found; 2 unreadable input or usage error.`;
}

const byName = new Map<string, Command>(COMMANDS.map((c) => [c.name, c]));

/**
 * Runs `briefing <argv...>` and resolves to the exit code. Never rejects: every failure is a
 * one-line message on `io.stderr` and exit code 2 (or 1 for invalid data).
 */
export async function run(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const io: CliIo = {
    stdin: rawIo.stdin,
    stdout: escapingStream(rawIo.stdout),
    stderr: escapingStream(rawIo.stderr),
    ...(rawIo.stderr.isTTY ? { terminal: rawIo.terminal ?? rawIo.stderr } : {}),
  };
  const command = name === undefined ? undefined : byName.get(name);
  try {
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      const topic = name === 'help' && rest[0] ? byName.get(rest[0]) : undefined;
      // No command at all is a usage error: the help goes to stderr, stdout stays clean.
      await write(name === undefined ? io.stderr : io.stdout, `${topic ? formatHelp(topic) : mainHelp()}\n`);
      return name === undefined ? 2 : 0;
    }
    if (name === '-v' || name === '--version') {
      await write(io.stdout, `${version()}\n`);
      return 0;
    }
    if (!command) throw new CliError(`unknown command "${name}" (try: briefing --help)`, 2);
    if (rest.includes('--help') || rest.includes('-h')) {
      await write(io.stdout, `${formatHelp(command)}\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    const message =
      error instanceof CliError
        ? error.message
        : (describeArgsError(error, name!, command ? optionNames(command) : []) ??
          `internal error: ${error instanceof Error ? error.message : String(error)}`);
    io.stderr.write(`briefing: ${message}\n`);
    return error instanceof CliError ? error.exitCode : 2;
  }
}
