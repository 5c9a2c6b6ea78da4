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
  settleByTranslation(money);
  return { ...briefing, money, quantities };
}

/** A CJK letter: kana, the unified ideographs, hangul syllables. */
const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u;

/**
 * `Starbucks to pay NYC workers $35m` over `星巴克 ... 將支付紐約市員工 3,500 萬美元`: on a bilingual
 * page the translation writes the same amount with its currency named (美元, 新台幣, 港元...),
 * where the English text has a bare sign the context had to settle (a Taiwan page's bare `$`
 * read as TWD). The translation says which dollar the writer meant: an amount the context
 * settled takes the currency of an equal amount written in CJK with its currency named, when
 * that currency is one the sign may be. The sign's own evidence (an explicit option, a stated
 * conversion: the reasons `resolveDollar` gives them) stands. Bilingual lesson pages write their
 * amounts so (corpus dev 162, a Taiwan page's BBC headlines; dev 025 and 138, China Daily's
 * `$500,000` / `50万美元` and `$408 billion` / `4080亿美元`, where the default already agreed).
 */
function settleByTranslation(money: MoneyMention[]): void {
  if (money.length < 2) return;
  // The amounts written in CJK with their currency named: few per briefing; at most
  // `MAX_NAMED` are compared, so a briefing of many mentions stays linear.
  const named: MoneyMention[] = [];
  for (const n of money) {
    if (n.amount.resolved === undefined && CJK.test(n.text)) named.push(n);
    if (named.length === MAX_NAMED) break;
  }
  if (named.length === 0) return;
  for (const m of money) {
    const r = m.amount.resolved;
    if (r === undefined || r.reason.startsWith('explicit option') || r.reason.includes('conversion'))
      continue;
    const same = named.find(
      (n) =>
        n.amount.currency !== m.amount.currency &&
        r.candidates.includes(n.amount.currency) &&
        near(n.amount.min, m.amount.min) &&
        near(n.amount.max, m.amount.max),
    );
    if (!same) continue;
    const reason = `the same amount is written with its currency named in the translation: "${same.text}"`;
    m.amount.currency = same.amount.currency;
    m.amount.resolved = {
      symbol: r.symbol,
      candidates: [same.amount.currency, ...r.candidates.filter((c) => c !== same.amount.currency)],
      reason: reason.length > 300 ? `${reason.slice(0, 299)}…` : reason,
    };
  }
}

/** The CJK amounts `settleByTranslation` compares, at most. */
const MAX_NAMED = 32;

/** Equal amounts, as a translation rounds them (within half a percent). */
function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
}
