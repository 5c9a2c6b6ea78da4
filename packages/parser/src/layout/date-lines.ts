import { BARE_HOST } from '../urls.js';
import { isoDate, isRealDate, mayBeDate, mayHoldDate, parseDate } from '../dates.js';
import { datedLabel, isByline, isRelativeTime } from './rules.js';
import { lookupPublication } from '../publications.js';
import { splitAt, trimmedWords } from '../text.js';

/*
 * Date lines: a line that is only a date (`August 12, 2020`, `Date: Dec 27, 2018`), a template's
 * category row ending in one, and a date field run into the line after it. The layout reads
 * them as an item's timestamp or as the date of the credit above.
 */

/** A line that is only a date: `August 12, 2020`, `Date: Dec 27, 2018`, `2019-10-14`. */
export function dateLine(text: string): string | undefined {
  return readDateLine(text)?.value;
}

/** The ISO date of a line that is only a full date (with its year); else undefined. */
export function lineDate(text: string): string | undefined {
  return readDateLine(text)?.date;
}

/** A date line read once: the date as written (`value`) and, when it has a year, `date`. */
export function readDateLine(text: string): { value: string; date?: string } | undefined {
  // Every date `parseDate` reads has its day in digits, and neither reading below adds one: a
  // short line without a digit (most of them) is no date line, whatever its words.
  if (text.length <= 100 && !mayHoldDate(text)) return undefined;
  // `Delivered on 23 March 2020. About a 7 min read.`, `Category | 3 March 2021 · 4 min read`: a
  // reading time after the date, in any meta row (only a post's meta row states one: Medium-style
  // and WordPress news templates, newsletter archives). Asked only of a line ending in `read`.
  const end = text.slice(-5).toLowerCase();
  const reading = end.endsWith('read') || end === 'read.' ? READING_TAIL.exec(text) : null;
  if (reading && reading.index > 0) return readDateLine(text.slice(0, reading.index));
  if (text.length > 60) return text.length <= 100 && text.includes('|') ? kickerDate(text) : undefined;
  // A category row whose bar the text copy lost (`Europe 8 July, 2024`, see `datedLabel`) reads
  // as the barred one does.
  return (
    plainDate(text) ??
    localizedMonthFirst(text) ??
    (text.includes('|') || datedLabel(text) ? kickerDate(text) : undefined)
  );
}

const READING_TAIL = /\s*[|·•.,]?\s*(?:about\s+(?:an?\s+)?)?\d{1,3}\s*min(?:ute)?s?\.?\s+read\.?$/i;

/**
 * `星期六, 12月 04, 2004`, `土曜日, 12月 04, 2004`: the English `Saturday, December 04, 2004` with
 * its weekday and month names put into Chinese, Japanese or Korean and its order kept, as blog
 * platforms localize a date-header template (Blogger's, on Chinese and Japanese blogs alike).
 * The month is the number before `月`/`월`; the day and the year follow in the English order.
 */
const LOCALIZED_MONTH_FIRST =
  /^(?:(?:星期|禮拜|礼拜|週|周)[一二三四五六日天]|[月火水木金土日]曜日|[월화수목금토일]요일)?\s*[,，、]?\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?\s*[,，]\s*(\d{4})$/u;

function localizedMonthFirst(text: string): { value: string; date?: string } | undefined {
  if (text.length > 30) return undefined;
  const m = LOCALIZED_MONTH_FIRST.exec(text.trim());
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  const year = Number(m[3]);
  if (!isRealDate(year, month, day)) return undefined;
  return { value: text.trim(), date: isoDate(year, month, day) };
}

/** `Date:`, `Published 2019-...`, `posted on 19/11/2014` (WordPress's default), `Updated on Dec 3`. */
// `Last updated:`, `Modified:`: the label of a page's revision date, as CMS templates print it.
const DATE_LABEL =
  /^(?:date|dated|published|posted|updated|last\s+updated|(?:last\s+)?modified)(?:\s+on)?(?:\s*[:：]\s*|\s+(?=\d|[A-Z][a-z]{2}))/i;
// A slash left at the start where the template's field before the date is empty (`/ 23 May
// 2007`, the `author / date` row of a byline-less teaser, as newspaper CMSs print it: Mail &
// Guardian, and WordPress themes' `by X / date` rows). A leading bar or dot is not stripped: a
// `| date` line under a credit reads as part of the credit row (measured: reading those as date
// lines cost validation citation fields 0.2).
const BAR_START = /^\s*[|·•/]/;
const LEADING_SLASH = /^\s*\/\s*/;

/**
 * A date line's text as the date parser reads it (exported for the guard test).
 * `28 September 2020 | 7:30 am`: date and time set apart by a bar or a dot, as templates print them.
 * `11:03 PM, Dec. 31, 2012  |  Comments`: the time first and a comments link after, as
 * newspaper CMSs print a story's dateline; read as the date and its time. `Aug 3, 2023 3 min
 * read`: the reading time after the date (WordPress news themes, Medium-style templates).
 */
export function dateLineText(text: string): string {
  return (
    text
      .replace(LEADING_SLASH, '')
      .replace(DATE_LABEL, '')
      .replace(/\s*[|·•]\s*(?:\d+\s+)?(?:comments?|share|print|e-?mail)\s*$/i, '')
      // `September 15, 2023 2 min read`: the reading time news templates print after the date.
      .replace(/\s*[|·•]?\s*\d{1,3}\s*min(?:ute)?s?\.?\s+read\s*$/i, '')
      .replace(/^(\d{1,2}:\d{2}\s*[ap]\.?m\.?),?\s+(.{6,40})$/i, '$2 $1')
      .replace(/\s+[|·•]\s+(?=\d{1,2}[:.]\d{2})/u, ' ')
  );
}

/**
 * The rewrites of `dateLineText` keep the start of the line unless it is a label, a time or a
 * bar: a line starting otherwise and not like a date (`mayBeDate`) is none, and most lines stop
 * here, spared the four rewrites (test/speed-guards.test.ts holds this against them).
 */
export function mayStartDateLine(text: string): boolean {
  return mayBeDate(text) || DATE_LABEL.test(text) || BAR_START.test(text);
}

function plainDate(text: string): { value: string; date?: string } | undefined {
  if (!mayStartDateLine(text)) return undefined;
  const value = dateLineText(text);
  if (!mayBeDate(value)) return undefined;
  const d = parseDate(value);
  if (d.ok) return { value, date: d.date };
  if (d.code === 'no-year') return { value };
  // `01/12/2025`: a slashed date whose order (day or month first) the line does not tell is
  // still a date line, the item's timestamp, only with no ISO date read from it (no guess).
  return d.code === 'not-a-date' && parseDate(value, { dayFirst: true }).ok ? { value } : undefined;
}

/**
 * `New Malaysia | Reforms: Amend Laws Dec 20, 2018 @ 20:05`, `Business | Markets | 3 March 2021`:
 * a template's meta row over an item, its category fields set off by bars and the full date
 * last, as blog and newsroom themes print it (WordPress's "category | date" rows). The date is
 * the longest tail of at most eight words that reads as a full date with its year. Bounded: a
 * line of at most 100 characters, eight tries.
 */
/** A bare host (`chinadaily.com.cn`, `www.ecns.cn`): a site's name as its address. */
const HOST_FIELD = new RegExp(`^${BARE_HOST}$`, 'i');

/** Exported for the guard test, which holds it to the full loop of tails. */
export function kickerDate(text: string): { value: string; date: string } | undefined {
  // The label (all before the date) may hold no comma: one before the last bar fails every
  // try, and so does one in a word before the date's first (the label runs to that word's last
  // copy, at or after it). Only tails starting at or before the first comma's word are tried,
  // and a line with none to try is spared the name lookups below.
  const bar = text.lastIndexOf('|');
  if (bar > 0 && text.lastIndexOf(',', bar - 1) >= 0) return undefined;
  const after = text.slice(bar + 1);
  // `Dec 20, 2018 @ 20:05`: the at sign before the time, read as a space (asked only where one is).
  const tail = after.includes('@') ? after.replace(/\s+@\s+(?=\d{1,2}:\d{2})/u, ' ') : after;
  const words = trimmedWords(tail);
  const least = Math.max(2, words.length - firstWordWith(words, ','));
  if (least > Math.min(8, words.length)) return undefined;
  // A row that names a person or an outlet is a credit (`By Global Times | 2022/5/27`,
  // `Author, Outlet | slug | Date`: see `creditLine`), not a category row. A web address
  // names its site as a name does (`chinadaily.com.cn | Updated: <date>`, `ecns.cn | <date>`):
  // a category is a word, never a host.
  if (/^\s*by[:\s]/i.test(text) || (bar < 0 ? namesSite(text) : splitAt(text, '|').some(namesSite)))
    return undefined;
  for (let n = Math.min(8, words.length); n >= least; n--) {
    // `mayBeDate` reads a digit or three letters at the start: the value's first word answers
    // for the value (a shorter word ends before the space that fails the letters), before the join.
    if (!mayBeDate(words[words.length - n]!)) continue;
    const value = words.slice(words.length - n).join(' ');
    const d = parseDate(value);
    const label = text.slice(0, Math.max(bar, 0)) + tail.slice(0, tail.lastIndexOf(words[words.length - n]!));
    if (d.ok && !label.includes(',')) return { value, date: d.date };
  }
  return undefined;
}

/** A field that names an outlet or is a web address. */
function namesSite(field: string): boolean {
  const f = field.trim();
  return lookupPublication(f) !== undefined || HOST_FIELD.test(f);
}

/** The index of the first of `words` holding `mark`, or `words.length` when none does. */
function firstWordWith(words: readonly string[], mark: string): number {
  for (let k = 0; k < words.length; k++) if (words[k]!.includes(mark)) return k;
  return words.length;
}

/**
 * `date 2021-08-23 Spark Infrastructure to recommend...`: a labelled ISO date run into the line
 * after it, where a page's text copy lost the break after its date field (archived listings of
 * The Business Times and MarketScreener alike). Returns where the date field ends.
 */
const DATE_FIELD = /^\s*(?:date|dated|published|posted|updated)[:：]?\s+\d{4}-\d{2}-\d{2}(?=\s+\S)/i;

/** The first letter of `DATE_FIELD`'s labels: a cheap look that spares most lines the pattern (a module constant, so no RegExp is made per line). */
const DATE_FIELD_START = /^\s*[dpu]/i;

export function leadingDateField(text: string, over?: () => boolean): number | undefined {
  // `DATE_FIELD_START` by the first character when it is a letter or a digit (most lines): the
  // pattern is asked only of a line opening with d, p, u or a character it may skip as a space.
  const c = text.charCodeAt(0);
  const lower = c | 32;
  const letter = lower === 100 || lower === 112 || lower === 117;
  if (text.length < 20 || (!letter && c > 32 && c < 0x80) || !DATE_FIELD_START.test(text)) return undefined;
  const m = DATE_FIELD.exec(text);
  if (m) return m[0].length;
  // `date 2022-09 Burkina Faso : ...`: the field with the month only, when the text after it is
  // a headline over running text (`over`); a column name and author after it head the page.
  const month = DATE_FIELD_MONTH.exec(text);
  return month && over?.() ? month[0].length : undefined;
}

/** `DATE_FIELD` with a year and month only (`date 2022-09`), as the same archives date some items. */
const DATE_FIELD_MONTH = /^\s*(?:date|dated|published|posted|updated)[:：]?\s+\d{4}-\d{2}(?=\s+\S)/i;

/**
 * A byline and date row: `December 1, 2025 | By Jane Doe`, `1 day ago · Jane Doe`, `Posted on
 * December 1, 2025 by Jane Doe`, `Written by Jane Doe on 1 Dec 2025`: the metadata row blog and
 * CMS templates print under a headline (WordPress's "Posted on ... by ...", Medium's and
 * Substack's "date · author"). Fields set apart by bars or dots: a date or a relative time, and a
 * byline or a name, maybe a reading time; nothing else. Gives the date when one is written.
 */
const META_FIELDS = /\s+[|•·]\s+/;
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}`;
const POSTED_ON_BY = new RegExp(
  String.raw`^(?:[Pp]osted|[Pp]ublished|[Ww]ritten|[Uu]pdated)\s+(?:on\s+)?(.{4,40}?)\s+by\s+${NAME}$`,
  'u',
);
const POSTED_BY_ON = new RegExp(
  String.raw`^(?:[Pp]osted|[Pp]ublished|[Ww]ritten)\s+by\s+${NAME}\s+on\s+(.{4,40})$`,
  'u',
);
const PERSON = /^\p{Lu}[\p{Ll}'’.-]+(?:\s\p{Lu}[\p{Ll}'’.-]+){1,3}$/u;
const READING_TIME = /^\d{1,3}\s*min(?:ute)?s?\s+read$/i;
/** `Author: Jane Doe`, `Reporter: Jane Doe`: a labelled name field, as press-release and school-news templates print it beside `Date:`. */
const PERSON_LABEL = /^(?:author|reporter|writer|editor|written by)\s*[:：]\s*/i;

/**
 * `Comment 0 0 Embed March 28, 2025 at 10:57 am`, `12 Comments · Share · Dec 1, 2025`: a post's
 * engagement toolbar (its action buttons and their counters) run into its date, as blog and
 * news themes print them over or under each item. The buttons and counters are furniture; the
 * row is the date's. At least one button word among two to eight words.
 */
const TOOLBAR =
  /^(?:(?:\d{1,6}\s+)?(?:comments?|shares?|embed|likes?|tweet|reply|replies|print|e-?mail|save|views?)\b[\s|•·]*(?:\d{1,6}\s+)?){1,6}/i;

/** `By - Dec 02,2024 - Last updated at Dec 02,2024`: the byline field a template left empty, then the dates. */
const EMPTY_BYLINE_ROW = /^(?:by|posted by|written by)\s+[-–—|·•]\s+/i;

export function metaLine(text: string): { date?: string } | undefined {
  if (text.length > 100 || !mayHoldDate(text)) return undefined;
  const empty = EMPTY_BYLINE_ROW.exec(text);
  if (empty) {
    const d = readDateLine(text.slice(empty[0].length).split(/\s+[-–—|·•]\s+/)[0]!);
    if (d) return d.date ? { date: d.date } : {};
  }
  const toolbar = TOOLBAR.exec(text);
  if (toolbar && toolbar[0].trim().split(/\s+/).length >= 2) {
    const d = readDateLine(text.slice(toolbar[0].length));
    if (d) return d.date ? { date: d.date } : {};
  }
  const phrase = POSTED_ON_BY.exec(text) ?? POSTED_BY_ON.exec(text);
  if (phrase) {
    const d = parseDate(phrase[1]!);
    return d.ok ? { date: d.date } : undefined;
  }
  const fields = text.split(META_FIELDS);
  if (fields.length < 2 || fields.length > 4) return undefined;
  let date: string | undefined;
  let timed = false;
  let person = false;
  for (const f of fields) {
    const d = readDateLine(f);
    if (d) {
      date ??= d.date;
      timed = true;
    } else if (isRelativeTime(f)) timed = true;
    else if (isByline(f) || PERSON.test(f) || PERSON.test(f.replace(PERSON_LABEL, ''))) person = true;
    else if (!READING_TIME.test(f)) return undefined;
  }
  return timed && person ? (date ? { date } : {}) : undefined;
}
