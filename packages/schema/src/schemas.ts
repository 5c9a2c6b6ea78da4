import * as z from 'zod/mini';
import { CURRENCY_CODES } from './currencies.js';

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

export const SCHEMA_VERSION = 1 as const;

const show = (value: unknown): string => {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
};

/** An error message that tells a missing field from a wrong one. */
const unlessMissing =
  (message: (input: unknown) => string) =>
  (iss: { input?: unknown }): string =>
    iss.input === undefined ? 'is required' : message(iss.input);

const expect = (_what: string, expectation: string) =>
  unlessMissing((input) => `${expectation}; got ${show(input)}`);

/**
 * Classic zod's `.meta()`: a copy of the schema carrying JSON Schema metadata, so a shared
 * schema (`IsoDateSchema`) can be described differently where it is used.
 */
function meta<T extends z.ZodMiniType>(schema: T, metadata: z.core.GlobalMeta): T {
  const described = schema.clone();
  z.globalRegistry.add(described, metadata);
  return described;
}

/** Non-empty text. */
const text = (what: string, max: number) =>
  z
    .string({ error: expect(what, `${what} must be text`) })
    .check(z.minLength(1, { error: `${what} must not be empty` }))
    .check(z.maxLength(max, { error: `${what} is longer than ${max} characters` }));

/*
 * Absolute http(s) URL, no whitespace anywhere. zod's own `httpUrl()` exports only as
 * `format: "uri"` (the scheme limit would be lost, and it trims whitespace before checking),
 * so the pattern carries the rule into the JSON Schema, and `httpUrl()` adds a real parse.
 */
export const HTTP_URL_PATTERN = /^https?:\/\/[^\s/?#]+\S*$/;
export const HttpUrlSchema = meta(
  z
    .string({
      error: unlessMissing((input) => `expected an absolute http(s) URL; got ${show(input)}`),
    })
    .check(z.maxLength(2048, { error: 'URL is longer than 2048 characters' }))
    .check(
      z.regex(HTTP_URL_PATTERN, {
        error: unlessMissing(
          (input) => `expected an absolute http(s) URL with no spaces; got ${show(input)}`,
        ),
      }),
    ),
  { description: 'An absolute http: or https: URL.' },
);

/*
 * A link between feed pages may be relative to the feed it sits in (a static site serves
 * `page-3.json` beside `page-2.json`); when it names a scheme, it must be http(s).
 */
export const PAGE_LINK_PATTERN = /^(?:https?:\/\/[^\s/?#]+\S*|(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!\/\/)\S+)$/;
export const PageLinkSchema = z
  .string({
    error: unlessMissing((input) => `expected a URL or a relative path; got ${show(input)}`),
  })
  .check(z.maxLength(2048, { error: 'link is longer than 2048 characters' }))
  .check(
    z.regex(PAGE_LINK_PATTERN, {
      error: unlessMissing(
        (input) =>
          `expected an http(s) URL or a relative path such as "page-3.json" (no other scheme, no spaces); got ${show(input)}`,
      ),
    }),
  );

/** `YYYY-MM-DD`, a real calendar date (zod's regex knows leap years; `format: date` elsewhere). */
export const IsoDateSchema = z.iso.date({
  error: unlessMissing((input) => `expected a real calendar date as YYYY-MM-DD; got ${show(input)}`),
});

/** RFC 3339 instant with seconds and an explicit offset, e.g. `2026-01-04T08:00:00Z`. */
export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
export const InstantSchema = z.iso
  .datetime({
    offset: true,
    error: unlessMissing(
      (input) =>
        `expected an RFC 3339 date-time with seconds and a time zone, e.g. "2026-01-04T08:00:00Z"; got ${show(input)}`,
    ),
  })
  .check(
    z.regex(INSTANT_PATTERN, {
      error: unlessMissing(
        (input) =>
          `expected an RFC 3339 date-time with seconds and a time zone, e.g. "2026-01-04T08:00:00Z"; got ${show(input)}`,
      ),
    }),
  );

/** A date, or an instant when the time is known. */
export const DateOrInstantSchema = z.union([IsoDateSchema, InstantSchema], {
  error: unlessMissing((input) => `expected YYYY-MM-DD or an RFC 3339 date-time; got ${show(input)}`),
});

/*
 * Well-formed BCP 47 language tag (RFC 5646 syntax: language, extlang, script, region,
 * variants, extensions, private use). `en_US` and `english` fail.
 */
export const BCP47_PATTERN =
  /^(?:[a-zA-Z]{2,3}(?:-[a-zA-Z]{3}){0,3}|[a-zA-Z]{4,8})(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|\d{3}))?(?:-(?:[a-zA-Z\d]{5,8}|\d[a-zA-Z\d]{3}))*(?:-[\da-wy-zA-WY-Z](?:-[a-zA-Z\d]{2,8})+)*(?:-x(?:-[a-zA-Z\d]{1,8})+)?$|^x(?:-[a-zA-Z\d]{1,8})+$/;
export const LanguageTagSchema = z
  .string({
    error: unlessMissing(
      (input) => `expected a BCP 47 language tag such as "en" or "zh-Hant-TW"; got ${show(input)}`,
    ),
  })
  .check(z.maxLength(64, { error: 'language tag is longer than 64 characters' }))
  .check(
    z.regex(BCP47_PATTERN, {
      error: unlessMissing(
        (input) =>
          `${show(input)} is not a well-formed BCP 47 language tag (use "-", e.g. "en-US", "zh-Hant")`,
      ),
    }),
  );

export const CurrencyCodeSchema = z.enum(CURRENCY_CODES as [string, ...string[]], {
  error: unlessMissing(
    (input) =>
      `${show(input)} is not an ISO 4217 currency code (expected 3 upper-case letters such as "USD", "EUR", "CNY")`,
  ),
});

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

const finite = (what: string) => z.number({ error: expect(what, `${what} must be a finite number`) });

/*
 * Vendor data. Keys are simple names ("acme", "com.example"), values any JSON, so the
 * whole document always survives a JSON round trip.
 */
export const ExtensionsSchema = meta(
  z.record(
    z.string().check(
      z.regex(/^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/, {
        error: unlessMissing(
          (input) => `extension names are letters, digits, "_", "." or "-"; got ${show(input)}`,
        ),
      }),
    ),
    z.json(),
  ),
  { description: 'Vendor data, namespaced by key. Readers ignore what they do not know.' },
);

/** Where a mention sits: `body[paragraph].slice(start, end)` (UTF-16 offsets), or the title. */
export const MentionLocationSchema = z.strictObject({
  field: meta(
    z.optional(
      z.enum(['title', 'body'], {
        error: unlessMissing((input) => `field must be "title" or "body"; got ${show(input)}`),
      }),
    ),
    { description: 'Which text the offsets index into; "body" when absent.' },
  ),
  paragraph: z
    .int({ error: 'paragraph must be a whole number' })
    .check(z.minimum(0, { error: 'paragraph must be 0 or more' })),
  start: z
    .int({ error: 'start must be a whole number' })
    .check(z.minimum(0, { error: 'start must be 0 or more' })),
  end: z.int({ error: 'end must be a whole number' }).check(z.minimum(0, { error: 'end must be 0 or more' })),
});

/** How an ambiguous symbol (`$`, `¥`, `£`...) was resolved: the choice is recorded, never silent. */
export const CurrencyResolutionSchema = z.strictObject({
  symbol: text('symbol', 16),
  candidates: z
    .array(CurrencyCodeSchema)
    .check(z.minLength(1, { error: 'candidates must list at least one currency' })),
  reason: text('reason', 300),
});

export const RangeSchema = z.strictObject({
  min: finite('min'),
  max: finite('max'),
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

/** Why a stated conversion has no `reference`: the codes of @briefing/rates `uncheckedReason`. */
export const UNCHECKED_CODES = [
  'no-date',
  'after-newest-data',
  'before-oldest-data',
  'currency-not-covered',
  'invalid-date',
  'no-rate',
] as const;

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

export const CitationChecksSchema = z.strictObject({
  host: z.optional(text('host', 253)),
  urlMatchesPublication: meta(z.optional(z.boolean()), {
    description: "Does the URL's host belong to the publication? Absent when the publication is unknown.",
  }),
  aggregator: meta(z.optional(text('aggregator', 200)), {
    description: 'Name of the aggregator or shortener hosting the link (toutiao.com, rfi.my...).',
  }),
  urlDate: meta(z.optional(IsoDateSchema), {
    description: 'A date embedded in the URL path, when there is one.',
  }),
  urlDateMatches: z.optional(z.boolean()),
});

export const CitationSchema = z.strictObject({
  publication: meta(z.optional(text('publication', 300)), {
    description:
      'Canonical name of the outlet ("Central News Agency"). Absent when the source line names none.',
  }),
  qualifier: meta(z.optional(text('qualifier', 100)), {
    description: 'Disambiguator written with it ("Taiwan").',
  }),
  date: meta(z.optional(IsoDateSchema), {
    description: 'Publication date as cited, YYYY-MM-DD, no time zone.',
  }),
  url: meta(z.optional(HttpUrlSchema), { description: 'Canonical URL (tracking parameters removed).' }),
  originalUrl: meta(z.optional(HttpUrlSchema), {
    description: 'The URL as written, when canonicalising changed it.',
  }),
  title: z.optional(text('title', 1000)),
  language: z.optional(LanguageTagSchema),
  country: z.optional(
    z.string().check(
      z.regex(/^[A-Z]{2}$/, {
        error: unlessMissing((input) => `country must be an ISO 3166-1 alpha-2 code; got ${show(input)}`),
      }),
    ),
  ),
  raw: meta(text('raw', 5000), { description: 'The citation exactly as written in the source page.' }),
  checks: z.optional(CitationChecksSchema),
  notes: meta(z.optional(z.array(text('note', 500))), {
    description: 'What the parser inferred or doubted.',
  }),
});

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
  incomplete: meta(z.optional(z.boolean()), {
    description: 'The page was cut off inside this briefing: it may lack paragraphs and its citation.',
  }),
  uncited: meta(z.optional(z.boolean()), {
    description:
      'The page gives this briefing no source (a headline digest item): it may have no citation. Readers should not present it as sourced.',
  }),
  by: meta(z.optional(text('by', 300)), {
    description: 'The byline as written ("By Jane Doe"), as in IPTC ninjs `by`.',
  }),
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
export const BriefingSchema = meta(
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
  {
    title: 'Briefing',
    description: 'A short summary of a press article, closed by at least one source citation.',
  },
);

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
  $schema: meta(z.optional(HttpUrlSchema), {
    description: 'URL of the JSON Schema this document claims to follow.',
  }),
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

export const BriefingFeedSchema = meta(
  z
    .strictObject({
      ...feedEnvelopeShape,
      items: z.array(BriefingSchema, { error: 'items must be a list of briefings' }),
    })
    .check(z.superRefine(checkFeed)),
  { title: 'BriefingFeed', description: 'A page of briefings, shaped like JSON Feed 1.1.' },
);

/** The feed with items left unchecked: lenient validation checks items one by one. */
export const FeedEnvelopeSchema = z.strictObject({
  ...feedEnvelopeShape,
  items: z.array(z.unknown(), { error: 'items must be a list of briefings' }),
});

export type Briefing = z.infer<typeof BriefingSchema>;
export type BriefingFeed = z.infer<typeof BriefingFeedSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type CitationChecks = z.infer<typeof CitationChecksSchema>;
export type MoneyMention = z.infer<typeof MoneyMentionSchema>;
export type MoneyAmount = z.infer<typeof MoneyAmountSchema>;
export type StatedConversion = z.infer<typeof StatedConversionSchema>;
export type ConversionReference = z.infer<typeof ConversionReferenceSchema>;
export type Unchecked = z.infer<typeof UncheckedSchema>;
export type CurrencyResolution = z.infer<typeof CurrencyResolutionSchema>;
export type QuantityMention = z.infer<typeof QuantityMentionSchema>;
export type StatedQuantity = z.infer<typeof StatedQuantitySchema>;
export type MentionLocation = z.infer<typeof MentionLocationSchema>;
export type FeedPage = z.infer<typeof PageSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;
export type Unit = (typeof UNIT_CODES)[number];
