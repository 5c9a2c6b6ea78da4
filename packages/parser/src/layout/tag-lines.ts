import type { LineReader } from './reader.js';
import { headlineShape, isTagLine, translationPair } from './rules.js';

/*
 * `• Podcasts`, `• Filed Under`: a bulleted category tag that a listing sets between a headline
 * and its text, or right above a headline, as blog and news templates print an item's category.
 */

/** Line `j` is a bulleted category tag (`isTagLine`) between a headline and its text, or right above a headline. */
export function tagAt(read: LineReader, j: number): boolean {
  if (j === 0 || j + 1 >= read.lines.length || !isTagLine(read.lines[j]!.text)) return false;
  // A headline or its translation is no tag, bulleted as both may be (bilingual lessons).
  if (
    translationPair(read.feats[j - 1]!, read.feats[j]!) ||
    translationPair(read.feats[j]!, read.feats[j + 1]!)
  )
    return false;
  // Tags may stack ("• Podcasts" / "• Podcasts/At Close of Business").
  const above = read.lines[j - 1]!.text;
  const below = read.lines[j + 1]!.text;
  // Between a headline and its text, or above a headline ("• Filed Under" / headline / text).
  return (
    ((headlineShape(read.feats[j - 1]!, above) !== undefined || isTagLine(above)) &&
      (read.running(j + 1) || isTagLine(below))) ||
    read.headlineHere(j + 1, true, true) !== undefined
  );
}
