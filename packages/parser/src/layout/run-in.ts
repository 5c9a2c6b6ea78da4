import type { SourceLine } from '../types.js';
import type { LineFeatures } from './features.js';
import { BULLET_MARK } from './rules.js';
import { wireLead } from './wire-leads.js';

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

/** A mark before a line's first word: an emoji, a bullet or a dash, then a space. */
const LEAD_MARK = /^[^\p{L}\p{N}\s"“‘'(]{1,4}\s+/u;

/**
 * `Stocks rally as rate fears ease | Shares rose on Monday...`: a headline set off from its text
 * by a spaced bar, as digests print "headline | summary" (newsletters' quick hits, feed digests)
 * the way others use an em dash. The same limits as `runInDash`.
 */
function runInBar(text: string): number | undefined {
  // The bar by the native one-character search first (a search for ' | ' stops at every space),
  // then a backward look from 160 bounds the search on long lines (as in `runInDash`).
  if (!text.includes('|') || text.lastIndexOf(' | ', 160) < 10) return undefined;
  const at = text.indexOf(' | ');
  if (at < 10 || at > 160 || text.length - at < 40 || text.indexOf(' | ', at + 3) >= 0) return undefined;
  const head = text.slice(0, at).replace(LEAD_MARK, '');
  const words = head.split(/\s+/).length;
  if (words < 3 || words > 20 || !/^[\p{Lu}\d‘’“"']/u.test(head) || /[.!?]$/.test(head)) return undefined;
  return at + 3;
}

/**
 * `🇩🇪 <a>Headline</a> | summary`, `- [Headline](https://...) - summary`: a linked headline run
 * into its summary with a dash, a bar or a colon, as newsletters' "quick hits" and Markdown link
 * lists print an item (the linked headline is the item's, as in `layout/link-items.ts`). Only a
 * mark (an emoji, a bullet) may stand before the link. Returns where the text starts.
 */
export function linkedRunIn(line: SourceLine): { at: number; rest: number } | undefined {
  const a = line.anchors?.[0];
  if (!a || line.text.length > 2000) return undefined;
  const at = line.text.indexOf(a.text);
  if (at < 0 || at > 6 || LETTER_OR_DIGIT.test(line.text.slice(0, at))) return undefined;
  const words = a.text.split(/\s+/).length;
  if (words < 3 || words > 25) return undefined;
  const after = at + a.text.length;
  const sep = LINK_SEPARATOR.exec(line.text.slice(after, after + 12));
  if (!sep || line.text.length - after - sep[0].length < 40) return undefined;
  return { at, rest: after + sep[0].length };
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LINK_SEPARATOR = /^\s*[-–—|:]\s+/u;

/** Per line, where its text starts after a run-in headline, on a page set that way; else empty. */
export function runInHeads(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
): Map<number, number> {
  // A run-in headline is a page's habit, not one line's: "Deal: text" happens in prose too, so
  // it counts only where two lines or more of the page are set this way (The Star's and China
  // Daily's "in brief" columns alike).
  const found = new Map<number, number>();
  // Only lines of 80 characters or more are read, and the page needs a third of them set so
  // (see below): counted first, so the reading stops as soon as the lines left cannot make it.
  let long = 0;
  // Indexed: this loop runs once per page, often before it is optimised, and a `for...of` there
  // allocates an iterator result per line.
  for (let k = 0; k < feats.length; k++) if (feats[k]!.chars >= 80) long++;
  let left = long;
  // Indexed, not `forEach` (see `numberedItems`).
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (feats[k]!.chars < 80) continue;
    // Each long line read adds one line at most: with those left, a third is out of reach.
    if ((found.size + left) * 3 < long) return new Map();
    left--;
    if (l.chrome) continue;
    const linked = l.anchors ? linkedRunIn(l) : undefined;
    if (linked) {
      found.set(k, linked.rest);
      continue;
    }
    // An HTML heading is a headline whole, dash and all.
    // (The cheap dash test first: the dateline patterns run only on a line it accepts.)
    const dashed = feats[k]!.heading ? undefined : runInDash(l.text);
    if (dashed !== undefined && !wireLead(l.text)) {
      found.set(k, dashed);
      continue;
    }
    const bar = runInBar(l.text);
    if (bar !== undefined) {
      found.set(k, bar);
      continue;
    }
    const colon = l.text.indexOf(':');
    if (colon < 10 || colon > 110) continue;
    // A mark may lead the line ("📈 Stocks rally: ...", "— Stocks rally: ..."): it is no part of the head.
    const mark = LEAD_MARK.exec(l.text)?.[0].length ?? 0;
    const m = RUN_IN.exec(mark > 0 ? l.text.slice(mark) : l.text);
    if (!m) continue;
    const head = m[1]!;
    // "Cango, Inc. (NYSE: CANG), ...": a colon inside parentheses is a ticker, not a run-in head.
    if (head.lastIndexOf('(') > head.lastIndexOf(')')) continue;
    const words = head.split(/\s+/).length;
    if (words < 3 || words > 16 || !/^[\p{Lu}\d]/u.test(head)) continue;
    const rest = l.text.length - mark - m[0].length;
    // "TAIPEI, October 10 (Reuters): Taiwan wants...": a wire dateline, not a run-in headline
    // (asked last: the dearest test, and only lines shaped like a run-in head come this far).
    if (rest >= 40 && !wireLead(l.text)) found.set(k, mark + m[0].length);
  }
  // ...and only where such lines are a good share (a third) of the page's longer lines, so a
  // sentence with a colon in an ordinary page ("posted on X: This is...") is no headline.
  return found.size >= 2 && found.size * 3 >= long ? found : new Map();
}

export interface RunIn {
  title: string;
  /** Where the text starts. */
  rest: number;
  /** The dash, bar or colon that set the headline off (layout, not title). */
  separator?: string;
  /** A mark before a linked headline (an emoji, a bullet). */
  mark?: string;
}

/** The parts of line `line`, whose run-in headline ends at `end` (see `runInHeads`). */
export function runInParts(line: SourceLine, end: number): RunIn {
  // A linked headline: the link's text is the title; the mark before it and the separator after
  // it are layout.
  const linked = linkedRunIn(line);
  if (linked?.rest === end) {
    const title = line.anchors![0]!.text;
    const mark = line.text.slice(0, linked.at).trim();
    return {
      title,
      rest: end,
      separator: line.text.slice(linked.at + title.length, end).trim(),
      ...(mark ? { mark } : {}),
    };
  }
  let head = line.text.slice(0, end).trimEnd();
  // A mark leading the line (a bullet, an emoji) is layout, as the separator is.
  const lead = LEAD_MARK.exec(head)?.[0] ?? '';
  const mark = lead.trim();
  head = head.slice(lead.length);
  // "Headline — text", "Headline | text": the dash or bar sets the headline off, no part of it.
  const separator = head.endsWith('—') ? '—' : head.endsWith('|') ? '|' : undefined;
  return {
    title: separator ? head.slice(0, -1).trimEnd() : head,
    rest: end,
    ...(separator ? { separator } : {}),
    ...(mark ? { mark } : {}),
  };
}
