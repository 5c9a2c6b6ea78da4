/*
 * The English calendar's words: month names and abbreviations (the keys `parseDate` reads) and
 * weekday names, one table for the date patterns and for the layout's "a date's word, not a name"
 * checks (a press review's paper, a dateline's agency).
 */

/** English month names and abbreviations, lower-cased, to the month's number. */
export const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** English weekday names and their abbreviations, lower-cased (the forms `WEEKDAY` below reads). */
const WEEKDAYS = new Set([
  'monday',
  'mon',
  'tuesday',
  'tue',
  'tues',
  'wednesday',
  'wed',
  'thursday',
  'thu',
  'thur',
  'thurs',
  'friday',
  'fri',
  'saturday',
  'sat',
  'sunday',
  'sun',
]);
const FULL_WEEKDAY = /day$/;

/**
 * Whether `word` is an English weekday's name (`Friday`) or, unless `fullOnly`, a weekday's or a
 * month's name or abbreviation (`Fri`, `Sept.`, `December`): a date's word, so not a name. The one
 * table the date patterns and the layout's "a label, not a paper/agency" checks share.
 */
export function calendarWord(word: string, fullOnly = false): boolean {
  const w = word.toLowerCase();
  if (fullOnly) return WEEKDAYS.has(w) && FULL_WEEKDAY.test(w);
  const bare = w.endsWith('.') ? w.slice(0, -1) : w;
  return WEEKDAYS.has(bare) || MONTHS[bare] !== undefined;
}
