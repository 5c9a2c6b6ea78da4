import type { Briefing, Citation } from '@briefing/schema';
import { parseCitationWithId } from './citation.js';
import { parseDate } from './dates.js';
import { untitledBody } from './layout/draft.js';
import { SHARED_CREDIT_NOTE } from './layout/source-groups.js';
import type { PageParseContext, StructureResult } from './page.js';
import type { ParseIssue } from './types.js';

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
  // A year-less date ("Nov. 22") takes the caller's year, else the year the page's full dates
  // carry most: its citations', its items' timestamps and its edition heading's ("World news,
  // December 11, 2018" over "BEIJING, Dec 11 (Xinhua)"), the dates the page states itself.
  let year = ctx.year;
  if (year === undefined) {
    const counts = new Map<number, number>();
    const count = (iso: string | undefined) => {
      const y = iso?.slice(0, 4);
      if (y) counts.set(Number(y), (counts.get(Number(y)) ?? 0) + 1);
    };
    for (const d of structure.drafts) {
      for (const s of d.sources) count(s.parse.citation.date);
      count(d.published);
      count(gluedDate(d.body.at(-1)));
    }
    count(headingDate(structure.page.header));
    let best = 0;
    for (const [y, n] of counts)
      if (n > best) {
        best = n;
        year = y;
      }
  }
  const dayFirst = pageDateOrder(structure);
  const used = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const items: Briefing[] = [];
  structure.drafts.forEach((d, index) => {
    const sources: Citation[] = [];
    let id: string | undefined;
    for (const s of d.sources) {
      let parse = s.parse;
      const order = s.parse.dayFirst === 'open' ? dayFirst : undefined;
      if ((s.needsYear && year !== undefined) || order !== undefined) {
        parse = parseCitationWithId(s.readAs ?? s.raw, {
          ...(year !== undefined ? { year } : {}),
          ...(s.links ? { links: s.links } : {}),
          ...(order !== undefined ? { dayFirst: order } : {}),
        });
        if (s.readAs !== undefined) parse.citation.raw = s.raw;
        const c = parse.citation;
        if (c.date && ctx.year === undefined) {
          c.notes = (c.notes ?? []).map((n) =>
            n.startsWith(`year ${year} taken from context`) ? `${n}: the most common year on the page` : n,
          );
        }
      }
      if (s.shared) {
        // One heading credits the whole group: each item gets its own copy of the citation.
        parse = { ...parse, citation: { ...parse.citation } };
        parse.citation.notes = [...(parse.citation.notes ?? []), SHARED_CREDIT_NOTE];
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
      // Each candidate is made once: the set hashes it, and the free one becomes the id.
      let free = `${id}-${n}`;
      while (used.has(free)) free = `${id}-${++n}`;
      nextSuffix.set(id, n + 1);
      id = free;
    }
    used.add(id);
    const item: Briefing = {
      id,
      title: d.title,
      body: d.untitled ? untitledBody(d) : d.body,
      sources,
      language: ctx.language,
      money: [],
      quantities: [],
    };
    if (d.incomplete) item.incomplete = true;
    else if (sources.length === 0) item.uncited = true;
    if (d.untitled) item.untitled = true;
    if (d.by !== undefined) item.by = d.by;
    if (d.published !== undefined) item.published = d.published;
    items.push(item);
  });
  return { items, issues };
}

/**
 * The order this page writes numeric dates in, day or month first, from its credits' dates that
 * were read in a certain order (a number over 12, the outlet's country or script): a page prints
 * its dates one way (a template's date field; an editor's habit), so a date either of whose
 * numbers could be the month (`08/03/2017`, `02/08 13:45`) is read in that order. No order when
 * the page's dates disagree or none was read in one.
 */
function pageDateOrder(structure: StructureResult): boolean | undefined {
  let first = 0;
  let second = 0;
  for (const d of structure.drafts)
    for (const s of d.sources) {
      if (s.parse.dayFirst === true) first++;
      else if (s.parse.dayFirst === false) second++;
    }
  return first > 0 && second === 0 ? true : second > 0 && first === 0 ? false : undefined;
}

/** The full date an edition heading ends with (`China: Daily Scan, August 8, 2022`), if any. */
function headingDate(header: string | undefined): string | undefined {
  if (header === undefined || header.length > 80) return undefined;
  const m =
    /(?:^|,\s*|\s)((?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\s+\d{4})|(?:\d{4}-\d{2}-\d{2}))$/u.exec(
      header,
    );
  // `[2026-02-09 농산물 뉴스 Brief]`: an ISO date anywhere in the heading names the edition too.
  const iso = m ? undefined : /(?:^|[^\d])(\d{4}-\d{2}-\d{2})(?![\d])/.exec(header);
  if (!m && !iso) return undefined;
  const d = parseDate(m ? m[1]! : iso![1]!);
  return d.ok ? d.date : undefined;
}

/**
 * `... between poor farmers and industrial developers. Sep 21, 2013`: the item's date that a
 * listing template prints right after its teaser, on the same line; a date the page states,
 * counted for the page's year (the text itself is left as it is).
 */
const GLUED_DATE =
  /[.!?…"”’)]\s+((?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\s+\d{4}))$/u;

function gluedDate(text: string | undefined): string | undefined {
  // A date ends in a year: most paragraphs end otherwise and are spared the pattern.
  if (text === undefined || text.length < 12) return undefined;
  const c = text.charCodeAt(text.length - 1);
  if (c < 48 || c > 57) return undefined;
  const m = GLUED_DATE.exec(text.slice(-40));
  if (!m) return undefined;
  const d = parseDate(m[1]!);
  return d.ok ? d.date : undefined;
}
