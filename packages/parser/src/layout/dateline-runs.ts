import type { SourceLine } from '../types.js';
import { creditLine } from './credit-lines.js';
import type { LineFeatures } from './features.js';
import { BULLET_MARK, mayOpenBullet } from './rules.js';
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
  /** Where its title starts: a title-case dateline is part of it, as written (see `TITLE_CASE_DATELINE`). */
  titleFrom: number;
  /** Not a story: a row of the story above's furniture, between two stories (see `gapLine`). */
  row?: true;
  /** A row that is an aside in parentheses: a paragraph of the story above (see `gapLine`). */
  aside?: true;
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

// Two outlets (dev 827, dev 394): stories each opened by a title-case place and a spaced dash.
/**
 * The dateline most of the world's papers set outside the AP's style: the place in title case,
 * one to three words, then a spaced en or em dash, with no agency or date (`Washington – El
 * Departamento ...`, `La Habana – ...`: a Spanish wire's news agenda, dev 827; `Wellington City —
 * ...`, `Manawatu-Whanganui — ...`: a New Zealand press-release listing, dev 394). Weaker than
 * the capitals (a name and a dash also open a sentence), so it counts only in a run (see
 * `datelineRuns`), and it stays in the story's title, as those pages are titled. Anchored,
 * bounded: linear.
 */
const TITLE_CASE_DATELINE =
  /^\p{Lu}[\p{Ll}'’]{1,20}(?:[ -]\p{Lu}[\p{Ll}'’]{1,20}){0,2} [–—] (?=[\p{Lu}"“‘«¿¡])/u;

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
  const titled = TITLE_CASE_DATELINE.exec(text.length > 80 ? text.slice(0, 80) : text);
  if (titled) {
    const rest = titled[0].length;
    return { dateline: titled[0].trim(), rest, titleEnd: firstSentenceEnd(text, rest), titleFrom: 0 };
  }
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
  return { dateline, ...(lead ? { lead } : {}), rest, titleEnd, titleFrom: rest };
}

/** The paragraphs of every run of three or more datelined paragraphs in a row, by line. */
export function datelineRuns(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
): Map<number, DatelinedParagraph> {
  const out = new Map<number, DatelinedParagraph>();
  let run: [number, DatelinedParagraph][] = [];
  let stories = 0;
  // A run of title-case datelines, which may hold its stories' furniture between them (see `gapLine`).
  let titleCase = false;
  // The lines since the run's last story, when each may be its furniture: their indexes.
  let gap: number[] = [];
  // The gap's short rows, the story above's furniture, go with the run (see `gapLine`).
  const rows = () => {
    for (const j of gap) {
      const row: DatelinedParagraph = { dateline: '', rest: 0, titleEnd: 0, titleFrom: 0, row: true };
      if (!(feats[j]!.words <= 6 && feats[j]!.chars <= 48 && !feats[j]!.sentenceEnd)) row.aside = true;
      run.push([j, row]);
    }
    gap = [];
  };
  const flush = () => {
    gap = [];
    titleCase = false;
    // Most lines end no run: no new array for each.
    if (run.length === 0) return;
    if (stories >= 3) for (const [k, d] of run) out.set(k, d);
    run = [];
    stories = 0;
  };
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k]!.text;
    const f = feats[k]!;
    const d = datelined(text, f, k === lines.length - 1) ?? (titleCase ? bulletStory(text, f) : undefined);
    if (d) {
      // Furniture under the story before stands over no headline: the row right above this
      // paragraph is a count or a link row (`152 views`, `(Texto)`), not a headline's words.
      if (gap.length > 0 && /^\p{L}/u.test(lines[k - 1]!.text)) flush();
      rows();
      if (d.titleFrom === 0) titleCase = true;
      run.push([k, d]);
      stories++;
      continue;
    }
    // `Xinhua`, `(Reuters)`, `— Bernama` alone under a datelined paragraph: the story's credit
    // set on a line of its own, as Gulf and Malaysian papers' briefs columns and Xinhua's
    // summaries print it; it closes that story and the run goes on. The length first: most
    // lines are longer than a credit and are spared `creditLine`.
    if (f.words <= 6 && run.length > 0 && run[run.length - 1]![0] === k - 1 && creditLine(text)) continue;
    // A story's furniture is a few rows (394 sets three); more short lines are the page's own.
    if (titleCase && gap.length < 4 && gapLine(text, f)) gap.push(k);
    else flush();
  }
  // The page's end closes the last story: the rows after it are its own, as those above.
  rows();
  flush();
  return out;
}

// Two outlets (dev 394, dev 827): short furniture rows under each datelined story.
/**
 * A line a run of title-case datelined stories may hold between two of them: the story's own
 * furniture, short and no sentence (a byline block `By` / `Napier City Council` and a view count
 * `145 views` under each release, dev 394; media links `(Texto) (Foto) (Video)` under each item
 * of a wire's agenda, dev 827), or an aside wholly in parentheses (an editor's note on the story
 * above, dev 827).
 */
function gapLine(text: string, f: LineFeatures): boolean {
  if (f.words <= 6 && f.chars <= 48 && !f.sentenceEnd) return true;
  return text.charCodeAt(0) === 40 && text.charCodeAt(text.length - 1) === 41;
}

// Typographic principle: a bullet opens a list's item (dev 827 sets further stories so).
/**
 * `– Se cumplen 72 horas ...`: a paragraph opened by a dash bullet in a run of title-case
 * datelined stories, a further story the agenda sets under the one before without its place (a
 * bullet opens a list's item, as `headlessBriefs` reads it); titled after the bullet.
 */
function bulletStory(text: string, f: LineFeatures): DatelinedParagraph | undefined {
  if (f.chars < 80 || !f.sentenceEnd || !mayOpenBullet(text)) return undefined;
  const mark = BULLET_MARK.exec(text)?.[0];
  if (mark === undefined) return undefined;
  const rest = mark.length;
  return { dateline: mark.trim(), rest, titleEnd: firstSentenceEnd(text, rest), titleFrom: rest };
}
