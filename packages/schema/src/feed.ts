import * as z from 'zod/mini';
import { BriefingSchema } from './briefing.js';
import {
  ExtensionsSchema,
  HttpUrlSchema,
  InstantSchema,
  LanguageTagSchema,
  PageLinkSchema,
} from './formats.js';
import { described, show, text, unlessMissing } from './schema-helpers.js';

/* A feed page of briefings (shaped like JSON Feed 1.1) and the rules across its items. */

export const SCHEMA_VERSION = 1 as const;

export const PageSchema = z.strictObject({
  number: z
    .int({ error: 'page number must be a whole number' })
    .check(z.minimum(1, { error: 'page number starts at 1' })),
  next: z.optional(PageLinkSchema),
  prev: z.optional(PageLinkSchema),
  total: z.optional(
    z
      .int({ error: 'total must be a whole number' })
      .check(z.minimum(1, { error: 'total must be 1 or more' })),
  ),
});

const feedEnvelopeShape = {
  $schema: described(z.optional(HttpUrlSchema)),
  schemaVersion: z.literal(SCHEMA_VERSION, {
    error: unlessMissing((input) => `schemaVersion must be 1 (this is schema version 1); got ${show(input)}`),
  }),
  title: text('title', 500),
  description: z.optional(text('description', 2000)),
  language: z.optional(LanguageTagSchema),
  homePageUrl: z.optional(HttpUrlSchema),
  feedUrl: z.optional(HttpUrlSchema),
  page: z.optional(PageSchema),
  generatedAt: InstantSchema,
  extensions: z.optional(ExtensionsSchema),
};

/** A feed-level rule broken: where, why, and the rule's code. */
export interface FeedRuleProblem {
  path: (string | number)[];
  message: string;
  rule: 'page_le_total' | 'unique_ids';
}

/**
 * The rules across a feed's items (unique ids) and of its page (number <= total): the one place
 * they are decided, for the zod schema and for the item-by-item validators alike.
 */
export function feedRuleProblems(f: {
  page?: { number: number; total?: number | undefined } | undefined;
  /** An item left undefined (one already rejected) takes no part. */
  items: readonly ({ id: string } | undefined)[];
}): FeedRuleProblem[] {
  const out: FeedRuleProblem[] = [];
  if (f.page?.total !== undefined && f.page.number > f.page.total) {
    out.push({
      path: ['page', 'number'],
      message: `page ${f.page.number} is past the last page (${f.page.total})`,
      rule: 'page_le_total',
    });
  }
  const seen = new Map<string, number>();
  for (let i = 0; i < f.items.length; i++) {
    const item = f.items[i];
    if (item === undefined) continue;
    const id = item.id;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else
      out.push({
        path: ['items', i, 'id'],
        message: `id ${show(id)} is already used by items[${first}]; ids must be unique within a feed`,
        rule: 'unique_ids',
      });
  }
  return out;
}

function checkFeed(
  f: { page?: { number: number; total?: number | undefined } | undefined; items: { id: string }[] },
  ctx: z.core.$RefinementCtx<unknown>,
) {
  for (const problem of feedRuleProblems(f))
    ctx.addIssue({
      code: 'custom',
      path: problem.path,
      message: problem.message,
      params: { rule: problem.rule },
    });
}

export const BriefingFeedSchema = described(
  z
    .strictObject({
      ...feedEnvelopeShape,
      items: z.array(BriefingSchema, { error: 'items must be a list of briefings' }),
    })
    .check(z.superRefine(checkFeed)),
);

/** The feed with items left unchecked: lenient validation checks items one by one. */
export const FeedEnvelopeSchema = z.strictObject({
  ...feedEnvelopeShape,
  items: z.array(z.unknown(), { error: 'items must be a list of briefings' }),
});

export type BriefingFeed = z.infer<typeof BriefingFeedSchema>;
export type FeedPage = z.infer<typeof PageSchema>;
