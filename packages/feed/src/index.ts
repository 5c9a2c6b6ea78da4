/**
 * @briefing/feed: the `<briefing-feed>` element. This entry only exports the class and its types;
 * import `@briefing/feed/define` (or load the CDN file) to register the tag.
 */
export { BriefingFeedElement, type BriefingFeedPaging, type BriefingFeedTheme } from './briefing-feed.js';
export type {
  BriefingFeedErrorDetail,
  BriefingFeedErrorEvent,
  BriefingFeedErrorKind,
  BriefingFeedLoadDetail,
  BriefingFeedLoadEvent,
  BriefingFeedLoadStartDetail,
  BriefingFeedLoadStartEvent,
  BriefingFeedOrigin,
  BriefingFeedPageDetail,
  BriefingFeedPageEvent,
  BriefingFeedSearchDetail,
  BriefingFeedSearchEvent,
} from './events.js';
export { type BriefingFeedStrings, de, en, locales } from './locales/index.js';
