import type { SourceLine } from '../types.js';

/**
 * `23:39   Maoist surrenders in Jharkhand`: a live page's timeline stamps each item's headline
 * with its clock time (live blogs and news tickers alike); the time is the item's timestamp,
 * not its title's words. Read so only on a page that opens two or more lines so (see
 * `clockLeads`): one headline may start with a time of its own.
 * The time may be glued to the headline (`20:54Bulli rasano ...`): a ticker's time and its
 * headline link are separate inline elements, and a page flattened to text drops the space
 * between them, as it does for the badges `title-marks.ts` reads (`NEWHeadline`). No headline
 * writes a capital right after a time's minutes, so the glued form is the same mark (an `AM`/`PM`
 * is read only with the space after it: `10:30 AMERICA` stays).
 */
export const CLOCK_LEAD = /^(?:[01]?\d|2[0-3]):[0-5]\d(?:(?:\s?[AaPp]\.?[Mm]\.?)?\s+)?(?=\p{Lu}|["“‘])/u;

/** Two or more lines of the page open with a clock time before a capital (`CLOCK_LEAD`). */
export function clockLeads(lines: readonly SourceLine[]): boolean {
  let n = 0;
  // A digit first: most lines are spared the pattern.
  for (let k = 0; k < lines.length && n < 2; k++) {
    const c = lines[k]!.text.charCodeAt(0);
    if (c >= 48 && c <= 57 && CLOCK_LEAD.test(lines[k]!.text)) n++;
  }
  return n >= 2;
}
