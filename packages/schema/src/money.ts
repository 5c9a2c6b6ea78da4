import { UNCHECKED_CODES } from '@briefing/money';
import * as z from 'zod/mini';
import { CurrencyCodeSchema, IsoDateSchema } from './formats.js';
import { MentionLocationSchema, RangeSchema } from './mention-parts.js';
import { described, expect, finite, show, text, unlessMissing } from './schema-helpers.js';

/* A money mention: the amount, the conversions stated beside it, and their check against a rate. */

/** How an ambiguous symbol (`$`, `¥`, `£`...) was resolved: the choice is recorded, never silent. */
export const CurrencyResolutionSchema = z.strictObject({
  symbol: text('symbol', 16),
  candidates: z
    .array(CurrencyCodeSchema)
    .check(z.minLength(1, { error: 'candidates must list at least one currency' })),
  reason: text('reason', 300),
});

/**
 * How a figure was written: the unit in its last significant place ("124 billion" 1e9, "NT$1.48
 * million" 1e4, "$3,150" 10, "$20.43" 0.01). Optional; the verdict reads it from the number when absent.
 */
export const PrecisionSchema = described(
  finite('precision').check(z.positive({ error: 'precision must be greater than 0' })),
);

export const MoneyAmountSchema = z.strictObject({
  currency: CurrencyCodeSchema,
  min: finite('min'),
  max: finite('max'),
  precision: z.optional(PrecisionSchema),
  resolved: z.optional(CurrencyResolutionSchema),
});

/** For a conversion that differs: the rate the writer used, and the date whose rate explains it. */
export const ImpliedRateSchema = z.strictObject({
  rate: finite('impliedRate.rate').check(z.positive({ error: 'impliedRate.rate must be greater than 0' })),
  date: described(z.optional(IsoDateSchema)),
});

/** The check of a stated conversion against a reference rate. */
export const ConversionReferenceSchema = z.strictObject({
  rate: described(finite('rate').check(z.positive({ error: 'rate must be greater than 0' }))),
  rateDate: described(IsoDateSchema),
  rateSource: text('rateSource', 300),
  expected: described(RangeSchema),
  deviation: described(finite('deviation')),
  tolerance: z.optional(finite('tolerance').check(z.minimum(0, { error: 'tolerance must be 0 or more' }))),
  ratePeriod: described(
    z.optional(
      z.enum(['day', 'month'], {
        error: unlessMissing((input) => `ratePeriod must be "day" or "month"; got ${show(input)}`),
      }),
    ),
  ),
  agrees: z.boolean({ error: expect('agrees', 'agrees must be true or false') }),
  nearest: described(z.optional(z.boolean({ error: expect('nearest', 'nearest must be true or false') }))),
  impliedRate: described(z.optional(ImpliedRateSchema)),
});

/** Why a stated conversion has no `reference`: the money core's codes (`UncheckedReason`). */
export { UNCHECKED_CODES };

export const UncheckedSchema = z.strictObject({
  code: z.enum(UNCHECKED_CODES, {
    error: unlessMissing(
      (input) => `unchecked.code must be one of ${UNCHECKED_CODES.join(', ')}; got ${show(input)}`,
    ),
  }),
  newest: described(z.optional(IsoDateSchema)),
  oldest: described(z.optional(IsoDateSchema)),
  currency: described(
    z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'currency must be three capital letters' }))),
  ),
  date: described(z.optional(text('date', 100))),
  detail: described(z.optional(text('detail', 500))),
});

export const StatedConversionSchema = z.strictObject({
  currency: CurrencyCodeSchema,
  min: finite('min'),
  max: finite('max'),
  precision: z.optional(PrecisionSchema),
  approximate: z.boolean({ error: expect('approximate', 'approximate must be true or false') }),
  text: z.optional(text('text', 500)),
  resolved: z.optional(CurrencyResolutionSchema),
  reference: z.optional(ConversionReferenceSchema),
  unchecked: described(z.optional(UncheckedSchema)),
});

export const MoneyMentionSchema = z.strictObject({
  text: text('text', 500),
  at: MentionLocationSchema,
  kind: described(
    z.optional(
      z.enum(['amount', 'change-from', 'change-to'], {
        error: unlessMissing(
          (input) => `kind must be "amount", "change-from" or "change-to"; got ${show(input)}`,
        ),
      }),
    ),
  ),
  amount: MoneyAmountSchema,
  approximate: z.boolean({ error: expect('approximate', 'approximate must be true or false') }),
  per: described(z.optional(text('per', 40))),
  stated: z.array(StatedConversionSchema, {
    error: expect('stated', 'stated must be a list of conversions'),
  }),
});

export type MoneyMention = z.infer<typeof MoneyMentionSchema>;
export type MoneyAmount = z.infer<typeof MoneyAmountSchema>;
export type StatedConversion = z.infer<typeof StatedConversionSchema>;
export type ConversionReference = z.infer<typeof ConversionReferenceSchema>;
export type Unchecked = z.infer<typeof UncheckedSchema>;
export type CurrencyResolution = z.infer<typeof CurrencyResolutionSchema>;
