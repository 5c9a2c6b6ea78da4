export type DetailsModule = typeof import('./money-details.js');

let loaded: DetailsModule | undefined;
let loading: Promise<DetailsModule> | undefined;
let failed = false;

/**
 * Imports the conversion details and their popover once, when a reader first opens them
 * (cdn/conversion-details.js for CDN users, resolved relative to the main file). A failed import
 * (offline, blocked) is forgotten, so Retry imports it again.
 */
export function loadDetailsModule(): Promise<DetailsModule> {
  failed = false;
  loading ??= import('./money-details.js').then(
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

/** The details module once loaded, and whether the last import failed. */
export function detailsModule(): { module: DetailsModule | undefined; failed: boolean } {
  return { module: loaded, failed };
}
