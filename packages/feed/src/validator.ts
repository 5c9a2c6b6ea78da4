type ValidatorModule = typeof import('./validate-feed.js');

let loaded: ValidatorModule | undefined;
let loading: Promise<ValidatorModule> | undefined;

/**
 * Imports the validator once (cdn/validator.js for CDN users, resolved relative to the main file). A
 * failed import (offline, blocked) is forgotten, so Retry imports it again.
 */
export function loadValidator(): Promise<ValidatorModule> {
  loading ??= import('./validate-feed.js').then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The validator if it has loaded: data then validates in the same task (a server render needs that). */
export function loadedValidator(): ValidatorModule | undefined {
  return loaded;
}
