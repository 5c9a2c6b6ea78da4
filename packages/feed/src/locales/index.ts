import { de } from './de.js';
import { type BriefingFeedStrings, en } from './en.js';

export type { BriefingFeedStrings } from './en.js';
export { de, en };
export { fill } from './fill.js';

/** The shipped translations, by primary language subtag. */
export const locales: Readonly<Record<string, BriefingFeedStrings>> = { en, de };

/** The shipped strings for a BCP 47 tag: `de-AT` falls back to `de`, anything unknown to English. */
export function stringsFor(lang: string): BriefingFeedStrings {
  const primary = lang.toLowerCase().split('-')[0] ?? 'en';
  return locales[primary] ?? en;
}
