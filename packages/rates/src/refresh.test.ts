import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../scripts/refresh.mjs', import.meta.url));
const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const sampleXml = fileURLToPath(new URL('../fixtures/eurofxref-hist-90d.sample.xml', import.meta.url));

describe('pnpm rates:refresh (scripts/refresh.mjs)', () => {
  it('regenerates the embedded data with newer downloaded rates merged over it', () => {
    if (!existsSync(dist)) throw new Error(`build @briefing/rates first: ${dist} is missing`);
    const out = mkdtempSync(join(tmpdir(), 'briefing-rates-data-'));
    const r = spawnSync(process.execPath, [script, sampleXml], {
      encoding: 'utf8',
      env: { ...process.env, BRIEFING_RATES_DATA_OUT: out },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('embedded ECB data: ended 2026-04-13, now ends 2026-11-23\n');
    const index = readFileSync(join(out, 'index.ts'), 'utf8');
    expect(index).toContain("first: '1999-01-04',\n    last: '2026-11-23',");
    expect(index).toContain("CNY: { first: '2005-04-01', last: '2026-11-23' },");
    const shard = readFileSync(join(out, 'ecb-2026.ts'), 'utf8');
    // The last three days are the fixture's, their figures as written (1.1600 is the number 1.16).
    expect(shard).toMatch(/days:\[102,.*,413,1119,1120,1123\]/);
    expect(shard).toMatch(/\nUSD:\[1\.1721,.*,1\.1684,1\.158,1\.16,1\.162\]/);
  }, 60_000);
});
