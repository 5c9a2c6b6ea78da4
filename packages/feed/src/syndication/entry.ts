import type { Briefing, BriefingFeed } from '@briefing/schema';
import { citationLabel } from '../citation.js';
import { resolveLink } from '../load.js';
import { escapeHtml } from '../ssr/escape.js';

export type SyndicationFormat = 'rss' | 'atom' | 'jsonfeed';

export interface SyndicationOptions {
  /**
   * The page that shows the briefings; each entry links to it with `#<id>` unless the briefing has
   * its own `url`. Default: the feed's `homePageUrl`. One of the two is required (feed readers need absolute links).
   */
  siteUrl?: string;
  /** The URL this syndicated document will have. Default: the feed file name for the format, beside `siteUrl`. */
  selfUrl?: string;
  /**
   * Maps one of the feed's page links (`page.next`/`page.prev`, pointing at BriefingFeed JSON) to
   * the matching syndicated document. Default: `page-1.json` becomes `page-1.rss.xml`,
   * `page-1.atom.xml` or `page-1.feed.json`.
   */
  pageLink?: (link: string, format: SyndicationFormat) => string;
}

const SUFFIX: Record<SyndicationFormat, string> = {
  rss: '.rss.xml',
  atom: '.atom.xml',
  jsonfeed: '.feed.json',
};

/** `feed.json` → `feed.rss.xml` / `feed.atom.xml` / `feed.feed.json` (a name with no `.json` gets the suffix added). */
export function syndicationFileName(name: string, format: SyndicationFormat): string {
  return name.replace(/\.json$/i, '') + SUFFIX[format];
}

/** Everything a writer needs about one feed, with every link made absolute and checked. */
export interface Resolved {
  siteUrl: string;
  selfUrl: string;
  next: string | undefined;
  prev: string | undefined;
  updated: Date;
}

function absolute(value: string, base: string | undefined, what: string): string {
  const url = resolveLink(value, base ?? value);
  if (!url) throw new Error(`${what} must be an absolute http(s) URL; got ${JSON.stringify(value)}`);
  return url;
}

export function resolveFeed(
  feed: BriefingFeed,
  format: SyndicationFormat,
  options: SyndicationOptions,
): Resolved {
  const given = options.siteUrl ?? feed.homePageUrl;
  if (!given)
    throw new Error(
      "a syndicated feed needs the site's URL: pass siteUrl (--site-url) or set the feed's homePageUrl",
    );
  const siteUrl = absolute(given, undefined, 'the site URL');
  const selfUrl = options.selfUrl
    ? absolute(options.selfUrl, siteUrl, 'the feed URL')
    : absolute(syndicationFileName('feed.json', format), siteUrl, 'the feed URL');
  const page = (link: string | undefined): string | undefined => {
    if (!link) return undefined;
    if (options.pageLink) return resolveLink(options.pageLink(link, format), selfUrl);
    const resolved = resolveLink(link, selfUrl);
    if (!resolved) return undefined;
    // Only the path names the format: a query (`?page=3`) stays as it is.
    const url = new URL(resolved);
    url.pathname = syndicationFileName(url.pathname, format);
    return url.href;
  };
  return {
    siteUrl,
    selfUrl,
    next: page(feed.page?.next),
    prev: page(feed.page?.prev),
    updated: new Date(feed.generatedAt),
  };
}

/** The entry's link: the briefing's own URL, else the site page at the briefing's id. */
export function entryLink(item: Briefing, siteUrl: string): string {
  if (item.url) return item.url;
  const url = new URL(siteUrl);
  url.hash = item.id;
  return url.href;
}

/** The briefing's date for feeds: its `published`, else the feed's `generatedAt`. */
export function entryDate(item: Briefing, feed: BriefingFeed): Date {
  const date = new Date(item.published ?? feed.generatedAt);
  return Number.isNaN(date.getTime()) ? new Date(feed.generatedAt) : date;
}

/**
 * The briefing as HTML for feed readers: its paragraphs as written (the money conversions stay in
 * the text), then its sources as links. Every value is escaped; only http(s) sources become links.
 */
export function entryHtml(item: Briefing): string {
  const paragraphs = item.body.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`);
  const sources = item.sources.map((source) => {
    const { name, href } = citationLabel(source);
    const label = escapeHtml(name) + (source.qualifier ? ` (${escapeHtml(source.qualifier)})` : '');
    const linked = href ? `<a href="${escapeHtml(href.href)}">${label}</a>` : label;
    return `<li>${linked}${source.date ? `, <time datetime="${escapeHtml(source.date)}">${escapeHtml(source.date)}</time>` : ''}</li>`;
  });
  return `${paragraphs.join('')}${sources.length ? `<p>Sources:</p><ul>${sources.join('')}</ul>` : ''}`;
}

/** The briefing as plain text: paragraphs, then "Source: name, date, url" lines. */
export function entryText(item: Briefing): string {
  const sources = item.sources.map((source) => {
    const { name, href } = citationLabel(source);
    return `Source: ${[name, source.date, href?.href].filter(Boolean).join(', ')}`;
  });
  return [...item.body, ...sources].join('\n\n');
}
