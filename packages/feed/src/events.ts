import type { BriefingFeed, ValidationIssue } from '@briefing/schema';

/** Where the data came from. */
export type BriefingFeedOrigin = 'src' | 'property' | 'inline' | 'next-page' | 'prev-page';

export interface BriefingFeedLoadStartDetail {
  /** The URL being fetched. */
  url: string;
  origin: BriefingFeedOrigin;
}

export interface BriefingFeedLoadDetail {
  /** The validated feed (only its valid items). */
  feed: BriefingFeed;
  /** The URL it came from, when it was fetched. */
  url?: string;
  origin: BriefingFeedOrigin;
  /** Number of items shown from this load. */
  accepted: number;
  /** Number of items the lenient validation rejected (they are also reported in a `briefing-feed-error`). */
  rejected: number;
}

export type BriefingFeedErrorKind =
  | 'http'
  | 'network'
  | 'timeout'
  | 'not-json'
  | 'invalid-feed'
  | 'invalid-items';

export interface BriefingFeedErrorDetail {
  kind: BriefingFeedErrorKind;
  /** A sentence a person understands. */
  message: string;
  url?: string;
  /** HTTP status for `http` errors. */
  status?: number;
  /** Validation problems for `invalid-feed` and `invalid-items`, each with its path. */
  issues: ValidationIssue[];
  /** True when earlier items are still shown (a failed refresh or page load keeps them). */
  stale: boolean;
}

export interface BriefingFeedSearchDetail {
  query: string;
  /** Items matching the query. */
  matches: number;
}

export interface BriefingFeedPageDetail {
  /** 1-based page shown, for `paging="pages"`; the count of shown items for `paging="more"`. */
  page: number;
  shown: number;
}

export type BriefingFeedLoadStartEvent = CustomEvent<BriefingFeedLoadStartDetail>;
export type BriefingFeedLoadEvent = CustomEvent<BriefingFeedLoadDetail>;
export type BriefingFeedErrorEvent = CustomEvent<BriefingFeedErrorDetail>;
export type BriefingFeedSearchEvent = CustomEvent<BriefingFeedSearchDetail>;
export type BriefingFeedPageEvent = CustomEvent<BriefingFeedPageDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'briefing-feed-loadstart': BriefingFeedLoadStartEvent;
    'briefing-feed-load': BriefingFeedLoadEvent;
    'briefing-feed-error': BriefingFeedErrorEvent;
    'briefing-feed-search': BriefingFeedSearchEvent;
    'briefing-feed-page': BriefingFeedPageEvent;
  }
}

/** Dispatches one of the element's events: bubbling and composed, so it leaves the shadow root. */
export function emit<T>(target: EventTarget, name: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
}
