import { type Citation, type CitationChecks, HTTP_URL_PATTERN } from '@briefing/schema';
import { daysBetween, mayHoldDate, parseDate } from './dates.js';
import { split } from './citation-split.js';
import { hostFacts } from './host-facts.js';
import { resolveName } from './citation-names.js';
import { isBracketedSourceLabel, stripSourceLabel } from './source-label.js';
import { collapseSpaces, firstNonSpace, isWhiteSpace, splitAt } from './text.js';
import { parseHttpUrl, pathDate, pathId } from './urls.js';

// The page structure reads the label through this module too.
export { startsWithSourceKeyword } from './source-label.js';

export interface CitationOptions {
  /** Year for dates written without one (`Nov. 22`); flagged in `notes` when used. */
  year?: number;
  /** Link targets the text points to without writing them (an HTML `<a href>`). */
  links?: readonly string[];
  /**
   * The order to read a numeric date in whose two numbers could each be the month (`08/03/2017`)
   * when the outlet's country or script gives none: the order of the page's other dates.
   */
  dayFirst?: boolean;
}

export interface CitationIssue {
  code: string;
  message: string;
}

export interface CitationParse {
  citation: Citation;
  issues: CitationIssue[];
}

/** A citation parse with the briefing id its URL gives (`cna.com.tw:202512200196`), for the page parser. */
export interface CitationParseWithId extends CitationParse {
  urlId?: string;
  /**
   * How a numeric date of two numbers that could each be the month was read: `true` day first,
   * `false` month first, `undefined` for any other date; `'open'` when no order was given.
   */
  dayFirst?: boolean | 'open';
}

/** A labelled classification field and all after it: `Category:`, `Tags:`, `Filed under:`, `Source Type:`. */
// `Source: Xinhua| 2018-05-14 10:44:12|Editor: Xiang Bo`: the editor's field, as Xinhua's and
// China.org.cn's article templates print it (`责任编辑`, `编辑` on their Chinese pages), names a
// member of staff, not the source.
const META_FIELDS =
  /\s+(?:categor(?:y|ies)|tags?|topics?|filed under|source type|editors?|责任编辑|編輯|编辑)\s*[:：].*$/is;
/**
 * `Xinhua | Updated: 2024-06-07 10:15`, `Reuters, Published: June 4, 2024`: the label of a date
 * field in a CMS meta row (WordPress's and news CMSs' "Updated:"/"Posted:" rows alike), before a
 * date that opens with its digits or its month's name; the date is the credit's, the label no part
 * of it.
 */
const DATE_LABEL =
  /,\s*(?:last\s+)?(?:updated|published|posted|dated?)(?:\s+on)?\s*:\s*(?=\d|\p{L}{3,9}\.?\s+\d)/giu;
/**
 * `Dawn, Published December 20, 2025`, `The Nation, Posted on 20 Dec 2025`: the same label
 * without its colon, as Pakistani and Nigerian dailies' and WordPress themes' meta rows print it;
 * only `Published` and `Posted`, which name the story's first stamp, and only before a date.
 */
const BARE_DATE_LABEL = /,\s*(?:published|posted)(?:\s+on)?\s+(?=\d{1,2}\s+\p{L}{3,9}|\p{L}{3,9}\.?\s+\d)/giu;

/**
 * `, Updated: ...` after a `Published:` or `Posted:` field: news CMSs print both stamps in one
 * meta row (`Reuters | Published: 30 Nov 2026 | Updated: 01 Dec 2026`, the Times of India's and
 * Gulf News's rows); the credit's date is when the outlet published the story, the update no part
 * of it.
 */
const LATER_UPDATE = /,\s*(?:last\s+)?updated(?:\s+on)?\s*:.*$/is;
const FIRST_STAMP = /\b(?:published|posted)(?:\s+on)?\s*:/i;

/** `Xinhua, Updated: 2024-06-07` -> `Xinhua, 2024-06-07` (see `DATE_LABEL`). */
export const withoutDateLabels = (text: string) => {
  if (!text.includes(':'))
    return text.includes('osted') || text.includes('ublished') ? text.replace(BARE_DATE_LABEL, ', ') : text;
  const stamp = FIRST_STAMP.exec(text);
  const cut = stamp ? text.slice(0, stamp.index) + text.slice(stamp.index).replace(LATER_UPDATE, '') : text;
  return cut.replace(DATE_LABEL, ', ');
};
const URL_TOKEN = /https?:\/\/[^\s<>"“”]+/gi;
/** `— Xinhua`, `-- AFP`: a wire credit on a line of its own after the text (AP and Reuters house style). */
export const DASH_CREDIT = /^\s*(?:—|–|―|--)\s*(?=\p{Lu})/u;
export const LIST_MARKER = /^\s*(?:\(?\d{1,2}[.)]|[-•*·–])\s*/;
/** The characters `DASH_CREDIT` and `LIST_MARKER` can find first after white space (exported for the guard test). */
export const DASH_FIRST = new Set([...'—–―-'].map((c) => c.charCodeAt(0)));
export const LIST_FIRST = new Set([...'(0123456789-•*·–'].map((c) => c.charCodeAt(0)));

// `*` and `_` close a Markdown emphasis around the credit (`*Source: Reuters*`).
const TRAILING_PUNCTUATION_RUN = /[\s.;,:*_]+$/;
/** Its characters by code, to ask of the last one (NaN, for an empty text, is none of them). */
const TRAILING_CODES = new Set([...'.;,:*_'].map((c) => c.charCodeAt(0)));

const cap = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 3)}...` : s);

/**
 * `— Xinhua`, `-- AFP (Dec 3, 2025)`: a dash, then a short outlet credit and nothing else (at
 * most 8 words, no sentence in it). The dash-credit closing a wire item is AP, Reuters and
 * Xinhua style alike.
 */
export function isDashCredit(text: string): boolean {
  if (text.length > 100 || !DASH_CREDIT.test(text)) return false;
  const rest = text.replace(DASH_CREDIT, '');
  return (
    rest.split(/\s+/).length <= 8 &&
    !/[.!?]\s+\p{Lu}/u.test(rest) &&
    !/[.!?]$/.test(rest.replace(/\b[A-Z]\.$/, ''))
  );
}

/**
 * Parses one citation, given exactly as written: `Source: Guancha, January 3, 2026` and its
 * URL line, a numbered entry of a `Sources:` list, a bare `Outlet, Date` line, or an inline
 * `(Chicago Tribune, 4 March 2018)`. Never throws; what it doubts goes to `notes` and `issues`.
 */
export function parseCitation(raw: string, options: CitationOptions = {}): CitationParse {
  const { citation, issues } = parseCitationWithId(raw, options);
  return { citation, issues };
}

/** `line` with each URL in it replaced by a space; the URLs go to `urls`, in order. */
function withoutUrls(line: string, urls: string[]): string {
  let stripped = '';
  let from = 0;
  URL_TOKEN.lastIndex = 0;
  for (let m = URL_TOKEN.exec(line); m !== null; m = URL_TOKEN.exec(line)) {
    urls.push(m[0]);
    stripped += `${line.slice(from, m.index)} `;
    from = m.index + m[0].length;
  }
  return from === 0 ? line : stripped + line.slice(from);
}

/** `parseCitation`, also giving the id the URL makes, from the one parse of that URL. */
export function parseCitationWithId(raw: string, options: CitationOptions = {}): CitationParseWithId {
  const issues: CitationIssue[] = [];
  const notes: string[] = [];
  // The URLs, and each line's text with each URL replaced by a space (a URL never spans a line
  // break, and only a line with "://" can hold one).
  const urls: string[] = [];
  const kept: string[] = [];
  for (const written of splitAt(raw, '\n')) {
    const line = written.includes('://') ? withoutUrls(written, urls) : written;
    // A line that was only its URL (the usual URL line) keeps nothing.
    if (firstNonSpace(line) < 0) continue;
    let t = stripSourceLabel(line);
    // Both patterns need their mark first after white space: most lines are spared them.
    if (DASH_FIRST.has(firstNonSpace(t))) t = t.replace(DASH_CREDIT, '');
    if (LIST_FIRST.has(firstNonSpace(t))) t = t.replace(LIST_MARKER, '');
    t = t.trim();
    if (t.length > 0) kept.push(t);
  }
  let text = withoutLinkMarker(collapseSpaces(kept.length === 1 ? kept[0]! : kept.join(' ')).trim());
  if (text.charCodeAt(0) === 40 && IN_PARENTHESES.test(text)) text = text.slice(1, -1).trim();
  // `(Xinhua)13:42, November 30, 2020`: the agency's parentheses close the name, whatever is
  // glued after them (a dateline's time, as wire pages print the stamp under a headline).
  else if (text.charCodeAt(0) === 40) text = text.replace(GLUED_AFTER_PARENTHESES, '$1 ');
  // The closing bracket of `[Source: Xinhua]`; `Nikkei | 2025-12-14` separates like a comma.
  if (isBracketedSourceLabel(raw)) text = text.replace(/\s*[\])）】]$/u, '');
  if (text.includes('|')) text = text.replace(/\s*\|\s*/g, ', ');
  // `... - May 28, 2020 Category: Infectious Diseases Source Type: news`: the listing's own
  // labelled fields after the credit (its classification, as aggregator and CMS meta rows print
  // them) are no part of the source.
  if (text.includes(':')) text = withoutDateLabels(text.replace(META_FIELDS, ''));
  else if (text.includes('osted') || text.includes('ublished')) text = withoutDateLabels(text);
  // End-anchored: asked only when the last character is one it removes.
  const last = text.charCodeAt(text.length - 1);
  if (TRAILING_CODES.has(last) || isWhiteSpace(last)) text = text.replace(TRAILING_PUNCTUATION_RUN, '');

  const parts = split(text, options);
  const citation: Citation = { raw: cap(raw, 5000) };

  const resolved = parts.publication ? resolveName(parts.publication) : undefined;
  if (resolved) {
    const name = resolved.pub?.name ?? resolved.name;
    if (name.length > 0 && name.length <= 300) citation.publication = name;
    else if (name.length > 300) notes.push('the publication name is too long to be one; left out');
    if (resolved.qualifier) citation.qualifier = resolved.qualifier;
    if (resolved.extra) notes.push(`words after the publication name: "${resolved.extra}"`);
    if (!resolved.pub && citation.publication)
      notes.push(`"${citation.publication}" is not in the publication table; kept as written`);
  } else {
    issues.push({
      code: 'empty-publication',
      message: `the citation names no publication: ${JSON.stringify(cap(raw.split('\n')[0] ?? raw, 80))}`,
    });
  }
  for (const e of parts.extra) notes.push(`extra words in the citation: "${cap(e, 200)}"`);
  if (parts.title && parts.title.length <= 1000) citation.title = parts.title;

  // The URL: written, or the link the text points to.
  const written = urls[0] ?? options.links?.[0];
  if (urls.length === 0 && options.links?.[0]) notes.push('URL taken from the link on the citation text');
  if (urls.length > 1)
    notes.push(`${urls.length - 1} more URL(s) in the citation: ${urls.slice(1).join(' ')}`);
  const canonical = written ? parseHttpUrl(written) : undefined;
  if (written && !canonical)
    issues.push({ code: 'invalid-url', message: `"${cap(written, 100)}" is not a usable http(s) URL` });

  const checks: CitationChecks = {};
  let uDate: string | undefined;
  let urlId: string | undefined;
  if (canonical) {
    urlId = pathId(canonical.hostname, canonical.pathname);
    citation.url = canonical.url;
    if (canonical.changed) {
      // The schema's URL pattern wants a lower-case scheme; an upper-case one is kept in a note instead.
      if (HTTP_URL_PATTERN.test(canonical.original) && canonical.original.length <= 2048)
        citation.originalUrl = canonical.original;
      else notes.push(`URL as written: ${canonical.original}`);
    }
    checks.host = canonical.host;
    uDate = pathDate(canonical.pathname);
    const pub = resolved?.pub;
    const host = hostFacts(canonical.host);
    const hostPub = host.pub;
    const shortener = host.shortener;
    if (pub) {
      checks.urlMatchesPublication = host.belongsTo(pub);
      if (!checks.urlMatchesPublication) {
        if (hostPub?.aggregator) checks.aggregator = hostPub.name;
        else if (shortener) checks.aggregator = shortener;
        issues.push({
          code: 'url-host-mismatch',
          message: `the URL is on ${canonical.host}, not on a domain of ${pub.name}${checks.aggregator ? ` (${checks.aggregator} hosts other outlets' articles)` : ''}`,
        });
      }
    } else {
      if (hostPub?.aggregator && hostPub.name !== citation.publication) checks.aggregator = hostPub.name;
      else if (shortener) checks.aggregator = shortener;
      if (!citation.publication && hostPub && !hostPub.aggregator) {
        citation.publication = hostPub.name;
        notes.push(`publication inferred from the URL host ${canonical.host}`);
      }
    }
  }
  const pubInfo = resolved?.pub ?? (canonical && !resolved ? hostFacts(canonical.host).pub : undefined);
  if (pubInfo && !pubInfo.aggregator) {
    citation.country = pubInfo.country;
    if (pubInfo.language) citation.language = pubInfo.language;
  } else if (pubInfo) {
    citation.country = pubInfo.country;
  }

  // The date.
  const d = parts.date;
  if (d?.ok) {
    citation.date = d.date;
    if (d.yearInferred) notes.push(`year ${d.date.slice(0, 4)} taken from context ("${parts.dateText}")`);
    if (d.time) notes.push(`time as written: ${d.time}`);
  } else if (d && d.code === 'no-year') {
    if (uDate && parseDate(parts.dateText ?? '', { year: Number(uDate.slice(0, 4)) }).ok) {
      const again = parseDate(parts.dateText ?? '', { year: Number(uDate.slice(0, 4)) });
      if (again.ok && again.date === uDate) {
        citation.date = again.date;
        notes.push(`year ${uDate.slice(0, 4)} taken from the URL ("${parts.dateText}")`);
      }
    }
    if (!citation.date) issues.push({ code: 'date-without-year', message: d.reason });
  } else if (d?.orderless) {
    issues.push({ code: 'date-order-unknown', message: d.reason });
  } else if (d) {
    issues.push({ code: d.code === 'truncated' ? 'truncated-date' : 'invalid-date', message: d.reason });
  } else {
    notes.push('no date in the citation');
  }
  if (uDate) {
    checks.urlDate = uDate;
    if (citation.date) {
      checks.urlDateMatches = uDate === citation.date;
      if (!checks.urlDateMatches) {
        const gap = daysBetween(citation.date, uDate);
        if (Math.abs(gap) === 1) notes.push('the URL date is one day off the cited date (time zones?)');
        issues.push({
          code: 'url-date-mismatch',
          message: `the URL carries the date ${uDate}, the citation says ${citation.date}`,
        });
      }
    }
  }
  if (Object.keys(checks).length > 0) citation.checks = checks;
  if (notes.length > 0) citation.notes = notes.map((n) => cap(n, 500));
  const result: CitationParseWithId = { citation, issues };
  if (urlId !== undefined) result.urlId = urlId;
  if (parts.dayFirst !== undefined) result.dayFirst = parts.dayFirst;
  return result;
}

/**
 * `Al Jazeera, Dec. 20, 2025 [Link]`, `Nikkei, 2025-12-20 (link)`, `新华社 【原文链接】`: the text of
 * the anchor that led to the story, left after the credit when a newsletter or a press review is
 * exported as text (Markdown and e-mail digests' `[link]`, Chinese portals' `原文链接`). It marks
 * where the address was and names nothing.
 */
const LINK_MARKER = /\s*[[(（【](?:link|source|original|原文|原文[链鏈]接|[链鏈]接)[\])）】]$/iu;
const MARKER_CLOSERS = new Set([...'])）】'].map((c) => c.charCodeAt(0)));

/** `text` without a closing link marker (`LINK_MARKER`); asked only when its last character closes a bracket. */
export function withoutLinkMarker(text: string): string {
  return MARKER_CLOSERS.has(text.charCodeAt(text.length - 1)) ? text.replace(LINK_MARKER, '') : text;
}

const IN_PARENTHESES = /^\(.*\)$/;
const GLUED_AFTER_PARENTHESES = /^(\([^()]{1,60}\))(?=\d)/;
const OUTER_PARENTHESES = /^\(|\)\.?$/g;
const CLOSING_STOP = /[.;]$/;
const SPACED_SEPARATOR = / [/\-–—] /;

/**
 * Does this line read as a citation without the `Source:` keyword (`Xinhua, July 22, 2013`)?
 * It must have a date and a short outlet name.
 */
export function looksLikeBareCitation(text: string, options: CitationOptions = {}): boolean {
  const marked = withoutLinkMarker(text.trim());
  // `Dawn, Published December 20, 2025`: the date's label is no part of the outlet.
  const t =
    !marked.includes(':') && (marked.includes('ublished') || marked.includes('osted'))
      ? withoutDateLabels(marked)
      : marked;
  // A date has its day in digits (see `parseDate`): a line without one is spared the split.
  // The outlet and its date are set apart by a comma, or by a spaced slash or dash
  // (`(Xinhua / 2 May 2024)`, `(AFP - 3 May 2024)`), as wire mirrors and CMS credit rows print it
  // and as `split` reads it (`lastSpacedDash`): a general typographic field separator.
  const comma = t.includes(',');
  if (t.length < 6 || t.length > 160 || !(comma || SPACED_SEPARATOR.test(t)) || !mayHoldDate(t)) return false;
  const s = split(
    t.replace(OUTER_PARENTHESES, '').replace(CLOSING_STOP, ''),
    options.year === undefined ? {} : { year: options.year },
  );
  if (!s.date || (!s.date.ok && s.date.code === 'invalid')) return false;
  if (!s.publication) return false;
  const r = resolveName(s.publication);
  // Without a comma, only a known outlet: `Rates rise - May 2, 2024` is a headline with its stamp.
  return r.pub !== undefined || (comma && s.publication.split(/\s+/).length <= 6);
}
