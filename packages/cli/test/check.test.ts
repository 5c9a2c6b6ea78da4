import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const seedPage = fileURLToPath(
  new URL('../../../examples/static-site/data/briefings-page-2.txt', import.meta.url),
);
const seedFeed = fileURLToPath(new URL('../../schema/fixtures/should-pass/seed-feed.json', import.meta.url));

function briefing(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The verdicts <briefing-feed> shows for the seed (packages/feed/test/verdicts.test.ts states the same). */
const SEED_VERDICTS = ['differs', 'differs', 'agrees', 'differs', 'differs', 'differs', 'agrees', 'differs'];

describe('briefing check: the money core verdict', () => {
  it('on the seed page, the hand-made seed feed and a feed without references: one list of verdicts', () => {
    for (const input of [seedPage, seedFeed]) {
      const r = briefing(['check', input, '--json']);
      const rows = JSON.parse(r.stdout) as { verdict: string }[];
      expect(rows.map((row) => row.verdict)).toEqual(SEED_VERDICTS);
      expect(r.code).toBe(1);
    }
    const dir = mkdtempSync(join(tmpdir(), 'briefing-check-'));
    const bare = join(dir, 'no-rates.json');
    writeFileSync(bare, briefing(['parse', '--no-rates', seedPage]).stdout);
    expect(
      (JSON.parse(briefing(['check', bare, '--json']).stdout) as { verdict: string }[]).map((r) => r.verdict),
    ).toEqual(SEED_VERDICTS);
  });

  it('shows the rate the writer used for a conversion that differs, and why one is unchecked', () => {
    const rows = JSON.parse(briefing(['check', seedPage, '--json']).stdout) as {
      verdict: string;
      implied?: { date?: string; text: string };
    }[];
    expect(rows[3]?.implied).toEqual({
      rate: 0.137549,
      date: '2025-05-05',
      text: 'rate of 2025-05-05 (implied 7.27 CNY per USD)',
    });
    const table = briefing(['check', seedPage]).stdout;
    expect(table).toContain('rate of 2025-05-05 (implied 7.27 CNY per USD)');
    expect(table).toMatch(/8 stated conversions, 6 differ, 0 unchecked/);

    const dir = mkdtempSync(join(tmpdir(), 'briefing-check-'));
    const undated = join(dir, 'undated.txt');
    writeFileSync(undated, 'Caviar prices climb in Paris\n\nCaviar costs 825 euros ($866) a tin.\n');
    const unchecked = JSON.parse(briefing(['check', undated, '--json']).stdout) as {
      verdict: string;
      unchecked?: { code: string };
    }[];
    expect(unchecked.map((r) => [r.verdict, r.unchecked?.code])).toEqual([['unchecked', 'no-date']]);
  });
});
