import type { BriefingFeed } from '@briefing/schema';
import { entryDate, entryHtml, entryLink, entryText, resolveFeed, type SyndicationOptions } from './entry.js';

/** A JSON Feed 1.1 item (https://www.jsonfeed.org/version/1.1/), the fields written here. */
export interface JsonFeedItem {
  id: string;
  url: string;
  /**
   * Absent for an untitled briefing (`untitled: true`: the page printed no headline, and the
   * briefing's title is its first sentence, which opens `content_text` too). JSON Feed 1.1 makes
   * `title` optional for exactly this ("microblog items in particular may omit titles"), and a
   * reader then shows the text once instead of the same sentence twice.
   */
  title?: string;
  content_html: string;
  content_text: string;
  summary?: string;
  date_published: string;
  date_modified?: string;
  language: string;
  tags?: string[];
  external_url?: string;
}

/** A JSON Feed 1.1 document. JSON Feed has `next_url` but no previous-page link. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description?: string;
  language?: string;
  next_url?: string;
  items: JsonFeedItem[];
}

/**
 * JSON Feed 1.1. Written by hand rather than with `feed` (whose `json1()` writes version 1.0):
 * the format is plain JSON, and this type is its whole contract.
 */
export function toJsonFeed(feed: BriefingFeed, options: SyndicationOptions = {}): JsonFeed {
  const resolved = resolveFeed(feed, 'jsonfeed', options);
  const out: JsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: resolved.siteUrl,
    feed_url: resolved.selfUrl,
    items: feed.items.map((item) => {
      const entry: JsonFeedItem = {
        id: item.id,
        url: entryLink(item, resolved.siteUrl),
        ...(item.untitled ? {} : { title: item.title }),
        content_html: entryHtml(item),
        content_text: entryText(item),
        date_published: entryDate(item, feed).toISOString(),
        language: item.language,
      };
      if (item.body[0]) entry.summary = item.body[0];
      if (item.updated) entry.date_modified = new Date(item.updated).toISOString();
      if (item.topics?.length) entry.tags = [...item.topics];
      const cited = item.sources.find((source) => source.url)?.url;
      if (cited) entry.external_url = cited;
      return entry;
    }),
  };
  if (feed.description) out.description = feed.description;
  if (feed.language) out.language = feed.language;
  if (resolved.next) out.next_url = resolved.next;
  return out;
}
