import { lazyModule } from './lazy-module.js';

type ValidatorModule = typeof import('./validate-feed.js');

/** The validator, imported once (cdn/validator.js for CDN users, resolved relative to the main file). */
const validator = lazyModule<ValidatorModule>(() => import('./validate-feed.js'));

/** Imports the validator; a failed import (offline, blocked) is forgotten, so Retry imports it again. */
export function loadValidator(): Promise<ValidatorModule> {
  return validator.load();
}

/** The validator if it has loaded: data then validates in the same task (a server render needs that). */
export function loadedValidator(): ValidatorModule | undefined {
  return validator.loaded;
}
