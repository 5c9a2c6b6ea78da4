import { minorUnitDigits } from '@briefing/money';
import type { CurrencyMarker } from './currencies.js';
import { smallNumber } from './numbers.js';

/*
 * A sub-unit written after a whole amount joins it: "$20 and 43c", "3 GBP 1 pence", "RM20 and 50
 * sen", "8 hryvnias 50 kopiyka", "€5 and 20 cents". The sub-unit must belong to the currency family
 * (pence to pounds, sen to ringgit, rupiah and yen, kopecks to hryvnia, ruble and Belarusian ruble;
 * cents to any other currency with a two-digit minor unit). A one-letter "c" or "p" is glued to its digits.
 */
const SUB_UNIT_Y =
  /(?:[ \u00a0]*,)?[ \u00a0]+(?:and[ \u00a0]+)?(?:(\d{1,2})(c|p|¢)|(\d{1,2}|[a-z]+(?:-[a-z]+)?)[ \u00a0]*(cents?|¢|pence|penny|pennies|sen|kopiykas?|kopiyok|kopecks?|kopeks?|centimes?))(?![A-Za-z])/iy;
const SUB_UNIT_FAMILY: Record<string, (code: string) => boolean> = {
  p: (code) => code === 'GBP',
  pence: (code) => code === 'GBP',
  penny: (code) => code === 'GBP',
  pennies: (code) => code === 'GBP',
  sen: (code) => code === 'MYR' || code === 'IDR' || code === 'JPY',
  kopiyka: (code) => code === 'UAH',
  kopiykas: (code) => code === 'UAH',
  kopiyok: (code) => code === 'UAH',
  kopeck: (code) => code === 'RUB' || code === 'UAH' || code === 'BYN',
  kopecks: (code) => code === 'RUB' || code === 'UAH' || code === 'BYN',
  kopek: (code) => code === 'RUB' || code === 'UAH' || code === 'BYN',
  kopeks: (code) => code === 'RUB' || code === 'UAH' || code === 'BYN',
};
const centsOf = (code: string): boolean => code !== 'GBP' && minorUnitDigits(code) === 2;

export function subUnitAt(
  text: string,
  end: number,
  marker: CurrencyMarker,
): { cents: string; end: number } | undefined {
  if (marker.exp !== undefined || marker.minor) return undefined;
  const code =
    marker.code ?? (marker.ambiguous === 'dollar' ? 'USD' : marker.ambiguous === 'pound' ? 'GBP' : undefined);
  if (!code) return undefined;
  SUB_UNIT_Y.lastIndex = end;
  const m = SUB_UNIT_Y.exec(text);
  if (!m) return undefined;
  const number = m[1] ?? m[3] ?? '';
  const unit = (m[2] ?? m[4] ?? '').toLowerCase();
  const fits = SUB_UNIT_FAMILY[unit] ?? centsOf;
  const v = smallNumber(number);
  if (v === undefined || !fits(code)) return undefined;
  return { cents: String(v).padStart(2, '0'), end: end + m[0].length };
}
