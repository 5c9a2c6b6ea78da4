import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  BriefingFeedSchema,
  formatIssues,
  isCurrencyCode,
  rejectedItems,
  toJsonSchemas,
  useJitless,
  validateBriefing,
  validateFeed,
} from './index.js';

const seed = JSON.parse(
  readFileSync(new URL('../fixtures/should-pass/seed-feed.json', import.meta.url), 'utf8'),
);
const clone = <T>(x: T): T => structuredClone(x);

describe('validateFeed', () => {
  it('accepts the seed feed and returns it unchanged', () => {
    const result = validateFeed(seed);
    expect(result.ok).toBe(true);
    expect(result.value).toEqual(seed);
    expect(result.value?.items).toHaveLength(8);
  });

  it('reports every problem at once, each with a path and a readable message', () => {
    const bad = clone(seed);
    bad.items[0].sources[0].url = 'javascript:alert(1)';
    bad.items[2].language = 'en_US';
    bad.items[6].money[0].amount.currency = 'usd';
    const result = validateFeed(bad);
    expect(result.ok).toBe(false);
    expect(formatIssues(result.issues).split('\n')).toEqual([
      'items[0].sources[0].url: expected an absolute http(s) URL with no spaces; got "javascript:alert(1)"',
      'items[2].language: "en_US" is not a well-formed BCP 47 language tag (use "-", e.g. "en-US", "zh-Hant")',
      'items[6].money[0].amount.currency: "usd" is not an ISO 4217 currency code (expected 3 upper-case letters such as "USD", "EUR", "CNY")',
    ]);
    expect(result.issues.map((i) => i.pointer)).toEqual([
      '/items/0/sources/0/url',
      '/items/2/language',
      '/items/6/money/0/amount/currency',
    ]);
  });

  it('says what is missing and what was found instead', () => {
    const result = validateFeed({ schemaVersion: 1, title: 'x', items: 'none', extra: true });
    expect(formatIssues(result.issues)).toBe(
      [
        'generatedAt: is required',
        'items: items must be a list of briefings',
        '(root): unknown field "extra" (vendor data belongs in "extensions")',
      ].join('\n'),
    );
  });

  it('names a money mention whose text does not match its paragraph', () => {
    const bad = clone(seed);
    bad.items[0].money[1].text = '825 euros ($900)';
    const [issue] = validateFeed(bad).issues;
    expect(issue?.code).toBe('location');
    expect(issue?.message).toBe(
      'text "825 euros ($900)" does not match the paragraph at 369..385, which reads "825 euros ($866)"',
    );
  });

  it('rejects duplicate ids, naming the first use', () => {
    const bad = clone(seed);
    bad.items[3].id = bad.items[1].id;
    const result = validateFeed(bad);
    expect(formatIssues(result.issues)).toBe(
      `items[3].id: id "${seed.items[1].id}" is already used by items[1]; ids must be unique within a feed`,
    );
  });

  it('lenient mode keeps the valid items and reports the invalid ones by index', () => {
    const bad = clone(seed);
    bad.items[1].sources = [];
    bad.items[5].title = 42;
    bad.items[7].id = bad.items[0].id;
    const result = validateFeed(bad, { mode: 'lenient' });
    expect(result.ok).toBe(false);
    expect(result.value?.items.map((i) => i.id)).toEqual([0, 2, 3, 4, 6].map((i) => seed.items[i].id));
    expect(rejectedItems(result.issues)).toEqual([1, 5, 7]);
    expect(validateFeed(bad).value).toBeUndefined();
  });

  it('lenient mode still rejects a broken envelope', () => {
    const result = validateFeed({ ...seed, generatedAt: 'yesterday' }, { mode: 'lenient' });
    expect(result.ok).toBe(false);
    expect(result.value).toBeUndefined();
    expect(result.issues[0]?.pointer).toBe('/generatedAt');
  });

  it('never throws, even on values JSON cannot hold', () => {
    const cyclic: Record<string, unknown> = { schemaVersion: 1 };
    cyclic.self = cyclic;
    const weird = [
      undefined,
      null,
      0,
      Number.NaN,
      'x',
      Symbol('s'),
      () => 1,
      new Date(),
      cyclic,
      [cyclic],
      10n,
    ];
    for (const value of weird) {
      expect(() => validateFeed(value)).not.toThrow();
      expect(() => validateFeed(value, { mode: 'lenient' })).not.toThrow();
      expect(() => validateBriefing(value)).not.toThrow();
      expect(validateFeed(value).ok).toBe(false);
    }
  });
});

describe('rules', () => {
  const item = () => clone(seed.items[0]);
  const check = (mutate: (b: ReturnType<typeof item>) => void) => {
    const b = item();
    mutate(b);
    return validateBriefing(b);
  };

  it('checks currencies against the ISO list, not a pattern', () => {
    expect(isCurrencyCode('TWD')).toBe(true);
    expect(isCurrencyCode('XCG')).toBe(true);
    expect(isCurrencyCode('EUO')).toBe(false);
    expect(check((b) => (b.money[0].amount.currency = 'EUO')).ok).toBe(false);
  });

  it('accepts real calendar dates only', () => {
    expect(check((b) => (b.sources[0].date = '2024-02-29')).ok).toBe(true);
    expect(check((b) => (b.sources[0].date = '2025-02-29')).ok).toBe(false);
    expect(check((b) => (b.sources[0].date = '2025-13-01')).ok).toBe(false);
  });

  it('accepts only absolute http(s) URLs without surrounding whitespace', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      '//cdn.example/x',
      'news/1',
      'https://x.org ',
      'https://',
      'HTTPS//x',
    ]) {
      expect(check((b) => (b.sources[0].url = url)).ok, url).toBe(false);
    }
    expect(check((b) => (b.sources[0].url = 'http://example.org/a?b=1#c')).ok).toBe(true);
  });

  it('requires min <= max everywhere', () => {
    const r = check((b) => {
      b.money[0].stated[0].min = 10_000;
    });
    expect(formatIssues(r.issues)).toBe(
      'money[0].stated[0]: min (10000) must not be greater than max (9450)',
    );
  });

  it('lets only an incomplete or uncited briefing go without sources', () => {
    const withoutSources = (flags: { incomplete?: boolean; uncited?: boolean }) =>
      check((b) => {
        b.sources = [];
        Object.assign(b, flags);
      }).ok;
    expect(withoutSources({})).toBe(false);
    expect(withoutSources({ incomplete: true })).toBe(true);
    expect(withoutSources({ uncited: true })).toBe(true);
    expect(withoutSources({ uncited: false })).toBe(false);
  });

  it('holds an untitled briefing to a body that opens with its title', () => {
    const untitled = (title: string, body: string[]) =>
      check((b) => {
        b.untitled = true;
        b.title = title;
        b.body = body;
        b.money = [];
        b.quantities = [];
      });
    expect(untitled('Grain output rose.', ['Grain output rose. Exports fell.']).ok).toBe(true);
    expect(untitled('Grain output rose.', ['Grain output rose.']).ok).toBe(true);
    expect(formatIssues(untitled('Grain output rose.', ['Exports fell.']).issues)).toBe(
      `body[0]: an untitled briefing's first paragraph must begin with its title ("Grain output rose."); got "Exports fell."`,
    );
    expect(formatIssues(untitled('Grain output rose.', []).issues)).toBe(
      `body[0]: an untitled briefing's first paragraph must begin with its title ("Grain output rose."); got no paragraph`,
    );
  });

  it('checks title mentions against the title', () => {
    const r = check((b) => {
      b.title = 'Caviar at 825 euros';
      b.money.push({
        ...b.money[1],
        text: '825 euros',
        at: { field: 'title', paragraph: 0, start: 10, end: 19 },
        stated: [],
      });
    });
    expect(r.ok).toBe(true);
  });
});

describe('JSON Schema export', () => {
  it('is the same for input and output (no transforms in the wire schema)', () => {
    const input = z.toJSONSchema(BriefingFeedSchema, { io: 'input' });
    const output = z.toJSONSchema(BriefingFeedSchema, { io: 'output' });
    expect(input).toEqual(output);
  });

  it('carries a versioned $id and the draft 2020-12 dialect', () => {
    const { feed, briefing } = toJsonSchemas('1.2.3');
    expect(feed.$id).toBe('https://unpkg.com/@briefing/schema@1.2.3/schemas/briefing-feed.schema.json');
    expect(briefing.$id).toBe('https://unpkg.com/@briefing/schema@1.2.3/schemas/briefing.schema.json');
    expect(feed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(feed['x-briefing-invariants']).toHaveLength(5);
  });
});

describe('jitless mode', () => {
  it('validates the same way without new Function', () => {
    const original = globalThis.Function;
    useJitless();
    try {
      // Any attempt to compile code now fails loudly: the validator must not need it.
      globalThis.Function = new Proxy(original, {
        construct() {
          throw new Error('new Function called');
        },
        apply() {
          throw new Error('Function called');
        },
      });
      expect(validateFeed(seed).ok).toBe(true);
      expect(validateFeed({ ...seed, title: '' }).ok).toBe(false);
    } finally {
      globalThis.Function = original;
      z.config({ jitless: false });
    }
  });
});
