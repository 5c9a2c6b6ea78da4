// `briefing parse` over many pages: a directory with nested pages, a page that fails, --resume,
// --ndjson, globs and the usage errors. Each case runs the built binary on real files in a temp
// dir and states the files, counts and lines it expects.
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateFeed } from '@briefing/schema';
import { beforeEach, describe, expect, it } from 'vitest';
import { bin, seed } from './built-cli.js';

const november = readFileSync(
  fileURLToPath(new URL('./fixtures/november-2026.txt', import.meta.url)),
  'utf8',
);

let dir: string;

function briefing(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Buffer): void {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), content);
}

/** Every file under `folder`, as sorted relative paths. */
const filesIn = (folder: string) =>
  (readdirSync(join(dir, folder), { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(join(dir, folder).length + 1))
    .sort();

const json = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefing-archive-'));
  // Three pages in a nested tree, one binary file among them, and files that are not pages.
  file('pages/a.txt', seed);
  file('pages/2026/nov/b.txt', seed.replace('Briefings - 2. page', 'Briefings - 3. page'));
  file(
    'pages/2026/c.html',
    '<main><h1>Briefings - 4. page</h1><h2>Title Here</h2><p>Body text.</p><p>Source: Xinhua, July 22, 2013</p></main>',
  );
  file('pages/bad.txt', Buffer.from('PNG\0\0\0binary'));
  file('pages/notes.md', 'not a page');
  file('pages/.drafts/d.txt', seed);
});

describe('briefing parse <dir> --out', () => {
  it('writes one valid feed per page, keeps the tree, reports the failing page and exits 1', () => {
    const r = briefing([
      'parse',
      'pages',
      '--out',
      'feeds',
      '--quiet',
      '--generated-at',
      '2026-01-05T08:00:00Z',
    ]);
    expect(r.code).toBe(1);
    expect(filesIn('feeds')).toEqual(['2026/c.json', '2026/nov/b.json', 'a.json']);
    expect(r.stderr).toBe(
      'pages/bad.txt: failed: binary data, not text (NUL byte at byte 3)\n' +
        'briefing parse: 4 pages, 17 briefings, 1 failure\n',
    );
    expect(r.stdout).toBe('');
    const a = json('feeds/a.json');
    expect(validateFeed(a).ok).toBe(true);
    expect(a).toMatchObject({ page: { number: 2 }, generatedAt: '2026-01-05T08:00:00Z' });
    expect(a.items).toHaveLength(8);
    expect(json('feeds/2026/nov/b.json').page).toEqual({ number: 3 });
    expect(json('feeds/2026/c.json').items.map((i: { title: string }) => i.title)).toEqual(['Title Here']);
    // Not a terminal: no progress bar, no cursor movement.
    expect(r.stderr).not.toMatch(/[\r\u001b]/);
  });

  it('prints the parse issues of each page under its file name unless --quiet', () => {
    const r = briefing(['parse', 'pages', '--out', 'feeds', '--no-rates']);
    expect(r.stderr).toContain(
      "pages/a.txt: line 80: url-host-mismatch: the URL is on toutiao.com, not on a domain of Guancha (Toutiao hosts other outlets' articles)\n",
    );
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('briefing parse: 4 pages, 17 briefings, 1 failure');
  });

  it('--resume skips the pages whose feed exists and parses the rest', () => {
    file('feeds/a.json', '{"kept": true}');
    const r = briefing(['parse', 'pages', '--out', 'feeds', '--resume', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').at(-2)).toBe(
      'briefing parse: 4 pages, 9 briefings, 1 failure, 1 skipped (output exists)',
    );
    expect(json('feeds/a.json')).toEqual({ kept: true });
    expect(filesIn('feeds')).toEqual(['2026/c.json', '2026/nov/b.json', 'a.json']);
    // Once the bad page is gone, a resumed run has nothing to do but succeed.
    rmSync(join(dir, 'pages/bad.txt'));
    const again = briefing(['parse', 'pages', '--out', 'feeds', '--resume']);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe(
      'briefing parse: 3 pages, 0 briefings, 0 failures, 3 skipped (output exists)\n',
    );
  });

  it('gives the same feeds with one worker as with several', () => {
    const args = ['parse', 'pages', '--quiet', '--generated-at', '2026-01-05T08:00:00Z'];
    briefing([...args, '--out', 'one', '--jobs', '1']);
    briefing([...args, '--out', 'two', '--jobs', '2']);
    for (const name of ['a.json', '2026/nov/b.json', '2026/c.json'])
      expect(readFileSync(join(dir, 'two', name), 'utf8')).toBe(readFileSync(join(dir, 'one', name), 'utf8'));
  });

  it('--pretty indents the feed files', () => {
    briefing(['parse', 'pages/a.txt', '--out', 'feeds', '--pretty', '--quiet']);
    expect(readFileSync(join(dir, 'feeds/a.json'), 'utf8')).toContain('\n  "schemaVersion": 1');
  });
});

describe('a directory with a link back up the tree', () => {
  it('lists each page once: symbolic links are not followed', () => {
    symlinkSync('..', join(dir, 'pages/2026/up'));
    const r = briefing(['parse', 'pages', '--out', 'feeds', '--quiet', '--no-rates']);
    expect(r.stderr.split('\n').at(-2)).toBe('briefing parse: 4 pages, 17 briefings, 1 failure');
    expect(filesIn('feeds')).toEqual(['2026/c.json', '2026/nov/b.json', 'a.json']);
  });
});

describe('briefing parse --ndjson over many pages', () => {
  it('streams one feed per line in the pages order (sorted paths), the failing page left out', () => {
    const r = briefing(['parse', 'pages', '--ndjson', '--quiet', '--no-rates']);
    expect(r.code).toBe(1);
    const feeds = r.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(feeds.map((feed) => feed.page.number)).toEqual([4, 3, 2]);
    for (const feed of feeds) expect(validateFeed(feed).ok).toBe(true);
    expect(r.stderr).toBe(
      'pages/bad.txt: failed: binary data, not text (NUL byte at byte 3)\n' +
        'briefing parse: 4 pages, 17 briefings, 1 failure\n',
    );
  });

  it('takes several files and a quoted glob, each page once', () => {
    file('more/november.txt', november);
    const r = briefing([
      'parse',
      'more/november.txt',
      'pages/**/*.txt',
      'pages/a.txt',
      '--ndjson',
      '--quiet',
    ]);
    const numbers = r.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line).page.number);
    expect(numbers).toEqual([1, 3, 2]);
    expect(r.stderr.split('\n').at(-2)).toBe('briefing parse: 4 pages, 17 briefings, 1 failure');
  });

  it('reports a missing file as a failed page and goes on', () => {
    const r = briefing(['parse', 'pages/a.txt', 'pages/missing.txt', '--ndjson', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe(
      'pages/missing.txt: failed: no such file\nbriefing parse: 2 pages, 8 briefings, 1 failure\n',
    );
  });
});

describe('usage errors of many pages: exit 2, one line, nothing written', () => {
  it.each([
    [
      ['parse', 'pages'],
      'briefing: cannot read pages: it is a directory; to parse every page, add --out <dir> (one feed per page) or --ndjson',
    ],
    [
      ['parse', 'pages/a.txt', 'pages/bad.txt'],
      'briefing: parse: 2 inputs; to parse every page, add --out <dir> (one feed per page) or --ndjson',
    ],
    [
      ['parse', 'pages', '--ndjson', '--resume'],
      'briefing: parse: --resume skips pages whose feed exists under --out; add --out <dir>',
    ],
    [
      ['parse', 'pages', '--out', 'feeds', '--ndjson'],
      'briefing: parse: --out writes feed files, --ndjson writes to stdout; choose one',
    ],
    [
      ['parse', 'pages', '--out', 'feeds', '--jobs', '0'],
      'briefing: --jobs must be a whole number from 1 to 256; got "0"',
    ],
    [
      ['parse', 'pages/x*.txt', '--out', 'feeds'],
      'briefing: parse: no pages in pages/x*.txt (pages end in .txt, .html or .htm)',
    ],
    [
      ['parse', '-', 'pages', '--ndjson'],
      'briefing: parse: stdin ("-") is one input; it cannot be one of many pages',
    ],
  ])('%j', (args, message) => {
    const r = briefing(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${message}\n`);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['pages']);
  });

  it('refuses two pages that would write the same feed file', () => {
    file('pages/a.html', '<p>x</p>');
    const r = briefing(['parse', 'pages', '--out', 'feeds']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('briefing: parse: pages/a.html and pages/a.txt would both be written as a.json\n');
  });
});

describe('on a terminal', () => {
  it('draws a progress bar on stderr and still prints the messages and the summary', () => {
    // `script` runs the command on a pseudo-terminal (util-linux, part of every Debian system).
    const command = `${process.execPath} ${bin} parse pages --out feeds --no-rates --quiet`;
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/parse \S+ \d\/4 pages \| \d+ briefings \| \d failed/);
    expect(r.stdout).toContain('pages/bad.txt: failed: binary data, not text (NUL byte at byte 3)\r\n');
    expect(r.stdout).toContain('briefing parse: 4 pages, 17 briefings, 1 failure\r\n');
    expect(filesIn('feeds')).toEqual(['2026/c.json', '2026/nov/b.json', 'a.json']);
  });
});
