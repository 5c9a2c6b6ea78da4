// The CLI at the edges of its input: encodings, binary data, control characters, empty input,
// nothing left after --lenient, and mistyped options. Each case runs the built binary and states
// its exit code and message.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestOption, decodeText, escapeControls } from '../src/input.js';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const page = readFileSync(
  fileURLToPath(new URL('../../parser/test/fixtures/000_1eb645631e89ee3f.txt', import.meta.url)),
  'utf8',
);
const seedFeed = readFileSync(
  fileURLToPath(new URL('../../schema/fixtures/should-pass/seed-feed.json', import.meta.url)),
);
const dir = mkdtempSync(join(tmpdir(), 'briefing-cli-input-'));
const FIRST_TITLE = 'China Becomes World’s Leading Caviar Exporter as Luxury Delicacy Goes East';

function briefing(args: string[], input: string | Buffer = '') {
  const r = spawnSync(process.execPath, [bin, ...args], { input });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

function file(name: string, bytes: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

describe('encodings', () => {
  it('reads a UTF-16 LE page by its byte-order mark', () => {
    const path = file(
      'page-le.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]),
    );
    const r = briefing(['parse', path, '--quiet']);
    expect(r.code).toBe(0);
    const feed = JSON.parse(r.stdout);
    expect(feed.items).toHaveLength(8);
    expect(feed.items[0].title).toBe(FIRST_TITLE);
  });

  it('reads a UTF-16 BE page by its byte-order mark', () => {
    const path = file('page-be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(page)]));
    const r = briefing(['parse', path, '--quiet']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).items[0].title).toBe(FIRST_TITLE);
  });

  it('validates UTF-8 JSON that starts with a byte-order mark', () => {
    const path = file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seedFeed]));
    const r = briefing(['validate', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${path}: valid feed with 8 briefings\n`);
  });

  it('exports (render and export read feeds alike) UTF-16 JSON with its byte-order mark', () => {
    const path = file(
      'feed-utf16.json',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedFeed.toString('utf8'), 'utf16le')]),
    );
    const r = briefing(['export', path, '--format', 'jsonfeed', '--site-url', 'https://example.org/']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).items).toHaveLength(8);
    const binary = briefing(
      ['export', '-', '--format', 'rss', '--site-url', 'https://example.org/'],
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]),
    );
    expect(binary.code).toBe(2);
    expect(binary.stderr).toBe('briefing: cannot read stdin: binary data, not text (NUL byte at byte 4)\n');
  });

  it('refuses UTF-16 without a byte-order mark, exit 2', () => {
    const path = file('nobom.txt', Buffer.from('Briefings - 2. page\n', 'utf16le'));
    const r = briefing(['parse', path]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `briefing: cannot read ${path}: UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)\n`,
    );
  });

  it('refuses binary data (NUL bytes), exit 2', () => {
    const path = file(
      'image.bin',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    );
    const r = briefing(['parse', path]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`briefing: cannot read ${path}: binary data, not text (NUL byte at byte 8)\n`);
  });

  it('refuses text that is mostly not UTF-8 (Latin-1), exit 2', () => {
    const r = briefing(['parse', '-'], Buffer.from('Caf\xe9 cr\xe8me br\xfbl\xe9e\n', 'latin1'));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'briefing: cannot read stdin: not UTF-8 text (4 invalid byte sequences in 18 bytes); convert it to UTF-8\n',
    );
  });

  it('keeps a page with one stray invalid byte, replaced by U+FFFD, and warns', () => {
    const bytes = Buffer.concat([Buffer.from(page), Buffer.from([0xff]), Buffer.from('\n')]);
    const r = briefing(['parse', '-', '--quiet'], bytes);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('briefing: warning: stdin: 1 invalid UTF-8 byte sequence replaced by U+FFFD\n');
    expect(JSON.parse(r.stdout).items).toHaveLength(8);
  });
});

describe('briefing parse --ndjson (reads as it arrives)', () => {
  it('streams a UTF-16 LE page by its byte-order mark', () => {
    const path = file(
      'stream-le.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]),
    );
    const r = briefing(['parse', path, '--ndjson', '--quiet']);
    expect(r.code).toBe(0);
    const items = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(items).toHaveLength(8);
    expect(items[0].title).toBe(FIRST_TITLE);
  });

  it('refuses a binary file, exit 2', () => {
    const path = file('stream.bin', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00]));
    const r = briefing(['parse', path, '--ndjson']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`briefing: cannot read ${path}: binary data, not text (NUL byte at byte 3)\n`);
  });
});

describe('briefing money (reads stdin as it arrives)', () => {
  it('reads UTF-16 LE lines by their byte-order mark', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('priced at 825 euros ($866) a box\r\nno money here\r\n', 'utf16le'),
    ]);
    const r = briefing(['money'], bytes);
    expect(r.code).toBe(0);
    const [first, second] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(first.map((m: { text: string }) => m.text)).toEqual(['825 euros ($866)']);
    expect(second).toEqual([]);
  });

  it('refuses binary input before any output, exit 2', () => {
    const r = briefing(['money'], Buffer.from('5 euros\nGIF89a\u0000\u0001\n'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('briefing: cannot read stdin: binary data, not text (NUL byte at byte 14)\n');
  });

  it('stops at a NUL that arrives later, after answering the lines before it, exit 2', () => {
    const lines = 20_000; // 100 kB: the NUL comes in a later chunk than the first
    const r = briefing(['money'], `${'none\n'.repeat(lines)}bad\u0000line\n`);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('[]\n'.repeat(lines));
    expect(r.stderr).toBe(
      `briefing: cannot read stdin: binary data, not text (NUL character on line ${lines + 1})\n`,
    );
  });
});

describe('control characters', () => {
  it('never writes the input’s terminal escape sequences raw to stderr', () => {
    const r = briefing(['\u001b]0;owned\u0007', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('briefing: unknown command "\\u001b]0;owned\\u0007" (try: briefing --help)\n');
    const missing = briefing(['validate', `${dir}/no\u001b[2Jfile.json`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`briefing: cannot read ${dir}/no\\u001b[2Jfile.json: no such file\n`);
  });

  it('escapes C1 controls in JSON output, which still parses to the same text', () => {
    const text = `Title with a CSI \u009b2J and DEL \u007f\n\nA body.\n\nSource: Reuters, January 2, 2026\n`;
    const r = briefing(['parse', '-', '--quiet', '--no-rates'], text);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"title":"Title with a CSI \\u009b2J and DEL \\u007f"');
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(JSON.parse(r.stdout).items[0].title).toBe('Title with a CSI \u009b2J and DEL \u007f');
  });
});

describe('empty input and --lenient', () => {
  it('warns on an empty page and still prints the (empty) feed', () => {
    const r = briefing(['parse', '-', '--generated-at', '2026-01-05T08:00:00Z'], '');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'warning: no briefing found in stdin (0 non-empty lines read); run with --explain to see how each line was read\n',
    );
    expect(JSON.parse(r.stdout).items).toEqual([]);
  });

  it('warns when check gets an empty input', () => {
    const r = briefing(['check', '-'], '');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('briefing: warning: stdin is empty; no briefings\n');
    expect(r.stdout).toContain('\n0 stated conversions, 0 differ, 0 unchecked\n');
  });

  it('says an empty JSON input is empty, exit 2', () => {
    const r = briefing(['validate', '-'], '\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('briefing: stdin is empty, not JSON\n');
  });

  it('--lenient exits 1 when no briefing is left', () => {
    const feed = { schemaVersion: 1, title: 'T', generatedAt: '2026-01-05T08:00:00Z', items: [{ id: 1 }] };
    const r = briefing(['validate', '-', '--lenient'], JSON.stringify(feed));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('stdin: valid envelope; kept 0 of 1 briefing, rejected 1 (items 0)\n');
  });
});

describe('options', () => {
  it('names the closest valid option for a typo, exit 2', () => {
    const r = briefing(['parse', '--formt', 'text', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'briefing: parse: unknown option --formt; did you mean --format? (try: briefing parse --help)\n',
    );
    expect(briefing(['validate', '--lenint', '-']).stderr).toBe(
      'briefing: validate: unknown option --lenint; did you mean --lenient? (try: briefing validate --help)\n',
    );
  });

  it('says only "unknown option" when nothing is close, exit 2', () => {
    const r = briefing(['check', '--zzzzzzzz', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('briefing: check: unknown option --zzzzzzzz (try: briefing check --help)\n');
  });

  it('says which option needs a value, exit 2', () => {
    const r = briefing(['parse', '-', '--format']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('briefing: parse: --format needs a value (try: briefing parse --help)\n');
  });
});

describe('decodeText, escapeControls, closestOption', () => {
  const noWarning = (message: string) => {
    throw new Error(`unexpected warning: ${message}`);
  };
  const text = fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => !s.includes('\u0000'));

  it('decodes UTF-8 (with or without BOM) and UTF-16 LE/BE with BOM back to the same text', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeText(Buffer.from(s), noWarning)).toBe(s);
        expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)]), noWarning)).toBe(
          s,
        );
        expect(
          decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]), noWarning),
        ).toBe(s);
        expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(s)]), noWarning)).toBe(s);
      }),
    );
  });

  it('leaves no control character but tab and newline, and JSON reads the escapes back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const escaped = escapeControls(JSON.stringify(s));
        expect(escaped).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        expect(JSON.parse(escaped)).toBe(s);
      }),
    );
  });

  it('suggests an option only for a near miss', () => {
    expect(closestOption('--pretyy', ['--pretty', '--ndjson'])).toBe('--pretty');
    expect(closestOption('--json', ['--pretty', '--format'])).toBeUndefined();
  });
});
