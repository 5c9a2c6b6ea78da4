import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePage, toFeed } from '@briefing/parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The non-JS consumer: Debian's python3 with python3-jsonschema, against the published schema.
const python = process.env.PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
const script = fileURLToPath(new URL('../python/validate_feed.py', import.meta.url));
const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

let dir: string;
let exampleFeed: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'validate-feed-py-'));
  // The example feed: the static site's fixture page through the parser, as `pnpm build` makes it.
  const page = readFileSync(repo('examples/static-site/data/briefings-page-2.txt'), 'utf8');
  exampleFeed = join(dir, 'feed.json');
  writeFileSync(exampleFeed, JSON.stringify(toFeed(parsePage(page)), null, 2));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(python, [script, ...args], { encoding: 'utf8' });

describe('python/validate_feed.py', () => {
  it('accepts the example feed made from the fixture page (exit 0)', () => {
    const result = run(exampleFeed);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('valid (8 briefings)');
  });

  it('accepts the hand-made seed feed (exit 0)', () => {
    const result = run(repo('packages/schema/fixtures/should-pass/seed-feed.json'));
    expect(result.status).toBe(0);
  });

  it('rejects a broken copy with each problem and its path (exit 1)', () => {
    const feed = JSON.parse(readFileSync(exampleFeed, 'utf8'));
    feed.items[3].sources[0].url = 'javascript:alert(1)';
    feed.items[6].body = 'not a list';
    feed.schemaVersion = 2;
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify(feed));
    const result = run(broken);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.some((line) => line.startsWith('items[3].sources[0].url: '))).toBe(true);
    expect(lines.some((line) => line.startsWith('items[6].body: '))).toBe(true);
    expect(lines.some((line) => line.startsWith('schemaVersion: '))).toBe(true);
    expect(result.stderr).toContain('invalid');
  });

  it('exits 2 with a one-line reason on a missing file or non-JSON input', () => {
    const missing = run(join(dir, 'nope.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('cannot read feed');
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ nope');
    const bad = run(notJson);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('is not JSON');
    expect(bad.stderr).not.toContain('Traceback');
  });
});
