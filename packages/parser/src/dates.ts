/*
 * Dates as news citations write them, to ISO `YYYY-MM-DD`. A date is never guessed: a
 * missing year is filled only from a context year given by the caller (and flagged), and a
 * truncated year (`December 3, 202`) is reported, never completed.
 */

export type DateParse =
  | {
      ok: true;
      /** `YYYY-MM-DD`. */
      date: string;
      /** True when the year came from the context year, not the text. */
      yearInferred: boolean;
      /** A time or zone written after the date (`01:36 AEST`), kept as written. */
      time?: string;
    }
  | {
      ok: false;
      /** `not-a-date`: no date shape; `truncated`: a date with a cut-off year; `invalid`: no such day; `no-year`: needs a context year. */
      code: 'not-a-date' | 'truncated' | 'invalid' | 'no-year';
      reason: string;
      /** A date of two numbers either of which could be the month (`08/03/2017`), read with no order given. */
      orderless?: true;
    };

export interface DateOptions {
  /** Year for dates written without one (`Nov. 22`). */
  year?: number;
  /**
   * How to read a slashed `9/01/2025` whose two numbers could each be the month: day first
   * (`true`), month first (`false`), or not at all (unset: `ambiguous`). See `dayFirstIn`.
   */
  dayFirst?: boolean;
}

/**
 * `9/01/2025`, `12/20/2025`: a slashed date, day and month in the order of the writer's country.
 * Hyphens as well (`30-11-2026`, `Source: Gulf News, 30-11-2026`): South Asian, Gulf and
 * Indonesian outlets print the numeric date so, read in the same order (certain when a number
 * is over 12), one separator throughout.
 */
const SLASHED = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/;
/** `02/08`, the date of a `02/08 13:45` timestamp: day and month, no year (read only with a time). */
const YEARLESS_STAMP = /^(\d{1,2})\/(\d{1,2})$/;

const dayFirstCache = new Map<string, boolean | undefined>();

/**
 * Whether a country writes the day before the month in a short numeric date, from CLDR's short
 * date pattern for English in that country as the runtime's ICU has it (`en-HK`: 22/11/2000,
 * `en-US`: 11/22/2000). Nothing is typed by hand; an unknown region gives `undefined`.
 */
export function dayFirstIn(country: string | undefined): boolean | undefined {
  if (country === undefined || !/^[A-Z]{2}$/.test(country)) return undefined;
  if (dayFirstCache.has(country)) return dayFirstCache.get(country);
  let answer: boolean | undefined;
  try {
    const parts = new Intl.DateTimeFormat(`en-${country}`, {
      dateStyle: 'short',
      timeZone: 'UTC',
    }).formatToParts(new Date(Date.UTC(2000, 10, 22)));
    const day = parts.findIndex((p) => p.type === 'day');
    const month = parts.findIndex((p) => p.type === 'month');
    if (day >= 0 && month >= 0) answer = day < month;
  } catch {
    answer = undefined;
  }
  dayFirstCache.set(country, answer);
  return answer;
}

import { MONTHS } from './calendar-words.js';
import { worldDate } from './dates-world.js';
import { collapseSpaces, isWhiteSpace } from './text.js';

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const YEAR = '(\\d{1,4})';

// The time and zone after a date: `01:36`, `, 10:00 a.m. EST`, `at 8:00 UTC+8`, `T08:00:00Z`.
const TIME_SUFFIX =
  /(?:,?\s*(?:at\s+)?|T)(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:Z|[A-Z]{2,5}(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})?)$/i;
/**
 * The clock written otherwise than `14:05`: `14h05` (French, Portuguese and Vietnamese outlets'
 * time), `à 14h05`, `14時05分` (Japanese), `14시 05분` (Korean), after the date.
 */
const OTHER_CLOCK =
  /(?:,?\s*(?:(?:at|à|às|lúc)\s+)?)(\d{1,2}h\d{2}|\d{1,2}時(?:\d{1,2}分)?|\d{1,2}시(?:\s?\d{1,2}분)?)$/;
/**
 * `OTHER_CLOCK` can match: the text ends in `分`, `時`, `분` or `시`, or in two digits after an `h`.
 * Most dates end in a year: the end-anchored pattern is spared them.
 */
function mayEndInClock(text: string): boolean {
  const n = text.length;
  const c = text.charCodeAt(n - 1);
  if (c === 0x5206 || c === 0x6642 || c === 0xbd84 || c === 0xc2dc) return true;
  return n > 3 && (text.charCodeAt(n - 3) | 32) === 104 && c >= 48 && c <= 57;
}
export const ZONE_ONLY = /,?\s+((?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,4}T)$/;

/**
 * `ZONE_ONLY` can match: the text ends in `C` or `T` (`UTC`, `GMT`, `AEST`), or in a digit with a
 * sign before it (`UTC+8`). Most dates end in a year: the end-anchored pattern, tried from every
 * position, is spared them (test/speed-guards.test.ts holds this against it).
 */
export function mayEndInZone(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 67 || c === 84 || (c >= 48 && c <= 57 && (text.includes('+') || text.includes('-')));
}

/** `text.replace(/[.;]+$/, '')`, looking at the end only (a pattern anchored only at the end is tried from every position). */
function dropTrailingStops(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 59)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/* (Exported for the test of `monthDayYear`.) */
export const MONTH_FIRST = new RegExp(
  `^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s*${YEAR})?$`,
  'i',
);
const DAY_FIRST = new RegExp(
  `^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s*${YEAR})?$`,
  'i',
);
/*
 * A full date with the month's name at the end of a text, after a space (`BusinessWorld Jun 18,
 * 2026`): no outlet's name ends in one, so it is the date wherever it stands.
 */
const WORD_DATE_AT_END = new RegExp(
  `\\s(${WEEKDAY}${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s*\\d{4}|${WEEKDAY}\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s*\\d{4})$`,
  'i',
);

/** Where a full date written with the month's name starts at the end of `text`, or -1. */
export function wordDateAtEnd(text: string): number {
  // Such a date ends in its four-digit year: most texts are spared the end-anchored pattern.
  const n = text.length;
  if (n < 10 || !/\d{4}$/.test(text.slice(n - 4)) || (n > 4 && /\d/.test(text[n - 5]!))) return -1;
  const m = WORD_DATE_AT_END.exec(text.slice(Math.max(0, n - 40)));
  return m ? n - m[1]!.length : -1;
}

const NUMERIC = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
// `02.02.2023`: the dotted numeric date puts the day first wherever it is written (German,
// Russian, Czech, Chinese-language outlets' English pages alike). A slashed `01/10/2025`
// is read in the order of the outlet's country (`SLASHED`, `dayFirstIn`): both orders occur.
const DOTTED_DAY_FIRST = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
// `2026年2月8日`, `2026年2月8日（日）`, `2026년 2월 8일`: the long date of Chinese, Japanese and
// Korean (CLDR's `y年M月d日` and `y년 M월 d일`), maybe with the weekday after it.
const CJK_DATE =
  /^(\d{4})\s*(?:年|년)\s*(\d{1,2})\s*(?:月|월)\s*(\d{1,2})\s*(?:日|일)(?:\s*[（(]?(?:星期|週|周)?[一二三四五六日天月火水木金土]\s*(?:曜日)?[）)]?|\s*\(?[월화수목금토일]요일\)?)?$/u;
// Every date shape above starts with a digit, a weekday or a month.
export const DATE_START =
  /^\s*(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * False when `parseDate` would surely answer `not-a-date`: a cheap test that spares the date
 * patterns the many candidate strings (citation parts, names) that start like no date.
 */
export function mayBeDate(text: string): boolean {
  // The first character after white space: a digit or the first letter of a weekday or month
  // (any case: the `i` flag folds only ASCII onto ASCII). Most strings asked open otherwise.
  let k = 0;
  while (k < text.length && isWhiteSpace(text.charCodeAt(k))) k++;
  return DATE_FIRST.has(text.charCodeAt(k)) && DATE_START.test(text);
}

/** The characters `DATE_START` can find first after white space (exported for the guard test). */
export const DATE_FIRST = new Set([...'0123456789mtwfsjaondMTWFSJAOND'].map((c) => c.charCodeAt(0)));

const DIGIT = /\d/;

/**
 * False when no date `parseDate` reads can be in `text`: every one has its day in digits. The
 * layout and citation readers skip the many short lines without a digit on this test, so a date
 * form without digits, if one is ever read, must change it.
 */
export function mayHoldDate(text: string): boolean {
  return DIGIT.test(text);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Is this a real calendar day? */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || !Number.isInteger(year)) return false;
  // As Date.UTC reads them: years 0 to 99 are 1900 to 1999.
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isoDate(year: number, month: number, day: number): string {
  // The usual case (a four-digit year, a month and a day in range): no padding calls.
  if (
    year >= 1000 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= 31 &&
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day)
  )
    return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/**
 * `9/01/2025`, `02/08 13:45`: a day and a month in figures, in the order the caller gives
 * (`options.dayFirst`). A number over 12 cannot be the month: the order is then certain.
 */
function twoNumberDate(
  yearText: string | undefined,
  a: number,
  b: number,
  options: DateOptions,
  time: string | undefined,
  written: string,
): DateParse {
  const dayFirst = a > 12 ? true : b > 12 ? false : options.dayFirst;
  if (dayFirst === undefined)
    return {
      ok: false,
      code: 'not-a-date',
      reason: `"${written}" could be day/month or month/day`,
      orderless: true,
    };
  return dayFirst
    ? build(yearText, b, a, options, time, written)
    : build(yearText, a, b, options, time, written);
}

function build(
  yearText: string | undefined,
  month: number,
  day: number,
  options: DateOptions,
  time: string | undefined,
  written: string,
): DateParse {
  let year: number;
  let yearInferred = false;
  if (yearText === undefined) {
    if (options.year === undefined)
      return { ok: false, code: 'no-year', reason: `the date "${written}" has no year` };
    year = options.year;
    yearInferred = true;
  } else {
    if (yearText.length < 4)
      return {
        ok: false,
        code: 'truncated',
        reason: `the year of "${written}" is cut off ("${yearText}")`,
      };
    year = Number(yearText);
  }
  if (year < 1800 || year > 2200)
    return { ok: false, code: 'invalid', reason: `the year ${year} in "${written}" is implausible` };
  if (!isRealDate(year, month, day))
    return { ok: false, code: 'invalid', reason: `"${written}" is not a real calendar date` };
  const result: DateParse = { ok: true, date: isoDate(year, month, day), yearInferred };
  if (time) result.time = time;
  return result;
}

/**
 * Parses `January 2, 2026`, `March 07, 2011`, `2 January 2026`, `Tuesday, 20 January 2015`,
 * `Jan. 2, 2026`, `Nov. 22` (with `options.year`), `2019-04-10`, each optionally followed by a
 * time and zone (`01:36`, `AEST`, `UTC`). Never throws.
 */
export function parseDate(input: string, options: DateOptions = {}): DateParse {
  const written = dropTrailingStops(input.trim());
  let text = collapseSpaces(written);
  if (text.length === 0 || text.length > 80) return { ok: false, code: 'not-a-date', reason: 'no date' };
  let time: string | undefined;
  // `8:40 pm(NZT)`, `14:05 (GMT+7)`: a zone in parentheses, as aggregators and Vietnamese and
  // Indonesian outlets print it (with its offset), reads like a zone after a space.
  if (text.endsWith(')')) text = text.replace(/\s*\(([A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)\)$/, ' $1');
  // A time has a colon, or the `h` of `14h05` or the `時`/`시` of `14時05分`/`14시 05분`: without
  // one, only a zone can follow the date.
  const t = text.includes(':') ? TIME_SUFFIX.exec(text) : null;
  if (t && t.index > 0) {
    time = t[1]!.trim();
    text = text.slice(0, t.index).trim();
  } else {
    const z = mayEndInZone(text) ? ZONE_ONLY.exec(text) : null;
    if (z && z.index > 0) {
      time = z[1]!;
      text = text.slice(0, z.index).trim();
    }
    // `14h05 (GMT+7)`: the clock before the zone.
    const c = mayEndInClock(text) ? OTHER_CLOCK.exec(text) : null;
    if (c && c.index > 0) {
      time = time ? `${c[1]!} ${time}` : c[1]!;
      text = text.slice(0, c.index).trim();
    }
  }
  text = (text.endsWith(',') ? text.slice(0, -1) : text).trim();
  // The four numeric forms open with a digit; a date opening with a month name or a weekday
  // (most citations' "January 2, 2026") is spared them.
  const first = text.charCodeAt(0);
  const numeric = first >= 48 && first <= 57;
  let m = numeric ? NUMERIC.exec(text) : null;
  if (m) return build(m[1], Number(m[3]), Number(m[4]), options, time, written);
  m = numeric ? CJK_DATE.exec(text) : null;
  if (m) return build(m[1], Number(m[2]), Number(m[3]), options, time, written);
  m = numeric ? DOTTED_DAY_FIRST.exec(text) : null;
  if (m) return build(m[3], Number(m[2]), Number(m[1]), options, time, written);
  // `02/08 13:45`: a month and day with a clock time and no year, the timestamp listing pages
  // print on each item; read in the order the caller gives, the year from its context year.
  m = numeric && time !== undefined ? YEARLESS_STAMP.exec(text) : null;
  if (m) return twoNumberDate(undefined, Number(m[1]), Number(m[2]), options, time, written);
  m = numeric ? SLASHED.exec(text) : null;
  if (m) return twoNumberDate(m[4], Number(m[1]), Number(m[3]), options, time, written);
  // The commonest form of all (`January 2, 2026`) by character codes: the pattern, tried first
  // for a weekday, costs about a fifth of such a parse.
  const monthDay = numeric ? -1 : monthDayYear(text);
  if (monthDay >= 0)
    return build(text.slice(-4), Math.floor(monthDay / 100), monthDay % 100, options, time, written);
  m = MONTH_FIRST.exec(text);
  if (m) return build(m[3], MONTHS[m[1]!.toLowerCase()]!, Number(m[2]), options, time, written);
  m = DAY_FIRST.exec(text);
  if (m) return build(m[3], MONTHS[m[2]!.toLowerCase()]!, Number(m[1]), options, time, written);
  // `4 juin 2024`, `4-Jun-2024`, `2024. 6. 4.` (see `worldDate`): each opens with a digit.
  const w = numeric ? worldDate(text) : undefined;
  if (w) return build(w.year, w.month, w.day, options, time, written);
  return { ok: false, code: 'not-a-date', reason: `"${written}" is not a date` };
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/**
 * `January 2, 2026`, `Jan. 20, 2026`: a month name or its abbreviation (a key of `MONTHS`, any
 * case), maybe a full stop, a space, a day of one or two digits, a comma, a space, a year of four
 * digits, nothing else. Gives month * 100 + day, the groups `MONTH_FIRST` takes from such a text
 * (its year is the last four characters); -1 for any other text, which the pattern reads.
 * test/date-fast-path.test.ts holds it against the pattern.
 */
export function monthDayYear(text: string): number {
  const n = text.length;
  // The shortest (`May 1, 2026`) has 11 characters, the longest (`September. 30, 2026`) 20.
  if (n < 11 || n > 20 || !isDigitCode(text.charCodeAt(n - 1))) return -1;
  let k = 0;
  while (k < 9 && (text.charCodeAt(k) | 32) >= 97 && (text.charCodeAt(k) | 32) <= 122) k++;
  if (k < 3) return -1;
  const month = MONTHS[text.slice(0, k).toLowerCase()];
  if (typeof month !== 'number') return -1;
  if (text.charCodeAt(k) === 46) k++;
  if (text.charCodeAt(k) !== 32 || !isDigitCode(text.charCodeAt(k + 1))) return -1;
  let day = text.charCodeAt(k + 1) - 48;
  k += 2;
  if (isDigitCode(text.charCodeAt(k))) day = day * 10 + text.charCodeAt(k++) - 48;
  if (k !== n - 6 || text.charCodeAt(k) !== 44 || text.charCodeAt(k + 1) !== 32) return -1;
  for (let y = n - 4; y < n - 1; y++) if (!isDigitCode(text.charCodeAt(y))) return -1;
  return month * 100 + day;
}

/** Whole days from `a` to `b` (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
