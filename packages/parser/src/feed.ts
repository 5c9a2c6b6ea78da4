import type { BriefingFeed } from '@briefing/schema';
import { SCHEMA_VERSION } from '@briefing/schema';
import type { ParseResult } from './types.js';

export interface FeedOptions {
  /** RFC 3339 instant; now by default. */
  generatedAt?: string;
  feedUrl?: string;
  homePageUrl?: string;
  /** Feed title; the page title ("Briefings") by default. */
  title?: string;
}

/** Wraps a parse result as a `BriefingFeed` (schema version 1), page number from the page header. */
export function toFeed(result: ParseResult, options: FeedOptions = {}): BriefingFeed {
  const feed: BriefingFeed = {
    schemaVersion: SCHEMA_VERSION,
    title: options.title ?? result.page.title ?? 'Briefings',
    generatedAt: options.generatedAt ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    items: result.items,
  };
  if (options.homePageUrl) feed.homePageUrl = options.homePageUrl;
  if (options.feedUrl) feed.feedUrl = options.feedUrl;
  if (result.page.number !== undefined) feed.page = { number: result.page.number };
  return feed;
}
