import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitPages, splitPagesSync, type SplitPage } from '../src/index.js';

async function collect(chunks: Iterable<string>, maxPageChars?: number): Promise<SplitPage[]> {
  const out: SplitPage[] = [];
  for await (const page of splitPages(chunks, maxPageChars === undefined ? {} : { maxPageChars }))
    out.push(page);
  return out;
}

const ARCHIVE = [
  'Skip to content',
  '',
  'Briefings - 1. page',
  '',
  'First Title',
  '',
  'Body one.',
  '',
  'Source: Reuters, January 2, 2026',
  '',
  'Skip to content',
  '',
  'Briefings - 2. page',
  '',
  'Second Title',
  'Body two.\fThird Title',
  'Body three.',
  '',
].join('\n');

describe('splitPages', () => {
  it('cuts at listing headers, carrying the chrome above a header into its page, and at form feeds', async () => {
    expect(await collect([ARCHIVE])).toEqual([
      {
        text: 'Skip to content\n\nBriefings - 1. page\n\nFirst Title\n\nBody one.\n\nSource: Reuters, January 2, 2026',
        startLine: 1,
      },
      {
        text: '\nSkip to content\n\nBriefings - 2. page\n\nSecond Title\nBody two.',
        startLine: 10,
      },
      { text: 'Third Title\nBody three.', startLine: 16 },
    ]);
  });

  it('gives the same pages however the text is cut into chunks', async () => {
    const whole = await collect([ARCHIVE]);
    expect(await collect(ARCHIVE.split(''))).toEqual(whole);
    expect(await collect([ARCHIVE.slice(0, 37), ARCHIVE.slice(37, 38), ARCHIVE.slice(38)])).toEqual(whole);
    expect(splitPagesSync(ARCHIVE)).toEqual(whole);
  });

  it('reads \\r\\n, \\r and \\n as line breaks, a \\r\\n split between chunks as one', async () => {
    expect(await collect(['A - 1. page\r', '\nx\ry\r\n\r\nB - 2. page\nz'])).toEqual([
      { text: 'A - 1. page\nx\ny', startLine: 1 },
      { text: '\nB - 2. page\nz', startLine: 4 },
    ]);
    expect(splitPagesSync('A - 1. page\r\nx\ry\r\n\r\nB - 2. page\nz')).toEqual([
      { text: 'A - 1. page\nx\ny', startLine: 1 },
      { text: '\nB - 2. page\nz', startLine: 4 },
    ]);
  });

  it('leaves out pages with nothing but blank lines and leading blank lines of a page', async () => {
    expect(await collect(['\n\n  \n\fA\n\f\f\n\nB\n'])).toEqual([
      // The blank line before the form feed on line 5 stays with the page it ends.
      { text: 'A\n', startLine: 4 },
      { text: 'B', startLine: 7 },
    ]);
    expect(await collect([])).toEqual([]);
    expect(splitPagesSync('')).toEqual([]);
  });

  it('cuts a page over the size limit at the blank line after a citation', async () => {
    const text = 'T1\nlong body\nhttps://a.example/1\n\nT2\nbody\nSource: X\n\nT3\n';
    expect(await collect([text], 10)).toEqual([
      { text: 'T1\nlong body\nhttps://a.example/1', startLine: 1 },
      { text: 'T2\nbody\nSource: X', startLine: 5 },
      { text: 'T3', startLine: 9 },
    ]);
    expect(await collect([text])).toEqual([{ text: text.slice(0, -1), startLine: 1 }]);
  });

  it('keeps every visible character in order, in pages that each have text (property)', async () => {
    const piece = fc.constantFrom('a', ' ', '\n', '\r', '\f', 'Briefings - 2. page', 'Skip to content', '—');
    const visible = (s: string) => s.replace(/\s/g, '');
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        async (parts, size) => {
          const text = parts.join('');
          const chunks: string[] = [];
          for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
          const pages = await collect(chunks);
          expect(visible(pages.map((p) => p.text).join(''))).toBe(visible(text));
          for (const page of pages) expect(visible(page.text)).not.toBe('');
          const starts = pages.map((p) => p.startLine);
          expect(starts).toEqual([...starts].sort((a, b) => a - b));
          expect(splitPagesSync(text)).toEqual(pages);
        },
      ),
    );
  });
});
