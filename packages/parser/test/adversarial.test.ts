import { validateFeed } from '@briefing/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENERATORS, SMALL_PAGE } from '../bench/generators.mjs';
import { htmlToLines } from '../src/html.js';
import { parsePage, toFeed } from '../src/index.js';

/*
 * Hostile input at small sizes: every outcome is a result (never a throw), schema-valid, with
 * no text lost and Object.prototype untouched. Time is the complexity bench's job, not this one's.
 */

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const cleanPrototype = prototypeKeys();

function parsesCleanly(input: string, options: Parameters<typeof parsePage>[1] = {}) {
  const result = parsePage(input, options);
  const checked = validateFeed(toFeed(result, { generatedAt: '2026-01-05T08:00:00Z' }));
  expect(checked.issues).toEqual([]);
  expect(prototypeKeys()).toEqual(cleanPrototype);
  return result;
}

describe('every adversarial generator, at a small size', () => {
  for (const [name, generator] of Object.entries(GENERATORS)) {
    it(`${name}: a schema-valid result, no internal error`, () => {
      const input = generator.make(4096);
      const result =
        generator.option === 'language'
          ? parsesCleanly(SMALL_PAGE, { language: input })
          : parsesCleanly(input, { format: generator.format });
      expect(result.issues.filter((i) => i.code === 'money-failed')).toEqual([]);
    });
  }
});

describe('HTML nesting', { timeout: 60_000 }, () => {
  it('keeps the text of 50,000 nested <div> and of 50,000 unclosed <b>', () => {
    const deep = `<html><body>${'<div>'.repeat(50_000)}Deep title${'</div>'.repeat(50_000)}</body></html>`;
    expect(htmlToLines(deep).map((l) => l.text)).toEqual(['Deep title']);
    const unclosed = `<html><body><p>${'<b>'.repeat(50_000)}Bold forever</p><p>Next</p></body></html>`;
    expect(htmlToLines(unclosed).map((l) => l.text)).toEqual(['Bold forever', 'Next']);
  });

  it('stray close tags under a deep stack change nothing', () => {
    const html = `<html><body><p>${'<i>'.repeat(1000)}text${'</u>'.repeat(20_000)}</p><h2>After</h2></body></html>`;
    expect(htmlToLines(html).map((l) => l.text)).toEqual(['text', 'After']);
  });

  it('an <a> inside 10,000 open inline tags still gives its link', () => {
    const html = `<html><body><p>${'<span>'.repeat(10_000)}Read <a href="https://example.com/x">more</a></p></body></html>`;
    expect(htmlToLines(html)).toMatchObject([{ text: 'Read more', links: ['https://example.com/x'] }]);
  });
});

describe('links in one paragraph', { timeout: 60_000 }, () => {
  it('keeps each of 3,000 links once, and none the text already spells out', () => {
    let html = '<html><body><p>';
    for (let k = 0; k < 3000; k++) html += `<a href="https://example.com/a/${k}">link ${k}</a> `;
    html += '<a href="https://example.com/a/1">again</a> ';
    html += 'see <a href="https://example.com/written">https://example.com/written</a>.</p></body></html>';
    const [line] = htmlToLines(html);
    expect(line?.links).toHaveLength(3000);
    expect(line?.links?.[0]).toBe('https://example.com/a/0');
    expect(line?.links?.[2999]).toBe('https://example.com/a/2999');
    expect(line?.links).not.toContain('https://example.com/written');
  });
});

describe('money mentions per paragraph', { timeout: 60_000 }, () => {
  const page = `Briefings - 2. page\n\nA title\n\nIt cost ${'$1,'.repeat(600)} in all.\n\nSource: Reuters, Nov. 22, 2024\n`;

  it('keeps the first 100 by default and says how many were left out', () => {
    const result = parsesCleanly(page);
    expect(result.items[0]?.money).toHaveLength(100);
    expect(result.issues.find((i) => i.code === 'too-many-mentions')?.message).toBe(
      `briefing ${result.items[0]?.id}: kept the first 100 mentions of each paragraph and left out 500 money mentions (maxMentionsPerParagraph)`,
    );
  });

  it('follows maxMentionsPerParagraph', () => {
    const result = parsesCleanly(page, { maxMentionsPerParagraph: 3 });
    expect(result.items[0]?.money.map((m) => m.text)).toEqual(['$1', '$1', '$1']);
  });
});

describe('the language option', () => {
  it('a megabyte-long language is an issue with a short message, not a throw', () => {
    const result = parsesCleanly(SMALL_PAGE, { language: 'en-'.repeat(350_000) });
    const issue = result.issues.find((i) => i.code === 'invalid-language');
    expect(issue?.message).toBe(
      '"en-en-en-en-en-en-en-en-en-en-en-en-en-en-en-en-en-en-en-en-en-e"... is not a BCP 47 tag; using "und"',
    );
    expect(result.items[0]?.language).toBe('und');
  });
});

describe('property: hostile fragments in any order', () => {
  const fragment = fc.constantFrom(
    '<div>',
    '</div>',
    '<b>',
    '</i>',
    '<a href="https://e.com/x">',
    '</a>',
    '<p>',
    '$1,',
    'US$1 (approximately ',
    'Source: ',
    ' \u00a0\t',
    '\n',
    '\n\n',
    '\u202e',
    '\u0301',
    'ש',
    '😀',
    '\ud800',
    'Briefings - 2. page',
    '__proto__',
    'constructor',
    '{"__proto__":{"x":1}}',
  );
  it('never throws, always validates, never touches Object.prototype', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 200 }),
        fc.constantFrom('text', 'html', 'auto'),
        (parts, format) => {
          parsesCleanly(parts.join(''), { format: format as 'text' | 'html' | 'auto' });
        },
      ),
      { numRuns: 200 },
    );
  });
});
