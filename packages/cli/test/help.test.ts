// Help is generated from the option definitions parseArgs uses: every option of every command
// (and sub-command) has help text and shows in `--help`, so help and options cannot drift apart.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatHelp } from '../src/command.js';
import { COMMANDS } from '../src/commands/index.js';
import { formatTable } from '../src/table.js';
import { bin } from './built-cli.js';

const briefing = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('generated help', () => {
  it('lists the eight commands', () => {
    expect(COMMANDS.map((c) => c.name)).toEqual([
      'parse',
      'validate',
      'schema',
      'money',
      'check',
      'render',
      'export',
      'rates',
    ]);
  });

  for (const command of COMMANDS) {
    const groups = [
      { name: command.name, options: command.options },
      ...(command.subcommands ?? []).map((sub) => ({
        name: `${command.name} ${sub.name}`,
        options: sub.options,
      })),
    ];
    it(`${command.name}: every option has help and is in --help`, () => {
      const help = formatHelp(command);
      expect(help.startsWith(`Usage: briefing ${command.name}`)).toBe(true);
      for (const group of groups)
        for (const [name, option] of Object.entries(group.options)) {
          expect(option.help.trim(), `${group.name} --${name} has no help`).not.toBe('');
          expect(help, `${group.name} --${name}`).toMatch(
            new RegExp(
              `^ +--${name}\\b.* ${option.help.split('\n')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
              'm',
            ),
          );
        }
    });
  }

  it('builds each usage line from the arguments and the required options', () => {
    expect(COMMANDS.map((c) => formatHelp(c).split('\n')[0])).toEqual([
      'Usage: briefing parse <file|-|dir|glob...> [options]',
      'Usage: briefing validate <file|-> [options]',
      'Usage: briefing schema [feed|briefing]',
      'Usage: briefing money [options] < lines.txt',
      'Usage: briefing check <file|-> [options]',
      'Usage: briefing render <feed.json|-> --out <dir> [options]',
      'Usage: briefing export <feed.json|-> --format <rss|atom|jsonfeed> [options]',
      'Usage: briefing rates <update|status|export> [options]',
    ]);
  });

  it('check --help lists --year, which check takes', () => {
    const r = briefing(['check', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      '\n  --year <YYYY>                       year for dates written without one ("Nov. 22")\n',
    );
  });

  it('parse --help lists the archive options', () => {
    const out = briefing(['parse', '--help']).stdout;
    for (const option of ['--out <dir>', '--resume', '--jobs <n>', '--ndjson'])
      expect(out).toContain(`  ${option} `);
  });

  it('a mistyped option of a sub-command gets the closest one', () => {
    const r = briefing(['rates', 'export', '--sinse', '2025-01-01']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'briefing: rates: unknown option --sinse; did you mean --since? (try: briefing rates --help)\n',
    );
  });
});

describe('formatTable', () => {
  it('pads each column to its widest cell, two spaces apart, without trailing blanks', () => {
    expect(
      formatTable([
        ['briefing', 'rate', 'why'],
        ['a', '7.27', ''],
        ['long-id', '-', 'no date'],
      ]),
    ).toEqual(['briefing  rate  why', 'a         7.27', 'long-id   -     no date']);
  });
});
