import { BriefingFeedElement } from './briefing-feed.js';
// The function lives in a module with no side effect so that src/react.ts can share it: with tsup's
// code splitting, a top-level call in a module two entries import would move into a shared chunk,
// out of reach of the `sideEffects` list.
import { defineBriefingFeed } from './register.js';

if (typeof customElements !== 'undefined') defineBriefingFeed();

export { BriefingFeedElement, defineBriefingFeed };

declare global {
  interface HTMLElementTagNameMap {
    'briefing-feed': BriefingFeedElement;
  }
}
