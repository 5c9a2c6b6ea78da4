import { validateFeed } from '@briefing/schema';
import { expect } from 'vitest';
import { parsePage, toFeed } from '../src/index.js';
import { accountedCharacters, nonWhitespace } from './helpers.js';

/** parsePage of a text page (unless `options.format` says otherwise), checked on the way: nothing lost (text pages) and a valid feed. */
export function parseChecked(text: string, options: Parameters<typeof parsePage>[1] = {}) {
  const result = parsePage(text, { format: 'text', ...options });
  if (options.format !== 'html') expect(accountedCharacters(result)).toBe(nonWhitespace(text));
  expect(validateFeed(toFeed(result, { generatedAt: '2026-11-29T08:00:00Z' })).issues).toEqual([]);
  return result;
}
