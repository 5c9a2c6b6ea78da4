import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The release gate itself runs at version time (`pnpm version-packages`); here, that it decides right.
const script = fileURLToPath(new URL('../scripts/check-fresh.mjs', import.meta.url));
const gate = (today: string) => spawnSync(process.execPath, [script, '--today', today], { encoding: 'utf8' });

describe('release gate: embedded data not older than 90 days at version time', () => {
  it('passes up to 90 days after the embedded ECB data ends (2026-04-13)', () => {
    const r = gate('2026-07-12');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      'check-fresh: the embedded ECB rates end 2026-04-13, 90 days before 2026-07-12: ok\n',
    );
  });

  it('fails one day later, and on 2026-11-29, saying what to run', () => {
    expect(gate('2026-07-13').status).toBe(1);
    const r = gate('2026-11-29');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'check-fresh: the embedded ECB rates end 2026-04-13, 230 days before 2026-11-29 (more than 90); run `briefing rates update` then `pnpm rates:refresh` before releasing\n',
    );
  });
});
