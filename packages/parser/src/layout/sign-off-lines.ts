import type { LineReader } from './reader.js';
import { isByline, isWireAcronym } from './rules.js';

/*
 * `BH Online` under an item's text, over the next headline, and the same line under the next
 * item's text: an aggregator that reprints one paper's stories signs each with the paper's name
 * (a category page of a reprint site, dev 379; the name under the text as wire copy puts its
 * agency's). One such line is a section label as often as a credit; the same name under two
 * items' texts or more, each time between finished text and a headline, is their credit.
 * `WAM`, `KUNA`, `SPA`: a wire acronym alone there signs agency copy the same way (Gulf papers'
 * briefs, one agency per story), so two such lines on the page, whatever their letters, do.
 */

/** A name: two to five words, each capitalised (or `&`), letters and dots only. */
const NAME = /^\p{Lu}[\p{L}.'’]*(?:\s+(?:&|\p{Lu}[\p{L}.'’]*)){1,4}$/u;

const cache = new WeakMap<LineReader, Map<string, number>>();
/** The count of wire acronyms in the sign-off place (no line's text: a line holds no NUL). */
const ACRONYMS = '\u0000';
/** The count of wire-acronym-shaped lines under no finished text: labels (`UAE`, `KSA` over each headline). */
const LABELS = '\u0001';

/** Line `i` is a name the page prints under two or more items' texts, each time over a headline. */
export function repeatedSignOff(read: LineReader, i: number): boolean {
  const t = read.lines[i]!.text;
  if (t.length > 40) return false;
  const acronym = isWireAcronym(t);
  if ((!acronym && !NAME.test(t)) || isByline(t) || read.chromeLineAt(i)) return false;
  // Over a headline here too (the page's end may leave the line under it text of this item).
  if (i + 1 < read.lines.length && read.headlineHere(i + 1, true, true) === undefined) return false;
  let counts = cache.get(read);
  if (counts === undefined) {
    counts = signOffCounts(read);
    cache.set(read, counts);
  }
  return (counts.get(t) ?? 0) >= 2 || (acronym && (counts.get(ACRONYMS) ?? 0) >= 2 && !counts.has(LABELS));
}

/**
 * How often each short line stands under finished running text and over a line that is no
 * running text (the next headline): one pass over the page, asked once, so a page of many
 * different names costs no more than one of few.
 */
function signOffCounts(read: LineReader): Map<string, number> {
  const counts = new Map<string, number>();
  for (let k = 1; k + 1 < read.lines.length; k++) {
    const t = read.lines[k]!.text;
    if (t.length > 40) continue;
    const acronym = t.length <= 6 && isWireAcronym(t);
    if (read.running(k - 1) && read.feats[k - 1]!.sentenceEnd && !read.running(k + 1)) {
      counts.set(t, (counts.get(t) ?? 0) + 1);
      if (acronym) counts.set(ACRONYMS, (counts.get(ACRONYMS) ?? 0) + 1);
    }
    // Such letters with no finished text above (over the first headline): section labels
    // (`UAE`, `KSA`, `GCC`), not agencies' sign-offs. So is a longer word in capitals set
    // tight over the first headline (`ECONOMY` / headline / date / teaser, then `MINING` over
    // the next): a category row that opens every card, the first one's too (news themes' kicker
    // and Latin American and African portals' section rows); a page's own label stands apart.
    else if (!read.running(k - 1) && (acronym || (!read.lines[k + 1]!.blankBefore && capitalsLabel(t))))
      counts.set(LABELS, 1);
  }
  return counts;
}

/** One to three words in capitals (`ECONOMY`, `REAL ESTATE`), as a category row sets its label. */
const CAPITALS_LABEL = /^[A-Z][A-Z&]+(?: [A-Z&]+){0,2}$/;
function capitalsLabel(t: string): boolean {
  return t.length <= 24 && CAPITALS_LABEL.test(t);
}
