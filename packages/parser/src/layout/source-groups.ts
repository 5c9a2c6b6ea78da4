import { lookupPublication } from '../publications.js';
import type { SourceLine } from '../types.js';
import type { LineFeatures } from './features.js';
import { bulletMarked } from './rules.js';

/*
 * Source groups: an aggregator or a press review sets its headlines under the name of the
 * outlet they come from, the name alone on its line over a bulleted list. The Wire China's
 * daily roundup sets `The Wall Street Journal` over five bulleted headlines, then `The
 * Financial Times` over four; Indian news aggregators set `Times of India` over the bulleted
 * items of that outlet's feed. The name credits every item under it, up to the next name.
 *
 * A bare outlet name under a text is that text's credit (`credit-lines.ts`). What tells the
 * page's habit is the first name standing over the first bulleted line of the page: there is
 * no item above it for it to credit.
 */

/**
 * The note on each citation a group's heading gives its items: the heading is written once (it
 * goes to the page chrome) and credits every item under it, so its text is in each item's `raw`.
 */
export const SHARED_CREDIT_NOTE =
  'credited by the outlet heading a group of items (written once, over the group)';

/** A heading of a source group: the line's index and the outlet it names. */
export type SourceGroups = Map<number, string>;

const NONE: SourceGroups = new Map();

/** The outlet a short line names alone (`The Financial Times`, `Reuters:`), or undefined. */
function bareOutlet(text: string, f: LineFeatures): string | undefined {
  if (text.length > 60 || f.words > 8 || bulletMarked(text)) return undefined;
  const last = text.charCodeAt(text.length - 1);
  // A closing colon introduces the list; a closing full stop would make it a sentence.
  const name = last === 58 || last === 0xff1a ? text.slice(0, -1).trim() : text;
  if (f.sentenceEnd && name === text) return undefined;
  return lookupPublication(name) ? name : undefined;
}

export function sourceGroups(lines: readonly SourceLine[], feats: readonly LineFeatures[]): SourceGroups {
  let firstBullet = -1;
  let bullets = 0;
  let out: SourceGroups | undefined;
  for (let k = 0; k + 1 < lines.length; k++) {
    if (bulletMarked(lines[k]!.text)) {
      if (firstBullet < 0) firstBullet = k;
      bullets++;
      continue;
    }
    // Over a bulleted line: the group's first item comes next.
    if (!bulletMarked(lines[k + 1]!.text)) continue;
    const name = bareOutlet(lines[k]!.text, feats[k]!);
    if (name === undefined) continue;
    out ??= new Map();
    out.set(k, name);
  }
  if (lines.length > 0 && bulletMarked(lines.at(-1)!.text)) bullets++;
  // The first name heads the list (nothing above it to credit), and the groups hold a list.
  if (!out || bullets < 3 || out.keys().next().value! + 1 !== firstBullet) return NONE;
  return out;
}
