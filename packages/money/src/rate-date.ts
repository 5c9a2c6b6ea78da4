/*
 * Which day's rate applies to a briefing's conversions: the date of its first citation that has
 * one (the day the writer wrote the figure), else its own publication date. A feed's generation
 * date says nothing about when the writer converted, so it is never used: without a dated
 * citation or publication the conversion is unchecked ("no-date").
 */

/** The fields the rule reads (a schema `Briefing` has them). */
export interface Dated {
  sources: readonly { date?: string | undefined }[];
  published?: string | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** YYYY-MM-DD whose rates apply to the briefing's conversions, or undefined when it has none. */
export function rateDateOf(briefing: Dated): string | undefined {
  for (const source of briefing.sources) {
    if (source.date && ISO_DATE.test(source.date)) return source.date;
  }
  const published = typeof briefing.published === 'string' ? briefing.published.slice(0, 10) : undefined;
  return published && ISO_DATE.test(published) ? published : undefined;
}
