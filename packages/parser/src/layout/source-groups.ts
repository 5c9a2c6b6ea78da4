import { lookupPublication } from '../publications.js';
import type { SourceLine } from '../types.js';
import type { LineFeatures } from './features.js';
import { NUMBER } from './numbered.js';
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
  let name = last === 58 || last === 0xff1a ? text.slice(0, -1).trim() : text;
  // `FINANCIAL TIMES《金融时报》`, `The Guardian《卫报》`: the name with its Chinese name in the
  // book-title marks, the Chinese convention for naming a publication (《》 enclose every paper's
  // and journal's name), as bilingual press reviews head each paper's group; the name as written
  // before the marks is the credit.
  if (last === 0x300b) {
    const open = name.lastIndexOf('《');
    if (open > 0) name = name.slice(0, open).trim();
  }
  if (f.sentenceEnd && name === text) return undefined;
  return lookupPublication(name) ? name : undefined;
}

/**
 * `Chicago Sun-Times:`, `TheDeal.com:`: a short name closed by a colon that no table knows, in
 * the place a known outlet's heading stands (alone on its line over a bulleted line). Once the
 * page has headed two groups or more with known outlets' names closed by a colon, it has shown
 * what that place holds: the next names in it are outlets too (a page keeps one habit for one
 * job; seen on a business blog grouping the day's headlines by source, dev 825, as The Wire
 * China groups its roundup under each paper's name). The name opens with a capital and is no
 * sentence.
 */
function colonName(text: string, f: LineFeatures): string | undefined {
  if (text.length > 60 || f.words > 8 || bulletMarked(text)) return undefined;
  const last = text.charCodeAt(text.length - 1);
  if (last !== 58 && last !== 0xff1a) return undefined;
  const name = text.slice(0, -1).trim();
  const first = name.charCodeAt(0);
  if (name.length < 3 || !((first >= 65 && first <= 90) || /^\p{Lu}/u.test(name))) return undefined;
  // Closing sentence punctuation before the colon (`Read more?:`) is no name's.
  const end = name.charCodeAt(name.length - 1);
  if (end === 63 || end === 33) return undefined;
  return name;
}

/** The line opens a numbered list at its first number (`1、`, `1.`, `1)`). */
function opensNumbering(text: string): boolean {
  return text.charCodeAt(0) === 49 && NUMBER.exec(text)?.[1] === '1';
}

export function sourceGroups(lines: readonly SourceLine[], feats: readonly LineFeatures[]): SourceGroups {
  let firstBullet = -1;
  let bullets = 0;
  let out: SourceGroups | undefined;
  /** Headings over a list numbered from 1, and over a bulleted line. */
  let numbered = 0;
  let overBullets = 0;
  /** Known outlets' headings closed by a colon, and unknown colon-closed names over bullets. */
  let colonKnown = 0;
  const colonUnknown = new Map<number, string>();
  for (let k = 0; k + 1 < lines.length; k++) {
    if (bulletMarked(lines[k]!.text)) {
      if (firstBullet < 0) firstBullet = k;
      bullets++;
      continue;
    }
    // Over a bulleted line, or over the number 1 of a list: the group's first item comes next.
    // A front-page review numbers each paper's headlines from 1 under the paper's name (`FINANCIAL
    // TIMES` over `1、BoE lifts rates`, then `THE NEW YORK TIMES` over `1、TRUMP LAYS OUT ...`),
    // as ordered lists restart under each heading.
    const next = lines[k + 1]!.text;
    const bulleted = bulletMarked(next);
    if (!bulleted && !opensNumbering(next)) continue;
    const name = bareOutlet(lines[k]!.text, feats[k]!);
    if (name === undefined) {
      const unknown = bulleted ? colonName(lines[k]!.text, feats[k]!) : undefined;
      if (unknown !== undefined) colonUnknown.set(k, unknown);
      continue;
    }
    if (bulleted && /[:\uff1a]$/.test(lines[k]!.text)) colonKnown++;
    out ??= new Map();
    out.set(k, name);
    if (bulleted) overBullets++;
    else numbered++;
  }
  if (lines.length > 0 && bulletMarked(lines.at(-1)!.text)) bullets++;
  if (!out) return NONE;
  // Two papers' names or more, each over a list restarting at 1: the page groups its numbered
  // items by outlet (one name over a numbered list may be a story's own title).
  if (overBullets === 0 && numbered >= 2) return out;
  // The first name heads the list (nothing above it to credit), and the groups hold a list.
  if (numbered > 0 || bullets < 3 || out.keys().next().value! + 1 !== firstBullet) return NONE;
  if (colonKnown >= 2) for (const [k, name] of colonUnknown) out.set(k, name);
  return out;
}

/**
 * A bulleted line of a group that is a whole sentence closed by a full stop (`- The crisis at
 * Morgan Stanley is costing the firm business.`): headlines drop the closing full stop (news
 * style the world over), so six words or more closed by one are a headless brief's sentence.
 */
export function bulletSentence(text: string, f: LineFeatures): boolean {
  if (!f.sentenceEnd || f.words < 6) return false;
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) <= 32) end--;
  const last = text.charCodeAt(end - 1);
  return last === 46 || last === 0x3002;
}
