import type { SourceLine } from '../types.js';
import { creditLine } from './credit-lines.js';
import type { LineFeatures } from './features.js';
import { type WireLead, wireLead } from './wire-leads.js';

/*
 * `CANBERRA, Australia — Just weeks before ...` / `ISLAMABAD — A fiery cleric ...` / `BANGKOK —
 * A Thai court ...`: paragraphs each opened by a dateline, one after another with no headline
 * between them. Wire digests are set so (the AP's regional news digests, Xinhua's world news
 * summaries, a paper's "news in brief" column that keeps only the datelines): each paragraph is
 * a story of its own, headless. Three or more in a row make the run (a credit line under a
 * paragraph keeps it going); one or two datelined paragraphs are an article's own paragraphs.
 */

/** A paragraph's dateline and where its first sentence ends. */
export interface DatelinedParagraph {
  /** The dateline as written, its dash included (`ISLAMABAD —`). */
  dateline: string;
  /** The wire credit, when the dateline names its agency (`BEIJING, Dec. 3 (Xinhua) --`). */
  lead?: WireLead;
  /** Where the story's text starts in the line. */
  rest: number;
  /** Where its first sentence ends (the title), or the line's end. */
  titleEnd: number;
}

/**
 * The AP dateline without an agency: the city in capitals, its state or country in title case
 * (`AUSTIN, Texas`, `PYONGYANG, North Korea`), an optional date, then a dash; the story opens
 * with a capital or a quote. The dash may be a hyphen with a space on each side, the typewriter's
 * dash that plain text sets where it has no em dash: `KUWAIT - The ...`, `TOKYO - Japan's ...`
 * (KUNA's bulletins, dev 792; Japan Today's and the Jakarta Post's wire copy, dev 093, 373;
 * Reuters copy on a Canadian paper, dev 490). Anchored, bounded: linear.
 */
const PLAIN_DATELINE =
  /^\p{Lu}{2}[\p{Lu} .'’-]{0,28}(?:,\s*\p{Lu}[\p{L}.]{1,14}(?:\s\p{Lu}[\p{L}.]{1,14}){0,2})?(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s*(?:—|–|--)\s*| - )(?=[\p{Lu}"“‘'])/u;

/** A sentence's end: two lower-case letters (not `U.S.` or `Mr.`), a stop, a space, a capital. */
const SENTENCE_END = /\p{Ll}{2}[.!?]["”’]?(?=\s+["“‘]?\p{Lu})/u;

/**
 * Where the first sentence of `text` from `from` ends, or the text's end: a headless story's
 * title, as the corpus conventions title one (its first sentence).
 */
export function firstSentenceEnd(text: string, from = 0): number {
  const end = SENTENCE_END.exec(from === 0 ? text : text.slice(from));
  return end ? from + end.index + end[0].length : text.length;
}

export function datelined(text: string, f: LineFeatures, last: boolean): DatelinedParagraph | undefined {
  // Running text: a story, not a headline set with a dateline (the page's last line may stop
  // mid-sentence where the copy was cut).
  if (f.chars < 80 || !(f.sentenceEnd || last)) return undefined;
  const c0 = text.charCodeAt(0);
  if (!(c0 >= 65 && c0 <= 90) && c0 <= 0x7f) return undefined;
  // A dateline opens with its city in capitals, or names its agency in parentheses early on:
  // most paragraphs open with neither and are spared the patterns.
  const c1 = text.charCodeAt(1);
  // (`indexOf`, the native forward search, not a bounded `lastIndexOf` back from 60: that one
  // is a runtime call, dearer than the forward search over a whole paragraph.)
  const paren = text.indexOf('(');
  if (!((c1 >= 65 && c1 <= 90) || c1 > 0x7f) && (paren < 0 || paren > 60)) return undefined;
  const lead = paren >= 0 && paren <= 60 ? wireLead(text) : undefined;
  let rest: number;
  let dateline: string;
  if (lead) {
    rest = lead.rest;
    dateline = lead.raw;
  } else {
    const m = PLAIN_DATELINE.exec(text.length > 120 ? text.slice(0, 120) : text);
    if (!m) return undefined;
    rest = m[0].length;
    dateline = m[0].trim();
  }
  const titleEnd = firstSentenceEnd(text, rest);
  return { dateline, ...(lead ? { lead } : {}), rest, titleEnd };
}

/** The paragraphs of every run of three or more datelined paragraphs in a row, by line. */
export function datelineRuns(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
): Map<number, DatelinedParagraph> {
  const out = new Map<number, DatelinedParagraph>();
  let run: [number, DatelinedParagraph][] = [];
  const flush = () => {
    // Most lines end no run: no new array for each.
    if (run.length === 0) return;
    if (run.length >= 3) for (const [k, d] of run) out.set(k, d);
    run = [];
  };
  for (let k = 0; k < lines.length; k++) {
    const d = datelined(lines[k]!.text, feats[k]!, k === lines.length - 1);
    if (d) run.push([k, d]);
    // `Xinhua`, `(Reuters)`, `— Bernama` alone under a datelined paragraph: the story's credit
    // set on a line of its own, as Gulf and Malaysian papers' briefs columns and Xinhua's
    // summaries print it; it closes that story and the run goes on. The length first: most
    // lines are longer than a credit and are spared `creditLine`.
    else if (
      !(
        feats[k]!.words <= 6 &&
        run.length > 0 &&
        run[run.length - 1]![0] === k - 1 &&
        creditLine(lines[k]!.text)
      )
    )
      flush();
  }
  flush();
  return out;
}
