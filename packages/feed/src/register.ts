import { BriefingFeedElement } from './briefing-feed.js';

/**
 * Registers `<briefing-feed>`. Loading this module twice (two bundles, or the CDN file next to
 * an npm copy) keeps the first registration instead of throwing.
 */
export function defineBriefingFeed(
  tagName = 'briefing-feed',
  registry: CustomElementRegistry = customElements,
): void {
  if (!registry.get(tagName))
    registry.define(
      tagName,
      tagName === 'briefing-feed' ? BriefingFeedElement : class extends BriefingFeedElement {},
    );
}
