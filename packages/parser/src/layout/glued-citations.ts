import { lookupPublication } from '../publications.js';
import { COLON_LABEL_PATTERN, labelColon, stripSourceLabel } from '../source-label.js';

/*
 * A citation glued to the end of a paragraph, where the item's text ends: `...in 2024.Source:
 * Xinhua, July 2, 2013`, `... last year. (Chicago Tribune, 4 March 2018)`, and the shape of the
 * line after it that lets the paragraph end there (a heading, not more text).
 */

/** A citation label somewhere in a line: the cheap look before `GLUED_SOURCE`. */
export const GLUED_HINT = new RegExp(COLON_LABEL_PATTERN, 'i');
export const GLUED_SOURCE = new RegExp(String.raw`^(.*?[.!?”"’)])\s*(${COLON_LABEL_PATTERN}.{3,300})$`, 'is');

/**
 * `... rose 3 percent in October. Source: BSP`, `... the ministry said. Sources: Reuters, AFP`: a
 * labelled credit glued after the paragraph's last sentence with no date (newsletters and
 * regional digests that run the credit on). After a finished sentence the label can only open the
 * item's credit; what follows must be a short name list (at most eight words and 80 characters,
 * no sentence in it). Gives `[paragraph, credit]`, else null. Asked only of a line with a colon
 * after a label word (`labelColon`), as `GLUED_SOURCE` is.
 */
export function gluedShortCredit(t: string): [string, string] | null {
  if (!labelColon(t) || !GLUED_HINT.test(t)) return null;
  const m = GLUED_SOURCE.exec(t);
  if (!m) return null;
  const credit = m[2]!.trim();
  const name = stripSourceLabel(credit).trim();
  if (name.length === 0 || name.length > 80 || name.split(/\s+/).length > 8 || /[.!?]\s+\p{Lu}/u.test(name))
    return null;
  return [m[1]!, credit];
}

/** `[paragraph, "(Outlet, Date)"]` when the line ends with a parenthesis; found from the end, in linear time. */
export function inlineCitation(t: string): [string, string, string] | null {
  const end = t.endsWith(').') ? t.length - 1 : t.endsWith(')') ? t.length : -1;
  if (end < 0) return null;
  const open = t.lastIndexOf('(', end - 1);
  if (open <= 0 || end - open - 2 < 4 || end - open - 2 > 160) return null;
  const inner = t.slice(open, end);
  if (inner.slice(1, -1).includes(')')) return null;
  const before = t.slice(0, open).trimEnd();
  if (before.length === 0) return null;
  return [t, before, inner];
}

/**
 * `(Source allAfrica)`, `(Source Deutsche Welle)`: the bracketed credit `(Source: X)` (421, 442,
 * 482) with its colon left out, as a paragraph's last words. In parentheses after the last
 * sentence the label word can only name the item's source; the name after it is a short one (up
 * to six words, no sentence punctuation). Gives the credit read with its colon, else null.
 */
const COLONLESS_SOURCE = /^\((Sources?|Fuentes?|Fontes?|Quellen?)\s+([\p{L}\p{N}][^():;.!?]{1,60}?)\s*\)$/iu;
export function colonlessSourceCredit(inner: string): string | null {
  const m = COLONLESS_SOURCE.exec(inner);
  if (!m || m[2]!.trim().split(/\s+/).length > 6) return null;
  return `(${m[1]}: ${m[2]!.trim()})`;
}

/**
 * `... the country's opening-up initiative. (Xinhua, January`: the `(Outlet, Date)` credit that
 * closes a paragraph, cut off by the page end before its closing parenthesis (excerpts stop at a
 * fixed length). After a finished sentence, a known outlet and a comma: the outlet is the
 * credit, its date lost. Gives `[paragraph, credit as written, outlet]`.
 */
const CUT_INLINE = /([.!?”"’])\s*(\(([^(),]{2,40}),[^()]{0,30})$/u;

export function cutInlineCredit(t: string): [string, string, string] | null {
  if (t.endsWith(')') || t.lastIndexOf('(') < t.length - 80) return null;
  const m = CUT_INLINE.exec(t);
  if (!m || lookupPublication(m[3]!.trim()) === undefined) return null;
  return [t.slice(0, m.index + 1), m[2]!, m[3]!.trim()];
}

/**
 * `(La Industria, Mi Bolsillo, Pág.8)`, `(El Comercio,Día 1,Pág.12 y 13)`: a press clipping's
 * credit, the paper then its section and page, as press-monitoring digests and bibliographies
 * cite print (`p. 4`, `pp. 3-4`, `page 2`, `Pág. 8`, `S. 5`). A page reference in the last field
 * marks it; the first field is the publication. Gives the credit read as that name, else null.
 */
const CLIPPING =
  /^\((\p{Lu}[^(),]{1,40}?)\s*,(?:[^()]{0,60},)?\s*(?:p[áa]g(?:ina)?s?\.?|pp?\.|page|S\.)\s*\d[^()]{0,20}\)$/iu;

export function clippingCredit(inner: string): string | null {
  const m = CLIPPING.exec(inner);
  return m ? m[1]!.trim() : null;
}

const CLOSING_PUNCTUATION = /[.!?;:,]$/;

/** A line short enough and shaped like a heading (no closing full stop). */
export function isTitleLike(text: string): boolean {
  return text.length <= 250 && !CLOSING_PUNCTUATION.test(text);
}

/**
 * `... in the interbank market on Monday. (APP)`, `... the ministry said. (KUNA)`: a wire acronym
 * in parentheses after the paragraph's last full stop signs the copy (Pakistani, Gulf and
 * African agencies the table may not know: APP, NNI, KUNA, SPA, NAN). An acronym a sentence
 * defines follows its name inside the sentence, before the stop; after it, only the credit
 * stands (or a label: `(END)`, `(PHOTO)`). The last character first: most paragraphs end so.
 */
const ACRONYM_CLOSE = /[.!?”"’]\s*\(([A-Z]{2,6})\)$/;
const NOT_AGENCY =
  /^(?:END|PHOTO|PHOTOS|VIDEO|AUDIO|FILE|MORE|UPDATE|LEAD|NEWS|TV|PR|AD|ADS|PDF|MAP|OPED|FULL|LIVE)$/;

export function closedByAcronym(paragraph: string): boolean {
  if (paragraph.charCodeAt(paragraph.length - 1) !== 41) return false;
  const m = ACRONYM_CLOSE.exec(paragraph.length > 20 ? paragraph.slice(-20) : paragraph);
  return m !== null && !NOT_AGENCY.test(m[1]!);
}
