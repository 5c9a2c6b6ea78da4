import * as z from 'zod/mini';
import { BriefingSchema } from './briefing.js';
import { describeSchemas } from './descriptions.js';
import { BriefingFeedSchema } from './feed.js';

/** Where published schema files live: the npm tarball, served by unpkg at a pinned version. */
export const JSON_SCHEMA_BASE = 'https://unpkg.com/@briefing/schema';

/*
 * Rules that JSON Schema cannot express. They are enforced by `validateFeed` /
 * `validateBriefing`; they are listed in the files themselves so readers in other
 * languages know what remains for them to check.
 */
const INVARIANTS = [
  'money[].text and quantities[].text equal body[at.paragraph].slice(at.start, at.end) (or the title when at.field is "title"), in UTF-16 code units',
  'every {min, max} pair has min <= max (amounts, stated conversions, expected values, quantities)',
  'items[].id values are unique within a feed',
  'page.number <= page.total when both are present',
  'when untitled is true, body[0] begins with the title (the title is drawn from the text)',
];

type JsonObject = Record<string, unknown>;

/**
 * Draft 2020-12 JSON Schemas generated from the zod schemas: one for a feed, one for a
 * single briefing, each self-contained, with a versioned `$id`.
 */
export function toJsonSchemas(version: string): { feed: JsonObject; briefing: JsonObject } {
  describeSchemas();
  const make = (schema: z.core.$ZodType, file: string): JsonObject => {
    const generated = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io: 'input',
      reused: 'inline',
      unrepresentable: 'throw',
      override: (ctx) => {
        if (ctx.zodSchema === BriefingSchema) {
          // "At least one source unless incomplete or uncited" is a conditional JSON Schema can express.
          ctx.jsonSchema.if = {
            anyOf: [
              { properties: { incomplete: { const: true } }, required: ['incomplete'] },
              { properties: { uncited: { const: true } }, required: ['uncited'] },
            ],
          };
          ctx.jsonSchema.else = { properties: { sources: { type: 'array', minItems: 1 } } };
        }
      },
    }) as JsonObject;
    // zod names the recursive JSON-value definition "__schema0"; give it a readable name.
    const { $schema, ...rest } = JSON.parse(
      JSON.stringify(generated).replaceAll('__schema0', 'JsonValue'),
    ) as JsonObject;
    return {
      $schema,
      $id: `${JSON_SCHEMA_BASE}@${version}/schemas/${file}`,
      ...rest,
      'x-briefing-invariants': INVARIANTS,
    };
  };
  return {
    feed: make(BriefingFeedSchema, 'briefing-feed.schema.json'),
    briefing: make(BriefingSchema, 'briefing.schema.json'),
  };
}
