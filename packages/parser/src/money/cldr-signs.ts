import { localCurrencyOf, regionNames } from '@briefing/money';
import type { CurrencyMarker } from './currency-vocabulary.js';

/*
 * The signs CLDR's locales write before a figure that are no letters alone: `৳` (the taka), `S/`
 * (the Peruvian sol), `B/.` (the balboa), `₲` (the guaraní), `Nu.` (the ngultrum), `ден.` (the
 * denar), each the currency of the regions that write it. A sign two currencies share (`£`, `¥`,
 * `kr.`) is left to the hand table's ambiguity classes, and the `$` forms to `dollarSigns`.
 * Generated from CLDR (`localCurrencyOf`), not a hand list: the vocabulary's own entries win.
 */
export function cldrGlyphSigns(): Record<string, CurrencyMarker> {
  const codeOf = new Map<string, string | undefined>();
  for (const region of regionNames().keys()) {
    const local = localCurrencyOf(region);
    if (!local) continue;
    for (const sign of [local.symbol, local.narrow]) {
      // Letters only (`Lekë`) are left to the region's page (local-prefixes.ts); a space or an
      // invisible character inside is no sign one types before a figure (`F CFA`).
      if (
        sign === undefined ||
        sign.includes('$') ||
        /^\p{L}+$/u.test(sign) ||
        /[\s\u200b-\u200f]/.test(sign)
      )
        continue;
      const seen = codeOf.get(sign);
      codeOf.set(
        sign,
        seen === undefined && !codeOf.has(sign) ? local.code : seen === local.code ? seen : undefined,
      );
    }
  }
  const out: Record<string, CurrencyMarker> = {};
  // A sign that opens with a letter (`S/`, `B/.`, `Nu.`) is money only before a figure written as
  // money, as a region's letter sign is (`amountAt`): `S/4` is as often a model or a ratio.
  for (const [sign, code] of codeOf)
    if (code) out[sign] = /^\p{L}/u.test(sign) ? { code, localLetters: true } : { code };
  return out;
}
