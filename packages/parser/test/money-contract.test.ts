import { createStaticRates } from '@briefing/rates';
import { type Briefing, type BriefingFeed, isCurrencyCode } from '@briefing/schema';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
// The element's verdict adapter, by path: @briefing/feed does not export it, and feed cannot depend
// on the parser. This is the code <briefing-feed> runs on each stated conversion.
import { checkStated, loadVerdicts } from '../../feed/src/stated-checks.js';
import { annotateBriefing, checkFeedConversions, extractMoney } from '../src/index.js';
import { vocabulary } from '../src/money/currencies.js';

/** Every currency code a mention carries: the amount's, each conversion's and every candidate. */
function codesOf(text: string): string[] {
  return extractMoney(text).flatMap((m) => [
    m.amount.currency,
    ...(m.amount.resolved?.candidates ?? []),
    ...m.stated.flatMap((s) => [s.currency, ...(s.resolved?.candidates ?? [])]),
  ]);
}

describe('contract: every currency the parser can emit is one the schema accepts', () => {
  const { prefixes, words, codes } = vocabulary();

  it('each prefix, word and code of the vocabulary, written the ways news writes them', () => {
    const texts = [
      ...prefixes.flatMap((p) => [`It cost ${p}5 million.`, `It cost ${p} 12.5 billion ($1 billion).`]),
      ...words.flatMap((w) => [`It cost 5 million ${w}.`, `It cost 3 ${w} (about €2).`]),
      ...codes.flatMap((c) => [`It cost ${c} 7 million.`, `It cost 40${c}.`]),
    ];
    const rejected = texts.flatMap((t) =>
      codesOf(t)
        .filter((c) => !isCurrencyCode(c))
        .map((c) => `${c} in "${t}"`),
    );
    expect(rejected).toEqual([]);
    // The vocabulary is the registry's, not a seed list: hundreds of forms.
    expect(words.length).toBeGreaterThan(500);
    expect(codes.length).toBeGreaterThan(150);
  });

  it('any text built from vocabulary pieces, numbers and punctuation (fast-check)', () => {
    const piece = fc.oneof(
      fc.constantFrom(...prefixes, ...words, ...codes),
      fc.constantFrom(
        '5',
        '12.5',
        '3,000',
        'million',
        'billion',
        'and',
        'to',
        '(',
        ')',
        'about',
        '¢',
        'cents',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom(' ', '', ' (', ') '), (parts, glue) => {
        const text = parts.join(glue);
        for (const code of codesOf(text)) expect(isCurrencyCode(code), `${code} from "${text}"`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('contract: the parser/CLI verdict equals the element verdict (fast-check)', () => {
  // The element loads its verdict code on demand; load it once before judging.
  beforeAll(() => new Promise<void>((resolve) => (loadVerdicts(resolve) ? resolve() : undefined)));

  // One fixed table: units per USD. Cross rates come from it; THB is left out (unchecked).
  const perUsd: Record<string, number> = { EUR: 0.9, CNY: 7.2, TWD: 32, JPY: 150, GBP: 0.8 };
  const rates = createStaticRates({ base: 'USD', rates: perUsd });
  const WRITTEN: Record<string, (n: string) => string> = {
    USD: (n) => `US$${n}`,
    EUR: (n) => `€${n}`,
    CNY: (n) => `${n} yuan`,
    TWD: (n) => `NT$${n}`,
    JPY: (n) => `${n} Japanese yen`,
    GBP: (n) => `${n} British pounds`,
    THB: (n) => `${n} baht`,
  };
  const currency = fc.constantFrom(...Object.keys(WRITTEN));
  const figure = fc.oneof(
    fc.integer({ min: 1, max: 999 }).map(String),
    fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9 })).map(([a, b]) => `${a}.${b}`),
  );
  const scale = fc.constantFrom('', ' million', ' billion');
  const date = fc.constantFrom('2025-01-01', '2025-01-01', undefined);
  // The writer's error: within a few percent (agrees) or well off (differs).
  const error = fc.double({ min: -0.12, max: 0.12, noNaN: true });
  const seen = new Set<string>();

  it('for generated conversions, briefing check and <briefing-feed> say the same', async () => {
    await fc.assert(
      fc.asyncProperty(currency, currency, figure, error, scale, date, async (from, to, a, off, sc, day) => {
        fc.pre(from !== to);
        // The stated figure, 3 significant digits, near the true conversion (THB has no rate: unchecked).
        const rate = (to === 'USD' ? 1 : (perUsd[to] ?? 1)) / (from === 'USD' ? 1 : (perUsd[from] ?? 1));
        const b = String(Number((Number(a) * rate * (1 + off)).toPrecision(3)));
        const text = `The deal was worth ${WRITTEN[from]!(a + sc)} (about ${WRITTEN[to]!(b + sc)}).`;
        const briefing: Briefing = {
          id: 'x:1',
          title: 'Example',
          body: [text],
          sources: [{ raw: 'Example Daily', publication: 'Example Daily', ...(day ? { date: day } : {}) }],
          language: 'en',
          money: [],
          quantities: [],
        };
        const feed = {
          schemaVersion: 1,
          title: 'T',
          generatedAt: '2025-01-02T00:00:00Z',
          items: [annotateBriefing(briefing)],
        } as BriefingFeed;
        const mention = feed.items[0]!.money[0];
        fc.pre(mention !== undefined && mention.stated.length === 1);
        const { feed: checked } = await checkFeedConversions(feed, rates);
        const withReference = checked.items[0]!.money[0]!.stated[0]!;
        const cli = withReference.reference
          ? withReference.reference.agrees
            ? 'agrees'
            : 'differs'
          : 'unchecked';
        // The element, on the feed without reference (as --no-rates and the service give it)...
        const stated = mention!.stated[0]!;
        const result = day ? await rates.rate(mention!.amount.currency, stated.currency, day) : undefined;
        const bare = checkStated(mention!, stated, day, result, undefined, () => {});
        expect(bare.verdict?.verdict, text).toBe(cli);
        seen.add(cli);
        // ...and on the feed the CLI wrote, judged from the recorded reference.
        const recorded = checkStated(
          checked.items[0]!.money[0]!,
          withReference,
          day,
          undefined,
          undefined,
          () => {},
        );
        if (withReference.reference) expect(recorded.verdict?.verdict, text).toBe(cli);
        if (bare.verdict?.verdict !== 'unchecked' && bare.verdict && withReference.reference)
          expect(bare.verdict.deviation).toBe(withReference.reference.deviation);
      }),
      { numRuns: 300 },
    );
    // The generator reaches every verdict, so the property compares all three.
    expect([...seen].sort()).toEqual(['agrees', 'differs', 'unchecked']);
  });
});
