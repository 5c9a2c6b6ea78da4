import type { CurrencyMarker } from './currency-vocabulary.js';

/*
 * Signs and codes that a country's English-language press writes before its figures where CLDR
 * writes another sign, or that are English words too: each entry names the outlets that print it.
 * Spread into the prefix table (currency-vocabulary.ts).
 */
export const PRESS_SIGNS: Readonly<Record<string, CurrencyMarker>> = {
  // Codes that are English words too (NOT_CODES) but the code a country's English-language press
  // writes before its figures: Morocco's `MAD 1.2 billion` (Morocco World News, Hespress English,
  // the MAP wire) and Bolivia's `BOB 500 million`. Money only with a scale: `MAD 5` is no price.
  MAD: { code: 'MAD', scaleOnly: true },
  BOB: { code: 'BOB', scaleOnly: true },
  // The CFA franc by its letters before the figure (`CFA25bn`, `CFA 100 billion`: The Africa
  // Report, Ecofin Agency, Reuters' West African copy), where CLDR writes `F CFA` / `FCFA`; which
  // zone's franc is settled as for `CFA francs` (resolveMarker).
  CFA: { ambiguous: 'cfa', scaleOnly: true },
  // The Ethiopian birr's Latin sign, which CLDR lacks (its locale writes ብር): `Br2 billion`
  // (Addis Fortune, The Reporter Ethiopia, Capital Ethiopia). Money only with a scale.
  Br: { code: 'ETB', scaleOnly: true },
  // Press signs CLDR lacks, each written by a country's English-language papers and wires: the
  // Israeli shekel's NIS (The Times of Israel, The Jerusalem Post, Haaretz, Globes), the Turkish
  // lira's TL (Daily Sabah, Hürriyet Daily News, Anadolu), the Rwandan franc's Rwf and Frw (The
  // New Times, KT Press) and Zimbabwe Gold's ZiG (The Herald, NewsDay). Capitals alone, as a
  // region's letter sign, only before a figure written as money (`NIS 2` is an EU directive).
  NIS: { code: 'ILS', localLetters: true },
  TL: { code: 'TRY', localLetters: true },
  Rwf: { code: 'RWF' },
  Frw: { code: 'RWF' },
  ZiG: { code: 'ZWG' },
};

/*
 * A currency's minor unit by the name its country's press writes after a figure, which CLDR does not
 * name (it names the major unit only): a hundredth of the unit, the minor unit ISO 4217 gives each
 * of these currencies (exponent 2; CLDR's cash digits for PKR are 0, since the coin is gone, but
 * ISO 4217 keeps the paisa). Each is written by two outlets or more:
 * - the Ghanaian pesewa (`60 pesewas`: Graphic Online, GhanaWeb, Citi Newsroom, MyJoyOnline; dev 756);
 * - the rupee's paisa, plural paisas or paise (`61-paisa tariff cut`, `over 61 paisas`: Dawn, The
 *   Express Tribune, Business Recorder, dev 769; `50 paise`: PTI, The Hindu, Times of India), of
 *   whichever rupee the page's country or its briefings name (the `rupee` class, as for `rupees`).
 */
export const PRESS_MINOR_WORDS: readonly (readonly [forms: readonly string[], marker: CurrencyMarker])[] = [
  [['pesewas', 'pesewa'], { code: 'GHS', minor: true }],
  [['paisas', 'paisa', 'paise'], { ambiguous: 'rupee', minor: true }],
];
