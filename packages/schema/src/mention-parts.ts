import * as z from 'zod/mini';
import { finite, described, show, unlessMissing } from './schema-helpers.js';

/* What money and quantity mentions share: where the mention sits, and a min..max range. */

/** Where a mention sits: `body[paragraph].slice(start, end)` (UTF-16 offsets), or the title. */
export const MentionLocationSchema = z.strictObject({
  field: described(
    z.optional(
      z.enum(['title', 'body'], {
        error: unlessMissing((input) => `field must be "title" or "body"; got ${show(input)}`),
      }),
    ),
  ),
  paragraph: z
    .int({ error: 'paragraph must be a whole number' })
    .check(z.minimum(0, { error: 'paragraph must be 0 or more' })),
  start: z
    .int({ error: 'start must be a whole number' })
    .check(z.minimum(0, { error: 'start must be 0 or more' })),
  end: z.int({ error: 'end must be a whole number' }).check(z.minimum(0, { error: 'end must be 0 or more' })),
});

export const RangeSchema = z.strictObject({
  min: finite('min'),
  max: finite('max'),
});

export type MentionLocation = z.infer<typeof MentionLocationSchema>;
