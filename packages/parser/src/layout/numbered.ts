import type { SourceLine } from '../types.js';
import { firstSentenceEnd } from './dateline-runs.js';
import { type Draft, pushParagraph, untitledOf } from './draft.js';

/*
 * Items numbered in sequence: `1. ...`, `2. ...`, `3. ...` at the start of lines, with text
 * between them. A numbered list's numbers open its items whatever the line's shape, as an
 * ordered list's markers do in HTML and Markdown: the numbered line may be a headline ending
 * in a full stop (Chinese headlines often do) or the item's first sentence. Numbers on
 * consecutive lines throughout, no blank line between, are a list of sources or notes inside
 * one item, not items.
 */

export const NUMBER = /^(\d{1,3})[.)、]\s*(?=\S)/u;

/** Indexes of the lines that open a numbered item (a run of at least three, 1, 2, 3...). */
export function numberedItems(
  lines: readonly SourceLine[],
  citation: (text: string) => boolean,
): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  let next = 1;
  /** Gaps of the run between numbers on consecutive lines. */
  let adjacent = 0;
  const flush = () => {
    // Numbers on consecutive lines throughout are a list inside an item (sources, steps, notes);
    // a run of items may hold a few with no text under their headline (an evening briefing's
    // one-line items), so at most half its gaps may be adjacent lines.
    if (run.length >= 3 && adjacent * 2 <= run.length - 1) for (const k of run) out.add(k);
    run = [];
    next = 1;
    adjacent = 0;
  };
  // Indexed, not `forEach`: run once per page, often before it is optimised, where each line would
  // be a call.
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    // Only a line starting with a digit can: one look at its first character spares most lines the pattern.
    const first = l.text.charCodeAt(0);
    const m = first >= 48 && first <= 57 ? NUMBER.exec(l.text) : null;
    if (!m || citation(l.text)) continue;
    const n = Number(m[1]);
    if (n === next) {
      // A blank line between two numbered lines parts two items, as a loose list's blank lines
      // part its entries (a digest's "1. The central bank raised ..." paragraphs, one per number).
      if (run.length > 0 && run.at(-1) === k - 1 && !l.blankBefore) adjacent++;
      run.push(k);
      next++;
      continue;
    }
    flush();
    if (n === 1) {
      run.push(k);
      next = 2;
    }
  }
  flush();
  return out;
}

/**
 * A Korean, Chinese or Japanese paragraph's first sentence end: a stop after a hangul syllable
 * before the next sentence (`...고학력자였습니다. 그는 ...`, Korean sets a full stop and a space as
 * English does), or an ideographic full stop, exclamation or question mark (`。`, `！`, `？`: Chinese
 * and Japanese set no space after it). Asked only of a text that opens in those scripts.
 */
const CJK_SENTENCE_END = /\p{Script=Hangul}[.!?](?=\s+\S)|[。！？]["”’」』]?(?=\S)/u;
const CJK_OPENING = /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
function cjkSentenceEnd(text: string): number | undefined {
  if (text.charCodeAt(0) < 0x1100 || !CJK_OPENING.test(text)) return undefined;
  const m = CJK_SENTENCE_END.exec(text);
  return m ? m.index + m[0].length : undefined;
}

/**
 * `1. The central bank raised its policy rate on Thursday. Markets had expected ...`: a numbered
 * item that is a paragraph of several sentences, not a headline (digests that number their
 * stories, "five things to know"), is titled by its first sentence, as a headless item is, and
 * the rest is its text. A numbered headline of two short sentences stays whole.
 */
export function titleFirstSentence(d: Draft, l: SourceLine): void {
  if (d.title.length < 100) return;
  const end = cjkSentenceEnd(d.title) ?? firstSentenceEnd(d.title);
  if (end >= d.title.length - 10) return;
  const rest = d.title.slice(end).trim();
  d.untitled = untitledOf(d.title, end, rest);
  d.title = d.title.slice(0, end);
  pushParagraph(d, rest, l, false);
}

/**
 * `1` / `伦敦大火` / `London fire` / text, `2` / `章莹颖失踪` / ...: an ordered list's numbers each
 * on a line of their own, above the item's headline, as a number badge or a list marker set in
 * its own element comes out in a text copy (the marker of an ordered list numbers the item under
 * it whatever its shape: CommonMark's and HTML's ordered lists alike). The numbers run 1, 2, 3 in
 * sequence, each over a headline-shaped line and with the item's text between two of them: a
 * pager's numbers (`1` / `2` / `3` on consecutive lines), a day of the month over its month
 * (`11` / `May`) or a lone count are no such list. Three numbers or more make it, as a run of
 * `1.` / `2.` / `3.` does (`numberedItems`); two say too little (a Chinese hot-words list, dev
 * 659). Linear: one pass, only lines of at most three digits looked at further.
 */
export function bareNumbers(lines: readonly SourceLine[], headline: (k: number) => boolean): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 3) for (const k of run) out.add(k);
    run = [];
  };
  for (let k = 0; k + 1 < lines.length; k++) {
    const t = lines[k]!.text;
    if (t.length > 3 || !/^\d{1,3}$/.test(t)) continue;
    const n = Number(t);
    // The item's text between two numbers: the headline and at least one more line.
    const spaced = run.length === 0 || k - run.at(-1)! >= 3;
    if (n === run.length + 1 && spaced && headline(k + 1)) {
      run.push(k);
      continue;
    }
    flush();
    if (n === 1 && headline(k + 1)) run.push(k);
  }
  flush();
  return out;
}
