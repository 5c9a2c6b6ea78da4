import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * Inputs past the sizes the CLI holds in memory: `validate` streams them item by item and
 * reports as it would for a small file; `parse` says to use --ndjson. Outcomes only.
 */

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const seedFeed = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../schema/fixtures/should-pass/seed-feed.json', import.meta.url)),
    'utf8',
  ),
);
const dir = mkdtempSync(join(tmpdir(), 'briefing-cli-large-'));

function briefing(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A feed file of `count` items made by `item(k)`, written as a stream (never held whole). */
async function feedFile(
  name: string,
  count: number,
  item: (k: number) => string,
  extra = '',
): Promise<string> {
  const path = join(dir, name);
  const out = createWriteStream(path);
  const { items: _items, ...envelope } = seedFeed;
  out.write(`${JSON.stringify(envelope).slice(0, -1)}${extra},"items":[`);
  for (let k = 0; k < count; k++) {
    if (!out.write(`${k ? ',' : ''}${item(k)}`))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end(']}');
  await new Promise<void>((resolve) => out.once('finish', () => resolve()));
  return path;
}

const base = { ...seedFeed.items[0], money: [], quantities: [] };
// About 1.7 kB each: 12,000 items is about 20 MB, over the 16 MB streaming threshold.
const valid = (k: number) => JSON.stringify({ ...base, id: `b-${k}` });
const COUNT = 12_000;

beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`build the CLI first: ${bin} is missing`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validate, streaming a feed over 16 MB', { timeout: 120_000 }, () => {
  it('a valid feed', async () => {
    const path = await feedFile('valid.json', COUNT, valid);
    const r = briefing(['validate', path]);
    expect(r.stdout).toBe(`${path}: valid feed with 12000 briefings\n`);
    expect(r.code).toBe(0);
  });

  it('invalid items, a duplicate id and a deep one, strict and lenient', async () => {
    const item = (k: number) =>
      k === 3
        ? '{"id":"b-3","title":42}'
        : k === 7
          ? valid(5)
          : k === 9
            ? JSON.stringify({
                ...base,
                id: 'b-9',
                extensions: { x: JSON.parse(`${'['.repeat(500)}${']'.repeat(500)}`) },
              })
            : valid(k);
    const path = await feedFile('invalid.json', COUNT, item);
    const strict = briefing(['validate', path]);
    expect(strict.code).toBe(1);
    expect(strict.stdout.split('\n')).toEqual([
      'items[3].title: title must be text; got 42',
      'items[3].body: body must be a list of paragraphs',
      'items[3].sources: sources must be a list of citations',
      'items[3].language: is required',
      'items[3].money: money must be a list',
      'items[3].quantities: quantities must be a list',
      'items[9]: nested more than 64 levels deep (maxDepth); not validated further',
      'items[7].id: id "b-5" is already used by items[5]; ids must be unique within a feed',
      `${path}: invalid feed (8 problems)`,
      '',
    ]);
    const lenient = briefing(['validate', path, '--lenient']);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout.split('\n').at(-2)).toBe(
      `${path}: valid envelope; kept 11997 of 12000 briefings, rejected 3 (items 3, 7, 9)`,
    );
  });

  it('lenient mode exits 1 when no briefing is left', async () => {
    const { title: _title, ...untitled } = base;
    const path = await feedFile('none-left.json', COUNT, (k) =>
      JSON.stringify({ ...untitled, id: `b-${k}` }),
    );
    const lenient = briefing(['validate', path, '--lenient']);
    expect(lenient.code).toBe(1);
    expect(lenient.stdout.split('\n').at(-2)).toMatch(
      /: valid envelope; kept 0 of 12000 briefings, rejected 12000 \(items 0, 1, 2, /,
    );
  });

  it('a broken envelope fails lenient mode too; JSON output works', async () => {
    const path = await feedFile('envelope.json', COUNT, valid, ',"bogus":1');
    const lenient = briefing(['validate', path, '--lenient', '--json']);
    expect(lenient.code).toBe(1);
    expect(JSON.parse(lenient.stdout)).toEqual({
      ok: false,
      issues: [
        {
          path: [],
          pointer: '',
          code: 'unrecognized_keys',
          message: 'unknown field "bogus" (vendor data belongs in "extensions")',
        },
      ],
    });
  });

  it('truncated JSON is a one-line error with exit code 2', async () => {
    const path = await feedFile('cut.json', COUNT, valid);
    const whole = readFileSync(path);
    const cut = join(dir, 'cut-short.json');
    const out = createWriteStream(cut);
    out.end(whole.subarray(0, whole.length - 1000));
    await new Promise<void>((resolve) => out.once('finish', () => resolve()));
    const r = briefing(['validate', cut]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^briefing: .*cut-short\.json is not JSON: /);
  });
});

describe('parse, past 64 MB without --ndjson', { timeout: 120_000 }, () => {
  it('says to use --ndjson before reading it all', async () => {
    const path = join(dir, 'huge.txt');
    const out = createWriteStream(path);
    const line = `${'x'.repeat(1023)}\n`;
    for (let k = 0; k < 65 * 1024; k++)
      if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    out.end();
    await new Promise<void>((resolve) => out.once('finish', () => resolve()));
    const r = briefing(['parse', path]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `briefing: ${path} is over 64 MB; parse it with --ndjson, which streams it page by page in constant memory\n`,
    );
  });
});
