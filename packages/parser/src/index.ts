/**
 * @briefing/parser: the text or HTML of a briefings listing page to validated `Briefing`
 * objects, with normalized citations, dates, money and units.
 */
import { BCP47_PATTERN, type Briefing } from '@briefing/schema';
import { htmlToLines, httpBase, looksLikeHtml } from './html.js';
import { annotateBriefing, type MoneyContext } from './money/index.js';
import { hangulRegion, pageRegionAlone, regionNamedAlone, regionNamedMost } from './money/page-region.js';
import { pageDollar } from './money/resolve.js';
import { countryOfHost } from './host-country.js';
import { publicationForHost } from './publications.js';
import { finishItems } from './items.js';
import { capMentions, DEFAULT_MAX_MENTIONS_PER_PARAGRAPH } from './limits.js';
import { joinDropCaps, reflowWrapped, splitGluedLinks } from './layout/reflow.js';
import { looksLikeMarkdown, markdownToLines } from './markdown.js';
import { parseStructure } from './page.js';
import { isWhiteSpace } from './text.js';
import type { ParseIssue, ParseOptions, ParseResult, SourceLine } from './types.js';

export type {
  ExplainedLine,
  LineClass,
  ParsedPage,
  ParseIssue,
  ParseOptions,
  ParseResult,
  UnparsedText,
} from './types.js';
export { toFeed, type FeedOptions } from './feed.js';
export {
  parseCitation,
  looksLikeBareCitation,
  type CitationIssue,
  type CitationOptions,
  type CitationParse,
} from './citation.js';
export { parseDate, type DateOptions, type DateParse } from './dates.js';
export { SHARED_CREDIT_NOTE } from './layout/source-groups.js';
export { startsWithSourceKeyword, stripSourceLabel } from './source-label.js';
export { canonicalizeUrl, urlDate, idFromUrl, type CanonicalUrl } from './urls.js';
import { pathWords } from './urls.js';
export {
  PUBLICATIONS,
  LINK_SHORTENERS,
  lookupPublication,
  publicationForHost,
  hostBelongsTo,
  publicationKey,
  type Publication,
} from './publications.js';
export {
  type FeedResult,
  type FeedValidation,
  MAX_NEAREST_DAYS,
  type NamedPage,
  type PageFeedResult,
  parseFeeds,
  parseToFeed,
  type ParseToFeedOptions,
  type RatesLayers,
  ratesProviderFor,
} from './pipeline.js';
export {
  DEFAULT_MAX_PAGE_CHARS,
  type SplitPage,
  type SplitPagesOptions,
  splitPages,
  splitPagesSync,
} from './split-pages.js';
export { looksLikeHtml } from './html.js';
export { looksLikeMarkdown } from './markdown.js';
export { DEFAULT_MAX_MENTIONS_PER_PARAGRAPH } from './limits.js';
export * from './money/index.js';

const LINE_BREAK = /\r\n|[\n\r\f\v\u2028\u2029]/;

/** Lines of a text page with their 1-based numbers; blank lines only mark paragraph breaks. */
export function textToLines(input: string): SourceLine[] {
  const out: SourceLine[] = [];
  let blank = true;
  const push = (text: string, line: number) => {
    if (text.length === 0) blank = true;
    else {
      out.push({ text, line, blankBefore: blank });
      blank = false;
    }
  };
  if (
    input.indexOf('\r') >= 0 ||
    input.indexOf('\f') >= 0 ||
    input.indexOf('\v') >= 0 ||
    input.indexOf('\u2028') >= 0 ||
    input.indexOf('\u2029') >= 0
  ) {
    const raw = input.split(LINE_BREAK);
    for (let k = 0; k < raw.length; k++) push(raw[k]!.trim(), k + 1);
    return out;
  }
  // Only \n breaks lines (the common case): find each line and its trimmed bounds by index and
  // cut it once, instead of a regex split and a trim (half the time, half the garbage).
  for (let start = 0, line = 1; ; line++) {
    let end = input.indexOf('\n', start);
    const last = end < 0;
    if (last) end = input.length;
    let from = start;
    let to = end;
    while (from < to && isWhiteSpace(input.charCodeAt(from))) from++;
    while (to > from && isWhiteSpace(input.charCodeAt(to - 1))) to--;
    push(from === to ? '' : input.slice(from, to), line);
    if (last) return out;
    start = end + 1;
  }
}

/** The outlet the page's URL names (a known publication, else its country domain), if any. */
function pageOutletOf(pageUrl: string | undefined): { name: string; country: string } | undefined {
  const host = pageUrl === undefined ? undefined : new URL(pageUrl).hostname;
  const pub = host === undefined ? undefined : publicationForHost(host);
  if (pub && !pub.aggregator) return { name: pub.name, country: pub.country };
  return host ? countryOfHost(host) : undefined;
}

/** The one region with letter signs an item's title and text name (see `regionNamedAlone`). */
function itemRegion(item: Briefing): string | undefined {
  return regionNamedAlone([item.title, ...item.body]);
}

/** The page's briefings' titles and paragraphs: what the page-wide money evidence is read from. */
function pageTexts(items: readonly Briefing[], header: string | undefined): string[] {
  // The page's own header (`Australia` over a section page's items) speaks for the page too.
  const texts: string[] = header === undefined ? [] : [header];
  for (const b of items) texts.push(b.title, ...b.body);
  return texts;
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
  // The length first: the pattern on a megabyte-long option is slow, and the message must stay short.
  if (typeof language !== 'string' || language.length > 64 || !BCP47_PATTERN.test(language)) {
    const shown = JSON.stringify(String(language).slice(0, 64)) + (String(language).length > 64 ? '...' : '');
    issues.push({ code: 'invalid-language', message: `${shown} is not a BCP 47 tag; using "und"` });
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
  const markdown = !html && (format === 'markdown' || (format === 'auto' && looksLikeMarkdown(text)));
  const lines = html
    ? htmlToLines(text, pageUrl)
    : ((markdown ? markdownToLines(text, pageUrl) : undefined) ??
      reflowWrapped(splitGluedLinks(joinDropCaps(textToLines(text)))));
  const ctx = {
    language,
    ...(options.year === undefined ? {} : { year: options.year }),
    ...(options.explain ? { explain: true } : {}),
    ...(pageUrl === undefined ? {} : { pathWords: pathWords(pageUrl) }),
  };
  const structure = parseStructure(lines, ctx);
  const finished = finishItems(structure, ctx);
  const outlet = options.money === false ? undefined : pageOutletOf(pageUrl);
  const texts = options.money === false ? [] : pageTexts(finished.items, structure.page.header);
  // What a bare `$` means on this page: its briefings' wording, the outlet its URL names, or the
  // dollar country its text names most.
  const dollar = options.money === false ? undefined : pageDollar(texts, outlet);
  // No address says where the page comes from: the region its text names most (letter signs only).
  // Read only for an item whose credit names no country (the money reads the page's region only
  // then): a page whose every item is credited to a known outlet is not scanned for names.
  let regionRead: string | undefined | null = null;
  const pageRegion = (): string | undefined => {
    if (regionRead === null)
      regionRead =
        outlet?.country ?? regionNamedMost(texts)?.region ?? pageRegionAlone(texts) ?? hangulRegion(texts);
    return regionRead;
  };
  const maxMentions = options.maxMentionsPerParagraph ?? DEFAULT_MAX_MENTIONS_PER_PARAGRAPH;
  const items: Briefing[] = finished.items.map((item, index) => {
    if (options.money === false) return item;
    const first = item.sources[0];
    // Set key by key, not spread together: V8 (Node 20) adds a key to a spread copy by a slow
    // path that makes a new hidden class each time.
    const context: MoneyContext = {};
    if (first?.country) context.country = first.country;
    if (first?.publication) context.publication = first.publication;
    if (dollar) context.pageDollar = dollar;
    // `country` wins over `pageCountry` wherever both are read (scanMoney).
    // Or, on a page with no region of its own, the one region the item itself names.
    const region = first?.country ? undefined : (pageRegion() ?? itemRegion(item));
    if (region) context.pageCountry = region;
    try {
      const capped = capMentions(annotateBriefing(item, context), index, maxMentions);
      if (capped.issue) issues.push(capped.issue);
      return capped.item;
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
    ...(structure.explained ? { explained: structure.explained } : {}),
  };
}
