import type { SourceLine } from '../types.js';
import { MAX_TITLE } from './draft.js';
import { sentenceEnds } from './features.js';

/*
 * `=> Bão Faxal đổ bộ vào Nhật Bản`, `⇒漁師ら、補償を要求`: an arrow opening the line under a
 * headline gives the headline's rendering in another language. Translation exercises (a
 * student's report rendering English headlines into Vietnamese and back) and interpreters'
 * headline blogs (English headlines in 【】 with their Japanese under `⇒`) set it so (corpus dev
 * 397, 197): the arrow reads "becomes", so the line is the title's second line, never the
 * item's text, in whatever script it is written.
 */

/** An arrow opening a line, then its text: `=> `, `⇒`, `→ `, `-> `. */
const ARROW = /^(?:=>|->|⇒|→)\s*\S/u;
const LOWER_START = /^\p{Ll}/u;

/**
 * The title `title` with the rendering that opens at line `i` (and the lines it wraps onto: a
 * lower-case start carries its sentence on), and the index after it; undefined when line `i`
 * is no rendering.
 */
export function rendering(
  lines: readonly SourceLine[],
  i: number,
  title: string,
): { title: string; next: number } | undefined {
  const t = lines[i]!.text;
  if (t.length > 200 || title.length + t.length >= MAX_TITLE || !ARROW.test(t)) return undefined;
  let joined = `${title} ${t}`;
  let next = i + 1;
  while (
    next < lines.length &&
    !lines[next]!.blankBefore &&
    LOWER_START.test(lines[next]!.text) &&
    !sentenceEnds(joined) &&
    joined.length + lines[next]!.text.length < MAX_TITLE
  ) {
    joined = `${joined} ${lines[next]!.text}`;
    next++;
  }
  return { title: joined, next };
}
