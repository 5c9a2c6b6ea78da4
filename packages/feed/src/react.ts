/**
 * `@briefing/feed/react`: `<briefing-feed>` as a React component, made with `@lit/react`. Importing
 * this module registers the tag (keeping an earlier registration, e.g. from the CDN file).
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { BriefingFeedElement } from './briefing-feed.js';
import type * as Events from './events.js';
import { defineBriefingFeed } from './register.js';

// Server rendering has no registry; the tag gets defined when the module loads in the browser.
if (typeof customElements !== 'undefined') defineBriefingFeed();

/**
 * `<BriefingFeed feed={data} currency="EUR" onBriefingFeedLoad={(e) => e.detail.accepted} />`.
 * `feed`, `rates` and `strings` are set as properties, the other props as the element's
 * properties or attributes, and each `onBriefingFeed*` prop listens to the matching event.
 */
export const BriefingFeed = createComponent({
  tagName: 'briefing-feed',
  elementClass: BriefingFeedElement,
  react: React,
  events: {
    onBriefingFeedLoadStart: 'briefing-feed-loadstart' as EventName<Events.BriefingFeedLoadStartEvent>,
    onBriefingFeedLoad: 'briefing-feed-load' as EventName<Events.BriefingFeedLoadEvent>,
    onBriefingFeedError: 'briefing-feed-error' as EventName<Events.BriefingFeedErrorEvent>,
    onBriefingFeedSearch: 'briefing-feed-search' as EventName<Events.BriefingFeedSearchEvent>,
    onBriefingFeedPage: 'briefing-feed-page' as EventName<Events.BriefingFeedPageEvent>,
  },
  displayName: 'BriefingFeed',
});

/** The props `<BriefingFeed>` accepts. */
export type BriefingFeedProps = React.ComponentProps<typeof BriefingFeed>;

export { BriefingFeedElement };
export type {
  BriefingFeedErrorEvent,
  BriefingFeedLoadEvent,
  BriefingFeedLoadStartEvent,
  BriefingFeedPageEvent,
  BriefingFeedSearchEvent,
} from './events.js';
