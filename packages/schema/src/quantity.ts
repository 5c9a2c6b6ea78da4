import * as z from 'zod/mini';
import { MentionLocationSchema, RangeSchema } from './mention-parts.js';
import { expect, finite, show, text, unlessMissing } from './schema-helpers.js';

/* A quantity mention (distance, weight, energy...) and the conversions stated beside it. */

/** Units a quantity may carry. Symbols follow SI / common English news usage. */
export const UNIT_CODES = [
  'km',
  'm',
  'cm',
  'mm',
  'mi',
  'yd',
  'ft',
  'in',
  'nmi',
  'km2',
  'm2',
  'mi2',
  'ha',
  'acre',
  't',
  'kg',
  'g',
  'mg',
  'lb',
  'oz',
  'short-ton',
  'long-ton',
  'l',
  'ml',
  'gal',
  'bbl',
  'm3',
  'w',
  'kw',
  'mw',
  'gw',
  'kwh',
  'mwh',
  'gwh',
  'twh',
  'c',
  'f',
  'km/h',
  'mph',
] as const;
export const UnitSchema = z.enum(UNIT_CODES, {
  error: unlessMissing(
    (input) => `${show(input)} is not a known unit (expected one of ${UNIT_CODES.join(', ')})`,
  ),
});

export const StatedQuantitySchema = z.strictObject({
  unit: UnitSchema,
  min: finite('min'),
  max: finite('max'),
  text: z.optional(text('text', 200)),
  check: z.optional(
    z.strictObject({
      expected: RangeSchema,
      deviation: finite('deviation'),
      agrees: z.boolean({ error: expect('agrees', 'agrees must be true or false') }),
    }),
  ),
});

export const QuantityMentionSchema = z.strictObject({
  text: text('text', 300),
  at: MentionLocationSchema,
  value: RangeSchema,
  unit: UnitSchema,
  approximate: z.optional(z.boolean({ error: expect('approximate', 'approximate must be true or false') })),
  stated: z.array(StatedQuantitySchema, { error: expect('stated', 'stated must be a list of conversions') }),
});

export type QuantityMention = z.infer<typeof QuantityMentionSchema>;
export type StatedQuantity = z.infer<typeof StatedQuantitySchema>;
export type Unit = (typeof UNIT_CODES)[number];
