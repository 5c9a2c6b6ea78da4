// cdn/validator.js: zod/mini and @briefing/schema's rules, imported by cdn/briefing-feed.js as the
// element connects (relative to the main file: `import('./validator.js')` resolves against its URL).
// The jitless switch must be evaluated before any schema is built (see jitless.ts).
import './jitless.js';
import { useJitless } from '@briefing/schema/validate';

useJitless();

export * from '../validate-feed.js';
