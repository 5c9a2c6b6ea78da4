/*
 * @briefing/feed/hydrate: `@briefing/feed/define` plus Lit's hydration support, for pages whose
 * `<briefing-feed>` was rendered on a server (`@briefing/feed/ssr`, `briefing render`). The element
 * then adopts its declarative shadow DOM instead of rendering it again. Import it before anything
 * else that uses Lit.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

// Lit looks for the hydration support when LitElement is evaluated, so the element must load after
// the import above. A static import would not do: bundlers (tsup's code splitting included) hoist
// shared chunks above it. The dynamic import keeps the order in any build.
const define: typeof import('./define.js') = await import('./define.js');

export const { BriefingFeedElement, defineBriefingFeed } = define;
