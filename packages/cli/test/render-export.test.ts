import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const seedFeed = fileURLToPath(new URL('../../schema/fixtures/should-pass/seed-feed.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'briefing-render-'));

/** Runs the real built binary. */
function briefing(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input: input ?? '', encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('briefing render', () => {
  it('writes a server-rendered index.html and the element script beside it', () => {
    const out = join(dir, 'site');
    const r = briefing(['render', seedFeed, '--out', out, '--currency', 'EUR', '--link-feeds']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*index\.html \(8 briefings, server-rendered\)/);
    expect(r.stdout).toMatch(/CSP: style-src needs 'sha256-[A-Za-z0-9+/]{43}='/);
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    expect(page.match(/<article\b/g)).toHaveLength(8);
    expect(page).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(page).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Briefings (RSS)" href="seed-feed.rss.xml" />',
    );
    expect(page).toContain('<script type="application/ld+json">');
    expect(page).toContain('<script type="module" src="briefing-feed/briefing-feed.js"></script>');
    expect(existsSync(join(out, 'briefing-feed/briefing-feed.js'))).toBe(true);
    expect(existsSync(join(out, 'briefing-feed/rates/index.js'))).toBe(true);
  });

  it('renders into a template read from a file, from stdin', () => {
    const template = join(dir, 'page.html');
    writeFileSync(
      template,
      '<html><head><title>Mine</title></head><body><briefing-feed lang="de"></briefing-feed></body></html>',
    );
    const out = join(dir, 'templated');
    const r = briefing(['render', '-', '--out', out, '--template', template], readFileSync(seedFeed, 'utf8'));
    expect(r.code).toBe(0);
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    expect(page).toContain('<title>Mine</title>');
    expect(page).toContain('lang="de"');
    expect(page).toContain('Aktualisiert');
  });

  it("renders the template's tags for this feed and leaves a tag for another feed to the browser", () => {
    const template = join(dir, 'two.html');
    writeFileSync(
      template,
      '<html><head></head><body><briefing-feed src="/data/seed-feed.json?v=2"></briefing-feed><briefing-feed src="other.json"></briefing-feed></body></html>',
    );
    const out = join(dir, 'two');
    const r = briefing(['render', seedFeed, '--out', out, '--template', template]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('left for the browser (another feed): <briefing-feed src="other.json">\n');
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    expect(page.match(/<article\b/g)).toHaveLength(8);
    expect(page).toContain('<briefing-feed src="other.json"></briefing-feed>');
  });

  it('explains bad input in one line', () => {
    expect(briefing(['render', seedFeed])).toMatchObject({
      code: 2,
      stderr: 'briefing: render: --out <dir> is required\n',
    });
    expect(briefing(['render', join(dir, 'missing.json'), '--out', dir]).stderr).toMatch(
      /^briefing: cannot read .*missing\.json: no such file\n$/,
    );
    const notFeed = join(dir, 'not-feed.json');
    writeFileSync(notFeed, '{"items": 3}');
    const invalid = briefing(['render', notFeed, '--out', dir]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(
      /^briefing: render: .*not-feed\.json is not a valid BriefingFeed \(.*\); briefing validate .* lists every problem\n$/,
    );
    const template = join(dir, 'no-tag.html');
    writeFileSync(template, '<html><head></head><body></body></html>');
    expect(briefing(['render', seedFeed, '--out', dir, '--template', template])).toMatchObject({
      code: 2,
      stderr: 'briefing: render: the page template has no <briefing-feed></briefing-feed> tag\n',
    });
  });
});

describe('briefing export', () => {
  it.each([
    ['rss', '<rss version="2.0"'],
    ['atom', '<feed xmlns="http://www.w3.org/2005/Atom">'],
    ['jsonfeed', '"version": "https://jsonfeed.org/version/1.1"'],
  ])('writes %s with 8 entries', (format, start) => {
    const r = briefing(['export', seedFeed, '--format', format, '--site-url', 'https://news.example/']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(start);
    const entries = format === 'rss' ? /<item>/g : format === 'atom' ? /<entry>/g : /"content_html"/g;
    expect(r.stdout.match(entries)).toHaveLength(8);
  });

  it('writes to --out and explains bad options in one line', () => {
    const out = join(dir, 'feed.atom.xml');
    expect(
      briefing(['export', seedFeed, '--format', 'atom', '--site-url', 'https://news.example/', '--out', out])
        .code,
    ).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain(
      '<link href="https://news.example/page-1.atom.xml" rel="prev"/>',
    );
    expect(briefing(['export', seedFeed, '--format', 'yaml'])).toMatchObject({
      code: 2,
      stderr: 'briefing: export: --format must be rss, atom or jsonfeed; got "yaml"\n',
    });
    expect(briefing(['export', seedFeed, '--format', 'rss'])).toMatchObject({
      code: 2,
      stderr:
        "briefing: export: a syndicated feed needs the site's URL: pass siteUrl (--site-url) or set the feed's homePageUrl\n",
    });
  });
});
