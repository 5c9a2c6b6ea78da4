import * as z from 'zod/mini';
import { HttpUrlSchema, IsoDateSchema, LanguageTagSchema } from './formats.js';
import { meta, show, text, unlessMissing } from './schema-helpers.js';

/* A source citation as written, and the checks of its URL against the publication. */

export const CitationChecksSchema = z.strictObject({
  host: z.optional(text('host', 253)),
  urlMatchesPublication: meta(z.optional(z.boolean()), {
    description: "Does the URL's host belong to the publication? Absent when the publication is unknown.",
  }),
  aggregator: meta(z.optional(text('aggregator', 200)), {
    description: 'Name of the aggregator or shortener hosting the link (toutiao.com, rfi.my...).',
  }),
  urlDate: meta(z.optional(IsoDateSchema), {
    description: 'A date embedded in the URL path, when there is one.',
  }),
  urlDateMatches: z.optional(z.boolean()),
});

export const CitationSchema = z.strictObject({
  publication: meta(z.optional(text('publication', 300)), {
    description:
      'Canonical name of the outlet ("Central News Agency"). Absent when the source line names none.',
  }),
  qualifier: meta(z.optional(text('qualifier', 100)), {
    description: 'Disambiguator written with it ("Taiwan").',
  }),
  date: meta(z.optional(IsoDateSchema), {
    description: 'Publication date as cited, YYYY-MM-DD, no time zone.',
  }),
  url: meta(z.optional(HttpUrlSchema), { description: 'Canonical URL (tracking parameters removed).' }),
  originalUrl: meta(z.optional(HttpUrlSchema), {
    description: 'The URL as written, when canonicalising changed it.',
  }),
  title: z.optional(text('title', 1000)),
  language: z.optional(LanguageTagSchema),
  country: z.optional(
    z.string().check(
      z.regex(/^[A-Z]{2}$/, {
        error: unlessMissing((input) => `country must be an ISO 3166-1 alpha-2 code; got ${show(input)}`),
      }),
    ),
  ),
  raw: meta(text('raw', 5000), { description: 'The citation exactly as written in the source page.' }),
  checks: z.optional(CitationChecksSchema),
  notes: meta(z.optional(z.array(text('note', 500))), {
    description: 'What the parser inferred or doubted.',
  }),
});

export type Citation = z.infer<typeof CitationSchema>;
export type CitationChecks = z.infer<typeof CitationChecksSchema>;
