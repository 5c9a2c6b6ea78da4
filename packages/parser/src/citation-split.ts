import type { CitationOptions } from './citation.js';
import { countryOf, resolveName, splitNames } from './citation-names.js';
import {
  type DateOptions,
  type DateParse,
  dayFirstIn,
  mayBeDate,
  parseDate,
  wordDateAtEnd,
} from './dates.js';
import { splitAt } from './text.js';

/*
 * A credit's text split into its parts: a quoted title, the outlet's name (and a qualifier or
 * extra words after it), and its date, wherever the credit puts it (after a comma, a spaced
 * dash, or a space when the month is named).
 */

/** Hangul, kana or Han: a name written in Korean, Japanese or Chinese. */
const EAST_ASIAN = /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const QUOTED_TITLE = /^["“”‘'](.+?)[,.]?["“”’'][,.]?(?:\s+|$)(.*)$/s;
const QUOTE_MARKS = new Set([...'"“”‘\''].map((c) => c.charCodeAt(0)));

export interface Split {
  title?: string;
  publication: string;
  extra: string[];
  date?: DateParse;
  dateText?: string;
  /** The order a two-number date was read in (see `CitationParseWithId.dayFirst`). */
  dayFirst?: boolean | 'open';
}

/** `08/03/2017`, `02/08 13:45`: a slashed date of a day and a month (the dotted one is day first). */
const TWO_NUMBERS = /^(\d{1,2})\/(\d{1,2})(?:\/\d{4})?(?:\s|$)/;

/** The order a two-number date's numbers fix (a number over 12 is the day), `'open'` when either could be the month. */
function numberOrder(text: string): boolean | 'open' | undefined {
  const m = TWO_NUMBERS.exec(text.trim());
  if (m === null) return undefined;
  return Number(m[1]) > 12 ? true : Number(m[2]) > 12 ? false : 'open';
}

/** The print page after a Chinese credit's date: `第3版`, `第 03 版`, `05版`. */
const PRINT_PAGE = /\s*(?:第\s*)?\d{1,3}\s*版\s*$/u;

/** Splits `"Title," Publication (Qualifier) extra, Date` into its parts. */
const DASHED_WEEKDAY = /\s+[-–—|]\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?$/i;

export function split(text: string, options: CitationOptions): Split {
  let rest = text;
  let title: string | undefined;
  // (A quoted title opens with its quote mark: most credits are spared the pattern.)
  const q = QUOTE_MARKS.has(rest.charCodeAt(0)) ? QUOTED_TITLE.exec(rest) : null;
  if (q && q[1]!.trim().length > 0) {
    title = q[1]!.trim();
    rest = q[2]!.replace(/^[,.]\s*/, '');
  }
  // Chinese and Japanese credits set fields apart with a full-width comma or a space before the
  // date (`來源：中央社 2025年12月20日`): read as a comma.
  // (Each replace only where its characters are: most credits are in English.)
  if (rest.includes('，')) rest = rest.replace(/，/g, ',');
  if (rest.includes('年') || rest.includes('년')) rest = rest.replace(/\s+(?=\d{4}\s*(?:年|년))/u, ', ');
  // `Reuters (June 4, 2024)`: the date in parentheses after the outlet, as press reviews and
  // agencies' own credits set it (`(AP, June 4, 2024)` unbracketed the same): a comma's field.
  // `人民日报（2026年11月30日 第3版）`: the same in full-width parentheses, with the print page
  // (`第3版`, page 3 of the print edition) after the date, as People's Daily, Guangming Daily and
  // Economic Daily credit a story reprinted from print: the page is no part of the date.
  if (rest.endsWith('）') && rest.includes('（')) {
    rest = `${rest.slice(0, rest.lastIndexOf('（'))}(${rest
      .slice(rest.lastIndexOf('（') + 1, -1)
      .replace(PRINT_PAGE, '')
      .trim()})`;
  }
  if (rest.endsWith(')')) {
    const open = rest.lastIndexOf('(');
    const inner = open > 0 ? rest.slice(open + 1, -1) : '';
    const d = inner.length >= 6 && mayBeDate(inner) ? parseDate(inner) : undefined;
    if (d && (d.ok || d.code !== 'not-a-date')) rest = `${rest.slice(0, open).trimEnd()}, ${inner}`;
  }
  const parts = splitAt(rest, ',');
  // `from` is where part k starts in `rest`: the suffix is a slice, not a join.
  for (let k = 0, from = 0; k < parts.length; from += parts[k]!.length + 1, k++) {
    const suffix = rest.slice(from).trim();
    if (!mayBeDate(suffix)) continue;
    // A slashed date is read in the order of the named outlet's country (`dayFirstIn`).
    const country = suffix.includes('/') ? countryOf(parts.slice(0, k)) : undefined;
    const dateOptions: DateOptions = {};
    if (options.year !== undefined) dateOptions.year = options.year;
    // An outlet named in Korean, Japanese or Chinese writes the month before the day: those
    // languages order a date year, month, day (CLDR's `y. M. d.`, `y/M/d`), the year left out or not.
    const dayFirst =
      dayFirstIn(country) ??
      (suffix.includes('/') && EAST_ASIAN.test(rest.slice(0, from)) ? false : undefined) ??
      options.dayFirst;
    if (dayFirst !== undefined) dateOptions.dayFirst = dayFirst;
    const date = parseDate(suffix, dateOptions);
    // A date in either order (`Jakarta Post, 08/03/2017`) is still this credit's date field:
    // the outlet is the part before it, and the page's other dates may give the order.
    if (date.ok || date.code !== 'not-a-date' || date.orderless) {
      const names = parts.slice(0, k).map((s) => s.trim());
      // `Jakarta Post Latest News - Thu, 2016-03-31 12:29`: the weekday set off after the name
      // opens the date (feed readers' and CMS date rows), it is no part of the outlet's name.
      if (k > 0) names[k - 1] = names[k - 1]!.replace(DASHED_WEEKDAY, '');
      const named = withTitle(splitNames(names), title);
      named.date = date;
      named.dateText = suffix;
      if (!date.ok && date.orderless) named.dayFirst = 'open';
      else if (date.ok || date.code === 'no-year') {
        const order = numberOrder(suffix);
        const read = order === 'open' ? dayFirst : order;
        if (read !== undefined) named.dayFirst = read;
      }
      return named;
    }
  }
  // `June 4, 2024 | Reuters`, `2024-06-04, Xinhua`: the date first, then the outlet, as meta rows
  // of news templates set it (a date field, then the source field; as `dashedCredit` reads
  // `Dec 1, 2025 — Reuters`); a date of one to three comma parts (`June 4, 2024`) before it.
  for (let k = 1, end = parts[0]!.length; k < parts.length && k <= 3; end += parts[k]!.length + 1, k++) {
    const head = rest.slice(0, end).trim();
    if (!mayBeDate(head)) break;
    const date = parseDate(head, options.year === undefined ? {} : { year: options.year });
    const tail = parts.slice(k).map((s) => s.trim());
    // Only a known outlet after the date: a meta row's date is as often followed by its
    // category (`2019-12-27 21:27:44 | 日記`, `Sep 30th, 2024 | Vol. 93`), which names no source.
    if (!date.ok || tail.length !== 1 || resolveName(tail[0]!).pub === undefined) continue;
    const named = withTitle(splitNames(tail), title);
    named.date = date;
    named.dateText = head;
    return named;
  }
  // `Reuters - Dec 3, 2025`, `EurekAlert! - Medicine and Health - May 25`: the date after a
  // spaced dash, as aggregators' source lines set it (the last dash: a name may hold one).
  const dash = lastSpacedDash(rest);
  if (dash > 0) {
    const suffix = rest.slice(dash + 2).trim();
    if (mayBeDate(suffix)) {
      const dateOptions: DateOptions = {};
      if (options.year !== undefined) dateOptions.year = options.year;
      const date = parseDate(suffix, dateOptions);
      if (date.ok) {
        const named = withTitle(splitNames([rest.slice(0, dash).trim()]), title);
        named.date = date;
        named.dateText = suffix;
        return named;
      }
    }
  }
  // `BusinessWorld Jun 18, 2026`: a date with the month's name after a known outlet's name,
  // with only a space between, as aggregators' source rows print it. An unknown name before
  // such a date is as likely a headline closed by its stamp (`... "disrespectful" Sep 06, 2025`).
  const at = wordDateAtEnd(rest);
  const name = at > 0 ? rest.slice(0, at).trim() : '';
  // (A separator before the date, `Reuters · December 1, 2025`, is a meta row's, read as one.)
  if (at > 0 && /[\p{L}\p{N})]$/u.test(name) && resolveName(name).pub !== undefined) {
    const suffix = rest.slice(at);
    const dateOptions: DateOptions = {};
    if (options.year !== undefined) dateOptions.year = options.year;
    const date = parseDate(suffix, dateOptions);
    if (date.ok) {
      const named = withTitle(splitNames([name]), title);
      named.date = date;
      named.dateText = suffix;
      return named;
    }
  }
  return withTitle(splitNames(parts.map((s) => s.trim())), title);
}

/**
 * Where the last ` - ` (or en or em dash between spaces) of a text is, or -1; a spaced slash
 * too (`Reuters / 30.11.2026`, `EFE / 30/11/2026`): a field separator as bylines set it (`By Jane
 * Doe / Staff writer`), the date only read after it when it parses as one.
 */
function lastSpacedDash(text: string): number {
  for (let k = text.length - 2; k > 0; k--) {
    const c = text.charCodeAt(k);
    if (
      (c === 45 || c === 0x2013 || c === 0x2014 || c === 47) &&
      text.charCodeAt(k - 1) === 32 &&
      text.charCodeAt(k + 1) === 32
    )
      return k - 1;
  }
  return -1;
}

/** The quoted title, unless the names found one (theirs wins, as when spread after it). */
function withTitle(named: Split, title: string | undefined): Split {
  if (title && named.title === undefined) named.title = title;
  return named;
}
