/*
 * The validator: zod (through @briefing/schema) is the largest part of the element, and nothing can be
 * shown before data is validated, so it is its own module, imported as the element connects (in parallel
 * with the feed's fetch) instead of before the element can render its loading state. The CDN build writes
 * it to cdn/validator.js beside the main file (scripts/build-cdn.mjs, src/cdn/validator.ts).
 */
export { formatIssues, rejectedItems, validateFeed } from '@briefing/schema/validate';
