import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

function briefing(args: string[], input: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`build the CLI first: ${bin} is missing`);
});

const digest = `Business
Oil slips to $45 on demand concerns, set for weekly rise
Oil dipped to around $45 a barrel on Friday on worries that a demand recovery would slow.
Hikma raises drug sales outlook as profit jumps on pandemic demand
Hikma Pharmaceuticals raised the annual sales outlook for two of its biggest divisions on Friday.
`;

describe('briefing parse --explain', () => {
  it('prints every line with its class and the reason, and no feed', () => {
    const r = briefing(['parse', '-', '--explain'], digest);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(10);
    expect(rows[0]).toBe('1  header    Business');
    expect(rows[1]).toBe('             ↳ a short label above the first headline: the listing header');
    expect(rows[2]).toBe('2  title     Oil slips to $45 on demand concerns, set for weekly rise');
    expect(rows[4]).toMatch(/^3 {2}body {6}Oil dipped/);
    expect(rows[6]).toMatch(/^4 {2}title {5}Hikma raises/);
    expect(rows[7]).toContain('a new headline: headline shape');
    expect(r.stdout).not.toContain('"schemaVersion"');
  });

  it('escapes control characters of the page', () => {
    const r = briefing(
      ['parse', '-', '--explain'],
      'A title with \u001b]0;pwned\u0007 in it\n\nText of it.\n',
    );
    expect(r.stdout).toContain('A title with \\u001b]0;pwned\\u0007 in it');
    expect(r.stdout).not.toContain('\u001b');
  });
});

describe('briefing parse on a page with no briefing', () => {
  it('gives an empty feed, exit 0, and one warning line', () => {
    const r = briefing(['parse', '-', '--no-rates'], 'Skip to content\n\nMenu\n\n© 2026 Example News\n');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).items).toEqual([]);
    expect(r.stderr).toBe(
      'warning: no briefing found in stdin (3 non-empty lines read); run with --explain to see how each line was read\n',
    );
  });
});
