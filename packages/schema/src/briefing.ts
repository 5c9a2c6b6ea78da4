import * as z from 'zod/mini';
import { CitationSchema } from './citation.js';
import { DateOrInstantSchema, ExtensionsSchema, HttpUrlSchema, LanguageTagSchema } from './formats.js';
import { MoneyMentionSchema } from './money.js';
import { QuantityMentionSchema } from './quantity.js';
import { described, show, text, unlessMissing } from './schema-helpers.js';

/* One briefing: its fields, and the cross-field rules (locations, ranges, sources) checked in one pass. */

export const CorrectionSchema = z.strictObject({
  date: DateOrInstantSchema,
  text: text('correction text', 2000),
});

const MAX_PARAGRAPH = 20_000;

const briefingShape = z.strictObject({
  id: z
    .string({
      error: unlessMissing((input) => `id must be text; got ${show(input)}`),
    })
    .check(
      z.regex(/^\S{1,200}$/, {
        error: unlessMissing((input) => `id must be 1 to 200 characters with no spaces; got ${show(input)}`),
      }),
    ),
  title: text('title', 500),
  url: z.optional(HttpUrlSchema),
  body: z.array(text('paragraph', MAX_PARAGRAPH), { error: 'body must be a list of paragraphs' }),
  sources: z.array(CitationSchema, { error: 'sources must be a list of citations' }),
  language: LanguageTagSchema,
  topics: z.optional(z.array(text('topic', 100))),
  published: z.optional(DateOrInstantSchema),
  updated: z.optional(DateOrInstantSchema),
  corrections: z.optional(z.array(CorrectionSchema)),
  incomplete: described(z.optional(z.boolean())),
  uncited: described(z.optional(z.boolean())),
  untitled: described(z.optional(z.boolean())),
  by: described(z.optional(text('by', 300))),
  money: z.array(MoneyMentionSchema, { error: 'money must be a list' }),
  quantities: z.array(QuantityMentionSchema, { error: 'quantities must be a list' }),
  extensions: z.optional(ExtensionsSchema),
});

type BriefingShape = z.infer<typeof briefingShape>;
type Ctx = z.core.$RefinementCtx<BriefingShape>;

function checkRange(ctx: Ctx, path: (string | number)[], min: number, max: number) {
  if (min > max) {
    ctx.addIssue({
      code: 'custom',
      path,
      message: `min (${min}) must not be greater than max (${max})`,
      params: { rule: 'min_le_max' },
    });
  }
}

function checkLocation(
  ctx: Ctx,
  b: BriefingShape,
  path: (string | number)[],
  mention: {
    text: string;
    at: { field?: 'title' | 'body' | undefined; paragraph: number; start: number; end: number };
  },
) {
  const { at } = mention;
  const source = at.field === 'title' ? (at.paragraph === 0 ? b.title : undefined) : b.body[at.paragraph];
  if (source === undefined) {
    const message =
      at.field === 'title'
        ? 'a title mention must use paragraph 0'
        : `paragraph ${at.paragraph} does not exist (the body has ${b.body.length})`;
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'at', 'paragraph'],
      message,
      params: { rule: 'location' },
    });
    return;
  }
  if (at.start > at.end || at.end > source.length) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'at'],
      message: `offsets ${at.start}..${at.end} fall outside the ${at.field === 'title' ? 'title' : `paragraph`} (length ${source.length})`,
      params: { rule: 'location' },
    });
    return;
  }
  const found = source.slice(at.start, at.end);
  if (found !== mention.text) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'text'],
      message: `text ${show(mention.text)} does not match the ${at.field === 'title' ? 'title' : `paragraph`} at ${at.start}..${at.end}, which reads ${show(found)}`,
      params: { rule: 'location' },
    });
  }
}

/*
 * Cross-field rules JSON Schema cannot express. They run once per briefing, in one pass,
 * so validation stays linear in the size of the document.
 */
export const BriefingSchema = described(
  briefingShape.check(
    z.superRefine((b, ctx) => {
      if (b.sources.length === 0 && b.incomplete !== true && b.uncited !== true) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message:
            'a briefing needs at least 1 source citation (got 0); only an incomplete or uncited briefing may have none',
          params: { rule: 'sources_min' },
        });
      }
      // An untitled briefing's title is drawn from its text: the body opens with it.
      if (b.untitled === true && !b.body[0]?.startsWith(b.title)) {
        ctx.addIssue({
          code: 'custom',
          path: ['body', 0],
          message: `an untitled briefing's first paragraph must begin with its title (${show(b.title)}); got ${b.body.length === 0 ? 'no paragraph' : show(b.body[0]!)}`,
          params: { rule: 'untitled_body' },
        });
      }
      for (let i = 0; i < b.money.length; i++) {
        const m = b.money[i]!;
        const path = ['money', i];
        checkLocation(ctx, b, path, m);
        checkRange(ctx, [...path, 'amount'], m.amount.min, m.amount.max);
        for (let j = 0; j < m.stated.length; j++) {
          const s = m.stated[j]!;
          checkRange(ctx, [...path, 'stated', j], s.min, s.max);
          if (s.reference)
            checkRange(
              ctx,
              [...path, 'stated', j, 'reference', 'expected'],
              s.reference.expected.min,
              s.reference.expected.max,
            );
        }
      }
      for (let i = 0; i < b.quantities.length; i++) {
        const q = b.quantities[i]!;
        const path = ['quantities', i];
        checkLocation(ctx, b, path, q);
        checkRange(ctx, [...path, 'value'], q.value.min, q.value.max);
        for (let j = 0; j < q.stated.length; j++)
          checkRange(ctx, [...path, 'stated', j], q.stated[j]!.min, q.stated[j]!.max);
      }
    }),
  ),
);

export type Briefing = z.infer<typeof BriefingSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;
