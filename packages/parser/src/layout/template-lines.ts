import type { SourceLine } from '../types.js';
import { dateLine } from './date-lines.js';
import type { LineFeatures } from './features.js';
import { isByline } from './rules.js';

/*
 * The page's template lines: short lines it repeats around its items (a "Read more" link, a
 * section label, a share row), found once per page and marked per line (`LineReader.templated`).
 */

/** Short, non-citation lines that occur three times or more on the page (template furniture: see `LineReader.templated`). */
export function repeatedShortLines(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
  citation: (t: string) => boolean,
): Set<string> {
  const counts = new Map<string, number>();
  // Indexed, not `forEach` (see `numberedItems`).
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const f = feats[k]!;
    if (f.chars > 48 || f.words > 6 || f.sentenceEnd) continue;
    counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [text, n] of counts)
    if (n >= 3 && !citation(text) && !isByline(text) && !dateLine(text)) out.add(text);
  return out;
}

/** Per line, 1 where it is one of the page's repeated short lines (see `repeatedShortLines`). */
export function templatedLines(lines: readonly SourceLine[], repeats: ReadonlySet<string>): Uint8Array {
  const out = new Uint8Array(lines.length);
  // Only short lines can be template lines: long ones are not hashed. Indexed, not `forEach`
  // (see `numberedItems`).
  for (let n = 0; n < lines.length; n++) {
    const t = lines[n]!.text;
    if (t.length <= 48 && repeats.has(t)) out[n] = 1;
  }
  return out;
}
