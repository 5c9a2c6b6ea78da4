import type { SourceLine } from '../types.js';

/*
 * `Kiew will Referendum über Einheit am 25. Mai` / `Ukraine-KriseKiew will Referendum über
 * Einheit am 25. Mai`: a headline printed again (an image's title, then the headline link), the
 * second copy with its kicker, a topic label set above the headline in small type, glued to it
 * because the text copy drops the line break between the two (a German daily's archive, dev
 * 831). The typographic principle is the repetition: a line that is a line just above with a word
 * or two glued before it, no space at the seam, says the headline again; it is set apart, as the
 * headline said twice is, and the page reads on as if it were not there.
 */

/** Lines above a glued copy where the headline it repeats may stand (the headline may be said twice). */
const LOOK_BACK = 2;

/** The longest kicker glued to a headline: a topic label of a word or two. */
const MAX_KICKER = 40;

/** A headline's copy, as short lines are: a few words, no closing full stop. */
function headlineCopy(text: string): boolean {
  return text.length >= 15 && text.length <= 160 && text.includes(' ') && !/[.!?:;]$/u.test(text);
}

/** The kicker glued before a copy: letters, figures and hyphens, a space at most, and no space at the seam. */
const KICKER = /^[\p{L}\p{N}][\p{L}\p{N}-]*(?: [\p{L}\p{N}-]+)*[\p{L}\p{N}]$/u;

/** The reason a glued copy is set apart. */
export const GLUED_KICKER_REASON =
  'the headline above printed again with its kicker glued before it (the copy dropped the break between them)';

// Typographic principle: repetition; a headline said again is the same headline (dev 831).
/** `lines`, each line that repeats a headline just above it with its kicker glued on set apart. */
export function setGluedKickersApart(lines: readonly SourceLine[]): readonly SourceLine[] {
  let out: SourceLine[] | undefined;
  for (let k = 1; k < lines.length; k++) {
    const t = lines[k]!.text;
    if (t.length < 17 || lines[k]!.apart !== undefined || !headlineCopy(t)) continue;
    for (let j = k - 1; j >= 0 && j >= k - LOOK_BACK; j--) {
      const above = lines[j]!.text;
      const glued = t.length - above.length;
      if (glued < 2 || glued > MAX_KICKER || !headlineCopy(above) || !t.endsWith(above)) continue;
      const kicker = t.slice(0, glued);
      if (!KICKER.test(kicker)) continue;
      out ??= lines.slice();
      out[k] = { ...lines[k]!, apart: GLUED_KICKER_REASON };
      break;
    }
  }
  return out ?? lines;
}
