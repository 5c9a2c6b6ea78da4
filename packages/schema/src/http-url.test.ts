import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { httpUrl } from './index.js';

describe('httpUrl', () => {
  it('accepts absolute http and https URLs and returns them parsed', () => {
    expect(httpUrl('https://www.cna.com.tw/news/aipl/202512200196.aspx')?.href).toBe(
      'https://www.cna.com.tw/news/aipl/202512200196.aspx',
    );
    expect(httpUrl('HTTP://Example.COM:80/a?b=1#c')?.href).toBe('http://example.com/a?b=1#c');
  });

  it('refuses other schemes, relative links without a base, and text that does not parse', () => {
    const refused =
      'javascript:alert(1) mailto:desk@example.com ftp://example.com/f data:text/html,x page-3.json /news/1 https://';
    for (const value of [...refused.split(' '), '', 'http://exa mple.com/'])
      expect(httpUrl(value), value).toBeUndefined();
  });

  it('resolves a relative link against a base, keeping only http(s) results', () => {
    expect(httpUrl('page-3.json', 'https://example.com/feed/page-2.json')?.href).toBe(
      'https://example.com/feed/page-3.json',
    );
    expect(httpUrl('/about', new URL('http://example.com/a/b'))?.href).toBe('http://example.com/about');
    expect(httpUrl('//cdn.example.org/x', 'https://example.com/')?.href).toBe('https://cdn.example.org/x');
    expect(httpUrl('mailto:desk@example.com', 'https://example.com/')).toBeUndefined();
    expect(httpUrl('x', 'not a base')).toBeUndefined();
    expect(httpUrl('x', 'file:///tmp/')).toBeUndefined();
  });

  it('never throws, and whatever it returns is http: or https:', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string(), { nil: undefined }), (value, base) => {
        const url = httpUrl(value, base);
        if (url !== undefined) expect(['http:', 'https:']).toContain(url.protocol);
      }),
      { numRuns: 500 },
    );
  });
});
