import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateBriefing, validateFeed } from '@briefing/schema';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const seedPath = fileURLToPath(
  new URL('../../parser/test/fixtures/000_1eb645631e89ee3f.txt', import.meta.url),
);
const seed = readFileSync(seedPath, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'briefing-cli-'));

/** Runs the real built binary. */
function briefing(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input: input ?? '', encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const oneLine = (text: string) => {
  expect(text.trim().split('\n')).toHaveLength(1);
  expect(text).not.toMatch(/\n\s+at /);
};

beforeAll(() => {
  if (!existsSync(bin))
    throw new Error(`build the CLI first: ${bin} is missing (npx turbo run build --filter=@briefing/cli...)`);
});

describe('briefing parse', () => {
  it('prints a valid feed for the seed page, issues on stderr', () => {
    const r = briefing(['parse', seedPath, '--generated-at', '2026-01-05T08:00:00Z']);
    expect(r.code).toBe(0);
    const feed = JSON.parse(r.stdout);
    expect(validateFeed(feed).ok).toBe(true);
    expect(feed).toMatchObject({
      schemaVersion: 1,
      title: 'Briefings',
      page: { number: 2 },
      generatedAt: '2026-01-05T08:00:00Z',
    });
    expect(feed.items).toHaveLength(8);
    expect(r.stderr).toContain('line 80: url-host-mismatch');
    expect(r.stdout.split('\n')).toHaveLength(2);
  });

  it('reads stdin with "-", pretty-prints, and skips rates with --no-rates', () => {
    const r = briefing(['parse', '-', '--pretty', '--no-rates', '--quiet'], seed);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('\n  "schemaVersion": 1');
    const feed = JSON.parse(r.stdout);
    const stated = feed.items.flatMap((i: { money: { stated: { reference?: unknown }[] }[] }) =>
      i.money.flatMap((m) => m.stated),
    );
    expect(stated.every((s: { reference?: unknown }) => s.reference === undefined)).toBe(true);
  });

  it('reads HTML with --format html', () => {
    const html =
      '<main><h1>Briefings - 4. page</h1><h2>Title Here</h2><p>Body text.</p><p>Source: Xinhua, July 22, 2013</p></main>';
    const r = briefing(['parse', '-', '--format', 'html'], html);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      page: { number: 4 },
      items: [{ title: 'Title Here', body: ['Body text.'] }],
    });
  });

  it("--url names the page's address: relative links resolve and a bare $ is the local dollar", () => {
    const html =
      '<main><h1>Business</h1><h2><a href="/news/bank-fined">Bank fined $1.2 million over wages</a></h2><p>A bank was fined $1.2 million on Monday for underpaying its staff for years.</p><p>Source: <a href="/news/bank-fined">ABC News</a></p></main>';
    const r = briefing(
      ['parse', '-', '--format', 'html', '--url', 'https://www.example.com.au/business'],
      html,
    );
    expect(r.code).toBe(0);
    const item = JSON.parse(r.stdout).items[0];
    expect(item.sources[0].url).toBe('https://www.example.com.au/news/bank-fined');
    expect(item.money[0].amount.currency).toBe('AUD');
    expect(item.money[0].amount.resolved.reason).toBe('the page is from a .au address (AU), where $ is AUD');
    const without = JSON.parse(briefing(['parse', '-', '--format', 'html'], html).stdout).items[0];
    expect(without.money[0].amount.currency).toBe('USD');
  });

  it('reads a Markdown digest, detected or with --format markdown', () => {
    const md = [
      '# Daily brief',
      '',
      '## Central bank raises interest rates again',
      '',
      'The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation.',
      '*Reuters, December 1, 2025*',
      '',
      '## Port strike enters its second week',
      '',
      'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
      '*Reuters, December 2, 2025*',
    ].join('\n');
    for (const args of [
      ['parse', '-'],
      ['parse', '-', '--format', 'markdown'],
    ]) {
      const r = briefing(args, md);
      expect(r.code).toBe(0);
      expect(
        JSON.parse(r.stdout).items.map(
          (i: { title: string; sources: { publication: string; date: string }[] }) => [
            i.title,
            i.sources.map((s) => [s.publication, s.date]),
          ],
        ),
      ).toEqual([
        ['Central bank raises interest rates again', [['Reuters', '2025-12-01']]],
        ['Port strike enters its second week', [['Reuters', '2025-12-02']]],
      ]);
    }
  });

  it('streams NDJSON page by page, split on headers and form feeds', () => {
    const archive = `${seed}\n${seed.replace('Briefings - 2. page', 'Briefings - 3. page')}\f${seed.replace(/Skip to content\s+Briefings - 2\. page/, '')}`;
    const r = briefing(['parse', file('archive.txt', archive), '--ndjson']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(24);
    for (const line of lines) expect(validateBriefing(JSON.parse(line)).ok).toBe(true);
    expect(JSON.parse(lines[8]!).id).toBe('rfi.my:CJgd');
    // Issue lines carry the page and the line of the whole archive.
    expect(r.stderr).toContain('page 1 line 80: url-host-mismatch');
    expect(r.stderr).toMatch(/page 2 line \d+: url-host-mismatch/);
    expect(r.stderr).not.toContain('pages '); // no progress: stderr is not a terminal
  });

  it('fails with exit code 2 and one line on a missing file, a bad option, a bad format', () => {
    for (const args of [
      ['parse', join(dir, 'missing.txt')],
      ['parse', join(dir, 'missing.txt'), '--ndjson'],
      ['parse', seedPath, '--bogus'],
      ['parse', seedPath, '--format', 'pdf'],
      ['parse'],
      ['parse', dir],
    ]) {
      const r = briefing(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      oneLine(r.stderr);
      expect(r.stderr).toMatch(/^briefing: /);
    }
    expect(briefing(['parse', join(dir, 'missing.txt')]).stderr).toContain('no such file');
    expect(briefing(['parse', dir]).stderr).toContain('is a directory');
  });
});

describe('briefing validate', () => {
  const feed = JSON.parse(briefing(['parse', seedPath, '--no-rates']).stdout);

  it('exits 0 on a valid feed and on a valid single briefing', () => {
    const r = briefing(['validate', file('feed.json', JSON.stringify(feed))]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid feed with 8 briefings');
    expect(briefing(['validate', '-'], JSON.stringify(feed.items[0])).code).toBe(0);
  });

  it('exits 1 with readable issues on invalid data', () => {
    const bad = structuredClone(feed);
    bad.items[2].sources[0].url = 'javascript:alert(1)';
    delete bad.items[4].title;
    const r = briefing(['validate', file('bad.json', JSON.stringify(bad))]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('items[2].sources[0].url: expected an absolute http(s) URL');
    expect(r.stdout).toContain('items[4].title: is required');
    const json = briefing(['validate', file('bad.json', JSON.stringify(bad)), '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false });
  });

  it('--lenient keeps the valid briefings and exits 0 when the envelope is valid', () => {
    const bad = structuredClone(feed);
    delete bad.items[4].title;
    const r = briefing(['validate', file('bad2.json', JSON.stringify(bad)), '--lenient']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kept 7 of 8 briefings, rejected 1 (items 4)');
    delete bad.schemaVersion;
    expect(briefing(['validate', file('bad3.json', JSON.stringify(bad)), '--lenient']).code).toBe(1);
  });

  it('exits 2 with one line on unreadable input', () => {
    for (const [args, input, message] of [
      [['validate', join(dir, 'missing.json')], '', 'no such file'],
      [['validate', '-'], '{"schemaVersion": 1,', 'stdin is not JSON'],
      [['validate', seedPath], '', 'is not JSON'],
    ] as const) {
      const r = briefing([...args], input);
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toContain(message);
    }
  });
});

describe('briefing schema, money, check, help, version', () => {
  it('prints the JSON Schemas', () => {
    const feedSchema = JSON.parse(briefing(['schema']).stdout);
    expect(feedSchema.$id).toMatch(/briefing-feed\.schema\.json$/);
    expect(JSON.parse(briefing(['schema', 'briefing']).stdout).$id).toMatch(/briefing\.schema\.json$/);
    const r = briefing(['schema', 'nope']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
  });

  it('prints one JSON array per stdin line, offsets relative to the line', () => {
    const r = briefing(['money'], 'priced at 825 euros ($866) a box\nno money here\n');
    expect(r.code).toBe(0);
    const [first, second] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(second).toEqual([]);
    expect(Array.isArray(first)).toBe(true);
    for (const m of first as { text: string; at: { start: number; end: number } }[])
      expect('priced at 825 euros ($866) a box'.slice(m.at.start, m.at.end)).toBe(m.text);
  });

  it('check prints a table of stated conversions, exit 1 when one differs', () => {
    const feedFile = file('checked.json', briefing(['parse', seedPath]).stdout);
    const r = briefing(['check', feedFile]);
    expect(r.stdout.split('\n')[0]).toMatch(
      /^briefing\s+amount\s+stated\s+rate\s+rate date\s+source\s+deviation\s+verdict\s+why\s+consistent with$/,
    );
    const json = briefing(['check', seedPath, '--json']);
    const rows = JSON.parse(json.stdout) as { verdict: string }[];
    expect(json.code).toBe(rows.some((row) => row.verdict === 'differs') ? 1 : 0);
    expect(r.code).toBe(json.code);
    expect(briefing(['check', join(dir, 'missing.json')]).code).toBe(2);
  });

  it('has help for every command, a version, and rejects unknown commands', () => {
    for (const command of ['parse', 'validate', 'schema', 'money', 'check']) {
      const r = briefing([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: briefing ${command}`);
    }
    expect(briefing(['--help']).stdout).toContain('Exit codes: 0 ok; 1 invalid data');
    expect(briefing(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const unknown = briefing(['frobnicate']);
    expect(unknown.code).toBe(2);
    oneLine(unknown.stderr);
    expect(briefing([]).code).toBe(2);
  });
});
