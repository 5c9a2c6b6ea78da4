import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Briefing, BriefingFeed } from '@briefing/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capped,
  filterBriefings,
  moreAction,
  pagesControls,
  pageWindow,
  searchTerms,
  searchText,
  usablePageSize,
} from '../../src/search.js';

const require = createRequire(import.meta.url);
const seed = JSON.parse(
  readFileSync(require.resolve('@briefing/schema/fixtures/should-pass/seed-feed.json'), 'utf8'),
) as BriefingFeed;
const titles = (items: readonly Briefing[]) => items.map((item) => item.title.slice(0, 24));
const letters = 'abcdefghijklmnopqrstuvwxyz'.split('');

describe('searchTerms', () => {
  it('splits on white space, lower-cases, keeps "quoted words" together', () => {
    expect(searchTerms('  Caviar  EXPORT ')).toEqual(['caviar', 'export']);
    expect(searchTerms('"South China" post')).toEqual(['south china', 'post']);
    expect(searchTerms('"" " "')).toEqual([]);
    expect(searchTerms('')).toEqual([]);
  });
});

describe('searchText and filterBriefings, on the seed feed', () => {
  const textOf = (item: Briefing) => searchText(item, 'en-US');

  it('an empty query keeps every item, in order', () => {
    expect(filterBriefings(seed.items, '   ', textOf)).toBe(seed.items);
  });

  it('every word must match, anywhere in title, body, sources, dates as shown and link hosts', () => {
    expect(titles(filterBriefings(seed.items, 'caviar', textOf))).toEqual(['China Becomes World’s Le']);
    expect(titles(filterBriefings(seed.items, 'caviar railway', textOf))).toEqual([]);
    // Each word alone can match elsewhere; as a phrase, "Jan 4, 2026" is how en-US shows the railway briefing's citation date, 2026-01-04.
    expect(titles(filterBriefings(seed.items, '"jan 4, 2026"', textOf))).toEqual([
      'China’s Railway Investme',
    ]);
    expect(titles(filterBriefings(seed.items, '2026-01-04', textOf))).toEqual(['China’s Railway Investme']);
  });

  it('a search never adds items and keeps their order (any query)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (query) => {
        const found = filterBriefings(seed.items, query, textOf);
        let last = -1;
        for (const item of found) {
          const at = seed.items.indexOf(item);
          expect(at).toBeGreaterThan(last);
          last = at;
        }
      }),
    );
  });
});

describe('usablePageSize and capped', () => {
  it('a bad page size means all (0); fractions round down', () => {
    expect([Number.NaN, -3, 0, 2.9, 5, Number.POSITIVE_INFINITY].map(usablePageSize)).toEqual([
      0, 0, 0, 2, 5, 0,
    ]);
  });

  it('limit keeps the first items; 0, negative or NaN keep all', () => {
    expect(capped(letters.slice(0, 5), 3)).toEqual(['a', 'b', 'c']);
    expect(capped(letters.slice(0, 5), 2.7)).toEqual(['a', 'b']);
    expect(capped(letters.slice(0, 5), 0)).toHaveLength(5);
    expect(capped(letters.slice(0, 5), Number.NaN)).toHaveLength(5);
  });
});

describe('pageWindow', () => {
  const ten = letters.slice(0, 10);

  it('none, or no page size: everything on one page', () => {
    expect(pageWindow(ten, { paging: 'none', size: 3, shown: 0, pageIndex: 2 })).toEqual({
      visible: ten,
      pages: 1,
      pageIndex: 0,
    });
    expect(pageWindow(ten, { paging: 'pages', size: 0, shown: 0, pageIndex: 2 }).visible).toEqual(ten);
  });

  it('more: the first page, then as many as "Load more" revealed', () => {
    expect(pageWindow(ten, { paging: 'more', size: 3, shown: 0, pageIndex: 0 }).visible).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(pageWindow(ten, { paging: 'more', size: 3, shown: 6, pageIndex: 0 }).visible).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
    ]);
  });

  it('pages: one page at a time; a page past the end shows the last one', () => {
    expect(pageWindow(ten, { paging: 'pages', size: 4, shown: 0, pageIndex: 1 })).toEqual({
      visible: ['e', 'f', 'g', 'h'],
      pages: 3,
      pageIndex: 1,
    });
    expect(pageWindow(ten, { paging: 'pages', size: 4, shown: 0, pageIndex: 99 })).toEqual({
      visible: ['i', 'j'],
      pages: 3,
      pageIndex: 2,
    });
    expect(pageWindow([], { paging: 'pages', size: 4, shown: 0, pageIndex: 0 })).toEqual({
      visible: [],
      pages: 1,
      pageIndex: 0,
    });
  });

  it('pages cover every item exactly once, in order (any size and count)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 12 }), (count, size) => {
        const items = Array.from({ length: count }, (_, index) => index);
        const first = pageWindow(items, { paging: 'pages', size, shown: 0, pageIndex: 0 });
        const seen: number[] = [];
        for (let pageIndex = 0; pageIndex < first.pages; pageIndex++)
          seen.push(...pageWindow(items, { paging: 'pages', size, shown: 0, pageIndex }).visible);
        expect(seen).toEqual(items);
      }),
    );
  });
});

describe('moreAction', () => {
  const base = { size: 3, visible: 3, capped: 8, searching: false, limitReached: false, hasNextPage: true };

  it('reveals loaded items first, then fetches the next page, else offers nothing', () => {
    expect(moreAction(base)).toBe('reveal');
    expect(moreAction({ ...base, visible: 8 })).toBe('fetch');
    expect(moreAction({ ...base, visible: 8, hasNextPage: false })).toBeUndefined();
  });

  it('never fetches while searching or once the limit is reached', () => {
    expect(moreAction({ ...base, visible: 8, searching: true })).toBeUndefined();
    expect(moreAction({ ...base, visible: 8, limitReached: true })).toBeUndefined();
  });
});

describe('pagesControls', () => {
  it('local pages: numbered by the loaded items', () => {
    expect(pagesControls({ size: 4, pages: 3, pageIndex: 0, searching: false, remote: undefined })).toEqual({
      hasPrev: false,
      hasNext: true,
      status: { page: 1, total: 3 },
    });
  });

  it("the feed's own pages: its number and total, links only when not searching", () => {
    const remote = { number: 2, total: 5, prev: 'p1.json', next: 'p3.json' };
    expect(pagesControls({ size: 0, pages: 1, pageIndex: 0, searching: false, remote })).toEqual({
      hasPrev: true,
      hasNext: true,
      status: { page: 2, total: 5 },
    });
    expect(
      pagesControls({
        size: 0,
        pages: 1,
        pageIndex: 0,
        searching: false,
        remote: { number: 4, next: 'p5.json' },
      }),
    ).toEqual({ hasPrev: false, hasNext: true, status: { page: 4 } });
    expect(pagesControls({ size: 0, pages: 1, pageIndex: 0, searching: true, remote })).toBeUndefined();
  });
});
