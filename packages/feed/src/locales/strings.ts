import { type BriefingFeedStrings, en } from './en.js';

/*
 * The element's strings by language. English is built in; the other shipped translations are modules
 * imported when a page first asks for one (the CDN build writes cdn/locale-de.js), so their tables stay
 * out of the file every page loads. The public `locales` table (index.ts) imports them all.
 */
const translations: Readonly<Record<string, () => Promise<BriefingFeedStrings>>> = {
  de: () => import('./de.js').then((module) => module.de),
};
const loaded = new Map<string, BriefingFeedStrings>([['en', en]]);
const loading = new Map<string, Promise<void>>();

const primaryOf = (lang: string): string => lang.toLowerCase().split('-')[0] ?? 'en';

/**
 * Imports the translation for a BCP 47 tag (`de-AT` uses `de`) unless it is loaded, English or not
 * shipped: then undefined. A failed import is forgotten (the next call tries again); until a
 * translation loads, the element speaks English.
 */
export function loadStringsFor(lang: string): Promise<void> | undefined {
  const primary = primaryOf(lang);
  const load = translations[primary];
  if (!load || loaded.has(primary)) return undefined;
  let pending = loading.get(primary);
  if (!pending) {
    pending = load().then(
      (strings) => {
        loaded.set(primary, strings);
      },
      (error: unknown) => {
        loading.delete(primary);
        throw error;
      },
    );
    loading.set(primary, pending);
  }
  return pending;
}

/** The shipped strings for a BCP 47 tag once loaded (`loadStringsFor`); English otherwise. */
export function stringsFor(lang: string): BriefingFeedStrings {
  return loaded.get(primaryOf(lang)) ?? en;
}
