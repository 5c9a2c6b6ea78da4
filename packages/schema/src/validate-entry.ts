/**
 * @briefing/schema/validate: the validators alone, for bundles that only validate (the
 * `<briefing-feed>` element's CDN validator). The same schemas and rules as the main entry, in the
 * same modules; only the JSON Schema metadata (titles and descriptions, descriptions.ts) is left out.
 */
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
export type { Briefing } from './briefing.js';
export type { BriefingFeed } from './feed.js';
export { DEFAULT_MAX_DEPTH, DEFAULT_MAX_ISSUES, type ValidationLimits } from './limits.js';
