import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES, UNIT_CODES, validateBriefing, validateFeed } from './index.js';

const seed = JSON.parse(
  readFileSync(new URL('../fixtures/should-pass/seed-feed.json', import.meta.url), 'utf8'),
);

/* Valid briefings built from parts, so the round-trip property sees many accepted shapes. */
const word = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.length > 0);
const url = fc.webUrl({ validSchemes: ['http', 'https'] }).filter((u) => !/\s/.test(u));
const date = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const range = fc
  .tuple(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
    fc.double({ min: 0, max: 1e12, noNaN: true }),
  )
  .map(([a, d]) => ({ min: a, max: a + d }));
const citation = fc.record(
  {
    publication: word,
    qualifier: word,
    date,
    url,
    raw: word,
    language: fc.constantFrom('en', 'zh-Hant-TW', 'fr'),
    notes: fc.array(word, { maxLength: 2 }),
  },
  { requiredKeys: ['raw'] },
);
const briefing = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9:._-]{1,40}$/),
    title: word,
    body: fc.array(
      fc.string({ minLength: 8, maxLength: 120 }).filter((s) => s.length >= 8),
      { minLength: 1, maxLength: 4 },
    ),
    sources: fc.array(citation, { minLength: 1, maxLength: 3 }),
    language: fc.constantFrom('en', 'en-GB', 'zh-Hans'),
    currency: fc.constantFrom(...CURRENCY_CODES),
    unit: fc.constantFrom(...UNIT_CODES),
    amount: range,
    approximate: fc.boolean(),
    extensions: fc.option(
      fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/), fc.jsonValue({ maxDepth: 3 })),
      { nil: undefined },
    ),
  })
  .map(({ currency, unit, amount, approximate, extensions, ...b }) => {
    const p = b.body[0]!;
    const mention = { text: p.slice(2, 7), at: { paragraph: 0, start: 2, end: 7 } };
    return {
      ...b,
      ...(extensions ? { extensions } : {}),
      money: [
        {
          ...mention,
          amount: { currency, ...amount },
          approximate,
          stated: [{ currency, ...amount, approximate }],
        },
      ],
      quantities: [{ ...mention, value: amount, unit, stated: [] }],
    };
  });

/*
 * JSON has one zero: -0 is written as 0, the same number. Everything else (undefined,
 * NaN, Infinity, dates, functions...) would change, so compare with only that normalised.
 */
const expectRoundTrip = (value: unknown) =>
  expect(JSON.parse(JSON.stringify(value))).toEqual(
    typeof value === 'object' && value !== null ? structuredCloneWithZero(value) : value,
  );
function structuredCloneWithZero(value: object): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const walk = (node: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(node)) {
      if (Object.is(v, -0)) node[k] = 0;
      else if (v && typeof v === 'object') walk(v as Record<string, unknown>);
    }
  };
  walk(copy);
  return copy;
}

describe('properties', () => {
  it('generated briefings are accepted and survive a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(briefing, (b) => {
        const result = validateBriefing(b);
        expect(result.issues).toEqual([]);
        expectRoundTrip(result.value);
      }),
      { numRuns: 300 },
    );
  });

  it('validation never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const strict = validateFeed(value);
        const lenient = validateFeed(value, { mode: 'lenient' });
        const one = validateBriefing(value);
        expect(strict.ok).toBe(false);
        for (const r of [strict, lenient, one])
          for (const issue of r.issues) expect(issue.message).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });

  it('random edits of a valid feed never throw, and whatever is accepted round-trips through JSON', () => {
    const paths: (string | number)[][] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (node && typeof node === 'object')
        for (const [k, v] of Object.entries(node)) walk(v, [...path, Array.isArray(node) ? Number(k) : k]);
    };
    walk(seed, []);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths.filter((p) => p.length > 0)),
        fc.jsonValue({ maxDepth: 2 }),
        (path, value) => {
          const doc = structuredClone(seed);
          let node = doc;
          for (const key of path.slice(0, -1)) node = node[key];
          node[path.at(-1)!] = value;
          for (const mode of ['strict', 'lenient'] as const) {
            const result = validateFeed(doc, { mode });
            if (result.value) expectRoundTrip(result.value);
            for (const issue of result.issues)
              expect(issue.pointer.startsWith('/') || issue.pointer === '').toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
