import type { BriefingFeed } from '@briefing/schema';
import { Feed } from 'feed';
import { escapeHtml } from '../ssr/escape.js';
import {
  entryDate,
  entryHtml,
  entryLink,
  type Resolved,
  resolveFeed,
  type SyndicationOptions,
} from './entry.js';

function build(
  feed: BriefingFeed,
  resolved: Resolved,
  self: { rss?: string; atom?: string },
  format: 'rss' | 'atom',
): Feed {
  const out = new Feed({
    id: resolved.siteUrl,
    title: feed.title,
    description: feed.description ?? feed.title,
    link: resolved.siteUrl,
    updated: resolved.updated,
    generator: 'Briefing Kit',
    feedLinks: self,
    ...(feed.language ? { language: feed.language } : {}),
  });
  for (const item of feed.items) {
    const link = entryLink(item, resolved.siteUrl);
    out.addItem({
      // An untitled briefing (the page printed no headline; its title is its first sentence, which
      // opens the description too) has no RSS <title>: RSS 2.0 asks for a title or a description,
      // and `feed` leaves out an empty title. Atom keeps it: RFC 4287 requires atom:title.
      title: item.untitled && format === 'rss' ? '' : item.title,
      id: link,
      link,
      date: new Date(item.updated ?? item.published ?? feed.generatedAt),
      published: entryDate(item, feed),
      description: item.body[0] ?? item.title,
      content: entryHtml(item),
      ...(item.topics?.length ? { category: item.topics.map((name) => ({ name })) } : {}),
    });
  }
  return out;
}

/** RFC 5005 paging links, written right after the document's own `rel="self"` link. */
function withPaging(xml: string, selfLink: RegExp, resolved: Resolved, element: string): string {
  const links = (['next', 'prev'] as const)
    .filter((rel) => resolved[rel])
    .map((rel) => `<${element} href="${escapeHtml(resolved[rel] as string)}" rel="${rel}"/>`)
    .join('');
  if (!links) return xml;
  const selfMatch = selfLink.exec(xml);
  if (!selfMatch) throw new Error('the generated feed has no rel="self" link to put the paging links after');
  const at = selfMatch.index + selfMatch[0].length;
  return xml.slice(0, at) + links + xml.slice(at);
}

/** RSS 2.0, with the Atom `next`/`prev` links of the page beside its `atom:link rel="self"`. */
export function toRss(feed: BriefingFeed, options: SyndicationOptions = {}): string {
  const resolved = resolveFeed(feed, 'rss', options);
  const xml = build(feed, resolved, { rss: resolved.selfUrl }, 'rss').rss2();
  return withPaging(xml, /<atom:link\b[^>]*rel="self"[^>]*\/>/, resolved, 'atom:link');
}

/** Atom 1.0, with `<link rel="next">`/`prev` for the feed's pages. */
export function toAtom(feed: BriefingFeed, options: SyndicationOptions = {}): string {
  const resolved = resolveFeed(feed, 'atom', options);
  const xml = build(feed, resolved, { atom: resolved.selfUrl }, 'atom').atom1();
  return withPaging(xml, /<link\b[^>]*rel="self"[^>]*\/>/, resolved, 'link');
}
