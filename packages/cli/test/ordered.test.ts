// inOrder: the archive's results in the pages' order, whatever order the workers finish in,
// with no more than `window` tasks running at once.
import { describe, expect, it } from 'vitest';
import { inOrder } from '../src/archive/ordered.js';

const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('inOrder', () => {
  it('yields in the items order although later items finish first, running at most `window` at once', async () => {
    let running = 0;
    let most = 0;
    const finished: string[] = [];
    const results: string[] = [];
    const delays = { a: 40, b: 5, c: 25, d: 1, e: 10 };
    for await (const result of inOrder(Object.keys(delays), 3, async (key) => {
      running++;
      most = Math.max(most, running);
      await later(null, delays[key as keyof typeof delays]);
      running--;
      finished.push(key);
      return `${key}!`;
    }))
      results.push(result);
    expect(results).toEqual(['a!', 'b!', 'c!', 'd!', 'e!']);
    expect(finished.slice(0, 2)).toEqual(['b', 'c']);
    expect(most).toBe(3);
  });

  it('yields nothing for no items', async () => {
    const results: number[] = [];
    for await (const result of inOrder([], 4, async (n: number) => n)) results.push(result);
    expect(results).toEqual([]);
  });
});
