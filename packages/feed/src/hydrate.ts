// Must come first: Lit checks for hydration support when LitElement is evaluated, so this import
// has to run before any module that imports Lit (ES modules evaluate imports in order).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './define.js';

/*
 * @briefing/feed/hydrate: `@briefing/feed/define` plus Lit's hydration support, for pages whose
 * `<briefing-feed>` was rendered on a server (`@briefing/feed/ssr`, `briefing render`). The element
 * then adopts its declarative shadow DOM instead of rendering it again. Import it before anything else that uses Lit.
 */
export { BriefingFeedElement, defineBriefingFeed } from './define.js';
