import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MONTH_FIRST, monthDayYear } from '../src/dates.js';

/*
 * `parseDate` reads `January 2, 2026` by character codes (`monthDayYear`) before `MONTH_FIRST`:
 * wherever it answers, it must give the groups the pattern takes, or the output changes.
 */

const MONTHS = [
  'jan',
  'january',
  'feb',
  'february',
  'mar',
  'march',
  'apr',
  'april',
  'may',
  'jun',
  'june',
  'jul',
  'july',
  'aug',
  'august',
  'sep',
  'sept',
  'september',
  'oct',
  'october',
  'nov',
  'november',
  'dec',
  'december',
];

/** What the pattern reads: month * 100 + day and the year's text, or undefined. */
function byPattern(text: string): [number, string | undefined] | undefined {
  const m = MONTH_FIRST.exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1]!.toLowerCase());
  return month < 0
    ? undefined
    : [
        [1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 6, 7, 7, 8, 8, 9, 9, 9, 10, 10, 11, 11, 12, 12][month]! * 100 +
          Number(m[2]),
        m[3],
      ];
}

const texts = fc
  .tuple(
    fc.constantFrom(...MONTHS, 'January', 'SEPT', 'Sepember', 'Mon', 'Monday, Jan', 'Junee', 'x', ''),
    fc.constantFrom('', '.', ','),
    fc.constantFrom(' ', '  ', '', '\t'),
    fc.constantFrom('1', '2', '02', '20', '31', '00', '123', 'a', '2nd'),
    fc.constantFrom(', ', ',', ' ', ',  ', ''),
    fc.constantFrom('2026', '1999', '0999', '202', '20266', '2O26', ''),
    fc.constantFrom('', ' ', '.', ' UTC'),
  )
  .map((parts) => parts.join(''));

describe('monthDayYear answers only as MONTH_FIRST does', () => {
  it('on the common forms', () => {
    for (const t of ['January 2, 2026', 'Jan. 20, 2026', 'may 1, 2026', 'SEPTEMBER 30, 1999', 'Dec 00, 2026'])
      expect([monthDayYear(t), t.slice(-4)]).toEqual(byPattern(t));
  });
  it('on generated texts', () => {
    fc.assert(
      fc.property(texts, (t) => {
        const fast = monthDayYear(t);
        if (fast < 0) return true;
        expect([fast, t.slice(-4)]).toEqual(byPattern(t));
        return true;
      }),
      { numRuns: 20000 },
    );
  });
});
