// The corpus of real pages (packages/parser/corpus/): every page keeps the parser's promises
// (nothing lost, a valid feed), and the accuracy figures of `pnpm eval` never fall below the
// level reached (eval/ratchet.json): a regression on pages from other outlets fails CI.
import { readFileSync } from 'node:fs';
import { validateFeed } from '@briefing/schema';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM module shared with scripts/eval.mjs, without types.
import { evaluate, loadCorpus } from '../eval/score.mjs';
import { lookupPublication, parsePage, toFeed } from '../src/index.js';
import { accountedCharacters, nonWhitespace } from './helpers.js';

interface Page {
  id: string;
  format: 'text' | 'html';
  text: string;
}
interface Figures {
  found: number;
  [key: string]: number;
}
interface Floor {
  overall: Record<string, number>;
  chromeBriefings: number;
  /** Listings of three briefings or more read as one item or none (lower is better). */
  emptyListings: number;
  found: Record<string, number>;
}
const ratchet = JSON.parse(readFileSync(new URL('../eval/ratchet.json', import.meta.url), 'utf8')) as Record<
  string,
  Floor
>;

for (const split of ['dev', 'validation'] as const) {
  const pages = loadCorpus(split) as Page[];

  describe(`corpus, ${split} split`, () => {
    it('has its pages', () => {
      expect(pages.length).toBeGreaterThanOrEqual(split === 'dev' ? 147 : 67);
    });

    it('every page: never throws, loses nothing (text pages), gives a valid feed', () => {
      for (const page of pages) {
        const result = parsePage(page.text, { format: page.format });
        if (page.format === 'text')
          expect(accountedCharacters(result), page.id).toBe(nonWhitespace(page.text));
        const checked = validateFeed(toFeed(result, { generatedAt: '2026-11-29T00:00:00Z' }));
        expect(checked.issues, page.id).toEqual([]);
      }
      // Every page of the split in one test: 500+ pages take seconds, more on a loaded machine.
    }, 60_000);

    it('accuracy stays at or above the ratchet', () => {
      const floor = ratchet[split]!;
      const r = evaluate(pages, parsePage, lookupPublication) as {
        overall: Figures & { chromeBriefings: number; emptyListings: number };
        families: Record<string, Figures>;
      };
      for (const [key, value] of Object.entries(floor.overall))
        expect(r.overall[key], `${split} overall ${key}`).toBeGreaterThanOrEqual(value);
      expect(r.overall.chromeBriefings, `${split} briefings made of chrome`).toBeLessThanOrEqual(
        floor.chromeBriefings,
      );
      expect(r.overall.emptyListings, `${split} listings read as one item or none`).toBeLessThanOrEqual(
        floor.emptyListings,
      );
      for (const [family, found] of Object.entries(floor.found))
        expect(r.families[family]?.found, `${split} ${family} briefings found`).toBeGreaterThanOrEqual(found);
    }, 60_000);
  });
}
