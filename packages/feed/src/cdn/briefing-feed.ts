// Import order matters: Lit's hydration support is evaluated before LitElement (it patches the class as
// it is defined), so that a server-rendered <briefing-feed> (declarative shadow DOM) is adopted instead
// of rendered again. The validator (zod, @briefing/schema) is not in this file: it is cdn/validator.js,
// imported as the element connects (src/validator.ts).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../define.js';

export { BriefingFeedElement, defineBriefingFeed } from '../define.js';
/**
 * Not an API: lit-html's core, for cdn/virtualizer.js (loaded by feeds longer than 200 items), so the
 * virtualizer renders with this file's Lit instead of bundling a second copy (scripts/build-cdn.mjs).
 */
export * as litHtml from 'lit/html.js';
