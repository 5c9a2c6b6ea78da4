/**
 * @briefing/feed/ssr: `<briefing-feed>` rendered on a server (Node), its briefings as schema.org
 * JSON-LD, and the page around them. The browser side hydrates with the CDN file (or
 * `@briefing/feed/hydrate` in a bundle).
 */
export { escapeHtml, jsonForScript } from './escape.js';
export { briefingJsonLd, feedJsonLd, type JsonLdOptions, jsonLdScript } from './json-ld.js';
export { type RenderPageOptions, renderBriefingPage, styleHashes } from './page.js';
export { type RenderFeedOptions, renderBriefingFeed } from './render.js';
