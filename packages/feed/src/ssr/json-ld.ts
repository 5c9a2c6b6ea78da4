import type { Briefing, BriefingFeed, Citation } from '@briefing/schema';
import type { CreativeWork, Graph, NewsArticle, Organization } from 'schema-dts';
import { citationLabel } from '../citation.js';
import { jsonForScript } from './escape.js';

export interface JsonLdOptions {
  /** The page the briefings are shown on; each article's `url` is this page with `#<id>` unless the briefing has its own URL. */
  pageUrl?: string;
  /** Who publishes the briefings (schema.org `publisher`). */
  publisher?: { name: string; url?: string };
}

function citedWork(source: Citation): CreativeWork {
  const { name, href } = citationLabel(source);
  const work: CreativeWork = { '@type': 'CreativeWork', name: source.title ?? name };
  if (href) work.url = href.href;
  if (source.date) work.datePublished = source.date;
  if (source.language) work.inLanguage = source.language;
  if (source.publication) work.publisher = { '@type': 'Organization', name: source.publication };
  return work;
}

function articleUrl(item: Briefing, pageUrl: string | undefined): string | undefined {
  if (item.url) return item.url;
  if (!pageUrl) return undefined;
  try {
    const url = new URL(pageUrl);
    url.hash = item.id;
    return url.href;
  } catch {
    return undefined;
  }
}

/**
 * One briefing as a schema.org `NewsArticle`: a news summary written from its sources, so each
 * source is both a `citation` and what the article `isBasedOn`. Its date is the briefing's own
 * `published`, else the feed's `generatedAt` (a citation's date is when the *source* appeared).
 */
export function briefingJsonLd(item: Briefing, feed: BriefingFeed, options: JsonLdOptions = {}): NewsArticle {
  const cited = item.sources.map(citedWork);
  const article: NewsArticle = {
    '@type': 'NewsArticle',
    identifier: item.id,
    headline: item.title,
    articleBody: item.body.join('\n\n'),
    inLanguage: item.language,
    datePublished: item.published ?? feed.generatedAt,
    citation: cited,
    isBasedOn: cited.flatMap((work) => (typeof work.url === 'string' ? [work.url] : [])),
  };
  if (item.updated) article.dateModified = item.updated;
  const url = articleUrl(item, options.pageUrl);
  if (url) article.url = url;
  if (item.topics?.length) article.keywords = item.topics.join(', ');
  if (options.publisher) {
    const publisher: Organization = { '@type': 'Organization', name: options.publisher.name };
    if (options.publisher.url) publisher.url = options.publisher.url;
    article.publisher = publisher;
  }
  return article;
}

/** Every briefing of one or more feeds as one JSON-LD graph. */
export function feedJsonLd(
  feeds: BriefingFeed | readonly BriefingFeed[],
  options: JsonLdOptions = {},
): Graph {
  const list: readonly BriefingFeed[] = Array.isArray(feeds) ? feeds : [feeds as BriefingFeed];
  return {
    '@context': 'https://schema.org',
    '@graph': list.flatMap((feed) => feed.items.map((item) => briefingJsonLd(item, feed, options))),
  };
}

/** The `<script type="application/ld+json">` element for one or more feeds, escaped for that context. */
export function jsonLdScript(
  feeds: BriefingFeed | readonly BriefingFeed[],
  options: JsonLdOptions = {},
): string {
  return `<script type="application/ld+json">${jsonForScript(feedJsonLd(feeds, options))}</script>`;
}
