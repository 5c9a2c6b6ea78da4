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

/** Three briefings of one business page: the shared material of the layout-kind tests. */
export const THREE_HEADLINES = [
  'Central bank raises interest rates again',
  'Port strike enters its second week',
  'Chipmaker lifts its annual sales forecast',
];
export const THREE_SUMMARIES = [
  'The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation.',
  'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
  'The company lifted its annual sales forecast after orders from data centres surged.',
];
