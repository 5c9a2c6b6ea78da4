import type { SourceLine } from '../types.js';

/*
 * `■チェック`, `■訳出のポイント`, `【解説】`, `【相关词汇】`: a marked heading naming a lesson's notes
 * on the story above it (its check list, translation points, commentary, vocabulary). Japanese
 * news-translation columns (dev 252), Japanese news-English blogs (dev 254) and Chinese
 * hot-words lists (dev 433) head their notes so under each story; `[ Key Expression ]`, the
 * English of the `표현` / `表現` (expressions) the list already holds, heads a Korean radio-English
 * blog's glosses (dev 652). What follows such a heading,
 * up to the page's next story (a line of the series the page sets its stories in: numbered
 * items, headline pairs, edition headings) or the page's end, comments on the story: the
 * quoted phrases, arrows and glosses are notes, not headlines or paragraphs. A heading naming
 * the translation (`■対訳`, `【訳】`, see `languageLabel`) heads the story's own text and ends the
 * notes.
 */

/** Brackets or a square, diamond or triangle mark a heading (`【…】`, `[…]`, `■…`). */
const MARKED = /^\s*(?:[■□◆◇●▼▲]\s*(.{1,16})|[【[](.{1,16})[】\]])\s*[:：]?\s*$/u;

/** The words a lesson's notes are headed with, ending the heading's text. */
const NOTES =
  /(?:チェック|ポイント|解説|語句|単語|語彙|表現|文法|해설|어휘|단어|표현|讲解|講解|解析|词汇|詞彙|生词|生詞|vocabulary|key words|expressions?|glossary|notes)$/iu;

/** `■訳出のポイント`, `【解説】`: a marked heading whose name ends on a word for a lesson's notes. */
export function notesHeading(text: string): boolean {
  if (text.length > 24) return false;
  const m = MARKED.exec(text);
  const name = m?.[1] ?? m?.[2];
  return name !== undefined && NOTES.test(name.trim());
}

/** A marked heading of another kind (`■対訳`, `【Top News】`): it ends the notes. */
function otherHeading(text: string): boolean {
  return text.length <= 24 && MARKED.test(text) && !notesHeading(text);
}

/**
 * The lines of the lessons' notes on the page: each notes heading and the lines under it, up to
 * the next story (`story`), another marked heading, or the page's end.
 */
export function lessonNotes(lines: readonly SourceLine[], story: (k: number) => boolean): Set<number> {
  const out = new Set<number>();
  let open = false;
  for (let k = 0; k < lines.length; k++) {
    const t = lines[k]!.text;
    // Only a line opening with a mark can head notes: one look at its first character.
    const c = t.charCodeAt(0);
    const marked = c === 0x3010 || c === 0x5b || (c >= 0x25a0 && c <= 0x25cf) || c === 32;
    if (marked && notesHeading(t)) {
      open = true;
      out.add(k);
      continue;
    }
    if (!open) continue;
    if (story(k) || (marked && otherHeading(t)) || numberedStory(t)) {
      open = false;
      continue;
    }
    out.add(k);
  }
  return out;
}

/**
 * `2. China's exports fell in November as global demand weakened, ...`: a list number opening a
 * sentence of eight words or more starts the next numbered story, wherever the page's numbered
 * list could not be read as one (two items): a glossary entry is a term and its gloss, short.
 */
function numberedStory(text: string): boolean {
  return NUMBERED_SENTENCE.test(text) && text.split(' ', 8).length >= 8;
}
const NUMBERED_SENTENCE = /^\d{1,2}[.)]\s+\p{Lu}/u;
