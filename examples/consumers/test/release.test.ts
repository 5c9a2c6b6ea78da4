// The release path: every changeset parses (`changeset status`), and a publish dry run packs each
// package with the files it should publish.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { pnpmCommand, repoRoot } from './helpers.js';

const require = createRequire(import.meta.url);

describe('release', () => {
  it('`changeset status` accepts every changeset', () => {
    // Against the base branch (main) it reads every changeset, so one with broken frontmatter fails
    // here. A clone without a local main (a single-branch CI checkout) can only compare with HEAD.
    const hasMain =
      spawnSync('git', ['rev-parse', '--verify', '--quiet', 'main^{commit}'], { cwd: repoRoot }).status === 0;
    const ran = spawnSync(
      process.execPath,
      [require.resolve('@changesets/cli/bin.js'), 'status', ...(hasMain ? [] : ['--since=HEAD'])],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(ran.stderr + ran.stdout).not.toMatch(/could not parse|error/i);
    expect(ran.status).toBe(0);
  });

  it('`pnpm publish -r --dry-run` lists each package with its files', () => {
    const [pnpm, ...args] = pnpmCommand();
    const ran = spawnSync(pnpm!, [...args, 'publish', '-r', '--dry-run', '--no-git-checks'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(ran.status, ran.stderr).toBe(0);
    const output = ran.stdout + ran.stderr;
    for (const [name, file] of [
      ['@briefing/schema', 'schemas/briefing-feed.schema.json'],
      ['@briefing/money', 'dist/index.cjs'],
      ['@briefing/parser', 'dist/index.cjs'],
      ['@briefing/rates', 'DATA-LICENSE.md'],
      ['@briefing/feed', 'cdn/rates/DATA-LICENSE.md'],
      ['@briefing/cli', 'dist/bin.js'],
    ] as const) {
      const section = output.split(/📦\s+/).find((part) => part.startsWith(`${name}@`));
      expect(section, name).toBeDefined();
      expect(section).toMatch(/\bLICENSE\b/);
      expect(section).toContain(file);
    }
  });
});
