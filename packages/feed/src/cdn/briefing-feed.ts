// Import order matters: the jitless switch must be evaluated before any schema is built, and Lit's
// hydration support before LitElement (it patches the class as it is defined), so that a server-rendered
// <briefing-feed> (declarative shadow DOM) is adopted instead of rendered again.
import './jitless.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { useJitless } from '@briefing/schema';
import '../define.js';

useJitless();

export { BriefingFeedElement, defineBriefingFeed } from '../define.js';
/**
 * Not an API: lit-html's core, for cdn/virtualizer.js (loaded by feeds longer than 200 items), so the
 * virtualizer renders with this file's Lit instead of bundling a second copy (scripts/build-cdn.mjs).
 */
export * as litHtml from 'lit/html.js';
