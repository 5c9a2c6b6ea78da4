// The CDN file: Lit and the element. The validator (zod, @briefing/schema) is cdn/validator.js, imported
// as the element connects (src/validator.ts). Lit's hydration support is cdn/hydrate-support.js,
// imported only when the page holds a server-rendered <briefing-feed> (hydrate-support.ts): a page
// rendered in the browser never loads it.
import { LitElement } from 'lit';
import { BriefingFeedElement } from '../briefing-feed.js';
import { defineBriefingFeed } from '../register.js';
import { hasServerRenderedFeed } from './server-rendered.js';

if (typeof customElements !== 'undefined') {
  if (hasServerRenderedFeed(document)) {
    // The tag is defined once the support has patched LitElement: defined earlier, the element would
    // render its shadow root again instead of adopting it. The server's HTML shows meanwhile; if the
    // support cannot load, the element still works, rendering in the browser.
    import('./hydrate-support.js')
      .then((support) => support.addHydrateSupport(LitElement))
      .catch(() => {})
      .then(() => defineBriefingFeed());
  } else defineBriefingFeed();
}

export { BriefingFeedElement, defineBriefingFeed };
/**
 * Not an API: lit-html's core and Lit's stylesheet helpers, for the files loaded on demand
 * (cdn/virtualizer.js, cdn/hydrate-support.js, cdn/conversions.js), so they work with this
 * file's Lit instead of bundling a second copy (scripts/build-cdn.mjs).
 */
export * as litHtml from 'lit/html.js';
export { css as litCss, supportsAdoptingStyleSheets as litSupportsAdoptingStyleSheets } from 'lit';
