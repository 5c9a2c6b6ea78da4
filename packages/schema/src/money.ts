import { UNCHECKED_CODES } from '@briefing/money';
import * as z from 'zod/mini';
import { CurrencyCodeSchema, IsoDateSchema } from './formats.js';
import { MentionLocationSchema, RangeSchema } from './mention-parts.js';
import { expect, finite, meta, show, text, unlessMissing } from './schema-helpers.js';

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
export const PrecisionSchema = meta(
  finite('precision').check(z.positive({ error: 'precision must be greater than 0' })),
  {
    description: 'Unit in the last written place (1e9 for "124 billion").',
  },
);

export const MoneyAmountSchema = z.strictObject({
  currency: CurrencyCodeSchema,
  min: finite('min'),
  max: finite('max'),
  precision: z.optional(PrecisionSchema),
  resolved: z.optional(CurrencyResolutionSchema),
});

/** The check of a stated conversion against a reference rate. */
export const ConversionReferenceSchema = z.strictObject({
  rate: meta(finite('rate').check(z.positive({ error: 'rate must be greater than 0' })), {
    description: 'Units of the stated currency per 1 unit of the amount currency.',
  }),
  rateDate: meta(IsoDateSchema, { description: 'Date of the published figure actually used.' }),
  rateSource: text('rateSource', 300),
  expected: meta(RangeSchema, { description: 'The amount converted at the reference rate.' }),
  deviation: meta(finite('deviation'), {
    description: 'Signed fraction: stated / expected - 1 (-0.104 means the stated figure is 10.4% low).',
  }),
  tolerance: z.optional(finite('tolerance').check(z.minimum(0, { error: 'tolerance must be 0 or more' }))),
  ratePeriod: meta(
    z.optional(
      z.enum(['day', 'month'], {
        error: unlessMissing((input) => `ratePeriod must be "day" or "month"; got ${show(input)}`),
      }),
    ),
    { description: 'Daily figure or monthly average; "day" when absent.' },
  ),
  agrees: z.boolean({ error: expect('agrees', 'agrees must be true or false') }),
  nearest: meta(z.optional(z.boolean({ error: expect('nearest', 'nearest must be true or false') })), {
    description: 'The cited date is after the newest rates; the newest rate (rateDate) was used, as asked.',
  }),
  impliedRate: meta(
    z.optional(
      z.strictObject({
        rate: finite('impliedRate.rate').check(
          z.positive({ error: 'impliedRate.rate must be greater than 0' }),
        ),
        date: meta(z.optional(IsoDateSchema), { description: 'The nearest date whose rate explains it.' }),
      }),
    ),
    {
      description: 'For a conversion that differs: the rate the writer used (stated / amount).',
    },
  ),
});

/** Why a stated conversion has no `reference`: the money core's codes (`UncheckedReason`). */
export { UNCHECKED_CODES };

export const UncheckedSchema = z.strictObject({
  code: z.enum(UNCHECKED_CODES, {
    error: unlessMissing(
      (input) => `unchecked.code must be one of ${UNCHECKED_CODES.join(', ')}; got ${show(input)}`,
    ),
  }),
  newest: meta(z.optional(IsoDateSchema), {
    description: 'after-newest-data: the newest date with rates.',
  }),
  oldest: meta(z.optional(IsoDateSchema), {
    description: 'before-oldest-data: the oldest date with rates.',
  }),
  currency: meta(
    z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'currency must be three capital letters' }))),
    { description: 'currency-not-covered: the code.' },
  ),
  date: meta(z.optional(text('date', 100)), { description: 'invalid-date: the date as given.' }),
  detail: meta(z.optional(text('detail', 500)), {
    description: "no-rate: the provider's reason.",
  }),
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
  unchecked: meta(z.optional(UncheckedSchema), {
    description: 'Why there is no reference.',
  }),
});

export const MoneyMentionSchema = z.strictObject({
  text: text('text', 500),
  at: MentionLocationSchema,
  kind: meta(
    z.optional(
      z.enum(['amount', 'change-from', 'change-to'], {
        error: unlessMissing(
          (input) => `kind must be "amount", "change-from" or "change-to"; got ${show(input)}`,
        ),
      }),
    ),
    {
      description:
        'A change ("rose from 290 to 810 yuan") is two mentions, not a range. "amount" when absent.',
    },
  ),
  amount: MoneyAmountSchema,
  approximate: z.boolean({ error: expect('approximate', 'approximate must be true or false') }),
  per: meta(z.optional(text('per', 40)), { description: 'Rate basis: "month", "year", "kilogram"...' }),
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
