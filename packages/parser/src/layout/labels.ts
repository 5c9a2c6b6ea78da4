import type { LineReader } from './reader.js';
import { datedLabel, headlineShape, runningText, translationPair } from './rules.js';

/** A short label (`@XY`, `Business`, `Page Two`) above a headline that stands above running text. */
export function labelHere(read: LineReader, k: number): boolean {
  const f = read.feats[k]!;
  if (cutByEllipsis(read.lines[k]!.text)) return false;
  // Labels are a few words ("Business", "In Chinese newspapers", "22 January - 31 January");
  // a headline of five words above a long deck is a headline, not a label.
  const dated = datedLabel(read.lines[k]!.text);
  if (!dated && ((f.words > 3 && f.chars > 24) || f.chars > 48)) return false;
  // A heading of the page's colon-headed stories heads the text under it, not a section.
  if (read.habits.colonHeads.has(k)) return false;
  if (runningText(f) || read.sourceLabelAt(k)) return false;
  // The headline it labels, past furniture (a rule, an ad slot) between them.
  let j = k + 1;
  for (let n = 0; j < read.lines.length && n < 3 && read.chromeLineAt(j); n++) j++;
  // What a label stands over is a headline: not a byline, a credit, a date or an item's meta row.
  if (j >= read.lines.length || read.lines[j]!.chrome || read.between(j)) return false;
  const g = read.feats[j]!;
  if (translationPair(f, g) || g.chars <= f.chars) return false;
  // The page's last line, long and unfinished: a teaser cut under its headline (nothing under it).
  if (j === read.lines.length - 1 && !g.sentenceEnd && g.chars >= 80) return false;
  return (
    read.headlineHere(j, true, true) !== undefined &&
    (g.heading || headlineShape(g, read.lines[j]!.text) !== undefined)
  );
}

/**
 * `The...`, `Minister Chuck said low wages offered...`: a teaser cut off by its ellipsis, set on
 * a line of its own, is the end of the text above, not a label or page furniture (a label names
 * a section; nothing of it is cut). The last character first: most lines end otherwise.
 */
export function cutByEllipsis(text: string): boolean {
  const end = text.charCodeAt(text.length - 1);
  return end === 8230 || (end === 46 && text.endsWith('...'));
}
