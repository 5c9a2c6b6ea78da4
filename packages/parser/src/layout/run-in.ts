import type { SourceLine } from '../types.js';
import type { LineFeatures } from './features.js';
import { BULLET_MARK, wireLead } from './rules.js';

/*
 * Run-in headlines: a headline run into its text on the same line, with a colon
 * (`China cuts 2014 GDP growth: China on Monday...`) or a spaced em dash (`- Headline — deck`).
 * A page's habit, not one line's: see `runInHeads`.
 */

/** `China cuts 2014 GDP growth: China on Monday lowered...`: a headline run into its text with a colon. */
const RUN_IN = /^([^:!?]{10,110}?):\s+(?=\p{Lu})/u;

/**
 * `- China's Baidu and ByteDance launch AI chatbots — Beijing grants approval...`: a headline set
 * off from its deck by a spaced em dash, as digests print "headline — one sentence" (The Wire
 * China's roundup; link digests). Returns where the text starts. A dateline (`WASHINGTON —`) is
 * in capitals and short: no headline.
 */
function runInDash(text: string): number | undefined {
  // The first spaced dash, when it stands where a head can end: a backward look from 160 bounds
  // the search on long lines, and only then the forward one finds the first.
  if (text.lastIndexOf(' — ', 160) < 10) return undefined;
  const at = text.indexOf(' — ');
  if (at < 10 || at > 160 || text.length - at < 40) return undefined;
  const head = text.slice(0, at).replace(BULLET_MARK, '');
  const words = head.split(/\s+/).length;
  if (words < 3 || words > 20 || !/^[\p{Lu}\d‘’“"']/u.test(head) || head === head.toUpperCase())
    return undefined;
  // A sentence, or a dateline: the agency in parentheses ("KUALA LUMPUR, June 25 (Bernama) —"),
  // the city in capitals before a comma ("KUALA LUMPUR, Feb 5 —").
  if (/[.!?)]$|\p{Ll}{2}[.!?]\s/u.test(head) || /^\p{Lu}[\p{Lu} .'’/-]+,\s/u.test(head)) return undefined;
  return at + 3;
}

/** Per line, where its text starts after a run-in headline, on a page set that way; else empty. */
export function runInHeads(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
): Map<number, number> {
  // A run-in headline is a page's habit, not one line's: "Deal: text" happens in prose too, so
  // it counts only where two lines or more of the page are set this way (The Star's and China
  // Daily's "in brief" columns alike).
  const found = new Map<number, number>();
  lines.forEach((l, k) => {
    if (feats[k]!.chars < 80 || l.chrome) return;
    // An HTML heading is a headline whole, dash and all.
    // (The cheap dash test first: the dateline patterns run only on a line it accepts.)
    const dashed = feats[k]!.heading ? undefined : runInDash(l.text);
    if (dashed !== undefined && !wireLead(l.text)) {
      found.set(k, dashed);
      return;
    }
    const colon = l.text.indexOf(':');
    if (colon < 10 || colon > 110) return;
    const m = RUN_IN.exec(l.text);
    // "TAIPEI, October 10 (Reuters): Taiwan wants...": a wire dateline, not a run-in headline.
    if (!m || wireLead(l.text)) return;
    const head = m[1]!;
    // "Cango, Inc. (NYSE: CANG), ...": a colon inside parentheses is a ticker, not a run-in head.
    if (head.lastIndexOf('(') > head.lastIndexOf(')')) return;
    const words = head.split(/\s+/).length;
    if (words < 3 || words > 16 || !/^[\p{Lu}\d]/u.test(head)) return;
    const rest = l.text.length - m[0].length;
    if (rest >= 40) found.set(k, m[0].length);
  });
  // ...and only where such lines are a good share (a third) of the page's longer lines, so a
  // sentence with a colon in an ordinary page ("posted on X: This is...") is no headline.
  let long = 0;
  // Indexed: this loop runs once per page, often before it is optimised, and a `for...of` there
  // allocates an iterator result per line.
  for (let k = 0; k < feats.length; k++) if (feats[k]!.chars >= 80) long++;
  return found.size >= 2 && found.size * 3 >= long ? found : new Map();
}
