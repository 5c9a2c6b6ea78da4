import { mayBeDate, mayHoldDate, parseDate } from '../dates.js';
import { lookupPublication } from '../publications.js';
import type { Credit } from './credit-lines.js';
import { isRelativeTime } from './rules.js';

/*
 * Credit rows that date the item: a template's row of fields set apart by dashes or dots with the
 * outlet and a date among them, an outlet and a relative time, a date with its source in
 * parentheses (`creditLine` asks them).
 */

const SPACED_DASH = /\s[-–—·•]\s/;

/**
 * `The Canadian Press - Mar 06, 2018 - Business Buzz`, `Hugging Face Blog · 2026-07-21 20:00 UTC`:
 * a template's credit row with its fields set apart by spaced dashes or middle dots, as by bars
 * (`Outlet | Section | Date`): the outlet first, a full date among the other fields (regional
 * portals reprinting wire copy; feed digests' source rows).
 */
const EMPTY_BYLINE = /^(?:by|posted(?: by)?|written by|published(?: by)?|updated|from)$/i;

export function dashedCredit(text: string): Credit | undefined {
  const timed = relativeCredit(text);
  if (timed) return timed;
  // The row needs a full date, which has digits (see `parseDate`): most lines stop at the digit test.
  if (text.length > 120 || !mayHoldDate(text) || !SPACED_DASH.test(text)) return undefined;
  const fields = text.split(/\s+[-–—·•]\s+/).map((f) => f.trim());
  if (fields.length < 2 || fields.length > 4) return undefined;
  // "Dec 1, 2025 — Reuters": the date first, then a known outlet.
  const first = fields[0]!;
  if (mayBeDate(first) && parseDate(first).ok) {
    const named = fields.slice(1).find((f) => lookupPublication(f));
    return named ? { readAs: `${named}, ${first}`, reason: '"Date - Outlet" credit row' } : undefined;
  }
  const outlet = fields[0]!;
  if (!/^\p{Lu}/u.test(outlet) || outlet.split(/\s+/).length > 6 || /[.!?:]$/.test(outlet)) return undefined;
  // `By - Dec 02,2024 - Last updated at ...`: a byline label whose name the template left empty.
  if (EMPTY_BYLINE.test(outlet)) return undefined;
  const date = fields.slice(1).find((f) => mayBeDate(f) && parseDate(f).ok);
  if (date === undefined) return undefined;
  return { readAs: `${outlet}, ${date}`, reason: '"Outlet - Date - Section" credit row' };
}

/** `Reuters - 2 hours ago`, `AP · 35 minutes ago`: a known outlet and the item's relative time. */
function relativeCredit(text: string): Credit | undefined {
  if (text.length > 60 || !/ago$/i.test(text)) return undefined;
  const m = /^(.{2,40}?)\s+[-–—·•|]\s+(.+)$/u.exec(text);
  if (!m || !isRelativeTime(m[2]!) || !lookupPublication(m[1]!)) return undefined;
  return { readAs: m[1]!, reason: '"Outlet - 2 hours ago" credit row' };
}

/**
 * `Tuesday May 31, 2011 (Sources:TheStar News)`: the item's date, then its source under a label
 * in parentheses, the row blog templates and clipping blogs print under a reposted headline (the
 * labelled source in parentheses as `(Source : africaguinee.com)` closes a paragraph).
 */
const DATED_SOURCE = /^(.{6,40}?)\s*\(\s*sources?\s*[:：]\s*([^()]{2,60}?)\s*\)$/iu;

export function datedSourceRow(text: string): Credit | undefined {
  if (text.length > 110 || !text.endsWith(')') || !mayHoldDate(text)) return undefined;
  const m = DATED_SOURCE.exec(text);
  if (!m || !mayBeDate(m[1]!) || !parseDate(m[1]!).ok) return undefined;
  return { readAs: `${m[2]!.trim()}, ${m[1]!.trim()}`, reason: 'a date row with its source in parentheses' };
}
