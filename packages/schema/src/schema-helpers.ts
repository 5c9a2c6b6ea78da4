import * as z from 'zod/mini';

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
 * The pieces every schema of the wire format is built with: error messages that tell a missing
 * field from a wrong one and show what was given, JSON Schema metadata, text and number fields.
 */

export const show = (value: unknown): string => {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
};

/** An error message that tells a missing field from a wrong one. */
export const unlessMissing =
  (message: (input: unknown) => string) =>
  (iss: { input?: unknown }): string =>
    iss.input === undefined ? 'is required' : message(iss.input);

export const expect = (_what: string, expectation: string) =>
  unlessMissing((input) => `${expectation}; got ${show(input)}`);

/**
 * A copy of the schema for one place, the one descriptions.ts gives its JSON Schema metadata (what
 * classic zod's `.meta()` makes), so a shared schema (`IsoDateSchema`) can be described differently
 * where it is used. The metadata itself lives in descriptions.ts: the validators do not need it, and
 * a bundle of them (`@briefing/schema/validate`) leaves it out.
 */
// @__NO_SIDE_EFFECTS__: a described schema no bundle uses (the whole feed's, in the validate entry) is dropped.
export function described<T extends z.ZodMiniType>(schema: T): T {
  return schema.clone();
}

/** Non-empty text. */
export const text = (what: string, max: number) =>
  z
    .string({ error: expect(what, `${what} must be text`) })
    .check(z.minLength(1, { error: `${what} must not be empty` }))
    .check(z.maxLength(max, { error: `${what} is longer than ${max} characters` }));

export const finite = (what: string) => z.number({ error: expect(what, `${what} must be a finite number`) });
