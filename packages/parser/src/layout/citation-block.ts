import { looksLikeBareCitation, startsWithSourceKeyword, withoutLinkMarker } from '../citation.js';
import type { SourceLine } from '../types.js';
import { parseHttpUrl } from '../urls.js';

/*
 * A citation block: the citation line (or the tail of a line), URL lines, numbered entries of
 * a `Sources:` list, further `Source:` lines. It closes the briefing above it.
 */

export const MAX_CITATION_LINE = 1000;
const LIST_ITEM = /^\s*(?:\(?\d{1,2}[.)]|[-•*·–])\s*\S/;
const SOURCES_HEADING = /^\s*Sources?\s*[:：]?\s*$/i;

/**
 * "Global Times, 02.02.2023" alone on a line: a citation without its keyword (the model page's
 * form, and press reviews that list outlet and date), short and ending in a year (or an ISO date),
 * or in the time of day after it (`Jakarta Post Latest News - Thu, 2016-03-31 12:29`: feed readers and
 * aggregators print the feed's name and the entry's time so under each headline; `March 31,
 * 2016 12:29 pm` as blog and CMS date rows print it).
 */
const YEAR_END = /\d{4}(?:-\d{1,2}-\d{1,2})?\.?(?:,?\s+\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?)?$/i;

export function outletDateLine(text: string): boolean {
  // `Al Jazeera, Dec. 20, 2025 [Link]`: the anchor's text after the credit (see `withoutLinkMarker`).
  const t = withoutLinkMarker(text);
  return mayEndOutletDate(t) && YEAR_END.test(t) && looksLikeBareCitation(t);
}

/**
 * `outletDateLine`'s cheap look: at most 80 characters, and a last character `YEAR_END` can end
 * on (a digit, a full stop or the `m` of `am`/`pm`). It spares most lines the end-anchored
 * pattern (tried from every position), and a caller its dearer tests of the neighbours.
 */
export function mayEndOutletDate(text: string): boolean {
  if (text.length > 80) return false;
  const c = text.charCodeAt(text.length - 1);
  return (c >= 48 && c <= 57) || c === 46 || c === 109 || c === 77;
}

// The reader asks about the same line several times in a row (shape, citation block, credit):
// the last answer is kept.
const URL_ALONE = /^<?https?:\/\/\S+$/i;
let lastUrlText = '';
let lastUrlAnswer = false;

export function isUrlLine(text: string): boolean {
  const c = text.charCodeAt(0);
  // Only a line starting with "h" or "<" can be a URL line: most lines stop here, before the
  // comparison with the last line asked (which reads both strings when their lengths match).
  if (c !== 104 && c !== 72 && c !== 60) return false;
  if (text === lastUrlText) return lastUrlAnswer;
  const answer = text.length <= 2100 && URL_ALONE.test(text) && parseHttpUrl(text) !== undefined;
  lastUrlText = text;
  lastUrlAnswer = answer;
  return answer;
}

export interface CitationEntry {
  raw: string;
  line: number;
  links?: string[];
  hasUrl: boolean;
}

/** Collects the block from line `start` (or from `first`, the tail of that line); returns the entries and the index after it. */
export function collectCitations(
  lines: readonly SourceLine[],
  start: number,
  first?: { text: string; line: number; links?: string[] },
): { entries: CitationEntry[]; next: number } {
  const entries: CitationEntry[] = [];
  const head = first ?? { text: lines[start]!.text, line: lines[start]!.line, links: lines[start]!.links };
  let pendingHeading: string | undefined;
  const push = (text: string, line: number, links?: string[]) => {
    const raw = pendingHeading === undefined ? text : `${pendingHeading}\n${text}`;
    pendingHeading = undefined;
    const entry: CitationEntry = { raw, line, hasUrl: isUrlLine(text) };
    if (links?.length) entry.links = links;
    entries.push(entry);
  };
  if (SOURCES_HEADING.test(head.text)) pendingHeading = head.text;
  else push(head.text, head.line, head.links);
  let j = first ? start : start + 1;
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.chrome) break;
    const t = l.text;
    const last = entries.at(-1);
    if (isUrlLine(t)) {
      if (last && !last.hasUrl && pendingHeading === undefined) {
        last.raw += `\n${t}`;
        last.hasUrl = true;
      } else push(t, l.line);
      continue;
    }
    if (t.length > MAX_CITATION_LINE) break;
    if (startsWithSourceKeyword(t)) {
      push(t, l.line, l.links);
      continue;
    }
    const next = lines[j + 1]?.text;
    if (
      LIST_ITEM.test(t) &&
      (looksLikeBareCitation(t.replace(LIST_ITEM, (m) => m.slice(-1))) ||
        (next !== undefined && isUrlLine(next)) ||
        /https?:\/\//.test(t))
    ) {
      push(t, l.line, l.links);
      continue;
    }
    if (next !== undefined && isUrlLine(next) && looksLikeBareCitation(t)) {
      push(t, l.line, l.links);
      continue;
    }
    // Another "Outlet, Date" line: several sources of one item, one per line.
    if (outletDateLine(t)) {
      push(t, l.line, l.links);
      continue;
    }
    break;
  }
  if (pendingHeading !== undefined) entries.push({ raw: pendingHeading, line: head.line, hasUrl: false });
  return { entries, next: j };
}

/**
 * `— AEC News Today/ PR Newswire (media release)`: a dash credit naming two or three sources
 * joined by slashes, as a joint credit joins agencies (`AFP/Reuters`, see `agencyCredit`) but
 * with names the publication table may not know: each part a capitalised name of up to five
 * words. A note in parentheses after the last name (`(media release)`) goes with it. One piece
 * per name, its raw text cut at the slash so every character stays in one of them.
 */
const DASH_LEAD = /^\s*(?:—|–|―|--)\s*/u;
const SOURCE_LEAD = /^\s*sources?\s*[:：]\s*/iu;
const SLASHED_NAME = /^\p{Lu}[\p{L}\p{N}.&'’!-]*(?: [\p{L}\p{N}.&'’!-]+){0,4}$/u;

/**
 * The names of a credit that joins two or three sources by slashes (`The Star/Asia News Network`,
 * `LV/VT`): each a capitalised name of up to five words, or undefined.
 */
export function slashedNames(body: string): string[] | undefined {
  if (!body.includes('/') || body.length > 120) return undefined;
  const names = body.split('/').map((n) => n.trim());
  return names.length >= 2 && names.length <= 3 && names.every((n) => SLASHED_NAME.test(n))
    ? names
    : undefined;
}

export function slashedDashCredit(raw: string): { raw: string; name: string }[] | undefined {
  if (!raw.includes('/') || raw.length > 120 || raw.includes('\n')) return undefined;
  // `— A/B` as dash credits set it; `Source: The Star/Asia News Network`, the same joint credit
  // after a source label (Asia News Network's members credit each other's copy so).
  const dash = DASH_LEAD.exec(raw) ?? SOURCE_LEAD.exec(raw);
  if (!dash) return undefined;
  const body = raw.slice(dash[0].length).replace(/\s*\([^()]{1,40}\)\s*$/u, '');
  const names = slashedNames(body);
  if (!names) return undefined;
  const pieces: { raw: string; name: string }[] = [];
  let from = 0;
  names.forEach((name, k) => {
    const slash = k + 1 < names.length ? raw.indexOf('/', raw.indexOf(name, from) + name.length) : raw.length;
    pieces.push({ raw: raw.slice(from, k + 1 < names.length ? slash + 1 : raw.length).trim(), name });
    from = slash + 1;
  });
  return pieces;
}
