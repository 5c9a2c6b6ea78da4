/**
 * @briefing/schema: the typed contract for news briefings.
 *
 * Zod 4 schemas (the source of truth), the TypeScript types inferred from them, validators
 * that never throw, and the JSON Schema files generated from the same schemas.
 */
export {
  CURRENCY_CODES,
  CURRENT_CURRENCY_CODES,
  HISTORIC_CURRENCY_CODES,
  isCurrencyCode,
} from './currencies.js';
export {
  BCP47_PATTERN,
  BriefingFeedSchema,
  BriefingSchema,
  CitationChecksSchema,
  CitationSchema,
  ConversionReferenceSchema,
  CorrectionSchema,
  CurrencyCodeSchema,
  CurrencyResolutionSchema,
  DateOrInstantSchema,
  ExtensionsSchema,
  FeedEnvelopeSchema,
  feedRuleProblems,
  HTTP_URL_PATTERN,
  HttpUrlSchema,
  INSTANT_PATTERN,
  InstantSchema,
  IsoDateSchema,
  LanguageTagSchema,
  MentionLocationSchema,
  MoneyAmountSchema,
  PrecisionSchema,
  MoneyMentionSchema,
  PAGE_LINK_PATTERN,
  PageLinkSchema,
  PageSchema,
  QuantityMentionSchema,
  RangeSchema,
  SCHEMA_VERSION,
  StatedConversionSchema,
  UNCHECKED_CODES,
  UncheckedSchema,
  StatedQuantitySchema,
  UNIT_CODES,
  UnitSchema,
} from './schemas.js';
export type {
  Briefing,
  BriefingFeed,
  Citation,
  CitationChecks,
  ConversionReference,
  Correction,
  CurrencyResolution,
  FeedRuleProblem,
  FeedPage,
  MentionLocation,
  MoneyAmount,
  MoneyMention,
  QuantityMention,
  StatedConversion,
  Unchecked,
  StatedQuantity,
  Unit,
} from './schemas.js';
export {
  formatIssues,
  formatPath,
  rejectedItems,
  toPointer,
  useJitless,
  validateBriefing,
  validateFeed,
} from './validate.js';
export type { ValidateFeedOptions, ValidationIssue, ValidationResult } from './validate.js';
export {
  createFeedStreamValidator,
  type FeedStreamSummary,
  type FeedStreamValidator,
} from './feed-stream.js';
export { DEFAULT_MAX_DEPTH, DEFAULT_MAX_ISSUES, type ValidationLimits } from './limits.js';
export { JSON_SCHEMA_BASE, toJsonSchemas } from './json-schema.js';
export { httpUrl } from './http-url.js';
