import { minorUnitDigits } from '@briefing/money';
import type { CurrencyMarker } from './currency-vocabulary.js';
import type { ParsedNumber } from './numbers.js';

/*
 * The dot that groups thousands in the figures of the continental European, Latin American,
 * Indonesian and Vietnamese press (CLDR's group sign for de, es, pt, it, nl, id, vi...):
 * "1.500.000 Euro", "Rp 500.000", "12.500 euros de multa". Read here only next to a currency;
 * before a scale word see `thousandsDotAt` (numbers.ts).
 */

/** A figure of one group after its lead ("1.500"), which a further `.ddd` group may follow. */
const ONE_DOT_GROUP = /^\d{1,3}\.\d{3}$/;
const MORE_DOT_GROUPS_Y = /(?:\.\d{3})+(?![\d]|[.,]\d)/y;

/**
 * "1.500.000": two dots or more, each before exactly three digits, are no decimal point in any
 * language; the figure is one number. Undefined for anything else ("1.500", "1.5.2").
 */
export function dotGroupsAt(
  text: string,
  pos: number,
  figure: string,
  end: number,
): ParsedNumber | undefined {
  if (!ONE_DOT_GROUP.test(figure)) return undefined;
  MORE_DOT_GROUPS_Y.lastIndex = end;
  if (!MORE_DOT_GROUPS_Y.test(text)) return undefined;
  const last = MORE_DOT_GROUPS_Y.lastIndex;
  return {
    start: pos,
    end: last,
    digits: text.slice(pos, last).replaceAll('.', ''),
    decimals: 0,
    words: false,
  };
}

/*
 * One dot group ("500.000 Euro", "Rp 500.000", "€12.500") next to a currency: a decimal point
 * before three digits writes a tenth of the minor unit, which prices and sums of a currency with
 * two minor digits or none never carry, so it groups thousands. Kept as written: the dollar sign
 * (US fuel prices, "$3.599 a gallon"), a currency of three minor digits (`KD 1.500` is one and a
 * half dinars), and a group not ending in "00" ("149.325 yen", an exchange rate's third decimal).
 */
export function regroupedThousands(num: ParsedNumber, marker: CurrencyMarker): ParsedNumber | undefined {
  if (num.decimals !== 3 || !ONE_DOT_GROUP.test(num.digits) || !num.digits.endsWith('00')) return undefined;
  if (marker.minor || marker.exp !== undefined || marker.ambiguous === 'dollar') return undefined;
  if (marker.code !== undefined && minorUnitDigits(marker.code) > 2) return undefined;
  return { ...num, digits: num.digits.replace('.', ''), decimals: 0 };
}
