/*
 * The wire format of briefing data, version 1.
 *
 * Rules of thumb, learned from ninjs, JSON Feed and zod 4's JSON Schema export:
 * - no transforms, codecs or defaults: what zod accepts is exactly what the exported JSON
 *   Schema accepts (input and output JSON Schema are identical);
 * - every rule JSON Schema can express is written as a zod check that exports (pattern,
 *   enum, bounds, format); the few cross-field rules it cannot express live in one
 *   `superRefine` per object and are listed in the README;
 * - every object is strict; vendor data goes in one `extensions` object;
 * - written with `zod/mini` (functions instead of methods), so a page that bundles the
 *   validator pays for the checks it uses and not for all of zod. The schemas are ordinary
 *   zod 4 schemas: classic zod composes them, and they implement Standard Schema.
 */

/*
 * The schemas live one concern a file (formats, mentions, citation, briefing, feed); this module
 * gathers them and names the types inferred from them.
 */

import type * as z from 'zod/mini';
import type { BriefingSchema, CorrectionSchema } from './briefing.js';
import type { CitationChecksSchema, CitationSchema } from './citation.js';
import type { BriefingFeedSchema, PageSchema } from './feed.js';
import type { MentionLocationSchema } from './mention-parts.js';
import type {
  ConversionReferenceSchema,
  CurrencyResolutionSchema,
  MoneyAmountSchema,
  MoneyMentionSchema,
  StatedConversionSchema,
  UncheckedSchema,
} from './money.js';
import type { QuantityMentionSchema, StatedQuantitySchema, UNIT_CODES } from './quantity.js';

export { BriefingSchema, CorrectionSchema } from './briefing.js';
export { CitationChecksSchema, CitationSchema } from './citation.js';
export {
  BriefingFeedSchema,
  FeedEnvelopeSchema,
  type FeedRuleProblem,
  feedRuleProblems,
  PageSchema,
  SCHEMA_VERSION,
} from './feed.js';
export {
  BCP47_PATTERN,
  CurrencyCodeSchema,
  DateOrInstantSchema,
  ExtensionsSchema,
  HTTP_URL_PATTERN,
  HttpUrlSchema,
  INSTANT_PATTERN,
  InstantSchema,
  IsoDateSchema,
  LanguageTagSchema,
  PAGE_LINK_PATTERN,
  PageLinkSchema,
} from './formats.js';
export { MentionLocationSchema, RangeSchema } from './mention-parts.js';
export {
  ConversionReferenceSchema,
  CurrencyResolutionSchema,
  MoneyAmountSchema,
  MoneyMentionSchema,
  PrecisionSchema,
  StatedConversionSchema,
  UNCHECKED_CODES,
  UncheckedSchema,
} from './money.js';
export { QuantityMentionSchema, StatedQuantitySchema, UNIT_CODES, UnitSchema } from './quantity.js';

export type Briefing = z.infer<typeof BriefingSchema>;
export type BriefingFeed = z.infer<typeof BriefingFeedSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type CitationChecks = z.infer<typeof CitationChecksSchema>;
export type MoneyMention = z.infer<typeof MoneyMentionSchema>;
export type MoneyAmount = z.infer<typeof MoneyAmountSchema>;
export type StatedConversion = z.infer<typeof StatedConversionSchema>;
export type ConversionReference = z.infer<typeof ConversionReferenceSchema>;
export type Unchecked = z.infer<typeof UncheckedSchema>;
export type CurrencyResolution = z.infer<typeof CurrencyResolutionSchema>;
export type QuantityMention = z.infer<typeof QuantityMentionSchema>;
export type StatedQuantity = z.infer<typeof StatedQuantitySchema>;
export type MentionLocation = z.infer<typeof MentionLocationSchema>;
export type FeedPage = z.infer<typeof PageSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;
export type Unit = (typeof UNIT_CODES)[number];
