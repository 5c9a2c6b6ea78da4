// cdn/hydrate-support.js: Lit's hydration support, imported by cdn/briefing-feed.js only when the page
// holds a server-rendered <briefing-feed>. Its lit-html imports are the main file's Lit
// (scripts/build-cdn.mjs), so it patches and hydrates with the same classes the element uses.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import type { LitElement } from 'lit';

type HydrateSupport = (classes: { LitElement: typeof LitElement }) => void;

/**
 * Lit applies its hydration support while LitElement is evaluated, if it is already installed; the CDN
 * file's LitElement was evaluated before this module loaded, so the support is applied here, once. The
 * support gives LitElement an own `observedAttributes` (for `defer-hydration`): if it has one, another
 * copy of the support on the page has patched it already.
 */
export function addHydrateSupport(litElement: typeof LitElement): void {
  const support = (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport;
  if (support && !Object.hasOwn(litElement, 'observedAttributes')) support({ LitElement: litElement });
}
