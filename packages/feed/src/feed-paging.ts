import type { Briefing } from '@briefing/schema';
import { nothing, type ReactiveControllerHost } from 'lit';
import type { BriefingFeedPaging } from './briefing-feed.js';
import { emit } from './events.js';
import type { FeedLoader } from './feed-loader.js';
import { moreButton, pageButtons } from './feed-parts.js';
import { resolveLink } from './load.js';
import type { BriefingFeedStrings } from './locales/en.js';
import {
  capped,
  filterBriefings,
  moreAction,
  type PageWindow,
  pageWindow,
  pagesControls,
  searchText,
  usablePageSize,
} from './search.js';

/** The element's paging attributes. */
export interface PagingHost extends ReactiveControllerHost, HTMLElement {
  paging: BriefingFeedPaging;
  pageSize: number;
  limit: number;
}

/** What one render shows: the matches, the capped matches and the visible window of them. */
export interface PagingView extends PageWindow<Briefing> {
  filtered: readonly Briefing[];
  capped: readonly Briefing[];
  /** Position of the first visible item among the matches (for `aria-posinset`). */
  offset: number;
}

/**
 * The reader's search and paging state (query, items revealed by "Load more", current page), the
 * controls that change it and the `briefing-feed-search` / `briefing-feed-page` events. Which items
 * match and show is decided by the pure functions of search.ts.
 */
export class FeedPaging {
  query = '';
  private shown = 0;
  private pageIndex = 0;
  private readonly texts = new WeakMap<Briefing, string>();

  constructor(
    private readonly host: PagingHost,
    private readonly loader: FeedLoader,
    private readonly lang: () => string,
  ) {}

  /** Back to the first step (`atEnd`: to the last page, after going back to a previous feed page). */
  restart(atEnd = false): void {
    this.shown = 0;
    this.pageIndex = atEnd ? Number.MAX_SAFE_INTEGER : 0;
    this.host.requestUpdate();
  }

  get size(): number {
    return usablePageSize(this.host.pageSize);
  }

  view(): PagingView {
    const filtered = filterBriefings(this.loader.items, this.query, this.textOf);
    const cappedItems = capped(filtered, this.host.limit);
    const window = pageWindow(cappedItems, {
      paging: this.host.paging,
      size: this.size,
      shown: this.shown,
      pageIndex: this.pageIndex,
    });
    const offset = this.host.paging === 'pages' && this.size > 0 ? window.pageIndex * this.size : 0;
    return { ...window, filtered, capped: cappedItems, offset };
  }

  /** "Load more", or Previous/Next, or nothing. */
  controls(strings: BriefingFeedStrings, view: PagingView) {
    const remote = this.loader.feed?.page;
    const searching = this.query !== '';
    const busy = this.loader.busy;
    const { paging, limit } = this.host;
    if (paging === 'more') {
      const action = moreAction({
        size: this.size,
        visible: view.visible.length,
        capped: view.capped.length,
        searching,
        limitReached: limit > 0 && this.loader.items.length >= limit,
        hasNextPage: Boolean(remote?.next),
      });
      return action ? moreButton(strings, busy, () => this.more(action, view)) : nothing;
    }
    if (paging !== 'pages') return nothing;
    const { pages, pageIndex } = view;
    const controls = pagesControls({ size: this.size, pages, pageIndex, searching, remote });
    return controls ? pageButtons(strings, controls, busy, (delta) => this.go(delta, view)) : nothing;
  }

  onSearch = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.restart();
    const matches = filterBriefings(this.loader.items, this.query, this.textOf).length;
    emit(this.host, 'briefing-feed-search', { query: this.query, matches });
  };

  private textOf = (item: Briefing): string => {
    let text = this.texts.get(item);
    if (text === undefined) {
      text = searchText(item, this.lang());
      this.texts.set(item, text);
    }
    return text;
  };

  private more(action: 'reveal' | 'fetch', view: PagingView): void {
    const size = this.size;
    this.shown = view.visible.length + size;
    this.host.requestUpdate();
    if (action === 'fetch') {
      this.follow(this.loader.feed?.page?.next, 'append');
      return;
    }
    const shown = Math.min(this.shown, view.capped.length);
    emit(this.host, 'briefing-feed-page', { page: Math.ceil(this.shown / size), shown });
  }

  private go(delta: 1 | -1, view: PagingView): void {
    const target = view.pageIndex + delta;
    if (target >= 0 && target < view.pages) {
      this.pageIndex = target;
      this.host.requestUpdate();
      emit(this.host, 'briefing-feed-page', {
        page: target + 1,
        shown: this.size || this.loader.items.length,
      });
      return;
    }
    if (delta > 0) this.follow(this.loader.feed?.page?.next, 'replace');
    else this.follow(this.loader.feed?.page?.prev, 'replace', true);
  }

  private follow(link: string | undefined, mode: 'append' | 'replace', atEnd = false): void {
    const url = link ? resolveLink(link, this.loader.baseUrl) : undefined;
    if (!url) return;
    void this.loader.run({ url, origin: atEnd ? 'prev-page' : 'next-page', mode, atEnd });
  }
}
