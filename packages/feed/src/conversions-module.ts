export type ConversionsModule = typeof import('./money-converter.js');

let loaded: ConversionsModule | undefined;
let loading: Promise<ConversionsModule> | undefined;
let failed = false;

/**
 * Imports the conversions (money-converter.ts: rate look-ups, the chips' values, the details and their
 * popover) once, when an element first has a reader currency (cdn/conversions.js for CDN users, resolved
 * relative to the main file). A failed import (offline, blocked) is forgotten, so Retry imports it again.
 */
export function loadConversions(): Promise<ConversionsModule> {
  failed = false;
  loading ??= import('./money-converter.js').then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      failed = true;
      throw error;
    },
  );
  return loading;
}

/** The conversions module once loaded, and whether the last import failed. */
export function conversionsModule(): { module: ConversionsModule | undefined; failed: boolean } {
  return { module: loaded, failed };
}
