import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsedHttpUrl, plainHttpUrl, trimUrl } from '../src/urls.js';

/*
 * `plainHttpUrl` reads a plain URL without the URL parser: wherever it gives an answer, it must be
 * the parser's answer, field for field (where it gives none, the parser is asked, so a URL it
 * turns away costs time, never a difference).
 */

const agrees = (original: string): boolean => {
  const plain = plainHttpUrl(original);
  if (plain === undefined) return true;
  expect(plain).toEqual(parsedHttpUrl(original));
  return true;
};

describe('plainHttpUrl gives what the URL parser gives', () => {
  it('for every URL of the corpus and the fixtures', () => {
    const urls = new Set<string>();
    const corpus = new URL('../corpus/', import.meta.url);
    for (const dir of [
      new URL('dev/', corpus),
      new URL('validation/', corpus),
      new URL('./fixtures/', import.meta.url),
    ])
      for (const file of readdirSync(dir))
        if (/\.(txt|html)$/.test(file))
          for (const m of readFileSync(new URL(file, dir), 'utf8').matchAll(/https?:\/\/[^\s<>"“”]+/gi))
            urls.add(trimUrl(m[0]));
    expect(urls.size).toBeGreaterThan(100);
    let plain = 0;
    for (const url of urls) {
      agrees(url);
      if (plainHttpUrl(url)) plain++;
    }
    // Most source links are plain: the reading this test holds is the one the pages take.
    expect(plain).toBeGreaterThan(urls.size / 3);
  });

  const label = fc.constantFrom(
    'www',
    'example',
    'a',
    'cna',
    'com',
    'tw',
    'localhost',
    'xn--fiqs8s',
    'xn--',
    'ab--cd',
    '123',
    '0',
    '0x7f',
    '0x',
    '1e3',
    '-',
    'a-',
    '-b',
    '',
    'EXAMPLE',
    'Ex',
    'ß',
    'é',
    'x'.repeat(63),
    'y'.repeat(64),
  );
  const host = fc
    .tuple(fc.array(label, { minLength: 1, maxLength: 5 }), fc.constantFrom('', '.', '..'))
    .map(([labels, end]) => labels.join('.') + end);
  const path = fc
    .array(
      fc.constantFrom(
        '/',
        'a',
        'B',
        '.',
        '..',
        '%2e',
        '%2E',
        '~',
        '_',
        '-',
        '//',
        '?',
        '#',
        '?a=1',
        '#x',
        'é',
        ' ',
        '\\',
        '@',
        ':',
        '|',
        '^',
        '{',
        '`',
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(''));
  const url = fc
    .tuple(
      fc.constantFrom('http', 'https', 'HTTP', 'Https', 'ftp'),
      fc.constantFrom('://', ':/', ':///', '://user@', '://a:b@'),
      host,
      fc.constantFrom('', ':80', ':443', ':8080', ':'),
      path,
    )
    .map((parts) => parts.join(''));

  // Near the plain form: lower-case labels, unreserved path characters, dot segments and numbers.
  const nearLabel = fc.constantFrom(
    'www',
    'a',
    'com',
    'cn',
    'xn--a',
    'xn--fiqs8s',
    '1',
    '08',
    '0x1f',
    '-',
    'z9',
    'x'.repeat(63),
  );
  const nearUrl = fc
    .tuple(
      fc.constantFrom('http://', 'https://'),
      fc.array(nearLabel, { minLength: 1, maxLength: 4 }),
      fc.array(fc.constantFrom('/', 'a', 'B', '.', '..', '~', '_', '-', '0'), { maxLength: 8 }),
    )
    .map(([scheme, labels, parts]) => scheme + labels.join('.') + parts.join(''));

  it('for generated URLs', () => {
    fc.assert(fc.property(fc.oneof(url, nearUrl), agrees), { numRuns: 20000 });
  });

  it('reads the common forms without the parser', () => {
    for (const u of [
      'https://rfi.my/CJgd',
      'https://www.cna.com.tw/news/acn/202512200196.aspx',
      'https://www.guancha.cn/Neil/2025_12_29_801980.shtml',
      'http://example.com',
    ])
      expect(plainHttpUrl(u)).toEqual(parsedHttpUrl(u));
    expect(plainHttpUrl('http://example.com')?.url).toBe('http://example.com/');
    for (const u of [
      'https://EXAMPLE.com/',
      'https://a.com/./b',
      'https://1.2.3.4/',
      'https://xn--fiqs8s.cn/',
      'https://a.com/?q',
    ])
      expect(plainHttpUrl(u)).toBeUndefined();
  });
});
