/**
 * @briefing/feed/syndication: a BriefingFeed as RSS 2.0, Atom 1.0 and JSON Feed 1.1, for feed
 * readers. Entries carry the briefing's text (money conversions as written) and its sources as links.
 */
export { type SyndicationFormat, type SyndicationOptions, syndicationFileName } from './entry.js';
export { type JsonFeed, type JsonFeedItem, toJsonFeed } from './json-feed.js';
export { toAtom, toRss } from './xml.js';
