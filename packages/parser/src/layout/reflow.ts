import type { SourceLine } from '../types.js';

/*
 * Hard-wrapped text: plain-text newsletters, mailing-list digests and e-mail copies of pages
 * break every paragraph into lines of a fixed width (about 72 columns, RFC 3676's "fixed"
 * lines), so one paragraph arrives as several lines with no blank between. Read line by line,
 * such a page has no paragraph longer than the width: every line looks like a headline.
 *
 * The page's wrap width is found from its own lines: a large share of them end within a word's
 * length of one width. A line is then the continuation of the one above when the first word
 * of it would not have fitted on the line above (the wrapper broke there), and the line above
 * ran close to the width: the reflow rule of `fmt`/`par` and format=flowed readers. Lines that
 * are joined keep their text, and the first one's line number.
 */

/** A wrapped line ends within this many characters of the width (the longest common word). */
const SLACK = 15;
const SENTENCE_END = /[.!?。！？]["”’)]?$/u;
const NO_WORD = /^[^\p{L}\p{N}]+$/u;
/** `Snippet: `, `Read full article:`: a capitalised label of a few words and its colon. */
const FIELD_START = /^\p{Lu}[\p{L} ]{1,29}[:：](?:\s|$)/u;
const URL_ALONE = /^https?:\/\/\S+$/i;

/** The wrap width of a hard-wrapped page, or undefined when its lines are not wrapped. */
export function wrapWidth(lines: readonly SourceLine[]): number | undefined {
  // Lines of 20 characters or more; those up to 100 counted by length (a wider percentile is no
  // wrap width), so the percentile and the lines near it come from the counts: one pass, no sort.
  const counts = new Uint32Array(101);
  let n = 0;
  for (let k = 0; k < lines.length; k++) {
    const length = lines[k]!.text.length;
    if (length < 20) continue;
    n++;
    if (length <= 100) counts[length]!++;
  }
  if (n < 8) return undefined;
  // The width is the length most long lines stay under (the 95th percentile: a few lines, such
  // as URLs, may run past it).
  const rank = Math.floor(n * 0.95);
  let width = 101;
  for (let length = 20, seen = 0; length <= 100; length++) {
    seen += counts[length]!;
    if (seen > rank) {
      width = length;
      break;
    }
  }
  if (width < 40 || width > 100) return undefined;
  // Near the width, or past it (the few lines the percentile left out end past it too).
  let near = 0;
  for (let length = Math.max(20, width - SLACK); length <= 100; length++) near += counts[length]!;
  // Lines of a wrapped paragraph fill the width: at least half of the longer lines end near it.
  return near * 2 >= n ? width : undefined;
}

/** `lines` with each wrapped paragraph joined back into one line (the same array when none is). */
export function reflowWrapped(lines: SourceLine[]): SourceLine[] {
  const width = wrapWidth(lines);
  if (width === undefined) return lines;
  const out: SourceLine[] = [];
  // The physical lines of the paragraph being joined, written once when it ends (joining as
  // it goes would copy the paragraph at each line: quadratic on a page of one long paragraph).
  let parts: string[] = [];
  const flush = () => {
    if (parts.length > 1) out[out.length - 1] = { ...out[out.length - 1]!, text: parts.join(' ') };
    parts = [];
  };
  // The last physical line read: its length, and whether it ended a sentence.
  let above = 0;
  let aboveEnds = false;
  let aboveUrl = false;
  for (const l of lines) {
    const space = l.text.indexOf(' ');
    const firstWord = space < 0 ? l.text.length : space;
    // A short line without a closing stop after a finished sentence is a headline that stands
    // on the next line, not the end of a paragraph the wrapper broke.
    const headline = aboveEnds && l.text.length < width - SLACK && !SENTENCE_END.test(l.text);
    if (
      out.length > 0 &&
      !l.blankBefore &&
      !headline &&
      // A rule, a labelled field (`Snippet: ...`) and what follows a URL alone start lines of
      // their own: a wrapper never breaks there (a rule has no word, a field opens a record line).
      !NO_WORD.test(l.text) &&
      !FIELD_START.test(l.text) &&
      !aboveUrl &&
      above >= width - SLACK &&
      above + 1 + firstWord > width
    ) {
      parts.push(l.text);
    } else {
      flush();
      out.push(l);
      parts = [l.text];
    }
    above = l.text.length;
    aboveEnds = SENTENCE_END.test(l.text);
    aboveUrl = URL_ALONE.test(l.text);
  }
  flush();
  return out;
}

/**
 * `A` / `TEAM of software engineers claims...`: a story's drop cap, the initial a newspaper sets
 * large over the first lines, copied from the page as a line of its own, the rest of its first
 * word (or the words after it) in capitals on the next line, as print style sets the opening
 * words after an initial. The initial is joined back to its line: `A` and `I` are words of their
 * own (`A TEAM of...`), any other letter opens the word it was cut from (`T` / `HE Commission...`).
 */
export function joinDropCaps(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | undefined;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const next = lines[k + 1];
    if (l.text.length !== 1 || next === undefined || next.blankBefore || !DROP_CAP_REST.test(next.text)) {
      out?.push(l);
      continue;
    }
    const c = l.text.charCodeAt(0);
    if (c < 65 || c > 90) {
      out?.push(l);
      continue;
    }
    out ??= lines.slice(0, k);
    const word = l.text === 'A' || l.text === 'I';
    out.push({ ...l, text: `${l.text}${word ? ' ' : ''}${next.text}` });
    k++;
  }
  return out ?? lines;
}

/** The line after a drop cap: its first word in capitals, then running text. */
const DROP_CAP_REST = /^\p{Lu}{2,}[\s,’'][\s\S]{20,}/u;

/**
 * `Read morePM Anwar says RM20m...`: a teaser's "read more" link glued to the next card's
 * headline, as text extraction joins inline cards (the mirror of `... Tsai alsoFULL STORY`, the
 * link glued to the end of its teaser, which `teaserEnds` reads). A capital or an opening quote
 * right after the link's last letter opens the next line: the link is set on a line of its own.
 * The link may carry its arrow (`Read More »Airbus may delay ...`, `More »CBI probes ...`: a
 * Vietnamese and an Indian aggregator) or an e-paper's page pointer (`Read Full Story (Page
 * 1)SA ‘genocide’ ...`); a bare `More` counts only with its arrow.
 */
export function splitGluedLinks(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | undefined;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const c = l.text.charCodeAt(0);
    // Only a line that opens with R, C, F or M (the links' first letters) is asked the pattern.
    const m = c === 82 || c === 67 || c === 70 || c === 77 ? GLUED_LINK.exec(l.text) : null;
    if (m === null) {
      out?.push(l);
      continue;
    }
    out ??= lines.slice(0, k);
    out.push({ ...l, text: m[1]! }, { ...l, text: l.text.slice(m[1]!.length), blankBefore: false });
  }
  return out ?? lines;
}

const GLUED_LINK =
  /^((?:Read more|Read More|READ MORE|Continue reading|Continue Reading|CONTINUE READING|Full Story|FULL STORY|Read full story|Read Full Story)(?: ?[»›→]| \((?:Page|page|p\.) ?\d{1,3}\))?|(?:More|MORE) ?[»›])(?=[\p{Lu}‘“"'])/u;
