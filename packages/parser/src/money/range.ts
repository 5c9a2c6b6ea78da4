import { type Amount, amountAt, amountValue } from './amount.js';
import type { CurrencyMarker } from './currencies.js';
import { hangulAfterDigits, koreanAmountAt } from './korean.js';
import type { LocalPrefixes } from './local-prefixes.js';
import { lastPlace } from './numbers.js';
import { rateAt } from './tail.js';

/* Ranges ("$5 to $10 million") and the amount-or-range items of a list of conversions. */

/** A range or single amount: "710.9 billion to 850.6 billion yuan", "$98 billion". */
export interface AmountRange {
  start: number;
  end: number;
  lo: Amount;
  hi: Amount;
  marker?: CurrencyMarker;
  symbol?: string;
}

export const CONNECTOR_Y = /[ \u00a0]*(?:to|and|-|–|—|~)[ \u00a0]*/iy;
// The hedges of Chinese and Japanese (`约`, `約`, `大约`, `折合`, `相当于`) as well, and those of the
// German-language press, whose amounts the reader takes (`360 Milliarden Yuan (rund 45
// Milliarden Euro)`, `umgerechnet etwa`), and the Korean press's `약` (`1억 달러(약 1천300억원)`).
// Up to two hedges in a row (`equivalent to about`, `roughly equivalent to`, `or about`), and those of
// the press in French (`environ`, `soit`), Spanish and Portuguese (`unos`, `alrededor de`, `cerca de`,
// `aproximadamente`), Indonesian and Malay (`sekitar`, `setara dengan`, `kira-kira`), Vietnamese
// (`khoảng`, `tương đương`), Russian (`около`) and Chinese (`约合`): the words each language sets
// before a conversion in brackets. The abbreviations and sign of the same hedge (`c. £9m`, `est. €11
// million`: the British business press; `≈ €11 million`, the mathematical sign tables and
// newsletters set) too.
const HEDGE = String.raw`(?:약|大約|大约|約合|约合|約|约|折合約|折合约|折合|相當於|相当于|umgerechnet rund|umgerechnet etwa|umgerechnet|rund|etwa|knapp|approximately|approx\.?|about|around|nearly|almost|roughly|some|over|under|more than|less than|up to|at least|close to|an estimated|estimated|equivalent to|equal to|worth about|worth around|worth|circa|ca\.|c\.|est\.|or about|or around|or roughly|or nearly|or|i\.e\.,?|soit environ|soit|environ|unos|unas|alrededor de|cerca de|aproximadamente|setara dengan|setara|sekitar|kira-kira|khoảng|tương đương|около|~|≈)`;
const APPROX_AT_Y = new RegExp(`${HEDGE}[ \u00a0]*(?:${HEDGE}[ \u00a0]*)?`, 'iy');
const APPROX_FLAG =
  /^(?:or[ \u00a0]*)?(?:i\.e\.,?[ \u00a0]*)?(?:equivalent to|equal to|worth|soit|setara dengan|setara|tương đương)?[ \u00a0]*$/i;

/** Extends `first` into a range when a connector and a second amount follow (`local`: see amountAt). */
export function rangeFrom(
  text: string,
  first: Amount,
  allowAnd: boolean,
  local?: LocalPrefixes,
): AmountRange {
  const single: AmountRange = { start: first.start, end: first.end, lo: first, hi: first };
  if (first.marker) single.marker = first.marker;
  if (first.symbol !== undefined) single.symbol = first.symbol;
  CONNECTOR_Y.lastIndex = first.end;
  let c = CONNECTOR_Y.exec(text);
  let at = first.end;
  // "between NT$200 a ton and NT$1,200 a ton": each bound written with the same rate basis.
  const rate = c ? undefined : rateAt(text, first.end);
  if (rate) {
    CONNECTOR_Y.lastIndex = rate.end;
    c = CONNECTOR_Y.exec(text);
    at = rate.end;
  }
  if (!c) return single;
  const word = c[0].trim().toLowerCase();
  if (word === 'and' && !allowAnd) return single;
  const second = amountAt(text, at + c[0].length, undefined, undefined, local);
  if (!second) return single;
  if (rate && rateAt(text, second.end)?.per !== rate.per) return single;
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
export function itemAt(
  text: string,
  pos: number,
  local?: LocalPrefixes,
): { range: AmountRange; approximate: boolean; start: number } | undefined {
  APPROX_AT_Y.lastIndex = pos;
  const a = APPROX_AT_Y.exec(text);
  let at = pos;
  let approximate = false;
  if (a) {
    at = pos + a[0].length;
    approximate = !APPROX_FLAG.test(a[0]);
  }
  // A Korean figure closed by its currency word (`약 1천300억원`, Yonhap, KBS, YTN): read whole,
  // as the scanner reads it, or its first group alone would be taken for the amount.
  const korean = hangulAfterDigits(text, at) ? koreanAmountAt(text, at) : undefined;
  if (korean) {
    const range: AmountRange = { start: korean.start, end: korean.end, lo: korean, hi: korean };
    if (korean.marker) range.marker = korean.marker;
    if (korean.symbol !== undefined) range.symbol = korean.symbol;
    return { range, approximate, start: pos };
  }
  const first = amountAt(text, at, undefined, undefined, local);
  if (!first) return undefined;
  return { range: rangeFrom(text, first, false, local), approximate, start: pos };
}
