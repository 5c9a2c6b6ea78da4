import type { SourceLine } from '../types.js';
import type { CreditedHeadline } from './credited-headlines.js';
import type { LineFeatures } from './features.js';
import { bulletMarked } from './rules.js';

/*
 * `- Castro claims, despite turmoil, outlook steady Daily Tribune`: a coverage list of the
 * "Full coverage" / "More on this story" kind (Google News's story clusters, the portals and
 * blogs that copy them), each bulleted line a linked headline with its paper's name printed
 * after it; the text copy lost the link's edge, so the name is glued to the headline with no
 * separator. One such line is a headline ending on a proper noun as often as a credit; the
 * layout decides: three bulleted lines or more in a row, no running text among them, each a
 * headline in sentence case (its words lower case after the first: AP and Reuters style) that
 * ends on one to four capitalised words. A sentence-case headline names a paper at its end by
 * a run of capitals only as a credit; proper nouns inside it are not asked.
 */

/**
 * The bullet, the headline (its last word opening in lower case), the capitalised name after it:
 * the shortest headline, so the name is every capitalised word the line ends on.
 */
const GLUED_NAME =
  /^([-–•·*▪■●◦])\s+(.{8,220}?\s[\p{Ll}\d][^\s]*)\s+(\p{Lu}[\p{L}\p{N}.&'’!-]*(?:\s+(?:[–—|-]\s+)?(?:of |the |de )?\p{Lu}[\p{L}\p{N}.&'’!-]*){0,4})$/u;

/** A headline's words lower case after the first, as sentence case sets them (proper nouns aside). */
function sentenceCase(title: string): boolean {
  const words = title.split(' ');
  if (words.length < 4) return false;
  let lower = 0;
  for (let n = 1; n < words.length; n++) {
    const c = words[n]!.charCodeAt(0);
    if (c >= 97 && c <= 122) lower++;
  }
  return lower * 2 >= words.length - 1;
}

/** The bulleted coverage list's headlines with their glued paper's name, by line index; empty unless three in a row. */
export function gluedOutletHeadlines(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
): Map<number, CreditedHeadline> {
  const out = new Map<number, CreditedHeadline>();
  let run: Array<[number, CreditedHeadline]> = [];
  const flush = () => {
    // Asked after every line that is no such headline: a new array only when the run held one.
    if (run.length === 0) return;
    if (run.length >= 3) for (const [k, h] of run) out.set(k, h);
    run = [];
  };
  for (let k = 0; k < lines.length; k++) {
    const f = feats[k]!;
    const text = lines[k]!.text;
    // A bullet's first character and a headline's length first: most lines stop here.
    if (f.words < 5 || f.words > 34 || f.chars > 260 || f.sentenceEnd || !bulletMarked(text)) {
      flush();
      continue;
    }
    const m = GLUED_NAME.exec(text);
    if (!m || !sentenceCase(m[2]!)) {
      flush();
      continue;
    }
    // `BusinessWorld – BusinessWorld Online`: the paper's name, then its site's title after a dash.
    const name = m[3]!;
    const dash = /\s[–—|-]\s/.exec(name);
    const outlet = dash ? name.slice(0, dash.index) : name;
    run.push([k, { title: m[2]!, raw: name, outlet, mark: m[1]! }]);
  }
  flush();
  return out;
}
