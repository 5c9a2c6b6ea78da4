import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
// Only the validate entry (and, below, one schema module to look it up): this file never loads the
// main entry, so what the registry holds is what a bundle of `@briefing/schema/validate` holds.
import { BriefingSchema } from '../src/briefing.js';
import { validateFeed } from '../src/validate-entry.js';

/*
 * `@briefing/schema/validate`, the validators without the JSON Schema metadata (the element's CDN
 * validator bundles it): the conformance fixtures give it the same verdicts, at the same places.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const expected: Record<string, { pointer: string; code: string }> = JSON.parse(
  readFileSync(`${root}fixtures/expected-failures.json`, 'utf8'),
);
const load = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const passFiles = readdirSync(`${root}fixtures/should-pass/`).filter((f) => f.endsWith('.json'));
const failFiles = readdirSync(`${root}fixtures/should-fail/`).filter((f) => f.endsWith('.json'));

describe('@briefing/schema/validate', () => {
  it.each(passFiles)('accepts should-pass/%s', (file) => {
    const result = validateFeed(load(`${root}fixtures/should-pass/${file}`));
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each(failFiles)('rejects should-fail/%s at the expected place', (file) => {
    const result = validateFeed(load(`${root}fixtures/should-fail/${file}`));
    expect(result.ok).toBe(false);
    const hit = result.issues.find((issue) => issue.pointer === expected[file]!.pointer);
    expect(hit, JSON.stringify(result.issues)).toBeDefined();
    expect(hit!.code).toBe(expected[file]!.code);
  });

  it('carries no JSON Schema metadata until descriptions.ts applies it', async () => {
    expect(z.globalRegistry.get(BriefingSchema)).toBeUndefined();
    expect(z.globalRegistry.get(BriefingSchema.shape.by)).toBeUndefined();
    const { describeSchemas } = await import('../src/descriptions.js');
    describeSchemas();
    expect(z.globalRegistry.get(BriefingSchema)).toEqual({
      title: 'Briefing',
      description: 'A short summary of a press article, closed by at least one source citation.',
    });
    expect(z.globalRegistry.get(BriefingSchema.shape.by)).toEqual({
      description: 'The byline as written ("By Jane Doe"), as in IPTC ninjs `by`.',
    });
  });
});
