import { type Amount, amountAt } from './amount.js';
import { hangulAfterDigits, koreanAmountAt, koreanBareRangeAt, koreanRangeEnd } from './korean.js';
import { type LocalPrefixes, localPrefixesOf, signBefore } from './local-prefixes.js';
import { type MoneyDetail, buildDetail } from './detail.js';
import { lookback } from './lookback.js';
import { quotedAgainstCurrency } from './exchange-quote.js';
import { digitsAt, isDigit, lastPlace, NUMBER_WORD_START } from './numbers.js';
import { type AmountRange, CONNECTOR_Y, itemAt, rangeFrom } from './range.js';
import type { MoneyContext } from './resolve.js';
import { rateAt, type Tail, tailAt } from './tail.js';

/*
 * The money scanner: every number in the text is a candidate; an amount with a currency becomes a
 * mention, with its range, rate basis and stated conversions, and a change ("rose from 290 to 810
 * yuan") becomes two. The parts are read by amount.ts, cents.ts, range.ts and tail.ts.
 */

export type { MoneyDetail } from './detail.js';

// `\b` rather than a letter lookbehind: V8 runs it much faster, and "5five" is no amount anyway.
const CANDIDATE_G = new RegExp(`\\d|\\b(?:${NUMBER_WORD_START})(?![A-Za-z])`, 'gi');
/**
 * Longer than any match of `CANDIDATE_G`'s words ("three quarters"): each alternative of
 * `NUMBER_WORD_START` as written, its group marks counted too, so the bound is never short.
 */
const LONGEST_WORD = Math.max(...NUMBER_WORD_START.split('|').map((w) => w.length));
const APPROX_BEFORE =
  /(?:\b(?:approximately|approx\.?|about|around|nearly|almost|roughly|some|over|under|more than|less than|fewer than|up to|at least|at most|close to|as much as|as little as|as high as|an estimated|estimated|just over|just under|upwards of|in excess of|circa|ca\.|equivalent to|equal to|worth about|worth around|worth)|~)[ \u00a0]*$/i;
const BETWEEN_BEFORE = /\bbetween[ \u00a0]+$/i;
const CHANGE_BEFORE =
  /\b(?:rose|rise[sn]?|rising|increased?|increases|increasing|grew|grown?|grows|growing|climbed?|climbs|jumped?|jumps|surged?|surges|soared?|soars|fell|falls?|falling|fallen|dropped|drops?|declined?|declines|decreased?|decreases|plunged?|plunges|slid|slumped?|tumbled?|raised?|raises|raising|cuts?|cutting|reduced?|reduces|lowered?|hiked?|boosted?|expanded?|shrank|shrunk|went|gone|up|down|changed?|doubled?|tripled?|ballooned?|swelled|swollen|widened?|narrowed?|revised|upgraded?|downgraded?|increase|decrease|growth|jump|rise|drop|fall)\b[^.;:!?]{0,60}?\bfrom[ \u00a0]+(?:(?:an?|the|its|their|his|her|initial|original|originally|previous|previously|earlier|estimated|about|around|approximately|nearly|roughly|just|only|mere|some|over|under)[ \u00a0]+){0,3}$/i;
const FROM_BEFORE =
  /\bfrom[ \u00a0]+(?:(?:an?|the|its|their|initial|original|about|around|approximately|nearly|roughly|just|only|mere|some)[ \u00a0]+){0,3}$/i;
/**
 * "valuations ranging from $1.5bn to $8bn", "fines vary from $500 to $5,000": the verb says the two
 * figures bound one range, whatever change verb stood earlier in the sentence ("expected to raise
 * ..., with valuations ranging from"). English grammar, not an outlet's habit.
 */
const RANGE_FROM_BEFORE =
  /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere)[ \u00a0]+from[ \u00a0]+$/i;
const MAX_MENTION = 500;

/**
 * Every money mention in `text`, with its detail spans. Never throws on any string; offsets are
 * UTF-16 indices into `text`.
 */
export function scanMoney(text: string, context: MoneyContext = {}): MoneyDetail[] {
  const out: MoneyDetail[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  // One shared pattern: the scan is synchronous, so resetting lastIndex is enough.
  const re = CANDIDATE_G;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let floor = 0;
  // The letters of the text's own country, else of the page's: `R20 billion` is rand only there.
  const region = context.country ?? context.pageCountry;
  const local = region ? localPrefixesOf(region) : undefined;
  // `test`, not `exec`: no match array for each candidate. A digit matches alone, and a word
  // ends on a letter, so a digit before `lastIndex` is the candidate; a word's start is found by
  // searching again from at most `LONGEST_WORD` characters before its end (never before `from`,
  // and no candidate starts between `from` and it, or the search would have stopped there).
  for (let from = 0; re.test(text); from = re.lastIndex) {
    let n = re.lastIndex - 1;
    if (!isDigit(text.charCodeAt(n))) {
      const end = re.lastIndex;
      re.lastIndex = Math.max(from, end - LONGEST_WORD);
      m = re.exec(text);
      // (It always finds the same word; were it not to, the search from `from` reads it as before.)
      if (m === null || re.lastIndex !== end) {
        re.lastIndex = from;
        m = re.exec(text)!;
      }
      n = m.index;
    }
    const c = text.charCodeAt(n);
    if (isDigit(c)) {
      const prev = text.charCodeAt(n - 1);
      // Inside a number already passed over ("2016" seen from "0"), or a decimal tail.
      if (isDigit(prev) || ((prev === 44 || prev === 46) && isDigit(text.charCodeAt(n - 2)))) continue;
    }
    // A Korean figure read by its myriads and closed by its currency word (`3조5천억 달러`).
    const ko = isDigit(c) && hangulAfterDigits(text, n) ? koreanAmountAt(text, n) : undefined;
    if (ko) {
      const hi = koreanRangeEnd(text, ko) ?? ko;
      let tail = tailAt(text, hi.end, local);
      if (tail.end - ko.start > MAX_MENTION) tail = { end: hi.end, items: [] };
      const range: AmountRange = { start: ko.start, end: hi.end, lo: ko, hi };
      if (ko.marker) range.marker = ko.marker;
      if (ko.symbol !== undefined) range.symbol = ko.symbol;
      const approximate = lookback(text, n, APPROX_BEFORE, 30) !== null;
      out.push(buildDetail(text, range, tail, approximate, context, 'amount'));
      re.lastIndex = tail.end;
      floor = tail.end;
      continue;
    }
    // `100~200원`: a Korean range whose currency closes the upper bound only.
    const bare = isDigit(c) && !ko ? koreanBareRangeAt(text, n) : undefined;
    if (bare) {
      let tail = tailAt(text, bare.hi.end, local);
      if (tail.end - n > MAX_MENTION) tail = { end: bare.hi.end, items: [] };
      const range: AmountRange = { start: n, end: bare.hi.end, lo: bare.lo, hi: bare.hi };
      if (bare.hi.marker) range.marker = bare.hi.marker;
      if (bare.hi.symbol !== undefined) range.symbol = bare.hi.symbol;
      const approximate = lookback(text, n, APPROX_BEFORE, 30) !== null;
      out.push(buildDetail(text, range, tail, approximate, context, 'amount'));
      re.lastIndex = tail.end;
      floor = tail.end;
      continue;
    }
    const found0 = signBefore(text, n, local);
    // A prefix inside the previous mention ("10 rmb 20 usd") belongs to it, not to this number.
    const pre = found0 && found0.start >= floor ? found0 : undefined;
    const first = pre ? amountAt(text, pre.start, n, undefined, local) : amountAt(text, n, n, floor, local);
    if (!first) {
      const num = isDigit(c) ? digitsAt(text, n) : undefined;
      if (num) re.lastIndex = num.end;
      continue;
    }
    // A bare sub-unit ("50 cents", "10¢") is a fraction of the currency the text was speaking of.
    const last = out.at(-1)?.mention.amount.currency;
    const found = mentionFrom(text, first, last ? withPreviousCurrency(context, last) : context, local);
    if (!found) {
      re.lastIndex = first.num.end;
      continue;
    }
    for (const d of found.details) out.push(d);
    re.lastIndex = found.end;
    floor = found.end;
  }
  return out;
}

/**
 * `{ ...context, previousCurrency }`, built with the key first and set again so it wins over the
 * context's: the same keys and values (nothing reads a context's key order). V8 (Node 20) adds a
 * key after a spread by a slow path that makes a new hidden class each time, and this runs for
 * every amount after the first of a text.
 */
function withPreviousCurrency(context: MoneyContext, previousCurrency: string): MoneyContext {
  const out: MoneyContext = { previousCurrency, ...context };
  out.previousCurrency = previousCurrency;
  return out;
}

function mentionFrom(
  text: string,
  first: Amount,
  context: MoneyContext,
  local: LocalPrefixes | undefined,
): { details: MoneyDetail[]; end: number } | undefined {
  // Most numbers carry no currency and are followed by no range or rate that could bring one
  // ("in 1989", "15 %"): they are dropped before the lookbacks below.
  if (!first.marker) {
    CONNECTOR_Y.lastIndex = first.end;
    if (!CONNECTOR_Y.test(text) && !rateAt(text, first.end)) return undefined;
  }
  // A change keeps each side as its own mention: "rose from 290 to 810 yuan". The cheap "from"
  // test runs first so that the long verb lookback only runs where it can matter.
  if (
    lookback(text, first.start, FROM_BEFORE, 50) &&
    !lookback(text, first.start, RANGE_FROM_BEFORE, 24) &&
    lookback(text, first.start, CHANGE_BEFORE, 140)
  ) {
    const change = changeFrom(
      text,
      first,
      context,
      lookback(text, first.start, APPROX_BEFORE, 30) !== null,
      local,
    );
    if (change) return change;
  }
  const range = rangeFrom(text, first, lookback(text, first.start, BETWEEN_BEFORE, 12) !== null, local);
  if (!range.marker) return undefined;
  // An exchange rate's level or move ("RM4.09 against the US dollar"): no amount (see exchange-quote.ts).
  if (quotedAgainstCurrency(text, range.end)) return undefined;
  // A figure the page cut: an ellipsis right after its digits (`request for $13.5...`, `a US $6.1…`)
  // or a word cut at the text's end (`opened a $25 millio`). Its scale may be what was cut, so its
  // amount is unknown (a teaser cut by a fixed length: three outlets, corpus dev 132, 487, 142).
  if (!range.hi.hasScale && range.end === range.hi.num.end && cutAfter(text, range.end)) return undefined;
  const approximate = lookback(text, first.start, APPROX_BEFORE, 30) !== null;
  let tail = tailAt(text, range.end, local);
  // The schema keeps a mention's text to 500 characters: a longer tail is not a conversion we trust.
  if (tail.end - range.start > MAX_MENTION) tail = { end: range.end, items: [] };
  if (tail.end - range.start > MAX_MENTION) return undefined;
  const detail = buildDetail(text, range, tail, approximate, context, 'amount');
  // "HK$5.75 million or HK$12,749 per square foot", "$2 billion, or $1.20 a share": a figure after
  // `or` in the same currency is no conversion (a conversion changes the currency) but a second
  // amount, the price per unit or per share beside the total (property and company news alike).
  // The mention ends before it and the scan reads it on its own.
  if (detail.statedAt.length === 0 && tail.items.length === 1 && !bracketBetween(text, range.end, tail)) {
    const rate = rateAt(text, range.end);
    const own: Tail = { end: rate ? rate.end : range.end, items: [] };
    if (rate) own.per = rate.per;
    return { details: [buildDetail(text, range, own, approximate, context, 'amount')], end: own.end };
  }
  return { details: [detail], end: tail.end };
}

/** A bracket between an amount's end and its one stated conversion (`(`, `（`, `[`). */
function bracketBetween(text: string, end: number, tail: Tail): boolean {
  const at = tail.items[0]?.range.start ?? end;
  for (let i = end; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 0xff08) return true;
  }
  return false;
}

/** An ellipsis at `pos`, or a proper beginning of a scale word that ends the text (`$25 millio`). */
const CUT_Y = /[ \u00a0]?(?:\.\.\.|…|\[(?:…|\.\.\.)\])|[ \u00a0]([a-z]{2,9})[ \u00a0]*$/iy;
const SCALE_WORDS = ['thousand', 'million', 'billion', 'trillion'];
function cutAfter(text: string, pos: number): boolean {
  CUT_Y.lastIndex = pos;
  const m = CUT_Y.exec(text);
  if (!m) return false;
  const word = m[1]?.toLowerCase();
  return word === undefined || SCALE_WORDS.some((w) => w.length > word.length && w.startsWith(word));
}

function changeFrom(
  text: string,
  first: Amount,
  context: MoneyContext,
  approximate: boolean,
  local: LocalPrefixes | undefined,
): { details: MoneyDetail[]; end: number } | undefined {
  const fromTail = tailAt(text, first.end, local);
  // "from 1987, to HK$10 billion": a year is where the change starts, not an amount.
  if (!first.marker && !first.hasScale && /^(?:1[89]|20)\d\d$/.test(first.num.digits)) return undefined;
  const to = /[ \u00a0]+to[ \u00a0]+/iy;
  to.lastIndex = fromTail.end;
  const t = to.exec(text);
  if (!t) return undefined;
  const toItem = itemAt(text, fromTail.end + t[0].length, local);
  if (!toItem) return undefined;
  const secondAmount = toItem.range.lo;
  const marker = first.marker ?? secondAmount.marker;
  if (!marker) return undefined;
  let lo = first;
  if (
    !first.hasScale &&
    secondAmount.hasScale &&
    Number(first.num.digits) <= Number(secondAmount.num.digits)
  ) {
    lo = { ...first, exp: secondAmount.exp, hasScale: true, ulp: lastPlace(first.num, secondAmount.exp) };
  }
  const fromRange: AmountRange = { start: lo.start, end: lo.end, lo, hi: lo, marker };
  const fromSymbol = first.marker ? first.symbol : secondAmount.symbol;
  if (fromSymbol !== undefined) fromRange.symbol = fromSymbol;
  const fromTailEnd = fromTail.items.length || fromTail.per ? fromTail : { end: lo.end, items: [] };
  const toRange: AmountRange = {
    ...toItem.range,
    start: secondAmount.start,
    lo: secondAmount,
    hi: secondAmount,
    end: secondAmount.end,
  };
  if (!toRange.marker) toRange.marker = marker;
  if (toRange.symbol === undefined && first.symbol !== undefined) toRange.symbol = first.symbol;
  const toTail = tailAt(text, toRange.end, local);
  if (toTail.end - toRange.start > MAX_MENTION || fromTailEnd.end - fromRange.start > MAX_MENTION)
    return undefined;
  // "rose from 290 to 810 yuan per ton": the rate basis written once applies to both sides.
  const fromTailPer =
    fromTailEnd.per === undefined && toTail.per !== undefined
      ? { ...fromTailEnd, per: toTail.per }
      : fromTailEnd;
  const a = buildDetail(text, fromRange, fromTailPer, approximate, context, 'change-from');
  const b = buildDetail(text, toRange, toTail, toItem.approximate, context, 'change-to');
  return { details: [a, b], end: toTail.end };
}
