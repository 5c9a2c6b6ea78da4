import { de } from './de.js';
import { type BriefingFeedStrings, en } from './en.js';

export type { BriefingFeedStrings } from './en.js';
export { de, en };
export { fill } from './fill.js';

/** The shipped translations, by primary language subtag. */
export const locales: Readonly<Record<string, BriefingFeedStrings>> = { en, de };
