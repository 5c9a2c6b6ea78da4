/*
 * A command is its option definitions, and both `parseArgs` and `--help` read them: an option
 * cannot work without being listed, or be listed with another spelling than the one that works.
 */
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  /** The terminal itself (unescaped) when stderr is one: where a progress bar draws. */
  terminal?: Writable & { isTTY?: boolean; columns?: number };
}

/** One option as `parseArgs` takes it, plus what `--help` says about it. */
export interface OptionDefinition {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  /** The value's placeholder in the help (`<file|url>`); a string option without one shows `<value>`. */
  value?: string;
  /** Shown in `Usage:` beside the arguments: the command does not run without it. */
  required?: boolean;
  /** What the option does; a line break continues the text under the first line. */
  help: string;
}

export type OptionDefinitions = Record<string, OptionDefinition>;

/** Keeps the literal types of the definitions, so `parseArgs` types each value. */
export const defineOptions = <const O extends OptionDefinitions>(options: O): O => options;

export interface Command {
  name: string;
  /** The arguments after the command's name, in the command list and `Usage:` (`<file|->`). */
  args: string;
  /** What the command reads from stdin, shown after the options in `Usage:` (`< lines.txt`). */
  stdin?: string;
  /** The command list's one-line description. */
  summary: string;
  /** The paragraph under `Usage:`. */
  description: string;
  options: OptionDefinitions;
  /** Text after the options (exit codes, notes). */
  footer?: string;
  /** Sub-commands (`rates update`), each with its own options, listed in the help instead. */
  subcommands?: readonly Subcommand[];
  run(args: string[], io: CliIo): Promise<number>;
}

export interface Subcommand {
  name: string;
  summary: string;
  options: OptionDefinitions;
}

type OptionValue<D extends OptionDefinition> = D['type'] extends 'boolean'
  ? D['multiple'] extends true
    ? boolean[]
    : boolean
  : D['multiple'] extends true
    ? string[]
    : string;

/** The values `parseArgs` gives for these definitions (each one absent unless given). */
export type OptionValues<O extends OptionDefinitions> = { [K in keyof O]?: OptionValue<O[K]> | undefined };

/** `parseArgs` over a command's definitions (it ignores their help fields). */
export function parseOptions<const O extends OptionDefinitions>(
  args: string[],
  options: O,
): { values: OptionValues<O>; positionals: string[] } {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options, strict: true });
  return { values: values as OptionValues<O>, positionals };
}

const label = (name: string, option: OptionDefinition) =>
  `--${name}${option.type === 'string' ? ` ${option.value ?? '<value>'}` : ''}`;

/** Option lines: names in a column, help beside them; continuation lines under the help. */
export function formatOptions(options: OptionDefinitions, indent = 2): string[] {
  const entries = Object.entries(options).map(
    ([name, option]) => [label(name, option), option.help] as const,
  );
  const width = Math.max(0, ...entries.map(([name]) => name.length)) + 2;
  const pad = ' '.repeat(indent);
  return entries.flatMap(([name, help]) => {
    const [first, ...more] = help.split('\n');
    return [
      `${pad}${name.padEnd(width)}${first}`,
      ...more.map((line) => `${pad}${' '.repeat(width)}${line}`),
    ];
  });
}

/** `briefing render <feed.json|-> --out <dir> [options]`, from the definitions. */
export function formatUsage(command: Command): string {
  const required = Object.entries(command.options)
    .filter(([, option]) => option.required)
    .map(([name, option]) => label(name, option));
  const optional =
    Object.values(command.options).some((option) => !option.required) || command.subcommands
      ? '[options]'
      : '';
  return ['briefing', command.name, command.args, ...required, optional, command.stdin ?? '']
    .filter(Boolean)
    .join(' ');
}

/** The whole `briefing <command> --help` text. */
export function formatHelp(command: Command): string {
  const parts = [`Usage: ${formatUsage(command)}`, command.description];
  if (command.subcommands) {
    const width = Math.max(...command.subcommands.map((s) => s.name.length)) + 3;
    const lines = command.subcommands.flatMap((sub) => {
      const [first, ...more] = sub.summary.split('\n');
      return [
        `  ${sub.name.padEnd(width)}${first}`,
        ...more.map((line) => `  ${' '.repeat(width)}${line}`),
        ...formatOptions(sub.options, 2 + width),
      ];
    });
    parts.push(lines.join('\n'));
  }
  if (Object.keys(command.options).length > 0)
    parts.push(`Options:\n${formatOptions(command.options).join('\n')}`);
  if (command.footer) parts.push(command.footer);
  return parts.join('\n\n');
}

/** Every long option a command takes (for "did you mean"). */
export const optionNames = (command: Command): string[] => [
  ...Object.keys(command.options).map((name) => `--${name}`),
  ...(command.subcommands ?? []).flatMap((sub) => Object.keys(sub.options).map((name) => `--${name}`)),
];
