import type { Briefing, MoneyMention } from '@briefing/schema';
import { extractQuantities } from '../quantities/index.js';
import { scanMoney } from './extract.js';
import type { MoneyContext } from './resolve.js';

export { type MoneyDetail, scanMoney } from './extract.js';
export { type CurrencyReference, scanCurrencyReferences } from './references.js';
export type { MoneyContext } from './resolve.js';
export { extractQuantities, type QuantityContext } from '../quantities/index.js';
export {
  applyRates,
  type ApplyRatesResult,
  checkConversion,
  checkFeedConversions,
  type ConversionRow,
  type RateIssue,
  listConversions,
  tolerance,
  type ToleranceParts,
} from './check.js';

/**
 * Every money mention in `text`: amount (ISO 4217, min/max), approximation, rate basis (`per`), and
 * the stated conversions as written. Offsets are UTF-16 indices into `text`, so
 * `text.slice(at.start, at.end) === mention.text`. Never throws.
 */
export function extractMoney(text: string, context: MoneyContext = {}): MoneyMention[] {
  try {
    return scanMoney(text, context).map((d) => d.mention);
  } catch {
    // The scanner is written not to throw; this guard keeps a parser bug from failing a whole page.
    return [];
  }
}

/**
 * The briefing's title and paragraphs, one a line, built by concatenation: V8 keeps it a rope
 * that is copied into one string only when a mention's currency needs the wording (most
 * briefings have none that does), where `join` would copy every briefing's text.
 */
function wordingOfBriefing(briefing: Briefing): string {
  let wording = briefing.title;
  for (const p of briefing.body) wording += `\n${p}`;
  return wording;
}

/**
 * Fills `money` and `quantities` of a briefing from its title (`at.field: 'title'`, paragraph 0) and
 * every body paragraph (`at.paragraph` = index). Returns a new object; the input is not changed.
 */
export function annotateBriefing(briefing: Briefing, context: MoneyContext = {}): Briefing {
  const wording = context.wording ?? wordingOfBriefing(briefing);
  // `{ ...context, wording, field: 'title', paragraph: 0 }` built with those keys first, then set
  // again so they win over the caller's: the same keys and values (their order differs, and
  // nothing reads a context's order). V8 (Node 20) adds a key after a spread by a slow path that
  // makes a new hidden class each time (about half a microsecond per key).
  const titleContext: MoneyContext = { wording, field: 'title', paragraph: 0, ...context };
  titleContext.wording = wording;
  titleContext.field = 'title';
  titleContext.paragraph = 0;
  const money: MoneyMention[] = extractMoney(briefing.title, titleContext);
  const quantities = extractQuantities(briefing.title, { field: 'title', paragraph: 0 });
  // Each paragraph's context overwrites keys the copy already has, which is fast.
  const bodyContext: MoneyContext = { ...titleContext, field: 'body' };
  briefing.body.forEach((p, i) => {
    for (const m of extractMoney(p, { ...bodyContext, paragraph: i })) money.push(m);
    for (const q of extractQuantities(p, { field: 'body', paragraph: i })) quantities.push(q);
  });
  return { ...briefing, money, quantities };
}
