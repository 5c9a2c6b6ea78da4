import type { Briefing, Citation } from '@briefing/schema';
import {
  type CitationParseWithId,
  looksLikeBareCitation,
  parseCitationWithId,
  startsWithSourceKeyword,
} from './citation.js';
import { parseHttpUrl } from './urls.js';
import type { ParseIssue, ParseResult, SourceLine, UnparsedText } from './types.js';

/*
 * The page structure, as a small state machine over lines: a briefing is a title line,
 * paragraphs, and a citation block that closes it. Each input line goes to exactly one
 * place, so nothing written is lost.
 */

const HEADER = /^(.{1,200}?)\s+[-–—|]\s+(?:(\d{1,6})\.\s*page|page\s+(\d{1,6}))\s*$/i;
export const PAGE_HEADER = HEADER;

const CHROME = [
  /^skip (?:to|navigation)(?: (?:main )?content)?$/i,
  /^(?:menu|search|home|log ?in|sign ?in|sign ?up|subscribe|share|print|close|back to top|load more|show more|read more)$/i,
  /^(?:«|‹|<|←)?\s*(?:prev(?:ious)?|next|older|newer)(?: (?:page|posts|entries|briefings))?\s*(?:»|›|>|→)?$/i,
  /^page \d+ of \d+$/i,
  /^(?:«\s*)?\d{1,4}(?:\s+(?:\d{1,4}|…|\.\.\.))+(?:\s*»)?$/,
  /^(?:©|\(c\)|copyright\b)/i,
  /^all rights reserved\.?$/i,
];

export function isChromeLine(text: string): boolean {
  return text.length <= 120 && CHROME.some((re) => re.test(text));
}

function isUrlLine(text: string): boolean {
  return text.length <= 2100 && /^<?https?:\/\/\S+$/i.test(text) && parseHttpUrl(text) !== undefined;
}

const LIST_ITEM = /^\s*(?:\(?\d{1,2}[.)]|[-•*·–])\s*\S/;
const SOURCES_HEADING = /^\s*Sources?\s*[:：]?\s*$/i;
const MAX_TITLE = 500;
const MAX_PARAGRAPH = 20_000;
const MAX_CITATION_LINE = 1000;

const GLUED_HINT = /Sources?\s*[:：]/i;
const GLUED_SOURCE = /^(.*?[.!?”"’)])\s*(Sources?\s*[:：].{3,300})$/is;

/** `[paragraph, "(Outlet, Date)"]` when the line ends with a parenthesis; found from the end, in linear time. */
function inlineCitation(t: string): [string, string, string] | null {
  const end = t.endsWith(').') ? t.length - 1 : t.endsWith(')') ? t.length : -1;
  if (end < 0) return null;
  const open = t.lastIndexOf('(', end - 1);
  if (open <= 0 || end - open - 2 < 4 || end - open - 2 > 160) return null;
  const inner = t.slice(open, end);
  if (inner.slice(1, -1).includes(')')) return null;
  const before = t.slice(0, open).trimEnd();
  if (before.length === 0) return null;
  return [t, before, inner];
}

/** A line short enough and shaped like a heading (no closing full stop). */
function isTitleLike(text: string): boolean {
  return text.length <= 250 && !/[.!?;:,]$/.test(text);
}

interface Draft {
  title: string;
  line: number;
  body: string[];
  sources: { parse: CitationParseWithId; line: number; needsYear: boolean; raw: string; links?: string[] }[];
  /** The last body line ends a block element: the next line may not continue its paragraph. */
  lastBodyLine: number;
  /** The page ended before its citation. */
  incomplete: boolean;
}

export interface PageParseContext {
  language: string;
  year?: number;
}

export interface StructureResult extends Omit<ParseResult, 'items'> {
  drafts: Draft[];
}

function splitLong(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest.length > 0) out.push(rest);
  return out.filter((s) => s.length > 0);
}

export function parseStructure(all: readonly SourceLine[], ctx: PageParseContext): StructureResult {
  const page: StructureResult['page'] = { chrome: [] };
  const unparsed: UnparsedText[] = [];
  // Text set apart (HTML fallbacks, drawings) is kept as it stands and the page reads on without it.
  const apart = all.some((l) => l.apart !== undefined);
  const lines = apart ? all.filter((l) => l.apart === undefined) : all;
  const issues: ParseIssue[] = [];
  const drafts: StructureResult['drafts'] = [];
  let draft: Draft | undefined;
  let i = 0;

  // Everything above the listing header is site furniture.
  const firstSource = lines.findIndex((l) => startsWithSourceKeyword(l.text));
  const limit = Math.min(lines.length, 15, firstSource < 0 ? lines.length : firstSource);
  for (let h = 0; h < limit; h++) {
    const l = lines[h]!;
    if (l.chrome) continue;
    const m = HEADER.exec(l.text);
    if (m) {
      for (let c = 0; c < h; c++) page.chrome.push(lines[c]!.text);
      page.title = m[1]!.trim();
      page.number = Number(m[2] ?? m[3]);
      if (page.number < 1) delete page.number;
      page.header = l.text;
      i = h + 1;
      break;
    }
  }

  const citationOptions = (links?: string[]) => ({
    ...(ctx.year === undefined ? {} : { year: ctx.year }),
    ...(links && links.length > 0 ? { links } : {}),
  });

  const addCitations = (target: Draft, entries: { raw: string; line: number; links?: string[] }[]) => {
    for (const e of entries) {
      const parse = parseCitationWithId(e.raw, citationOptions(e.links));
      target.sources.push({
        parse,
        line: e.line,
        raw: e.raw,
        needsYear: parse.issues.some((x) => x.code === 'date-without-year'),
        ...(e.links ? { links: e.links } : {}),
      });
    }
  };

  const close = (incomplete: boolean) => {
    if (!draft) return;
    draft.incomplete = incomplete;
    drafts.push(draft);
    draft = undefined;
  };

  /* Ends the current briefing with the citation block that starts at `start`; returns the index after it. */
  const cite = (into: Draft, start: number, first?: { text: string; line: number; links?: string[] }) => {
    const { entries, next } = collect(start, first);
    addCitations(into, entries);
    close(false);
    return next;
  };

  /*
   * Collects a citation block from line `start`: the citation line (or `first`, the tail of
   * a line), URL lines, numbered entries of a `Sources:` list, further `Source:` lines.
   * Returns the entries and the index after the block.
   */
  const collect = (start: number, first?: { text: string; line: number; links?: string[] }) => {
    type Entry = { raw: string; line: number; links?: string[]; hasUrl: boolean };
    const entries: Entry[] = [];
    const head = first ?? { text: lines[start]!.text, line: lines[start]!.line, links: lines[start]!.links };
    let pendingHeading: string | undefined;
    const push = (text: string, line: number, links?: string[]) => {
      const raw = pendingHeading === undefined ? text : `${pendingHeading}\n${text}`;
      pendingHeading = undefined;
      entries.push({ raw, line, hasUrl: isUrlLine(text), ...(links?.length ? { links } : {}) });
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
      break;
    }
    if (pendingHeading !== undefined) entries.push({ raw: pendingHeading, line: head.line, hasUrl: false });
    return { entries, next: j };
  };

  while (i < lines.length) {
    const l = lines[i]!;
    const t = l.text;
    if (l.chrome) {
      page.chrome.push(t);
      i++;
      continue;
    }
    if (!draft) {
      if (isChromeLine(t) || (t.length <= 220 && /page/i.test(t) && HEADER.test(t))) {
        page.chrome.push(t);
        i++;
        continue;
      }
      if ((startsWithSourceKeyword(t) && t.length <= MAX_CITATION_LINE) || isUrlLine(t)) {
        const { entries, next } = collect(i);
        const previous = drafts.at(-1);
        if (previous && previous.sources.length > 0) addCitations(previous, entries);
        else
          for (const e of entries) {
            unparsed.push({ text: e.raw, line: e.line, reason: 'a citation with no briefing before it' });
          }
        i = next;
        continue;
      }
      if (t.length > MAX_TITLE) {
        unparsed.push({
          text: t,
          line: l.line,
          reason: `expected a briefing title here, but the line is ${t.length} characters long`,
        });
        issues.push({
          line: l.line,
          code: 'missing-title',
          message: 'a paragraph where a title was expected',
        });
        i++;
        continue;
      }
      draft = { title: t, line: l.line, body: [], sources: [], lastBodyLine: -1, incomplete: false };
      i++;
      if (lines[i]?.text === t && !lines[i]!.chrome) {
        unparsed.push({ text: t, line: lines[i]!.line, reason: 'the title repeated on the next line' });
        issues.push({
          line: lines[i]!.line,
          code: 'repeated-title',
          message: `the title "${t.slice(0, 60)}" is repeated`,
        });
        i++;
      }
      continue;
    }

    // Inside a briefing.
    const next = lines[i + 1];
    if ((startsWithSourceKeyword(t) && t.length <= MAX_CITATION_LINE) || isUrlLine(t)) {
      i = cite(draft, i);
      continue;
    }
    if (next && !next.chrome && isUrlLine(next.text) && looksLikeBareCitation(t, citationYear(ctx))) {
      i = cite(draft, i);
      continue;
    }
    // "...in 2024.Source: Xinhua, July 2, 2013": a citation glued to the end of the paragraph.
    // Most paragraphs have no colon at all: two string scans spare them the regex.
    const glued = (t.includes(':') || t.includes('：')) && GLUED_HINT.test(t) ? GLUED_SOURCE.exec(t) : null;
    if (
      glued &&
      (looksLikeBareCitation(glued[2]!.replace(/^Sources?\s*[:：]\s*/i, '')) ||
        (next && isUrlLine(next.text)))
    ) {
      pushParagraph(draft, glued[1]!.trim(), l, false);
      i = cite(draft, i + 1, { text: glued[2]!, line: l.line, ...(l.links ? { links: l.links } : {}) });
      continue;
    }
    // "...end of paragraph. (Chicago Tribune, 4 March 2018)": an inline citation, when the briefing ends here.
    const inline = inlineCitation(t);
    if (
      inline &&
      (next === undefined || next.chrome || isTitleLike(next.text) || isUrlLine(next.text)) &&
      !(next && startsWithSourceKeyword(next.text)) &&
      looksLikeBareCitation(inline[2]!, citationYear(ctx))
    ) {
      const citeText = t.slice(inline[1]!.length).trim();
      pushParagraph(draft, inline[1]!, l, false);
      i = cite(draft, i + 1, { text: citeText, line: l.line, ...(l.links ? { links: l.links } : {}) });
      continue;
    }
    pushParagraph(draft, t, l, true);
    i++;
  }
  if (draft) {
    issues.push({
      line: draft.line,
      item: drafts.length,
      code: 'incomplete-briefing',
      message: `the page ends inside the briefing "${draft.title.slice(0, 60)}" (no citation)`,
    });
    close(true);
  }
  if (apart) {
    for (const l of all)
      if (l.apart !== undefined) unparsed.push({ text: l.text, line: l.line, reason: l.apart });
    unparsed.sort((a, b) => a.line - b.line);
  }
  return { page, drafts, unparsed, issues };
}

const citationYear = (ctx: PageParseContext) => (ctx.year === undefined ? {} : { year: ctx.year });

function pushParagraph(draft: Draft, text: string, line: SourceLine, mayJoin: boolean) {
  if (text.length === 0) return;
  const prev = draft.body.at(-1);
  // A hard-wrapped paragraph: the line continues a sentence the previous line left open.
  if (
    mayJoin &&
    prev !== undefined &&
    !line.blankBefore &&
    draft.lastBodyLine === line.line - 1 &&
    !/[.!?:;"”’)\]…]$/.test(prev) &&
    /^\p{Ll}/u.test(text) &&
    prev.length + text.length < MAX_PARAGRAPH
  ) {
    draft.body[draft.body.length - 1] = `${prev} ${text}`;
  } else {
    for (const part of splitLong(text, MAX_PARAGRAPH)) draft.body.push(part);
  }
  draft.lastBodyLine = line.line;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable name for a title. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    h ^= text.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Turns the drafts into briefings: ids, the context year for year-less dates, issues per item. */
export function finishItems(
  structure: StructureResult,
  ctx: PageParseContext,
): { items: Briefing[]; issues: ParseIssue[] } {
  const issues: ParseIssue[] = [];
  // A year-less date ("Nov. 22") takes the caller's year, else the year most citations on the page carry.
  let year = ctx.year;
  if (year === undefined) {
    const counts = new Map<number, number>();
    for (const d of structure.drafts)
      for (const s of d.sources) {
        const y = s.parse.citation.date?.slice(0, 4);
        if (y) counts.set(Number(y), (counts.get(Number(y)) ?? 0) + 1);
      }
    let best = 0;
    for (const [y, n] of counts)
      if (n > best) {
        best = n;
        year = y;
      }
  }
  const used = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const items: Briefing[] = [];
  structure.drafts.forEach((d, index) => {
    const sources: Citation[] = [];
    let id: string | undefined;
    for (const s of d.sources) {
      let parse = s.parse;
      if (s.needsYear && year !== undefined) {
        parse = parseCitationWithId(s.raw, { year, ...(s.links ? { links: s.links } : {}) });
        const c = parse.citation;
        if (c.date && ctx.year === undefined) {
          c.notes = (c.notes ?? []).map((n) =>
            n.startsWith(`year ${year} taken from context`) ? `${n}: the most common year on the page` : n,
          );
        }
      }
      sources.push(parse.citation);
      id ??= parse.urlId;
      for (const x of parse.issues)
        issues.push({ line: s.line, item: index, code: x.code, message: x.message });
    }
    id ??= `briefing-${shortHash(d.title)}`;
    if (used.has(id)) {
      // The next free suffix per id, so a page of many repeats stays linear.
      let n = nextSuffix.get(id) ?? 2;
      while (used.has(`${id}-${n}`)) n++;
      nextSuffix.set(id, n + 1);
      id = `${id}-${n}`;
    }
    used.add(id);
    const item: Briefing = {
      id,
      title: d.title,
      body: d.body,
      sources,
      language: ctx.language,
      money: [],
      quantities: [],
    };
    if (d.incomplete) item.incomplete = true;
    items.push(item);
  });
  return { items, issues };
}
