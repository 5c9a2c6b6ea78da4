import { lazyModule } from './lazy-module.js';

export type ConversionsModule = typeof import('./money-converter.js');

/**
 * The conversions (money-converter.ts: rate look-ups, the chips' values, the details and their popover),
 * imported once, when an element first has a reader currency (cdn/conversions.js for CDN users, resolved
 * relative to the main file).
 */
export const conversions = lazyModule<ConversionsModule>(() => import('./money-converter.js'));
