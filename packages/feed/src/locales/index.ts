import { de } from './de.js';
import { type BriefingFeedStrings, en } from './en.js';

export type { BriefingFeedStrings } from './en.js';
export { de, en };

/** The shipped translations, by primary language subtag. */
export const locales: Readonly<Record<string, BriefingFeedStrings>> = { en, de };

/** The shipped strings for a BCP 47 tag: `de-AT` falls back to `de`, anything unknown to English. */
export function stringsFor(lang: string): BriefingFeedStrings {
  const primary = lang.toLowerCase().split('-')[0] ?? 'en';
  return locales[primary] ?? en;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
