import { mayBeDate, parseDate } from '../dates.js';
import { lookupPublication } from '../publications.js';

/*
 * `... on Thursday. — Xinhua, 2 May 2024`, `... last month.--AFP, May 3, 2024`: the dash credit
 * after the last sentence (see `trailingCredit`) with the date of the copy after a comma, as the
 * same credit alone on its line under the text carries it (`— Xinhua, 2 May 2024`). The credit's
 * fields are those of any credit: an outlet, then its date in any form `parseDate` reads (every
 * order and language it knows), not one outlet's. A known outlet only (`dpa` in its lower case
 * too); the date must parse.
 * Anchored at the end, on the last 80 characters: linear.
 */
const DATED_DASH_CREDIT =
  /([.!?…”"’)])(?:\s+(?:—|–|―|--?)|\s*(?:—|–|―|--))\s*(\p{L}[\p{L}.&'’ ]{1,40}?),\s*([\p{L}\p{N}][\p{L}\p{N} .,/-]{3,30})$/u;

export function datedTrailingCredit(
  text: string,
): { before: string; raw: string; outlet: string } | undefined {
  const tail = text.length > 80 ? text.slice(-80) : text;
  const m = DATED_DASH_CREDIT.exec(tail);
  if (!m) return undefined;
  const outlet = m[2]!.trim();
  if (lookupPublication(outlet) === undefined || !mayBeDate(m[3]!) || !parseDate(m[3]!).ok) return undefined;
  const at = text.length - tail.length + m.index + m[1]!.length;
  // Read as `Outlet, Date`, the credit without its dash: the citation keeps its date.
  return { before: text.slice(0, at), raw: text.slice(at).trim(), outlet: `${outlet}, ${m[3]!.trim()}` };
}
