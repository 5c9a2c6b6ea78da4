/**
 * @briefing/parser: the text or HTML of a briefings listing page to validated `Briefing`
 * objects, with normalized citations, dates, money and units.
 */
import { BCP47_PATTERN, type Briefing } from '@briefing/schema';
import { htmlToLines, httpBase, looksLikeHtml } from './html.js';
import { annotateBriefing } from './money/index.js';
import { finishItems, parseStructure } from './page.js';
import type { ParseIssue, ParseOptions, ParseResult, SourceLine } from './types.js';

export type { ParsedPage, ParseIssue, ParseOptions, ParseResult, UnparsedText } from './types.js';
export { toFeed, type FeedOptions } from './feed.js';
export {
  parseCitation,
  looksLikeBareCitation,
  type CitationIssue,
  type CitationOptions,
  type CitationParse,
} from './citation.js';
export { parseDate, type DateOptions, type DateParse } from './dates.js';
export { canonicalizeUrl, urlDate, idFromUrl, type CanonicalUrl } from './urls.js';
export {
  PUBLICATIONS,
  LINK_SHORTENERS,
  lookupPublication,
  publicationForHost,
  hostBelongsTo,
  publicationKey,
  type Publication,
} from './publications.js';
export { PAGE_HEADER, isChromeLine } from './page.js';
export { looksLikeHtml } from './html.js';
export * from './money/index.js';

const LINE_BREAK = /\r\n|[\n\r\f\v\u2028\u2029]/;

/** Lines of a text page with their 1-based numbers; blank lines only mark paragraph breaks. */
export function textToLines(input: string): SourceLine[] {
  const out: SourceLine[] = [];
  const raw = input.split(LINE_BREAK);
  let blank = true;
  for (let k = 0; k < raw.length; k++) {
    const text = raw[k]!.trim();
    if (text.length === 0) {
      blank = true;
      continue;
    }
    out.push({ text, line: k + 1, blankBefore: blank });
    blank = false;
  }
  return out;
}

/**
 * Parses a briefings listing page (plain text or HTML). Never throws: what it cannot place
 * goes to `unparsed`, what it doubts to `issues`, and every non-whitespace character of the
 * input ends up in exactly one title, paragraph, citation `raw`, page header, chrome line or
 * unparsed entry.
 */
export function parsePage(input: string, options: ParseOptions = {}): ParseResult {
  const issues: ParseIssue[] = [];
  let language = options.language ?? 'en';
  if (!BCP47_PATTERN.test(language) || language.length > 64) {
    issues.push({ code: 'invalid-language', message: `"${language}" is not a BCP 47 tag; using "und"` });
    language = 'und';
  }
  const text = typeof input === 'string' ? input : String(input ?? '');
  const format = options.format ?? 'auto';
  const html = format === 'html' || (format === 'auto' && looksLikeHtml(text));
  let pageUrl: string | undefined;
  if (options.url !== undefined) {
    pageUrl = typeof options.url === 'string' ? httpBase(options.url) : undefined;
    if (pageUrl === undefined)
      issues.push({
        code: 'invalid-page-url',
        message: `the page URL ${JSON.stringify(String(options.url).slice(0, 100))} is not an absolute http(s) URL; relative links are left out`,
      });
  }
  const lines = html ? htmlToLines(text, pageUrl) : textToLines(text);
  const ctx = { language, ...(options.year === undefined ? {} : { year: options.year }) };
  const structure = parseStructure(lines, ctx);
  const finished = finishItems(structure, ctx);
  const items: Briefing[] = finished.items.map((item, index) => {
    if (options.money === false) return item;
    const first = item.sources[0];
    try {
      return annotateBriefing(item, {
        ...(first?.country ? { country: first.country } : {}),
        ...(first?.publication ? { publication: first.publication } : {}),
      });
    } catch (error) {
      issues.push({
        item: index,
        code: 'money-failed',
        message: `money and units could not be read: ${error instanceof Error ? error.message : String(error)}`,
      });
      return item;
    }
  });
  return {
    page: structure.page,
    items,
    unparsed: structure.unparsed,
    issues: [...issues, ...structure.issues, ...finished.issues].sort(
      (a, b) => (a.line ?? 0) - (b.line ?? 0),
    ),
  };
}
