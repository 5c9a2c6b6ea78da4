import type { Briefing, MoneyMention } from '@briefing/schema';
import { extractQuantities, type QuantityContext } from '../quantities/index.js';
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
  // An untitled briefing's title is its first sentence, in its body too: its amounts are the
  // body's, read once.
  const titled = briefing.untitled !== true;
  const money: MoneyMention[] = titled ? extractMoney(briefing.title, titleContext) : [];
  const quantities = titled ? extractQuantities(briefing.title, { field: 'title', paragraph: 0 }) : [];
  // One context per briefing for its paragraphs, its `paragraph` set before each: the scans read
  // a context while they run and keep none (a mention copies the index it is at), so a copy per
  // paragraph would only be garbage.
  const bodyContext: MoneyContext = { ...titleContext, field: 'body' };
  const bodyAt: QuantityContext = { field: 'body', paragraph: 0 };
  briefing.body.forEach((p, i) => {
    bodyContext.paragraph = i;
    for (const m of extractMoney(p, bodyContext)) money.push(m);
    bodyAt.paragraph = i;
    for (const q of extractQuantities(p, bodyAt)) quantities.push(q);
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
 *
 * A headline shortens its figure's sign the same way: `Rio Tinto makes $800 million investment`
 * over `will invest more than US$800 million (AU$1.18 billion)`, `Close to $168,000 collected`
 * over `RM500,000 (S$168,000)`, `PM SUPPORTS $3B AFRICAN FUNDS` over `US $3 billion`. An equal
 * amount written with its own sign (`US$`, `S$`, a stated conversion so written) in the same
 * briefing says which dollar the bare one is (an Australian, a Malaysian and a Trinidadian
 * outlet: corpus dev 329, 021, 498); a sign that only names a region (`US$`, `S$`) fixes the
 * currency as CJK names do.
 */
function settleByTranslation(money: MoneyMention[]): void {
  if (money.length < 2) return;
  // The amounts written with their currency fixed by their own sign or name (CJK, `US$`, `S$`),
  // stated conversions so written among them: few per briefing; at most `MAX_NAMED` are
  // compared, so a briefing of many mentions stays linear.
  const named: Named[] = [];
  const add = (n: Named): boolean => {
    if (n.resolved === undefined && n.text !== undefined && (CJK.test(n.text) || REGION_SIGN.test(n.text)))
      named.push(n);
    return named.length === MAX_NAMED;
  };
  outer: for (const n of money) {
    if (
      add({
        text: n.text,
        currency: n.amount.currency,
        min: n.amount.min,
        max: n.amount.max,
        resolved: n.amount.resolved,
      })
    )
      break;
    for (const s of n.stated) if (add(s)) break outer;
  }
  if (named.length === 0) return;
  for (const m of money) {
    const r = m.amount.resolved;
    if (r === undefined || r.reason.startsWith('explicit option') || r.reason.includes('conversion'))
      continue;
    const same = named.find(
      (n) =>
        n.currency !== m.amount.currency &&
        r.candidates.includes(n.currency) &&
        near(n.min, m.amount.min) &&
        near(n.max, m.amount.max),
    );
    if (!same) continue;
    const reason = CJK.test(same.text ?? '')
      ? `the same amount is written with its currency named in the translation: "${same.text}"`
      : `the same amount is written with its own sign in the briefing: "${same.text}"`;
    m.amount.currency = same.currency;
    m.amount.resolved = {
      symbol: r.symbol,
      candidates: [same.currency, ...r.candidates.filter((c) => c !== same.currency)],
      reason: reason.length > 300 ? `${reason.slice(0, 299)}…` : reason,
    };
  }
}

/** An amount or a stated conversion, as `settleByTranslation` compares them. */
interface Named {
  text?: string | undefined;
  currency: string;
  min: number;
  max: number;
  resolved?: unknown;
}

/**
 * A dollar sign with its region's letters before or after it (`US$`, `US $`, `S$`, `AU$`, `$US`,
 * `$A`): the writer named the dollar. Letters glued to the sign, so a bare `$` after a word is not one.
 */
const REGION_SIGN = /[A-Z]{1,3} ?\$|\$[A-Z]{1,3}(?![a-z])/;

/** The CJK amounts `settleByTranslation` compares, at most. */
const MAX_NAMED = 32;

/** Equal amounts, as a translation rounds them (within half a percent). */
function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
}
