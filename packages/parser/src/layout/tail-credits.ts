import type { SourceLine } from '../types.js';
import { lookupPublication } from '../publications.js';
import { isWhiteSpace } from '../text.js';
import { teaserEnds } from './features.js';
import { isWireAcronym } from './rules.js';

/*
 * `... to absorb the record 95,000 people who moved west last year. The Fin`: the short name of
 * the paper a summary comes from, glued after its last sentence with no dash. One such tail is
 * a sentence fragment as often as a credit; the page's habit decides: where three paragraphs or
 * more end so, their tails are credits (the repetition cue of jusText and trafilatura, applied to
 * line endings). Press digests that summarise several papers print them so ("The Fin", "The
 * Aus"; "AAP", "Reuters").
 */

/** A sentence end, then up to four capitalised words and nothing else. Anchored, on 60 characters. */
export const BARE_TAIL = /([.!?…”"’)])\s+(\p{Lu}[\p{L}.&'’]*(?: [\p{Lu}&][\p{L}.&'’]*){0,3})$/u;

export interface TailCredit {
  before: string;
  raw: string;
  outlet: string;
}

/**
 * `BARE_TAIL` can match: the last word of the tail (after its last space) opens with a capital or
 * `&`, as the name's last word must. Most paragraphs end in a lower-case word or a number.
 */
export function lastWordMayBeName(text: string): boolean {
  let k = text.length;
  while (k > 0 && k > text.length - 60 && !isWhiteSpace(text.charCodeAt(k - 1))) k--;
  if (k === text.length || k === 0 || k <= text.length - 60) return false;
  const c = text.charCodeAt(k);
  return c === 38 || (c >= 65 && c <= 90) || (c > 0x7f && UPPER_START.test(text.slice(k, k + 2)));
}
const UPPER_START = /^\p{Lu}/u;

export function bareTail(text: string): TailCredit | undefined {
  if (!lastWordMayBeName(text)) return undefined;
  const tail = text.length > 60 ? text.slice(-60) : text;
  const m = BARE_TAIL.exec(tail);
  if (!m) return undefined;
  // "... Full Story", "... Read More": the teaser's link, not a credit (see `teaserEnds`); asked
  // after the pattern, which most lines fail.
  if (teaserEnds(text)) return undefined;
  const at = text.length - tail.length + m.index + m[1]!.length;
  return { before: text.slice(0, at), raw: text.slice(at).trim(), outlet: m[2]! };
}

/*
 * `... reduce national logistics costs. (Kontan)`: the paper a summary comes from, in parentheses
 * after its last full stop (Indonesian and Indian market digests, press-clipping pages). One such
 * ending may be an aside or a label (`(Updated)`); a name that closes two summaries or more is
 * the page's credit habit (the repetition cue), known outlet or not. Only a name: labels aside.
 */
const PAREN_TAIL = /([.!?…”"’])\s+\((\p{Lu}[\p{L}.&'’]*(?: [\p{Lu}&][\p{L}.&'’]*){0,3})\)$/u;
const NOT_CREDIT =
  /^(?:END|Ends|More|Photo|Photos|Video|Audio|File|Update|Updated|Lead|Live|Continued|Translated|Advertisement|Opinion|Analysis|Editorial|Exclusive|Sponsored|Graphic|Map)$/i;

export function parenTail(text: string): TailCredit | undefined {
  if (text.charCodeAt(text.length - 1) !== 41) return undefined;
  const tail = text.length > 60 ? text.slice(-60) : text;
  const m = PAREN_TAIL.exec(tail);
  if (!m || NOT_CREDIT.test(m[2]!)) return undefined;
  const at = text.length - tail.length + m.index + m[1]!.length;
  return { before: text.slice(0, at), raw: text.slice(at).trim(), outlet: m[2]! };
}

/** The credit `text` ends with, when it is one of the page's (`pageTailCredits`). */
export function tailCreditOf(tails: Set<string>, text: string): TailCredit | undefined {
  const t = bareTail(text);
  if (t) return tails.has(t.outlet) ? t : undefined;
  const p = parenTail(text);
  return p && tails.has(`(${p.outlet})`) ? p : undefined;
}

/** The tails that are credits on this page: empty unless three lines or more end with one. */
export function pageTailCredits(lines: readonly SourceLine[]): Set<string> {
  const tails = new Set<string>();
  let count = 0;
  // Names in parentheses: each one a credit when it closes two summaries (see `PAREN_TAIL`).
  let parens: Map<string, number> | undefined;
  // Indexed, not `for...of`: run once per page, often before it is optimised, where a `for...of`
  // allocates an iterator result per line.
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k]!.text;
    // Only lines of running text carry a summary's credit (a headline is no sentence).
    if (text.length < 80) continue;
    const t = bareTail(text);
    if (!t) {
      const p = parenTail(text);
      if (p) {
        parens ??= new Map();
        parens.set(p.outlet, (parens.get(p.outlet) ?? 0) + 1);
      }
      continue;
    }
    count++;
    tails.add(t.outlet);
  }
  const out = bareTailCredits(lines, tails, count);
  // Keyed with their parentheses: a bare tail of the same name is not asked by this habit.
  if (parens) for (const [name, n] of parens) if (n >= 2) out.add(`(${name})`);
  return out;
}

function bareTailCredits(lines: readonly SourceLine[], tails: Set<string>, count: number): Set<string> {
  if (count < 3) return new Set();
  // A digest credits a handful of papers, each more than once ("The Fin" four times, "The Aus"
  // twice): a name that recurs marks the page's habit. Tails that are all different are credits
  // only when each names a known outlet or a contributor the page lists; else they are the
  // words a site's fixed-length teaser cut stopped on ("... with the US. Chinese Foreign").
  // A wire acronym counts as known (`... said. MAP`, `... on Tuesday. TAP`): national agencies
  // sign their copy with their initials, as Maghreb, Gulf and African portals print one agency
  // per story (the same letters alone under a text are a sign-off in sign-off-lines.ts); a
  // teaser cut stops on a word, seldom on capitals three times over.
  if (count > tails.size) return tails;
  let people: Set<string> | undefined;
  for (const name of tails) {
    if (lookupPublication(name) !== undefined || isWireAcronym(name)) continue;
    people ??= pageContributors(lines);
    if (!people.has(name)) return new Set();
  }
  return tails;
}

/**
 * `(Jamaica Gleaner) Food conglomerate ...`, `(Trinidad Guardian) Angered by ...`: a regional
 * aggregator's summaries each opened by the name of the paper they come from, in parentheses,
 * as `(Reuters) -` opens wire copy but with no dash. One such opening could be an aside; three or
 * more on the page (of one name or several) are its credits, known outlets or not. The name is
 * two to five capitalised words; a sentence (capital) follows.
 */
// Two words or more: a one-word opening (`(Updated)`, `(LEAD)`, `(Video)`) is a label, not a paper.
const LEAD_NAME = /^\((\p{Lu}[\p{L}.&'’-]*(?: (?:of |de |the )?\p{Lu}[\p{L}.&'’-]*){1,4})\)\s+(?=\p{Lu})/u;

export function pageLeadCredits(lines: readonly SourceLine[]): Set<string> {
  const names = new Set<string>();
  let count = 0;
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k]!.text;
    // Running text after the name (a headline is no summary).
    if (text.length < 80 || text.charCodeAt(0) !== 40) continue;
    const m = LEAD_NAME.exec(text);
    if (!m) continue;
    count++;
    names.add(m[1]!);
  }
  return count >= 3 ? names : new Set();
}

/*
 * `Brett Foley, Joyce Moullakis, Ian Howarth and Martin Pretty`: a line that lists people by
 * name, first and last, three or more joined by commas and a final "and", as a briefs column
 * lists its contributors above the items. A tail glued after a summary that names one of them
 * is that reporter's byline, not the paper the summary comes from (`... Private Equity . Brett
 * Foley`): the page itself says the name is a person's.
 */
const PERSON = String.raw`\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}`;
const NAME_LIST = new RegExp(`^${PERSON}(?:, ${PERSON}){1,12},? and ${PERSON}$`, 'u');
const PERSON_G = new RegExp(PERSON, 'gu');

/** The people the page lists by name in one line (its contributors), if any. */
export function pageContributors(lines: readonly SourceLine[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k]!.text;
    if (text.length > 300 || text.indexOf(' and ') < 0 || !NAME_LIST.test(text)) continue;
    for (const m of text.matchAll(PERSON_G)) out.add(m[0]);
  }
  return out;
}
