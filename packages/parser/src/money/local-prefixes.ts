import { localCurrencyOf } from '@briefing/money';
import { prefixBefore } from './currencies.js';
import type { CurrencyMarker } from './currency-vocabulary.js';
import { isAsciiLetter as isLetter, isDigit } from './numbers.js';

/*
 * A region's own currency sign written in plain letters before a figure: `R20 billion` in the
 * South African press (Business Day, News24, Mail & Guardian), `P2.5 billion` pula in Botswana's
 * (Mmegi, Sunday Standard), `K10 million` in Zambia's and Papua New Guinea's. A bare letter is
 * money only on a page from that region, so the table is built from the page's country and the
 * signs come from CLDR (`localCurrencyOf`), not from a hand list.
 *
 * Where the sign is a glyph, newsrooms that type in ASCII write the letter the glyph is drawn
 * from, without its strokes: ฿ as `B` or `Bt` (Bangkok Post, The Nation), ₩ as `W` (Korea
 * Herald, Korea JoongAng Daily), ₱ as `P` or `Php` (Philippine Star, Inquirer, BusinessWorld),
 * ₦ as `N` (Punch, Vanguard, BusinessDay). East Africa's press drops the country letter of
 * its shilling: `Sh50bn` in Kenya (Business Daily, Nation, Capital FM, The Standard), `Shs`
 * and `Sh` in Uganda (New Vision, Daily Monitor) and Tanzania (The Citizen, Daily News).
 */
const PLAIN_FORMS: Record<string, readonly string[]> = {
  // The cedi's ₵, typed as the cent sign it resembles (`¢3000`, Ghanaian papers and portals:
  // GhanaWeb, MyJoyOnline, Modern Ghana): before the figure, on a Ghanaian page, it is the cedi,
  // not a US cent (`50¢` after the figure still is).
  'GH₵': ['¢'],
  '฿': ['B', 'Bt'],
  '₩': ['W'],
  '₱': ['P', 'Php'],
  '₦': ['N'],
  Ksh: ['Sh', 'KSh', 'Kshs'],
  USh: ['Sh', 'Shs', 'Ush'],
  TSh: ['Sh', 'Tsh'],
};

/** Letter signs read as one currency on a page from one region. */
export type LocalPrefixes = ReadonlyMap<string, CurrencyMarker>;

const LETTERS = /^[A-Za-z]{1,3}$/;
const CENT = '¢';
const cache = new Map<string, LocalPrefixes | undefined>();

/** The letter signs of the region's currency, or undefined when it writes none. */
export function localPrefixesOf(country: string): LocalPrefixes | undefined {
  const region = country.toUpperCase();
  if (cache.has(region)) return cache.get(region);
  const local = localCurrencyOf(region);
  // Only regions CLDR knows are cached: a caller's arbitrary `pageCountry` strings add nothing.
  if (!local) return undefined;
  const out = new Map<string, CurrencyMarker>();
  const plain = PLAIN_FORMS[local.symbol] ?? [];
  const glyph = !LETTERS.test(local.symbol);
  for (const sign of [local.symbol, local.narrow, ...plain]) {
    if (sign === undefined || !(LETTERS.test(sign) || sign === CENT)) continue;
    out.set(sign, {
      code: local.code,
      // A letter is money only before a figure written as money (see `amountAt`); a glyph is a sign.
      ...(sign === CENT ? {} : { localLetters: true }),
      ...(glyph && sign !== CENT && sign.length === 1 && plain.includes(sign) ? { glyphLetter: true } : {}),
      note: `"${sign}" before a figure is ${local.code} (${local.symbol}), the currency of ${region}, where the text comes from`,
    });
  }
  const table = out.size > 0 ? out : undefined;
  // CLDR's regions are a few hundred: the cache is bounded.
  cache.set(region, table);
  return table;
}

/**
 * A local letter sign ending right before `end` (the number's start): glued (`R20`), or one space
 * away for signs of two letters or more (`Bt 5 billion`; a lone `R 20` is too often a label). The
 * sign must not be the end of a word or a code (`CAR20`, `B2B`).
 */
export function localPrefixBefore(
  text: string,
  end: number,
  table: LocalPrefixes,
): { start: number; hit: { marker: CurrencyMarker; raw: string } } | undefined {
  let e = end;
  const spaced = text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 160;
  if (spaced) e--;
  let s = e;
  while (s > 0 && s > e - 4 && isLetter(text.charCodeAt(s - 1))) s--;
  if (s === e || e - s > 3) return undefined;
  const before = text.charCodeAt(s - 1);
  if (isLetter(before) || isDigit(before)) return undefined;
  const raw = text.slice(s, e);
  if (spaced && raw.length < 2) return undefined;
  const marker = table.get(raw);
  return marker ? { start: s, hit: { marker, raw } } : undefined;
}

/**
 * The currency sign right before the figure at `end`: the vocabulary's (`$`, `US$`, `¥`), or else
 * a letter sign of the page's region (`localPrefixBefore`). A region's own reading of a glyph
 * wins over the vocabulary's (`¢3000` on a Ghanaian page is the cedi, not 30 US dollars).
 */
export function signBefore(
  text: string,
  end: number,
  local: LocalPrefixes | undefined,
): { start: number; hit: { marker: CurrencyMarker; raw: string } } | undefined {
  const found = prefixBefore(text, end);
  if (found) {
    const own = found.hit.raw === CENT ? local?.get(CENT) : undefined;
    return own ? { start: found.start, hit: { marker: own, raw: found.hit.raw } } : found;
  }
  return local ? localPrefixBefore(text, end, local) : undefined;
}
