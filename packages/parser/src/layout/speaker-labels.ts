import { lookupPublication } from '../publications.js';
import type { SourceLine } from '../types.js';
import type { LineFeatures } from './features.js';

/*
 * `(Madoka Sugai)` / `"This was my first entry ..."`, `(Antony Blinken / U.S. Secretary of State)`
 * / `“Each of these actions ...”`: a broadcast script sets a soundbite with its speaker named in
 * parentheses on a line of their own, the quotation on the next. Two outlets (dev 235, dev 782:
 * Japanese study pages printing English news scripts) set the story's text so, and the label is
 * no headline: the item reads on, the label as furniture of its text, the quote a paragraph.
 * Only a label between the item's text and a whole quotation: a name in parentheses under a
 * paragraph, over anything else, is a credit (`(La Prensa)`), and a known outlet always is.
 */

/** A name, or a name and a role after a slash, in parentheses: Latin letters, a few words. */
const SPEAKER = /^\((\p{Lu}[\p{L}\p{M}.'’ -]{1,40}(?:\s\/\s[\p{L}\p{M}.'’, -]{2,60})?)\)$/u;

/** A whole quotation on its line: opened and closed by double quotes. */
const QUOTATION = /^["“][^"“”]{10,}[.!?,]?["”]$/u;

/** Words a credit in parentheses says, never a speaker. */
const CREDIT_WORD = /\b(?:source|sources|photo|image|file|via|credit|courtesy)\b/i;

/**
 * Line `k` names the speaker of the quotation on the next line, inside an item's text (the line
 * above is running text closed by a sentence end).
 */
export function speakerLabel(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
  k: number,
): boolean {
  const t = lines[k]!.text.trim();
  if (t.length > 104 || t.charCodeAt(0) !== 40) return false;
  const m = SPEAKER.exec(t);
  if (!m || CREDIT_WORD.test(m[1]!)) return false;
  const name = m[1]!.split(' / ', 1)[0]!;
  if (lookupPublication(name) !== undefined) return false;
  const next = k + 1 < lines.length ? lines[k + 1]!.text.trim() : '';
  if (!QUOTATION.test(next)) return false;
  const above = k > 0 ? feats[k - 1] : undefined;
  return above !== undefined && above.chars > 0 && above.sentenceEnd;
}
