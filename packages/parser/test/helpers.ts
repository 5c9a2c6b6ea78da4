import { expect } from 'vitest';
import { extractMoney, type MoneyContext, type ParseResult, SHARED_CREDIT_NOTE } from '../src/index.js';
import { scanMoney } from '../src/money/index.js';

/** Short form of each money mention in `text`: [text, currency, min, max]. */
export function moneyBrief(text: string, context?: MoneyContext): [string, string, number, number][] {
  return extractMoney(text, context).map((m) => [m.text, m.amount.currency, m.amount.min, m.amount.max]);
}

/** The non-whitespace characters of a text, sorted: a multiset to compare input and output by. */
export function nonWhitespace(text: string): string {
  return [...text.replace(/\s+/g, '')].sort().join('');
}

/**
 * Every place the parser puts text: titles, paragraphs, citation raws, header, chrome, unparsed.
 * A source group's heading is placed once, in the chrome; the copies of its credit on each item
 * of the group (`SHARED_CREDIT_NOTE`) are references to it, not placements.
 */
export function accountedCharacters(result: ParseResult): string {
  const parts: string[] = [];
  if (result.page.header) parts.push(result.page.header);
  parts.push(...result.page.chrome);
  for (const item of result.items) {
    // An untitled briefing's title is drawn from its body: the text is there once.
    if (item.untitled) parts.push(...item.body);
    else parts.push(item.title, ...item.body);
    if (item.by) parts.push(item.by);
    for (const c of item.sources) if (!c.notes?.includes(SHARED_CREDIT_NOTE)) parts.push(c.raw);
  }
  for (const u of result.unparsed) parts.push(u.text);
  return nonWhitespace(parts.join(''));
}

/** The scan never throws; each mention slices back to its text, holds its amount's span, and is finite and ordered. */
export function expectCleanScan(text: string, context?: MoneyContext): void {
  for (const d of scanMoney(text, context)) {
    const m = d.mention;
    expect(text.slice(m.at.start, m.at.end)).toBe(m.text);
    expect(d.amountAt.start).toBeGreaterThanOrEqual(m.at.start);
    expect(d.amountAt.end).toBeLessThanOrEqual(m.at.end);
    expect(Number.isFinite(m.amount.min) && m.amount.min <= m.amount.max).toBe(true);
  }
}
