import { startsWithSourceKeyword } from '../citation.js';
import type { SourceLine } from '../types.js';
import type { LineFeatures } from './features.js';

/*
 * `Also:` / `In other news:` / `Quick hits:` over lines of one sentence each: the newsletter
 * convention for briefs too short for a headline (TIME's Morning Brief, Axios-style digests).
 * Each sentence is an item of its own, titled by itself, as the corpus conventions title a
 * headless item by its first sentence. Found once per page, in one pass.
 */

/** The labels newsletters put over such briefs. */
const BRIEF_LABEL =
  /^(?:also|and also|in other news|other news|elsewhere|quick hits|in brief|briefly|news in brief|icymi|more news|what else)\s*[:：]$/iu;

/** A short label ending in a colon that names a list of briefs. */
function briefLabel(text: string, f: LineFeatures): boolean {
  return f.words <= 4 && f.chars <= 32 && BRIEF_LABEL.test(text) && !startsWithSourceKeyword(text);
}

/** One sentence: it ends one, starts with a capital, and holds no other sentence end. */
function oneSentence(text: string, f: LineFeatures): boolean {
  return (
    f.sentenceEnd &&
    !f.lowerStart &&
    f.words >= 4 &&
    f.words <= 45 &&
    !/\p{Ll}{2}[.!?]["”’]?\s+\p{Lu}/u.test(text.slice(0, -1))
  );
}

/** The label lines and the brief lines under them (two or more briefs per label). */
export function briefLists(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
): { labels: Set<number>; briefs: Set<number> } {
  const labels = new Set<number>();
  const briefs = new Set<number>();
  for (let k = 0; k + 2 < lines.length; k++) {
    if (!briefLabel(lines[k]!.text, feats[k]!)) continue;
    let j = k + 1;
    while (j < lines.length && oneSentence(lines[j]!.text, feats[j]!)) j++;
    if (j - k - 1 < 2) continue;
    labels.add(k);
    for (let n = k + 1; n < j; n++) briefs.add(n);
    k = j - 1;
  }
  return { labels, briefs };
}
