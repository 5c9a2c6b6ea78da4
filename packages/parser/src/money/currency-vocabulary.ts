/*
 * Currency vocabulary for English news text: symbols, prefixed symbols, codes and words, each mapped
 * to ISO 4217 or to an ambiguity class (`dollar`, `yen-sign`, `pound`...) that the resolver settles
 * from context. Tables, not logic, so that adding a currency never touches the scanner.
 */

import {
  CURRENT_CURRENCY_CODES,
  currencyNames,
  currencyNouns,
  dollarSigns,
  isCurrentCurrency,
  localCurrencyOf,
  NEWS_WORDS,
  NON_ISO_CODES,
  regionNames,
  scaledCurrencyNouns,
} from '@briefing/money';
import { cldrGlyphSigns } from './cldr-signs.js';
import { PRESS_MINOR_WORDS, PRESS_SIGNS } from './press-signs.js';

/** Ambiguous markers: the scanner records the class, the resolver picks the code and says why. */
export type AmbiguityClass =
  | 'dollar'
  | 'yen-sign'
  | 'pound'
  | 'rupee'
  | 'franc'
  | 'cfa'
  | 'peso'
  | 'won'
  | 'krone';

export interface CurrencyMarker {
  /** A fixed ISO code, or an ambiguity class to resolve. */
  code?: string;
  ambiguous?: AmbiguityClass;
  /** The amount is in hundredths (cents, pence). */
  minor?: boolean;
  /** The marker itself carries a scale (`MUSD` = million US dollars). */
  exp?: number;
  /** Money only with a scale word: "361 million pounds" is money, "200 pounds" is a weight. */
  scaleOnly?: boolean;
  /** The currency when the context names no country (a `krone` class: "kronor" is Swedish). */
  fallback?: string;
  /** Why a fixed marker is read as its code (a non-ISO code such as CNH): recorded in `resolved`. */
  note?: string;
  /**
   * A region's sign in plain letters (`R`, `P`, `W`): money only with a scale word or a grouped
   * figure (`R20 billion`, `W50,000`), since `R20` or `B52` alone is as often a road or a plane.
   */
  localLetters?: boolean;
  /**
   * The letter typed for a glyph sign (`N` for ₦, `W` for ₩, `B` for ฿, `P` for ₱): money before a
   * round price in hundreds as well (`N500`, `N2000`), see `amountAt`.
   */
  glyphLetter?: boolean;
}

const fixed = (code: string): CurrencyMarker => ({ code });
const amb = (ambiguous: AmbiguityClass): CurrencyMarker => ({ ambiguous });

/**
 * Codes accepted as written (upper case) before or after a number: every ISO 4217 code in current
 * use (the money core's registry, from CLDR) and the non-ISO codes news uses (CNH, NTD, RMB), except
 * codes that are also English words or test codes: "ALL 5 solutions", "TOP 10", "SOS 100" are no money.
 */
const NOT_CODES = new Set(['ALL', 'TOP', 'CUP', 'SOS', 'MAD', 'BOB', 'CHE', 'XXX', 'XTS']);
export const CODES: readonly string[] = [
  ...CURRENT_CURRENCY_CODES.filter((c) => !NOT_CODES.has(c)),
  ...Object.keys(NON_ISO_CODES),
];
/** Codes also written with an M for millions ("MUSD 5"). */
export const MILLION_CODES = ['USD', 'EUR', 'GBP', 'AUD', 'JPY', 'CNY', 'HKD', 'SGD', 'CAD', 'CHF', 'RMB'];

/** A code as written: an ISO code is itself; CNH, NTD and RMB are read as CNY, TWD, CNY with the reason recorded. */
export function codeMarker(code: string): CurrencyMarker {
  const alias = NON_ISO_CODES[code];
  return alias ? { code: alias.code, note: alias.reason } : fixed(code);
}

/** Prefixes written before a number, matched case-sensitively unless listed in PREFIX_CI. */
/**
 * Currency names in Chinese (simplified and traditional) and Japanese, as news write them before
 * or after a figure ("3.5亿美元", "新台幣 3000億元", "3,500 萬美元", "1兆円", "7億ドル"). One table
 * for both places a name may stand: the prefix table and the suffix symbols.
 */
const CJK_CURRENCY_NAMES: Readonly<Record<string, string>> = {
  人民币: 'CNY',
  美元: 'USD',
  港元: 'HKD',
  港币: 'HKD',
  日元: 'JPY',
  欧元: 'EUR',
  英镑: 'GBP',
  韩元: 'KRW',
  新台币: 'TWD',
  台币: 'TWD',
  澳元: 'AUD',
  加元: 'CAD',
  人民幣: 'CNY',
  港幣: 'HKD',
  日圓: 'JPY',
  日幣: 'JPY',
  歐元: 'EUR',
  英鎊: 'GBP',
  新台幣: 'TWD',
  台幣: 'TWD',
  // The same name with 臺, the form of 台 that Taiwan's standard (the Ministry of Education's
  // character list) and its central bank write: "新臺幣6,080億元".
  新臺幣: 'TWD',
  臺幣: 'TWD',
  澳幣: 'AUD',
  加幣: 'CAD',
  円: 'JPY',
  米ドル: 'USD',
  ドル: 'USD',
};

export const PREFIX_TABLE: Record<string, CurrencyMarker> = {
  // The letter-and-dollar signs of CLDR's locales (`US$`, `NT$`, `HK$`, `N$`, `J$`, `TT$`), then
  // the English press's own forms, which win where they differ (`C$` is the Canadian dollar
  // here, the córdoba in most locales); and CLDR's other signs of one currency (`৳`, `S/`).
  ...cldrGlyphSigns(),
  ...Object.fromEntries([...dollarSigns()].map(([sign, code]) => [sign, fixed(code)])),
  'U.S.$': fixed('USD'),
  'U.S. $': fixed('USD'),
  SG$: fixed('SGD'),
  AUD$: fixed('AUD'),
  C$: fixed('CAD'),
  Can$: fixed('CAD'),
  CAD$: fixed('CAD'),
  Mex$: fixed('MXN'),
  MXN$: fixed('MXN'),
  USD$: fixed('USD'),
  NZD$: fixed('NZD'),
  // The Fiji dollar as the Pacific business press writes it: `F$220m` (Islands Business and the
  // Australia Fiji Business Council's news pages, dev 729; business-magazine interviews, `F$5.7m
  // ($3.22m)`), where CLDR's locales write `FJ$`.
  F$: fixed('FJD'),
  'CN¥': fixed('CNY'),
  'JP¥': fixed('JPY'),
  '￥': fixed('CNY'),
  元: fixed('CNY'),
  ...Object.fromEntries(Object.entries(CJK_CURRENCY_NAMES).map(([name, code]) => [name, fixed(code)])),
  kr: { ambiguous: 'krone', fallback: 'SEK' },
  Kr: { ambiguous: 'krone', fallback: 'SEK' },
  'kr.': { ambiguous: 'krone', fallback: 'SEK' },
  'Kr.': { ambiguous: 'krone', fallback: 'SEK' },
  '(Y)': fixed('JPY'),
  Rmb: codeMarker('RMB'),
  Rs: amb('rupee'),
  'Rs.': amb('rupee'),
  '₨': amb('rupee'),
  '₹': fixed('INR'),
  '₽': fixed('RUB'),
  '₺': fixed('TRY'),
  '₪': fixed('ILS'),
  '₦': fixed('NGN'),
  '฿': fixed('THB'),
  '₫': fixed('VND'),
  '€': fixed('EUR'),
  '₩': amb('won'),
  '₱': fixed('PHP'),
  '₴': fixed('UAH'),
  '₸': fixed('KZT'),
  '₡': fixed('CRC'),
  '₾': fixed('GEL'),
  '₭': fixed('LAK'),
  '₮': fixed('MNT'),
  '₼': fixed('AZN'),
  ரூ: fixed('LKR'),
  '₿': {},
  $: amb('dollar'),
  '¢': { ambiguous: 'dollar', minor: true },
  '¥': amb('yen-sign'),
  '£': amb('pound'),
  'E£': fixed('EGP'),
  'L£': fixed('LBP'),
  // Australian and New Zealand papers put the country after the sign.
  $US: fixed('USD'),
  $A: fixed('AUD'),
  $NZ: fixed('NZD'),
  $HK: fixed('HKD'),
  // Gulf, South Asian and East African papers.
  Dh: fixed('AED'),
  Dhs: fixed('AED'),
  'Dhs.': fixed('AED'),
  // "SR 520" and "QR 25" are a state route and a QR code: only "SR12 billion" is money.
  SR: { code: 'SAR', scaleOnly: true },
  QR: { code: 'QAR', scaleOnly: true },
  // The dinars, rial and pound of the Gulf and Levant English-language press, by the letters each
  // writes before the figure: Bahrain's BD (Gulf Daily News, Daily Tribune, BNA), Kuwait's KD (Kuwait
  // Times, Arab Times, KUNA), Oman's RO (Times of Oman, Oman Observer, Muscat Daily), Jordan's JD
  // (Jordan Times, Petra), Egypt's LE (Ahram Online, Egypt Independent, Daily News Egypt) and
  // Lebanon's LL (L'Orient Today, The961). Two capitals are as often an abbreviation: with a scale only.
  BD: { code: 'BHD', scaleOnly: true },
  KD: { code: 'KWD', scaleOnly: true },
  RO: { code: 'OMR', scaleOnly: true },
  JD: { code: 'JOD', scaleOnly: true },
  LE: { code: 'EGP', scaleOnly: true },
  LL: { code: 'LBP', scaleOnly: true },
  ...PRESS_SIGNS,
  Tk: fixed('BDT'),
  'Tk.': fixed('BDT'),
  KSh: fixed('KES'),
  Ksh: fixed('KES'),
  USh: fixed('UGX'),
  TSh: fixed('TZS'),
  'GH₵': fixed('GHS'),
  '₵': fixed('GHS'),
  // The cedi sign typed as the cent sign, as Ghana's press writes it (Graphic Online, GhanaWeb,
  // Citi Newsroom, the Ghana Broadcasting Corporation).
  'GH¢': fixed('GHS'),
  RM: fixed('MYR'),
  Rp: fixed('IDR'),
  SFr: fixed('CHF'),
  zł: fixed('PLN'),
  Kč: fixed('CZK'),
};
for (const c of CODES) PREFIX_TABLE[c] = codeMarker(c);
for (const c of MILLION_CODES) PREFIX_TABLE[`M${c}`] = { ...codeMarker(c), exp: 6 };
delete PREFIX_TABLE['₿'];

/**
 * Prefixes also accepted in lower case and with a space before `$` ("us $ 150 million", "hk $ 10",
 * "c $ 16.4 million", the tokenised style of wire archives). Single letters other than `c` are left
 * out: "a $5 bill" is not Australian.
 */
export const PREFIX_CI: Record<string, string> = {
  us$: 'US$',
  'u.s.$': 'U.S.$',
  'u.s$': 'U.S.$',
  nt$: 'NT$',
  hk$: 'HK$',
  c$: 'C$',
  usd$: 'USD$',
  mxn$: 'MXN$',
  mex$: 'Mex$',
  aud$: 'AUD$',
  cad$: 'CAD$',
  nzd$: 'NZD$',
  rmb: 'RMB',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  jpy: 'JPY',
  cny: 'CNY',
  hkd: 'HKD',
  twd: 'TWD',
  ntd: 'NTD',
  sgd: 'SGD',
  musd: 'MUSD',
  meur: 'MEUR',
  mgbp: 'MGBP',
  maud: 'MAUD',
};

/** Symbols that may also follow the number ("10 €", "100₾", "100元", "3.5亿美元", "500 kr"). */
export const SUFFIX_SYMBOLS = [
  '¢',
  // Longest first, so a name is not read as its shorter tail (`新台幣` before `台幣`).
  ...Object.keys(CJK_CURRENCY_NAMES).sort((x, y) => y.length - x.length),
  'kr',
  'Kr',
  '€',
  '$',
  '£',
  '¥',
  '￥',
  '元',
  '₩',
  '₹',
  '₽',
  '₺',
  '₪',
  '₦',
  '฿',
  '₫',
  '₱',
  '₴',
  '₸',
  '₡',
  '₾',
  '₭',
  '₮',
  '₼',
  'ரூ',
];

/** Words after a number, lower-cased; plural and singular forms. */
export const WORD_TABLE: Record<string, CurrencyMarker> = {};
function words(forms: string[], m: CurrencyMarker): void {
  for (const f of forms) WORD_TABLE[f] = m;
}
const dollarNames: [string, string][] = [
  ['u.s.', 'USD'],
  ['us', 'USD'],
  ['u.s', 'USD'],
  ['american', 'USD'],
  ['united states', 'USD'],
  ['hong kong', 'HKD'],
  ['hk', 'HKD'],
  ['taiwan', 'TWD'],
  ['taiwanese', 'TWD'],
  ['new taiwan', 'TWD'],
  ['nt', 'TWD'],
  ['singapore', 'SGD'],
  ['australian', 'AUD'],
  ['canadian', 'CAD'],
  ['new zealand', 'NZD'],
  ['zimbabwean', 'ZWG'],
];
for (const [adj, code] of dollarNames)
  words([`${adj} dollars`, `${adj} dollar`, `${adj}-dollar`], fixed(code));
words(['dollars', 'dollar'], amb('dollar'));
// Spanish and Portuguese write the same dollar ("12 millones de dólares", "US$ 5 milhões de
// dólares"), Indonesian, Malay and Turkish without the accent ("1.25-Dolar", dev 373; "5 juta dolar AS").
words(['dólares', 'dólar', 'dolar'], amb('dollar'));
words(['dolar as'], fixed('USD'));
words(['cents', 'cent'], { ambiguous: 'dollar', minor: true });
words(['euro cents', 'euro cent'], { code: 'EUR', minor: true });
// Slang for dollars: "5 bucks".
words(['bucks'], amb('dollar'));
words(['won', 'south korean won', 'korean won'], amb('won'));
words(['rupees', 'rupee'], amb('rupee'));
words(['pounds'], { ambiguous: 'pound', scaleOnly: true });
words(['pence', 'penny'], { code: 'GBP', minor: true });
for (const [forms, marker] of PRESS_MINOR_WORDS) words([...forms], marker);
words(['francs', 'franc'], amb('franc'));
// The CFA franc: CLDR's signs (`FCFA` for the Central African, `F CFA` for the West African)
// and the names the press of both zones writes for either (`8 milliards FCFA`, `francs CFA`, and
// English wires' `CFA francs`): which of the two is the page's region's (see resolveMarker).
words(['fcfa', 'f cfa', 'francs cfa', 'franc cfa', 'cfa francs', 'cfa franc'], amb('cfa'));
words(['pesos', 'peso'], amb('peso'));
// "Dong" is also a name ("Kim Dong-hyun"): only "8.7 trillion dong" is money (Vietnamese news).
// Written in Vietnamese, with its diacritics, it is no English name: "5 tỷ đồng", "200.000 đồng"
// (VnExpress, Tuổi Trẻ; the dot groups thousands, see dot-groups.ts).
words(['dong'], { code: 'VND', scaleOnly: true });
words(['đồng'], fixed('VND'));
// "scored 90 marks" is an exam; "2 billion marks" is money.
words(['marks'], { code: 'DEM', scaleOnly: true });
// An American football team's "5 punts" is no money.
words(['punts'], { code: 'IEP', scaleOnly: true });
// "ECU" is also an engine control unit: only "3 billion ecus" is money.
words(['ecus', 'ecu', 'european currency units'], { code: 'XEU', scaleOnly: true });
// Without a country the word form is the best hint: "kronor" is Swedish, "kroner" Norwegian or Danish.
words(['kronor', 'krona'], { ambiguous: 'krone', fallback: 'SEK' });
words(['kroner', 'krone'], { ambiguous: 'krone', fallback: 'NOK' });
// Every currency by its CLDR English names ("Japanese yen", "Swiss francs", "Polish zlotys"), the
// news words CLDR lacks (yuan, renminbi, sterling...), and each currency's own noun ("zloty",
// "baht") when only one currency has it: the money core's registry. Hand entries above win.
for (const [forms, code] of NEWS_WORDS) for (const f of forms) WORD_TABLE[f] ??= fixed(code);
for (const n of currencyNames()) {
  for (const name of [n.singular, n.plural]) WORD_TABLE[name.toLowerCase()] ??= fixed(n.code);
}
for (const [noun, code] of currencyNouns(isCurrentCurrency)) WORD_TABLE[noun] ??= fixed(code);
// The nouns that are English words or names too ("kip", "kina", "pula", "vatu", "tala", "dram"),
// each of one current currency: money after a scale word only, as "dong" above ("170 billion kip":
// Vientiane Times, Laotian Times; "5 million kina": Post-Courier, The National).
for (const [noun, code] of scaledCurrencyNouns(isCurrentCurrency))
  WORD_TABLE[noun] ??= { code, scaleOnly: true };
// A dollar's cents by the same name: "2.26 Singapore cents" (a REIT's payout per unit), "50 US
// cents", "9 Australian cents": each dollar name above, and CLDR's ("Fijian dollar").
const dollarStems = new Map<string, string>(dollarNames);
for (const n of currencyNames())
  if (/ dollar$/i.test(n.singular)) dollarStems.set(n.singular.slice(0, -7).toLowerCase(), n.code);
for (const [stem, code] of dollarStems)
  for (const f of [`${stem} cents`, `${stem} cent`]) WORD_TABLE[f] ??= { code, minor: true };

// Lower-case codes as the tokenised wire style writes them ("20 usd", "40 rmb").
for (const c of ['usd', 'eur', 'gbp', 'jpy', 'cny', 'hkd', 'twd', 'ntd', 'sgd', 'aud', 'cad', 'chf'])
  words([c], codeMarker(c.toUpperCase()));
for (const c of ['musd', 'meur', 'mgbp', 'maud'])
  words([c], { ...codeMarker(c.slice(1).toUpperCase()), exp: 6 });

/**
 * The local dollar of a country whose outlets write a bare `$` for it: every region whose currency
 * CLDR names a dollar (`Fijian dollar`, `Trinidad & Tobago dollar`) and whose own sign is `$` or a
 * letter prefix of it (`NT$`, `HK$`), the US dollar aside. The press of each such region writes a
 * bare `$` for its own dollar (Fiji's and Trinidad's as Australia's and Hong Kong's: corpus dev
 * 468, 498, 329, 050); generated from CLDR (`localCurrencyOf`, `currencyNames`), not a hand list.
 */
export const LOCAL_DOLLAR: Readonly<Record<string, string>> = localDollars();

function localDollars(): Record<string, string> {
  const dollarNamed = new Set<string>();
  for (const n of currencyNames()) if (/ dollar$/i.test(n.singular)) dollarNamed.add(n.code);
  const out: Record<string, string> = {};
  for (const region of regionNames().keys()) {
    const local = localCurrencyOf(region);
    if (!local || local.code === 'USD' || !dollarNamed.has(local.code)) continue;
    if (/^[A-Z]{0,3}\$$/.test(local.symbol) || local.narrow === '$') out[region] = local.code;
  }
  return out;
}
