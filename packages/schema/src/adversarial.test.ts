import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFeedStreamValidator, validateBriefing, validateFeed } from './index.js';

/*
 * Hostile feeds: the validator answers with the problems, bounded, and never with an internal
 * error or a changed Object.prototype. Outcomes only; time is the complexity bench's job.
 */

const seed = JSON.parse(
  readFileSync(new URL('../fixtures/should-pass/seed-feed.json', import.meta.url), 'utf8'),
);
const envelope = { schemaVersion: 1, title: 'x', generatedAt: '2024-01-01T00:00:00Z' };
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const cleanPrototype = prototypeKeys();

function nested(depth: number): unknown {
  let value: unknown = [];
  for (let k = 0; k < depth; k++) value = [value];
  return value;
}

describe('many problems', () => {
  // 350,000 problems: past the ~122,000 at which a single zod parse used to overflow the stack.
  it('50,000 empty items: the first 1,000 issues, then how many more', { timeout: 60_000 }, () => {
    const result = validateFeed({ ...envelope, items: Array.from({ length: 50_000 }, () => ({})) });
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1001);
    expect(result.issues[0]).toMatchObject({ pointer: '/items/0/id', message: 'is required' });
    expect(result.issues.at(-1)).toEqual({
      path: [],
      pointer: '',
      code: 'too_many_issues',
      message: 'and 349000 more problems not listed (maxIssues 1000)',
    });
  });

  it('lenient mode counts the same way and keeps the valid items', { timeout: 60_000 }, () => {
    const items = [...seed.items, ...Array.from({ length: 50_000 }, () => ({}))];
    const result = validateFeed({ ...seed, items }, { mode: 'lenient', maxIssues: 2 });
    expect(result.value?.items).toHaveLength(8);
    expect(result.issues.map((i) => i.code)).toEqual(['invalid_type', 'invalid_type', 'too_many_issues']);
    expect(result.issues.at(-1)?.message).toBe('and 349998 more problems not listed (maxIssues 2)');
  });

  it('names ten unknown fields of a hundred thousand, and counts the rest', { timeout: 60_000 }, () => {
    const extra = Object.fromEntries(Array.from({ length: 100_000 }, (_, k) => [`k${k}`, k]));
    const [issue, ...rest] = validateFeed({ ...seed, ...extra }).issues;
    expect(rest).toEqual([]);
    expect(issue?.message).toBe(
      'unknown fields "k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9" and 99990 more (vendor data belongs in "extensions")',
    );
  });
});

describe('deep nesting', { timeout: 60_000 }, () => {
  it('a 100,000-deep value is too deep, not an internal error', () => {
    const result = validateFeed({ ...envelope, items: [], extensions: { x: nested(100_000) } });
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.code).toBe('too_deep');
    expect(result.issues[0]?.message).toBe(
      'nested more than 64 levels deep (maxDepth); not validated further',
    );
    expect(result.issues[0]?.path.slice(0, 3)).toEqual(['extensions', 'x', 0]);
  });

  it('lenient mode rejects only the deep item', () => {
    const items = [seed.items[0], { ...seed.items[1], extensions: { x: nested(10_000) } }, seed.items[2]];
    const result = validateFeed({ ...seed, items }, { mode: 'lenient' });
    expect(result.value?.items.map((i) => i.id)).toEqual([seed.items[0].id, seed.items[2].id]);
    expect(result.issues.map((i) => [i.code, i.pointer.slice(0, 20)])).toEqual([
      ['too_deep', '/items/1/extensions/'],
    ]);
  });

  it('maxDepth is an option', () => {
    expect(validateFeed(seed, { maxDepth: 5 }).issues[0]?.code).toBe('too_deep');
    expect(validateFeed(seed, { maxDepth: 12 }).ok).toBe(true);
  });

  it('a cycle built in code is too complex, not an internal error', () => {
    const cyclic: Record<string, unknown> = { ...seed.items[0] };
    cyclic.extensions = { self: cyclic };
    const result = validateBriefing(cyclic);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).not.toContain('internal_error');
  });
});

describe('the streaming validator', () => {
  it('finds what validateFeed finds, item by item', () => {
    const bad = structuredClone(seed);
    bad.items[2].language = 'en_US';
    bad.items[5].id = bad.items[1].id;
    const { items, ...rest } = bad;
    const stream = createFeedStreamValidator();
    for (const item of items) stream.item(item);
    const summary = stream.finish(rest, { hadItems: true });
    expect(summary.issues.map((i) => i.pointer)).toEqual(['/items/2/language', '/items/5/id']);
    expect(summary.issues).toEqual(validateFeed(bad).issues);
    expect(summary).toMatchObject({ ok: false, envelopeOk: true, total: 8, kept: 6, firstRejected: [2, 5] });
  });

  it('an item the reader found too deep is rejected as such', () => {
    const stream = createFeedStreamValidator();
    stream.item(seed.items[0]);
    stream.item('(too deep)', true);
    const summary = stream.finish({ ...envelope }, { hadItems: true });
    expect(summary.issues).toEqual([
      {
        path: ['items', 1],
        pointer: '/items/1',
        code: 'too_deep',
        message: 'nested more than 64 levels deep (maxDepth); not validated further',
      },
    ]);
    expect(summary.kept).toBe(1);
  });
});

describe('property: any JSON, any mode', () => {
  it('never an internal error, never a changed Object.prototype', () => {
    const poison = fc.constantFrom(
      JSON.parse('{"__proto__":{"polluted":true}}'),
      JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
      nested(3000),
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), poison), fc.constantFrom('strict', 'lenient'), (value, mode) => {
        for (const data of [value, { ...envelope, items: [value, value] }, { ...seed, extensions: value }]) {
          const result = validateFeed(data, { mode: mode as 'strict' | 'lenient' });
          expect(result.issues.map((i) => i.code)).not.toContain('internal_error');
        }
        expect(validateBriefing(value).issues.map((i) => i.code)).not.toContain('internal_error');
        expect(prototypeKeys()).toEqual(cleanPrototype);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });
});
