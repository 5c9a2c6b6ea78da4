import type { SourceLine } from '../types.js';
import type { LineFeatures } from './features.js';
import { KICKER_COLON } from './title-marks.js';

/*
 * A kicker set on its own line over its headline, the colon between them opening the headline's
 * line (`SZ PlusKrieg in der Ukraine` / `:Russische Truppen durchbrechen Front im Donbass`): the
 * `Kicker: Headline` pair of German news sites (Süddeutsche Zeitung, Spiegel) split over two
 * lines by the text copy. No line of running text opens with a colon, so the colon alone tells
 * the headline, whatever its length; the short line right above it is its kicker (a topic
 * label, furniture), however headline-like its words.
 */

/** Words a kicker or a headline opened by a kicker's colon holds at most. */
const MAX_KICKER_WORDS = 8;
const MAX_HEADLINE_WORDS = 20;

/** Line `k` is a headline opened by its kicker's colon, the kicker on the line right above. */
export function kickedHeadline(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
  k: number,
): boolean {
  if (k === 0 || lines[k]!.blankBefore || !KICKER_COLON.test(lines[k]!.text)) return false;
  const f = feats[k]!;
  const above = feats[k - 1]!;
  return (
    f.words <= MAX_HEADLINE_WORDS &&
    !f.sentenceEnd &&
    above.chars > 0 &&
    above.words <= MAX_KICKER_WORDS &&
    !above.sentenceEnd &&
    !KICKER_COLON.test(lines[k - 1]!.text)
  );
}

/** Line `k` is the kicker over a headline its colon opens (see `kickedHeadline`). */
export function kickerOver(lines: readonly SourceLine[], feats: readonly LineFeatures[], k: number): boolean {
  return k + 1 < lines.length && kickedHeadline(lines, feats, k + 1);
}
