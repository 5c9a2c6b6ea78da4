/**
 * @briefing/schema: the typed contract for news briefings.
 *
 * Zod 4 schemas (the source of truth), the TypeScript types inferred from them, validators
 * that never throw, and the JSON Schema files generated from the same schemas.
 */
import { describeSchemas } from './descriptions.js';

export {
  CURRENCY_CODES,
  CURRENT_CURRENCY_CODES,
  HISTORIC_CURRENCY_CODES,
  isCurrencyCode,
} from './currencies.js';
export {
  type Briefing,
  BriefingSchema,
  type Correction,
  CorrectionSchema,
} from './briefing.js';
export { type Citation, type CitationChecks, CitationChecksSchema, CitationSchema } from './citation.js';
export {
  type BriefingFeed,
  BriefingFeedSchema,
  FeedEnvelopeSchema,
  type FeedPage,
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
export { type MentionLocation, MentionLocationSchema, RangeSchema } from './mention-parts.js';
export {
  type ConversionReference,
  ConversionReferenceSchema,
  type CurrencyResolution,
  CurrencyResolutionSchema,
  type MoneyAmount,
  MoneyAmountSchema,
  type MoneyMention,
  MoneyMentionSchema,
  PrecisionSchema,
  type StatedConversion,
  StatedConversionSchema,
  UNCHECKED_CODES,
  type Unchecked,
  UncheckedSchema,
} from './money.js';
export {
  type QuantityMention,
  QuantityMentionSchema,
  type StatedQuantity,
  StatedQuantitySchema,
  UNIT_CODES,
  type Unit,
  UnitSchema,
} from './quantity.js';
// The validators, their types and limits: the same list as `@briefing/schema/validate`.
export * from './validate-entry.js';
export {
  createFeedStreamValidator,
  type FeedStreamSummary,
  type FeedStreamValidator,
} from './feed-stream.js';
export { JSON_SCHEMA_BASE, toJsonSchemas } from './json-schema.js';
export { httpUrl } from './http-url.js';

// The schemas exported here carry their JSON Schema metadata, for `z.toJSONSchema` and registry readers.
describeSchemas();
