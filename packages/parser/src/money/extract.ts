import type { MoneyMention } from '@briefing/schema';
import { type CurrencyMarker, prefixBefore, suffixAt, wordPrefixBefore } from './currencies.js';
import {
  isDigit,
  lastPlace,
  NUMBER_WORD_START,
  type ParsedNumber,
  scaleAt,
  scaled,
  smallNumber,
  wordsAt,
  digitsAt,
} from './numbers.js';
import { type MoneyContext, resolveMarker, type Situation } from './resolve.js';
import { subUnitAt } from './sub-units.js';
import { LIST_SEPARATOR_WITH_SLASH_Y, statedListAt } from '../stated-list.js';

/** One amount as written: prefix, number, scale, currency word. Offsets into the text. */
export interface Amount {
  start: number;
  end: number;
  num: ParsedNumber;
  exp: number;
  /** The scale was written (so a bare first bound of a range may share it). */
  hasScale: boolean;
  letterScale: boolean;
  marker?: CurrencyMarker;
  symbol?: string;
  /** Absolute unit in the last written place, for the rounding part of the tolerance. */
  ulp: number;
}

/** A range or single amount: "710.9 billion to 850.6 billion yuan", "$98 billion". */
export interface AmountRange {
  start: number;
  end: number;
  lo: Amount;
  hi: Amount;
  marker?: CurrencyMarker;
  symbol?: string;
}

/** Extra detail the mention does not carry: the spans of the amount and of each conversion alone. */
export interface MoneyDetail {
  mention: MoneyMention;
  /** Span of the amount itself, without conversions or rate words. */
  amountAt: { start: number; end: number };
  /** Span of each stated conversion, without "approximately" and the like. */
  statedAt: { start: number; end: number }[];
  /** Unit in the last place of the amount and of each stated conversion (for the rounding tolerance). */
  amountUlp: number;
  statedUlp: number[];
}

// `\b` rather than a letter lookbehind: V8 runs it much faster, and "5five" is no amount anyway.
const CANDIDATE_G = new RegExp(`\\d|\\b(?:${NUMBER_WORD_START})(?![A-Za-z])`, 'gi');
const APPROX_BEFORE =
  /(?:\b(?:approximately|approx\.?|about|around|nearly|almost|roughly|some|over|under|more than|less than|fewer than|up to|at least|at most|close to|as much as|as little as|as high as|an estimated|estimated|just over|just under|upwards of|in excess of|circa|ca\.|equivalent to|equal to|worth about|worth around|worth)|~)[ \u00a0]*$/i;
const BETWEEN_BEFORE = /\bbetween[ \u00a0]+$/i;
const CHANGE_BEFORE =
  /\b(?:rose|rise[sn]?|rising|increased?|increases|increasing|grew|grown?|grows|growing|climbed?|climbs|jumped?|jumps|surged?|surges|soared?|soars|fell|falls?|falling|fallen|dropped|drops?|declined?|declines|decreased?|decreases|plunged?|plunges|slid|slumped?|tumbled?|raised?|raises|raising|cuts?|cutting|reduced?|reduces|lowered?|hiked?|boosted?|expanded?|shrank|shrunk|went|gone|up|down|changed?|doubled?|tripled?|ballooned?|swelled|swollen|widened?|narrowed?|revised|upgraded?|downgraded?|increase|decrease|growth|jump|rise|drop|fall)\b[^.;:!?]{0,60}?\bfrom[ \u00a0]+(?:(?:an?|the|its|their|his|her|initial|original|originally|previous|previously|earlier|estimated|about|around|approximately|nearly|roughly|just|only|mere|some|over|under)[ \u00a0]+){0,3}$/i;
const FROM_BEFORE =
  /\bfrom[ \u00a0]+(?:(?:an?|the|its|their|initial|original|about|around|approximately|nearly|roughly|just|only|mere|some)[ \u00a0]+){0,3}$/i;
const CONNECTOR_Y = /[ \u00a0]*(?:to|and|-|–|—|~)[ \u00a0]*/iy;
const APPROX_AT_Y =
  /(?:approximately|approx\.?|about|around|nearly|almost|roughly|some|over|under|more than|less than|up to|at least|close to|an estimated|estimated|equivalent to|equal to|worth about|worth around|worth|circa|ca\.|or about|or around|or roughly|or nearly|or|i\.e\.,?|~)[ \u00a0]*/iy;
const APPROX_FLAG = /^(?:or[ \u00a0]*)?(?:i\.e\.,?[ \u00a0]*)?(?:equivalent to|equal to|worth)?[ \u00a0]*$/i;
const RATE_Y =
  /(?:[ \u00a0]*\/[ \u00a0]*|[ \u00a0]+(?:per|a|an|each|every)[ \u00a0]+|[ \u00a0]*-[ \u00a0]*an?[ \u00a0]*-[ \u00a0]*|[ \u00a0]+)(month|year|annum|week|day|hour|night|quarter|kilogram|kilo|kg|tonne|ton|metric ton|barrel|bbl|share|person|head|capita|square met(?:er|re)|sq m|ounce|oz|gram|g|litre|liter|gallon|unit|piece|dozen|pound|lb|mwh|kwh|seat|ticket|visit|monthly|annually|yearly|weekly|daily|hourly|per year|per month|each year)(?![A-Za-z])(?![ \u00a0]+(?:earlier|ago|before|after|later|prior|previously)\b)/iy;
const PER_NAME: Record<string, string> = {
  annum: 'year',
  kilo: 'kilogram',
  kg: 'kilogram',
  tonne: 'ton',
  'metric ton': 'ton',
  bbl: 'barrel',
  head: 'person',
  capita: 'person',
  'square meter': 'square metre',
  'square metre': 'square metre',
  'sq m': 'square metre',
  oz: 'ounce',
  g: 'gram',
  liter: 'litre',
  lb: 'pound',
  mwh: 'MWh',
  kwh: 'kWh',
  monthly: 'month',
  annually: 'year',
  yearly: 'year',
  weekly: 'week',
  daily: 'day',
  hourly: 'hour',
  'per year': 'year',
  'per month': 'month',
  'each year': 'year',
};
const CENTS_Y = /[ \u00a0,]+(?:and[ \u00a0]+)?(\d{1,2}|[a-z]+(?:-[a-z]+)?)[ \u00a0]+cents?(?![A-Za-z])/iy;
/*
 * Cents without the word, as speech and transcripts write prices: "15 dollars 50", "thirteen dollars
 * forty five", "17 USD 25", "one dollar and one". Only where the sentence, a clause or "and" follows,
 * so that "10 dollars 5 times" or "20 dollars and 50 euros" stay what they are.
 */
const BARE_CENTS_Y =
  /[ \u00a0]+(and[ \u00a0]+)?(\d{1,2}|[a-z]+(?:[ -][a-z]+)?)(?=[ \u00a0]*(?:[.,;:!?)]|$)|[ \u00a0]+(and|more|less)(?![A-Za-z]))/iy;
/** Currencies whose amounts take a two-digit minor part after the unit ("17 USD 25"). */
const CENT_CODES = new Set(['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'CHF']);
/** "$ 1 . 6 billion": the tokenised decimal of wire archives, trusted only before a scale word. */
const TOKEN_DECIMAL_Y = /[ \u00a0]\.[ \u00a0](\d+)(?![\d,.])/y;
const MAX_MENTION = 500;
const BARE_WORD_RATES = new Set(['monthly', 'annually', 'yearly', 'weekly', 'daily', 'hourly']);

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * Parses one amount starting exactly at `pos` (at its prefix or its number). `numStart` is where the
 * number begins when the caller already knows it. With `wordsFrom`, a currency word before the
 * number ("dollar 22.5 million") may start the amount, at or after that offset.
 */
function amountAt(text: string, pos: number, numStart?: number, wordsFrom?: number): Amount | undefined {
  if (pos < 0 || pos >= text.length) return undefined;
  let n = numStart;
  if (n === undefined) {
    // The number starts within a short prefix ("US$", "HK $ ", "Rs. ").
    n = pos;
    const limit = Math.min(text.length, pos + 8);
    while (n < limit && !isDigit(text.charCodeAt(n))) n++;
    if (n >= limit) n = pos;
  }
  let start = n;
  let marker: CurrencyMarker | undefined;
  let symbol: string | undefined;
  const pre = n > 0 ? prefixBefore(text, n) : undefined;
  if (pre && pre.start >= pos) {
    start = pre.start;
    marker = pre.hit.marker;
    symbol = pre.hit.raw;
  }
  if (start !== pos) return undefined;
  let num = isDigit(text.charCodeAt(n)) ? digitsAt(text, n) : wordsAt(text, n);
  if (!num) return undefined;
  if (!num.words && num.decimals === 0) {
    TOKEN_DECIMAL_Y.lastIndex = num.end;
    const t = TOKEN_DECIMAL_Y.exec(text);
    const tEnd = num.end + (t?.[0].length ?? 0);
    const sc = t?.[1] !== undefined ? scaleAt(text, tEnd) : undefined;
    if (t?.[1] !== undefined && sc && !sc.letter)
      num = { ...num, end: tEnd, digits: `${num.digits}.${t[1]}`, decimals: t[1].length };
  }
  // Glued to a letter on the left ("A380", "G7") and no prefix: a model name, not an amount.
  if (!marker && n > 0 && isLetter(text.charCodeAt(n - 1))) return undefined;
  // "quarter to five", "one of them": written-out numbers count only with a scale or currency next.
  const bareWords = num.words;
  let end = num.end;
  let exp = 0;
  let hasScale = false;
  let letterScale = false;
  const scale = scaleAt(text, end);
  if (scale && !(num.words && scale.letter)) {
    exp = scale.exp;
    end = scale.end;
    hasScale = true;
    letterScale = scale.letter;
    // "1.2 lakh crore" is covered by the table; "3 hundred million" by a second scale word.
    const second = scale.exp === 2 ? scaleAt(text, end) : undefined;
    if (second && !second.letter) {
      exp += second.exp;
      end = second.end;
    }
  }
  if (!marker) {
    const suf = suffixAt(text, end);
    if (suf) {
      marker = suf.marker;
      symbol = suf.raw;
      end = suf.end;
      if (suf.marker.exp !== undefined && !hasScale) {
        exp = suf.marker.exp;
        hasScale = true;
      }
      if (!hasScale) {
        // "75 USD million": the scale after the code.
        const late = scaleAt(text, end);
        if (late && !late.letter) {
          exp = late.exp;
          end = late.end;
          hasScale = true;
        }
      }
    }
    if (!marker && wordsFrom !== undefined && hasScale && !letterScale) {
      const word = wordPrefixBefore(text, n);
      if (word && word.start >= wordsFrom) {
        start = word.start;
        marker = word.hit.marker;
        symbol = word.hit.raw;
      }
    }
  } else {
    if (marker.exp !== undefined && !hasScale) {
      exp = marker.exp;
      hasScale = true;
    }
    // "$ 10 dollars": the word repeats the symbol.
    const again = marker.ambiguous === 'dollar' ? suffixAt(text, end) : undefined;
    if (again && again.marker.ambiguous === 'dollar' && !again.marker.minor && /dollars?$/i.test(again.raw))
      end = again.end;
  }
  if (bareWords && !hasScale && !marker) return undefined;
  if (bareWords && Number(num.digits) < 1 && !hasScale) return undefined;
  if (marker?.scaleOnly && !hasScale) return undefined;
  // A glued letter after the number is only a scale next to a currency ("$5m"), else "5m" is metres.
  if (letterScale && !marker) return undefined;
  if (!hasScale || !letterScale) {
    // "43-minute", "5th", "3D": a letter straight after the figure that is no scale or currency.
    if (!marker && isLetter(text.charCodeAt(end))) return undefined;
  }
  let digits = num.digits;
  let decimals = num.decimals;
  if (marker?.minor) exp -= 2;
  else if (marker && exp === 0 && num.decimals === 0) {
    const cents = centsAt(text, end, marker, symbol ?? '', pos === start && start < n);
    if (cents) {
      digits = `${num.digits}.${cents.cents}`;
      decimals = 2;
      end = cents.end;
    }
  }
  const parsed: ParsedNumber = { ...num, digits, decimals };
  const amount: Amount = { start, end, num: parsed, exp, hasScale, letterScale, ulp: lastPlace(parsed, exp) };
  if (marker) amount.marker = marker;
  if (symbol !== undefined) amount.symbol = symbol;
  return amount;
}

/**
 * The minor part after a whole amount: "3 dollars 50 cents", "10 $ 30 cent", and without the word
 * "15 dollars 50", "17 USD 25", "c $ 100 and fifty". `prefixed` is true when the currency came
 * before the number: then only "and" with words counts ("$5 and 20." is too likely two things).
 */
function centsAt(
  text: string,
  end: number,
  marker: CurrencyMarker,
  symbol: string,
  prefixed: boolean,
): { cents: string; end: number } | undefined {
  const sub = subUnitAt(text, end, marker);
  if (sub) return sub;
  const dollarWord = marker.ambiguous === 'dollar' && /dollars?$|^\$$/i.test(symbol);
  if (dollarWord && !prefixed) {
    CENTS_Y.lastIndex = end;
    const c = CENTS_Y.exec(text);
    const v = c?.[1] !== undefined ? smallNumber(c[1]) : undefined;
    if (c && v !== undefined) return { cents: String(v).padStart(2, '0'), end: end + c[0].length };
  }
  if (!prefixed && /kuai$/i.test(symbol)) return maoAt(text, end);
  const code = marker.code ?? (marker.ambiguous === 'dollar' ? 'USD' : undefined);
  if (marker.exp !== undefined || code === undefined || !CENT_CODES.has(code)) return undefined;
  // A word or code after the number ("dollars", "euros", "USD"), not a symbol written after it.
  if (!prefixed && !/[A-Za-z]$/.test(symbol)) return undefined;
  BARE_CENTS_Y.lastIndex = end;
  const b = BARE_CENTS_Y.exec(text);
  if (!b?.[2]) return undefined;
  const withAnd = b[1] !== undefined;
  if (prefixed && (!withAnd || isDigit(b[2].charCodeAt(0)) || b[3] !== undefined)) return undefined;
  // "15 USD 50 more" is 15.50; "20 dollars and 10 more" is ten more dollars.
  if (withAnd && b[3] !== undefined && b[3].toLowerCase() !== 'and') return undefined;
  const v = smallNumber(b[2]);
  if (v === undefined) return undefined;
  // "between 15 dollars and 20." is a range.
  if (withAnd && lookback(text, end, /\bbetween\b/i, 60)) return undefined;
  return { cents: String(v).padStart(2, '0'), end: end + b[0].length };
}

const MAO_Y = /[ \u00a0]+(?:and[ \u00a0]+)?([0-9]|[a-z]+)[ \u00a0]+mao(?![A-Za-z])/iy;
const FEN_Y = /[ \u00a0]+([0-9]|[a-z]+)(?:[ \u00a0]+fen)?(?![A-Za-z0-9])/iy;

/** Spoken yuan: "one kuai and five mao five" is 1.55 (a mao is a tenth, a fen a hundredth). */
function maoAt(text: string, end: number): { cents: string; end: number } | undefined {
  MAO_Y.lastIndex = end;
  const m = MAO_Y.exec(text);
  const mao = m?.[1] !== undefined ? smallNumber(m[1]) : undefined;
  if (!m || mao === undefined || mao > 9) return undefined;
  const at = end + m[0].length;
  FEN_Y.lastIndex = at;
  const f = FEN_Y.exec(text);
  const fen = f?.[1] !== undefined ? smallNumber(f[1]) : undefined;
  if (f && fen !== undefined && fen <= 9) return { cents: `${mao}${fen}`, end: at + f[0].length };
  return { cents: `${mao}0`, end: at };
}

/** The value of an amount in its currency's major units. */
function amountValue(a: Amount, exp = a.exp): number {
  return scaled(a.num.digits, exp);
}

/** Extends `first` into a range when a connector and a second amount follow. */
function rangeFrom(text: string, first: Amount, allowAnd: boolean): AmountRange {
  const single: AmountRange = { start: first.start, end: first.end, lo: first, hi: first };
  if (first.marker) single.marker = first.marker;
  if (first.symbol !== undefined) single.symbol = first.symbol;
  CONNECTOR_Y.lastIndex = first.end;
  const c = CONNECTOR_Y.exec(text);
  if (!c) return single;
  const word = c[0].trim().toLowerCase();
  if (word === 'and' && !allowAnd) return single;
  const second = amountAt(text, first.end + c[0].length);
  if (!second) return single;
  if (first.marker && second.marker && !sameMarker(first.marker, second.marker)) return single;
  // A currency on the first bound only ("$5-10 million") still needs a plain second bound.
  if (first.marker && !second.marker && second.letterScale) return single;
  let lo = first;
  // Shared scale: "1.7 to 2.7 billion", "3 to 5 million yuan"; not "500 to 2 million".
  if (!first.hasScale && second.hasScale && Number(first.num.digits) <= Number(second.num.digits)) {
    lo = { ...first, exp: second.exp, hasScale: true, ulp: lastPlace(first.num, second.exp) };
  }
  if (amountValue(lo) > amountValue(second)) return single;
  const marker = second.marker ?? first.marker;
  const symbol = second.marker ? second.symbol : first.symbol;
  const r: AmountRange = { start: first.start, end: second.end, lo, hi: second };
  if (marker) r.marker = marker;
  if (symbol !== undefined) r.symbol = symbol;
  return r;
}

function sameMarker(a: CurrencyMarker, b: CurrencyMarker): boolean {
  return a.code === b.code && a.ambiguous === b.ambiguous && !a.minor === !b.minor;
}

/** An amount or range starting at `pos`, after an optional "approximately". */
function itemAt(
  text: string,
  pos: number,
): { range: AmountRange; approximate: boolean; start: number } | undefined {
  APPROX_AT_Y.lastIndex = pos;
  const a = APPROX_AT_Y.exec(text);
  let at = pos;
  let approximate = false;
  if (a) {
    at = pos + a[0].length;
    approximate = !APPROX_FLAG.test(a[0]);
  }
  const first = amountAt(text, at);
  if (!first) return undefined;
  return { range: rangeFrom(text, first, false), approximate, start: pos };
}

interface StatedItem {
  range: AmountRange;
  approximate: boolean;
}

/** Conversions after an amount: "($3,150 to $9,450)", "($1,832; £1,209)", ", or about $212". */
function conversionsAt(text: string, pos: number): { items: StatedItem[]; end: number } | undefined {
  return statedListAt(
    text,
    pos,
    (at, inBracket) => {
      const item = itemAt(text, at);
      if (!item?.range.marker) return undefined;
      // "(US$1,000 a month)": a rate inside the bracket belongs to the conversion.
      const rate = inBracket ? rateAt(text, item.range.end) : undefined;
      return { item, end: rate ? rate.end : item.range.end };
    },
    LIST_SEPARATOR_WITH_SLASH_Y,
  );
}

function rateAt(text: string, pos: number): { per: string; end: number } | undefined {
  RATE_Y.lastIndex = pos;
  const m = RATE_Y.exec(text);
  if (!m?.[1]) return undefined;
  const word = m[1].toLowerCase();
  // "monthly" and the like stand alone; "month" needs "per", "a", "/"...
  const bareSpace = /^[ \u00a0]+$/.test(m[0].slice(0, m[0].length - m[1].length));
  if (bareSpace && !BARE_WORD_RATES.has(word) && !word.includes(' ')) return undefined;
  return { per: PER_NAME[word] ?? word, end: pos + m[0].length };
}

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
  // biome-ignore lint/suspicious/noAssignInExpressions: the scanner loop
  while ((m = re.exec(text)) !== null) {
    const n = m.index;
    const c = text.charCodeAt(n);
    if (isDigit(c)) {
      const prev = text.charCodeAt(n - 1);
      // Inside a number already passed over ("2016" seen from "0"), or a decimal tail.
      if (isDigit(prev) || ((prev === 44 || prev === 46) && isDigit(text.charCodeAt(n - 2)))) continue;
    }
    const found0 = prefixBefore(text, n);
    // A prefix inside the previous mention ("10 rmb 20 usd") belongs to it, not to this number.
    const pre = found0 && found0.start >= floor ? found0 : undefined;
    const first = pre ? amountAt(text, pre.start, n) : amountAt(text, n, n, floor);
    if (!first) {
      const num = isDigit(c) ? digitsAt(text, n) : undefined;
      if (num) re.lastIndex = num.end;
      continue;
    }
    // A bare sub-unit ("50 cents", "10¢") is a fraction of the currency the text was speaking of.
    const last = out.at(-1)?.mention.amount.currency;
    const found = mentionFrom(text, first, last ? { ...context, previousCurrency: last } : context);
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

function lookback(text: string, pos: number, re: RegExp, span: number): RegExpExecArray | null {
  return re.exec(text.slice(Math.max(0, pos - span), pos));
}

function mentionFrom(
  text: string,
  first: Amount,
  context: MoneyContext,
): { details: MoneyDetail[]; end: number } | undefined {
  // Most numbers carry no currency and are followed by no range or rate that could bring one
  // ("in 1989", "15 %"): they are dropped before the lookbacks below.
  if (!first.marker) {
    CONNECTOR_Y.lastIndex = first.end;
    if (!CONNECTOR_Y.test(text) && !rateAt(text, first.end)) return undefined;
  }
  // A change keeps each side as its own mention: "rose from 290 to 810 yuan". The cheap "from"
  // test runs first so that the long verb lookback only runs where it can matter.
  if (lookback(text, first.start, FROM_BEFORE, 50) && lookback(text, first.start, CHANGE_BEFORE, 140)) {
    const change = changeFrom(text, first, context, lookback(text, first.start, APPROX_BEFORE, 30) !== null);
    if (change) return change;
  }
  const range = rangeFrom(text, first, lookback(text, first.start, BETWEEN_BEFORE, 12) !== null);
  if (!range.marker) return undefined;
  const approximate = lookback(text, first.start, APPROX_BEFORE, 30) !== null;
  let tail = tailAt(text, range.end);
  // The schema keeps a mention's text to 500 characters: a longer tail is not a conversion we trust.
  if (tail.end - range.start > MAX_MENTION) tail = { end: range.end, items: [] };
  if (tail.end - range.start > MAX_MENTION) return undefined;
  const detail = buildDetail(text, range, tail, approximate, context, 'amount');
  return { details: [detail], end: tail.end };
}

interface Tail {
  end: number;
  per?: string;
  items: StatedItem[];
}

/** Rate words and stated conversions after an amount, in either order. */
function tailAt(text: string, pos: number): Tail {
  let end = pos;
  let per: string | undefined;
  const r1 = rateAt(text, end);
  if (r1) {
    per = r1.per;
    end = r1.end;
  }
  let items: StatedItem[] = [];
  const conv = conversionsAt(text, end);
  if (conv) {
    items = conv.items;
    end = conv.end;
    if (!per) {
      const r2 = rateAt(text, end);
      if (r2) {
        per = r2.per;
        end = r2.end;
      }
    }
  }
  const tail: Tail = { end, items };
  if (per !== undefined) tail.per = per;
  return tail;
}

function changeFrom(
  text: string,
  first: Amount,
  context: MoneyContext,
  approximate: boolean,
): { details: MoneyDetail[]; end: number } | undefined {
  const fromTail = tailAt(text, first.end);
  // "from 1987, to HK$10 billion": a year is where the change starts, not an amount.
  if (!first.marker && !first.hasScale && /^(?:1[89]|20)\d\d$/.test(first.num.digits)) return undefined;
  const to = /[ \u00a0]+to[ \u00a0]+/iy;
  to.lastIndex = fromTail.end;
  const t = to.exec(text);
  if (!t) return undefined;
  const toItem = itemAt(text, fromTail.end + t[0].length);
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
  const toTail = tailAt(text, toRange.end);
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

function buildDetail(
  text: string,
  range: AmountRange,
  tail: Tail,
  approximate: boolean,
  context: MoneyContext,
  kind: 'amount' | 'change-from' | 'change-to',
): MoneyDetail {
  const statedMarkers = tail.items.map((i) => i.range);
  const situation: Situation = { text, conversions: statedMarkers };
  const main = resolveMarker(range.marker ?? {}, range.symbol ?? '', context, situation);
  const stated: MoneyMention['stated'] = [];
  const statedAt: { start: number; end: number }[] = [];
  const statedUlp: number[] = [];
  for (const item of tail.items) {
    const r = resolveMarker(item.range.marker ?? {}, item.range.symbol ?? '', context, {
      text,
      conversionOf: main.currency,
    });
    if (r.currency === main.currency) continue;
    const s: MoneyMention['stated'][number] = {
      currency: r.currency,
      min: amountValue(item.range.lo),
      max: amountValue(item.range.hi),
      approximate: item.approximate,
      text: text.slice(item.range.start, item.range.end),
    };
    const precision = Math.min(item.range.lo.ulp, item.range.hi.ulp);
    if (Number.isFinite(precision) && precision > 0) s.precision = precision;
    if (r.resolved) s.resolved = r.resolved;
    stated.push(s);
    statedAt.push({ start: item.range.start, end: item.range.end });
    statedUlp.push(Math.min(item.range.lo.ulp, item.range.hi.ulp));
  }
  const mention: MoneyMention = {
    text: text.slice(range.start, tail.end),
    at: { paragraph: context.paragraph ?? 0, start: range.start, end: tail.end },
    amount: { currency: main.currency, min: amountValue(range.lo), max: amountValue(range.hi) },
    approximate,
    stated,
  };
  if (context.field === 'title') mention.at = { field: 'title', ...mention.at };
  if (kind !== 'amount') mention.kind = kind;
  // How the figure was written ("124 billion" to the billion): the verdict's rounding reads it.
  const amountPrecision = Math.min(range.lo.ulp, range.hi.ulp);
  if (Number.isFinite(amountPrecision) && amountPrecision > 0) mention.amount.precision = amountPrecision;
  if (main.resolved) mention.amount.resolved = main.resolved;
  if (tail.per !== undefined) mention.per = tail.per;
  return {
    mention,
    amountAt: { start: range.start, end: range.end },
    statedAt,
    amountUlp: Math.min(range.lo.ulp, range.hi.ulp),
    statedUlp,
  };
}
