/*
 * Search and paging as pure functions of the element's state: what matches the query, which slice of
 * it is visible, and what the paging controls offer. The element only renders their answers.
 */
import type { Briefing } from '@briefing/schema';
import type { BriefingFeedPaging } from './briefing-feed.js';
import { formatIsoDate } from './intl-cache.js';
import { safeHref } from './load.js';

/** The words of a query, lower-cased; `"quoted words"` stay together as one phrase. */
export function searchTerms(query: string): string[] {
  return (query.toLocaleLowerCase().match(/"[^"]+"|\S+/g) ?? [])
    .map((term) => term.replace(/^"|"$/g, '').trim())
    .filter(Boolean);
}

/** The lower-cased text a briefing is searched by: title, body, topics, sources, their dates as shown and hosts. */
export function searchText(item: Briefing, lang: string): string {
  const parts = [item.title, ...item.body, ...(item.topics ?? [])];
  for (const source of item.sources) {
    if (source.publication) parts.push(source.publication);
    if (source.qualifier) parts.push(source.qualifier);
    if (source.date) parts.push(source.date, formatIsoDate(lang, source.date));
    const href = safeHref(source.url);
    if (href) parts.push(href.hostname);
  }
  return parts.join('\n').toLocaleLowerCase();
}

/** The items whose text contains every term (all items for an empty query). */
export function filterBriefings(
  items: readonly Briefing[],
  query: string,
  textOf: (item: Briefing) => string,
): readonly Briefing[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return items;
  return items.filter((item) => {
    const text = textOf(item);
    return terms.every((term) => text.includes(term));
  });
}

/** `page-size` as a usable count: a bad value (NaN, negative) means 0, "all". */
export function usablePageSize(pageSize: number): number {
  return Number.isFinite(pageSize) && pageSize > 0 ? Math.floor(pageSize) : 0;
}

/** `limit` applied: at most that many of the matches (0 or a bad value: all). */
export function capped<T>(matches: readonly T[], limit: number): readonly T[] {
  return limit >= 1 ? matches.slice(0, Math.floor(limit)) : matches;
}

export interface PagingState {
  paging: BriefingFeedPaging;
  /** A usable page size (`usablePageSize`). */
  size: number;
  /** For `more`: how many items "Load more" has revealed. */
  shown: number;
  /** For `pages`: the requested page, 0-based (clamped to the last page). */
  pageIndex: number;
}

export interface PageWindow<T> {
  visible: readonly T[];
  pages: number;
  pageIndex: number;
}

/** The slice of the (capped) matches that is shown. */
export function pageWindow<T>(items: readonly T[], state: PagingState): PageWindow<T> {
  const { paging, size } = state;
  if (paging === 'none' || size === 0) return { visible: items, pages: 1, pageIndex: 0 };
  if (paging === 'more')
    return { visible: items.slice(0, Math.max(state.shown, size)), pages: 1, pageIndex: 0 };
  const pages = Math.max(1, Math.ceil(items.length / size));
  const pageIndex = Math.min(state.pageIndex, pages - 1);
  return { visible: items.slice(pageIndex * size, (pageIndex + 1) * size), pages, pageIndex };
}

/** What "Load more" does next: reveal loaded items, fetch the feed's next page, or nothing (no button). */
export function moreAction(args: {
  size: number;
  visible: number;
  capped: number;
  searching: boolean;
  limitReached: boolean;
  hasNextPage: boolean;
}): 'reveal' | 'fetch' | undefined {
  if (args.size > 0 && args.visible < args.capped) return 'reveal';
  if (!args.searching && !args.limitReached && args.hasNextPage) return 'fetch';
  return undefined;
}

/** The feed's own page links and numbers (`page` in the data). */
export interface RemotePage {
  number: number;
  total?: number | undefined;
  prev?: string | undefined;
  next?: string | undefined;
}

export interface PagesControls {
  hasPrev: boolean;
  hasNext: boolean;
  /** Which page status line to show, with its numbers. */
  status: { page: number; total?: number } | undefined;
}

/**
 * The Previous/Next row of `paging="pages"`: local pages first, then the feed's own page links (not
 * while searching, which filters only the loaded items). Undefined when there is nowhere to go.
 */
export function pagesControls(args: {
  size: number;
  pages: number;
  pageIndex: number;
  searching: boolean;
  remote: RemotePage | undefined;
}): PagesControls | undefined {
  const { pages, pageIndex, searching, remote } = args;
  const local = args.size > 0 && pages > 1;
  const hasPrev = pageIndex > 0 || (!searching && Boolean(remote?.prev));
  const hasNext = pageIndex < pages - 1 || (!searching && Boolean(remote?.next));
  if (!hasPrev && !hasNext) return undefined;
  if (local) return { hasPrev, hasNext, status: { page: pageIndex + 1, total: pages } };
  if (!remote) return { hasPrev, hasNext, status: undefined };
  const numbers = remote.total ? { page: remote.number, total: remote.total } : { page: remote.number };
  return { hasPrev, hasNext, status: numbers };
}
