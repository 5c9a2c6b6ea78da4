import type { CurrencyMarker } from './currencies.js';
import { lookback } from './lookback.js';
import { isDigit, smallNumber } from './numbers.js';
import { subUnitAt } from './sub-units.js';

/* The minor part written after a whole amount: cents ("3 dollars 50 cents", "17 USD 25") and mao/fen. */

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

/**
 * The minor part after a whole amount: "3 dollars 50 cents", "10 $ 30 cent", and without the word
 * "15 dollars 50", "17 USD 25", "c $ 100 and fifty". `prefixed` is true when the currency came
 * before the number: then only "and" with words counts ("$5 and 20." is too likely two things).
 */
export function centsAt(
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
