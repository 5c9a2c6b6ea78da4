import * as z from 'zod/mini';
import { HttpUrlSchema, IsoDateSchema, LanguageTagSchema } from './formats.js';
import { described, show, text, unlessMissing } from './schema-helpers.js';

/* A source citation as written, and the checks of its URL against the publication. */

export const CitationChecksSchema = z.strictObject({
  host: z.optional(text('host', 253)),
  urlMatchesPublication: described(z.optional(z.boolean())),
  aggregator: described(z.optional(text('aggregator', 200))),
  urlDate: described(z.optional(IsoDateSchema)),
  urlDateMatches: z.optional(z.boolean()),
});

export const CitationSchema = z.strictObject({
  publication: described(z.optional(text('publication', 300))),
  qualifier: described(z.optional(text('qualifier', 100))),
  date: described(z.optional(IsoDateSchema)),
  url: described(z.optional(HttpUrlSchema)),
  originalUrl: described(z.optional(HttpUrlSchema)),
  title: z.optional(text('title', 1000)),
  language: z.optional(LanguageTagSchema),
  country: z.optional(
    z.string().check(
      z.regex(/^[A-Z]{2}$/, {
        error: unlessMissing((input) => `country must be an ISO 3166-1 alpha-2 code; got ${show(input)}`),
      }),
    ),
  ),
  raw: described(text('raw', 5000)),
  checks: z.optional(CitationChecksSchema),
  notes: described(z.optional(z.array(text('note', 500)))),
});

export type Citation = z.infer<typeof CitationSchema>;
export type CitationChecks = z.infer<typeof CitationChecksSchema>;
