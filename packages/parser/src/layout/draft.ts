import type { CitationParseWithId } from '../citation.js';
import type { SourceLine } from '../types.js';

/** A briefing as the page reader builds it, before ids and context years are filled in. */
export interface Draft {
  title: string;
  line: number;
  /** Index of the title's line in the page's lines. */
  at: number;
  /** Lines of the title (2 for a title and its translation). */
  titleLines: number;
  /** The byline as written. */
  by?: string;
  /** `YYYY-MM-DD` from a date line under the headline that names no outlet (the item's date, not a source). */
  published?: string;
  body: string[];
  sources: {
    parse: CitationParseWithId;
    line: number;
    needsYear: boolean;
    raw: string;
    /** What the citation reads as, when the raw text is a dateline (`TAIPEI, Dec. 3 (CNA) --` reads as `CNA, Dec. 3`). */
    readAs?: string;
    links?: string[];
    /** Written once, on the heading of a group of items, and crediting each (see `sourceGroups`). */
    shared?: true;
  }[];
  /** The input line each paragraph starts on. */
  bodyLines: number[];
  /** The last body line ends a block element: the next line may not continue its paragraph. */
  lastBodyLine: number;
  /** Characters of the last body line (a hard-wrapped line runs near the page's wrap width). */
  lastBodyChars?: number;
  /** Where its lines start in the `--explain` list. */
  explainFrom: number;
  /** The page ended before its citation. */
  incomplete: boolean;
  /**
   * An item the page's layout makes one whatever text follows its title: a one-sentence brief
   * (see `briefLists`), a bulleted or dated brief, a datelined story (see `datelineRuns`).
   */
  brief?: boolean;
  /**
   * The page prints no headline for it: its title is its first sentence. `gap` is what stood
   * between that sentence and the rest of its paragraph (a space; nothing after CJK text), when
   * the rest is its first paragraph. The briefing's body gets its whole text back when it is
   * built (see `untitledBody`); while the page is read, the body holds what follows the title,
   * as the rules under a title expect.
   */
  untitled?: { gap?: string };
}

export const MAX_TITLE = 500;
export const MAX_PARAGRAPH = 20_000;

function splitLong(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest.length > 0) out.push(rest);
  return out.filter((s) => s.length > 0);
}

/** Adds a paragraph line, joining a hard-wrapped continuation to the paragraph before it. */
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function pushParagraph(draft: Draft, text: string, line: SourceLine, mayJoin: boolean) {
  if (text.length === 0) return;
  const prev = draft.body.at(-1);
  // A hard-wrapped paragraph: the line continues a sentence the previous line left open.
  if (
    mayJoin &&
    prev !== undefined &&
    !line.blankBefore &&
    draft.lastBodyLine === line.line - 1 &&
    // A lower-case start carries the sentence on, past a closing bracket or quote too (`800
    // billion yen ($6.5 billion)` / `sale drew bids ...`): only a sentence's end stops it (a
    // general rule of wrapped text); so does a capital after a long line that broke off
    // mid-sentence ("... a" / "Japanese government source said."): fixed-width wire copy
    // (Kyodo, AP's plain-text feeds) wraps at about 70 columns whatever word comes next.
    ((/^\p{Ll}/u.test(text) &&
      !/[.!?:;…]["”’)\]]*$/u.test(prev) &&
      // A CJK gloss closing a line of a bilingual note (`...missing(標題省略 be 動詞)`) ends it.
      (!/["”’)\]]$/u.test(prev) || !CJK_LETTER.test(prev))) ||
      (!/[.!?:;"”’)\]…]$/.test(prev) && (draft.lastBodyChars ?? 0) >= 55 && /[\p{Ll},]$/u.test(prev))) &&
    prev.length + text.length < MAX_PARAGRAPH
  ) {
    draft.body[draft.body.length - 1] = `${prev} ${text}`;
  } else if (text.length <= MAX_PARAGRAPH) {
    // The common case: `splitLong` would give the text back whole.
    draft.body.push(text);
    draft.bodyLines.push(line.line);
  } else {
    for (const part of splitLong(text, MAX_PARAGRAPH)) {
      draft.body.push(part);
      draft.bodyLines.push(line.line);
    }
  }
  draft.lastBodyLine = line.line;
  draft.lastBodyChars = text.length;
}

/**
 * An untitled draft's paragraphs as the briefing gives them: its whole text, the sentence it is
 * titled by first. With the rest of its paragraph (`gap`), the two are one paragraph again;
 * otherwise (a one-sentence brief, its translation under it) the sentence is a paragraph of its own.
 */
export function untitledBody(d: Draft): string[] {
  const first = d.body[0];
  const gap = d.untitled?.gap;
  if (first !== undefined && gap !== undefined) {
    const whole = `${d.title}${gap}${first}`;
    if (whole.length <= MAX_PARAGRAPH) return [whole, ...d.body.slice(1)];
  }
  return [d.title, ...d.body];
}

/** An untitled item's `Draft.untitled`: `gap`, what stands between its title (`titleLength` characters of `text`) and `rest`, when there is a rest. */
export function untitledOf(text: string, titleLength: number, rest: string): { gap?: string } {
  return rest
    ? { gap: text.slice(titleLength, text.length - text.slice(titleLength).trimStart().length) }
    : {};
}
