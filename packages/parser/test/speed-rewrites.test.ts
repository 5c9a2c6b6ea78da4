import { realLines } from './corpus-lines.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayBeDate, parseDate } from '../src/dates.js';
import { kickerDate } from '../src/layout/date-lines.js';
import { lookupPublication } from '../src/publications.js';
import { trimmedWords } from '../src/text.js';

/*
 * Functions rewritten for speed, held to the code they replaced (kept here as written before)
 * on every line of the corpus and the fixtures and on generated lines: the rewrite must answer
 * exactly as the old code did, or the output changes.
 */

/** Lines made of a category row's pieces (bars, commas, names, dates, times), in any order. */
const rowLines = fc
  .array(
    fc.constantFrom(
      ' | ',
      '|',
      ', ',
      ',',
      ' ',
      '  ',
      '\u00a0',
      '\t',
      ' @ ',
      '20:05',
      'Business',
      'Markets',
      'By',
      'by: ',
      'Reuters',
      'Global Times',
      'ecns.cn',
      'December',
      'Dec',
      '3',
      '20,',
      '2018',
      '2021',
      'March',
      'Sat',
      'Source:',
      '2019-10-14',
      '12/03/2021',
      'Updated:',
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(''));

/** Category rows: fields, a separator, a date (maybe with its time), maybe more words. */
const kickerRows = fc
  .tuple(
    fc.array(
      fc.constantFrom(
        'Business',
        'Markets',
        'New Malaysia',
        'Reforms: Amend Laws',
        'Europe',
        'Global Times',
        'x, y',
        'ecns.cn',
        'By Jane',
      ),
      { maxLength: 3 },
    ),
    fc.constantFrom(' | ', '|', ' ', ', ', '  '),
    fc.constantFrom(
      'Dec 20, 2018',
      '3 March 2021',
      '8 July, 2024',
      'December 23, 2025',
      '2019-10-14',
      'Sat, Dec 4, 2004',
      'March 3',
    ),
    fc.constantFrom('', ' @ 20:05', ' 20:05', ', 2021', ' Comments', ' 2021'),
  )
  .map(([fields, sep, date, after]) => `${fields.join(sep)}${fields.length > 0 ? sep : ''}${date}${after}`);

const HOST_FIELD = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

/** `kickerDate` as it was before it bounded its tries by the first comma. */
function kickerDateBefore(text: string): { value: string; date: string } | undefined {
  const fields = text.split('|');
  if (
    /^\s*by[:\s]/i.test(text) ||
    fields.some((f) => lookupPublication(f.trim()) !== undefined || HOST_FIELD.test(f.trim()))
  )
    return undefined;
  const bar = text.lastIndexOf('|');
  const tail = text.slice(bar + 1).replace(/\s+@\s+(?=\d{1,2}:\d{2})/u, ' ');
  const words = tail.trim().split(/\s+/);
  for (let n = Math.min(8, words.length); n >= 2; n--) {
    const value = words.slice(words.length - n).join(' ');
    if (!mayBeDate(value)) continue;
    const d = parseDate(value);
    const label = text.slice(0, Math.max(bar, 0)) + tail.slice(0, tail.lastIndexOf(words[words.length - n]!));
    if (d.ok && !label.includes(',')) return { value, date: d.date };
  }
  return undefined;
}

function same<T>(
  name: string,
  now: (t: string) => T,
  before: (t: string) => T,
  generated: fc.Arbitrary<string>,
) {
  describe(name, () => {
    it('on every corpus and fixture line', () => {
      const wrong = realLines.filter((t) => JSON.stringify(now(t)) !== JSON.stringify(before(t)));
      expect(wrong).toEqual([]);
    });
    it('on generated lines', () => {
      fc.assert(
        fc.property(generated, (t) => JSON.stringify(now(t)) === JSON.stringify(before(t))),
        { numRuns: 3000 },
      );
    });
  });
}

same('trimmedWords: trim and split on white space', trimmedWords, (t) => t.trim().split(/\s+/), rowLines);
same(
  'kickerDate: only tails that hold the first comma, and the names looked up after',
  kickerDate,
  kickerDateBefore,
  fc.oneof(rowLines, kickerRows),
);

describe('the generated category rows reach a kicker date', () => {
  it('some of them', () => {
    expect(kickerDate('Business | Markets | 3 March 2021')).toEqual({
      value: '3 March 2021',
      date: '2021-03-03',
    });
    expect(kickerDate('Markets, Business 3 March 2021')).toBeUndefined();
    expect(
      fc.sample(kickerRows, 3000).filter((t) => kickerDateBefore(t) !== undefined).length,
    ).toBeGreaterThan(30);
  });
});
