/*
 * Currency vocabulary for English news text: symbols, prefixed symbols, codes and words, each mapped
 * to ISO 4217 or to an ambiguity class (`dollar`, `yen-sign`, `pound`...) that the resolver settles
 * from context. Tables, not logic, so that adding a currency never touches the scanner.
 */

import {
  CURRENT_CURRENCY_CODES,
  currencyNames,
  currencyNouns,
  isCurrentCurrency,
  NEWS_WORDS,
  NON_ISO_CODES,
} from '@briefing/money';
import { codeAt, wordMatcher } from './word-match.js';

/** Ambiguous markers: the scanner records the class, the resolver picks the code and says why. */
export type AmbiguityClass = 'dollar' | 'yen-sign' | 'pound' | 'rupee' | 'franc' | 'peso' | 'won' | 'krone';

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
}

const fixed = (code: string): CurrencyMarker => ({ code });
const amb = (ambiguous: AmbiguityClass): CurrencyMarker => ({ ambiguous });

/**
 * Codes accepted as written (upper case) before or after a number: every ISO 4217 code in current
 * use (the money core's registry, from CLDR) and the non-ISO codes news uses (CNH, NTD, RMB), except
 * codes that are also English words or test codes: "ALL 5 solutions", "TOP 10", "SOS 100" are no money.
 */
const NOT_CODES = new Set(['ALL', 'TOP', 'CUP', 'SOS', 'MAD', 'BOB', 'CHE', 'XXX', 'XTS']);
const CODES: readonly string[] = [
  ...CURRENT_CURRENCY_CODES.filter((c) => !NOT_CODES.has(c)),
  ...Object.keys(NON_ISO_CODES),
];
/** Codes also written with an M for millions ("MUSD 5"). */
const MILLION_CODES = ['USD', 'EUR', 'GBP', 'AUD', 'JPY', 'CNY', 'HKD', 'SGD', 'CAD', 'CHF', 'RMB'];

/** A code as written: an ISO code is itself; CNH, NTD and RMB are read as CNY, TWD, CNY with the reason recorded. */
function codeMarker(code: string): CurrencyMarker {
  const alias = NON_ISO_CODES[code];
  return alias ? { code: alias.code, note: alias.reason } : fixed(code);
}

/** Prefixes written before a number, matched case-sensitively unless listed in PREFIX_CI. */
const PREFIX_TABLE: Record<string, CurrencyMarker> = {
  US$: fixed('USD'),
  'U.S.$': fixed('USD'),
  'U.S. $': fixed('USD'),
  NT$: fixed('TWD'),
  HK$: fixed('HKD'),
  S$: fixed('SGD'),
  SG$: fixed('SGD'),
  A$: fixed('AUD'),
  AU$: fixed('AUD'),
  AUD$: fixed('AUD'),
  NZ$: fixed('NZD'),
  C$: fixed('CAD'),
  CA$: fixed('CAD'),
  Can$: fixed('CAD'),
  CAD$: fixed('CAD'),
  R$: fixed('BRL'),
  MX$: fixed('MXN'),
  Mex$: fixed('MXN'),
  MXN$: fixed('MXN'),
  USD$: fixed('USD'),
  NZD$: fixed('NZD'),
  'CN¥': fixed('CNY'),
  'JP¥': fixed('JPY'),
  '￥': fixed('CNY'),
  元: fixed('CNY'),
  人民币: fixed('CNY'),
  美元: fixed('USD'),
  港元: fixed('HKD'),
  港币: fixed('HKD'),
  日元: fixed('JPY'),
  欧元: fixed('EUR'),
  英镑: fixed('GBP'),
  韩元: fixed('KRW'),
  新台币: fixed('TWD'),
  台币: fixed('TWD'),
  澳元: fixed('AUD'),
  加元: fixed('CAD'),
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
  Tk: fixed('BDT'),
  'Tk.': fixed('BDT'),
  KSh: fixed('KES'),
  Ksh: fixed('KES'),
  USh: fixed('UGX'),
  TSh: fixed('TZS'),
  'GH₵': fixed('GHS'),
  '₵': fixed('GHS'),
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
const PREFIX_CI: Record<string, string> = {
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
const SUFFIX_SYMBOLS = [
  '¢',
  '人民币',
  '美元',
  '港元',
  '港币',
  '日元',
  '欧元',
  '英镑',
  '韩元',
  '新台币',
  '台币',
  '澳元',
  '加元',
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
const WORD_TABLE: Record<string, CurrencyMarker> = {};
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
words(['cents', 'cent'], { ambiguous: 'dollar', minor: true });
words(['euro cents', 'euro cent'], { code: 'EUR', minor: true });
// Slang for dollars: "5 bucks".
words(['bucks'], amb('dollar'));
words(['won', 'south korean won', 'korean won'], amb('won'));
words(['rupees', 'rupee'], amb('rupee'));
words(['pounds'], { ambiguous: 'pound', scaleOnly: true });
words(['pence', 'penny'], { code: 'GBP', minor: true });
words(['francs', 'franc'], amb('franc'));
words(['pesos', 'peso'], amb('peso'));
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

// Lower-case codes as the tokenised wire style writes them ("20 usd", "40 rmb").
for (const c of ['usd', 'eur', 'gbp', 'jpy', 'cny', 'hkd', 'twd', 'ntd', 'sgd', 'aud', 'cad', 'chf'])
  words([c], codeMarker(c.toUpperCase()));
for (const c of ['musd', 'meur', 'mgbp', 'maud'])
  words([c], { ...codeMarker(c.slice(1).toUpperCase()), exp: 6 });

export interface PrefixHit {
  marker: CurrencyMarker;
  /** The prefix as written. */
  raw: string;
}

/** Escapes a literal for a RegExp source. */
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (a: string, b: string): number => b.length - a.length;

const prefixKeys = Object.keys(PREFIX_TABLE).sort(longestFirst);
const ciKeys = Object.keys(PREFIX_CI).sort(longestFirst);

/*
 * A prefix directly before the number (optionally one space). The letter forms must not be glued to
 * a preceding letter ("plus $5" is `$`, not `S$`), hence the lookbehind. Exact forms and the
 * lower-case wire forms are separate patterns; the longer match wins.
 */
const EXACT_PREFIX_RE = new RegExp(`(?<![A-Za-z])(${prefixKeys.map(esc).join('|')})[ \\u00a0]?$`);
const CI_PREFIX_RE = new RegExp(
  `(?<![A-Za-z])(${ciKeys.map((k) => esc(k).replace('\\$', ' ?\\$')).join('|')})[ \\u00a0]?$`,
  'i',
);

/** Last characters of every prefix (both cases for the lower-case forms): most numbers follow none. */
const PREFIX_LAST = new Set<string>(prefixKeys.map((k) => k.slice(-1)));
for (const k of ciKeys) {
  PREFIX_LAST.add(k.slice(-1));
  PREFIX_LAST.add(k.slice(-1).toUpperCase());
}

/** The currency prefix ending exactly at `end` (the number's start), or undefined. */
export function prefixBefore(text: string, end: number): { start: number; hit: PrefixHit } | undefined {
  const c = text.charCodeAt(end - 1);
  const last = c === 32 || c === 160 ? text[end - 2] : text[end - 1];
  if (last === undefined) return undefined;
  if (!PREFIX_LAST.has(last)) return undefined;
  const from = end > 14 ? end - 14 : 0;
  const window = text.slice(from, end);
  const exact = EXACT_PREFIX_RE.exec(window);
  const ci = CI_PREFIX_RE.exec(window);
  if (ci?.[1] !== undefined && (!exact || ci.index < exact.index)) {
    const key = PREFIX_CI[ci[1].replace(/\s+/g, '').toLowerCase()];
    const marker = key ? PREFIX_TABLE[key] : undefined;
    const start = from + ci.index;
    if (marker && !inPair(text, ci[1], start, start + ci[1].length))
      return { start, hit: { marker, raw: ci[1] } };
  }
  if (exact?.[1] !== undefined) {
    const marker = PREFIX_TABLE[exact[1]];
    const start = from + exact.index;
    if (marker && !inPair(text, exact[1], start, start + exact[1].length))
      return { start, hit: { marker, raw: exact[1] } };
  }
  return undefined;
}

/*
 * Currency words written before the number, as press releases do ("dollar 22.5 million", "US dollars
 * 5 billion", "Euro 2 billion"). The caller asks only when a scale word follows the number: "the
 * dollar 10 times" or "the yen 2 years ago" are no amounts. Words that are also common English or
 * names ("won", "marks", "rand", "dong") are not read as prefixes.
 */
const WORD_PREFIX_LAST = new Set([
  'dollar',
  'dollars',
  'euro',
  'euros',
  'yuan',
  'renminbi',
  'yen',
  'sterling',
  'rupees',
  'francs',
  'pesos',
]);
const wordPrefixKeys = Object.keys(WORD_TABLE)
  .filter((k) => WORD_PREFIX_LAST.has(k.slice(k.lastIndexOf(' ') + 1)) && !WORD_TABLE[k]?.minor)
  .sort(longestFirst);
const WORD_PREFIX_RE = new RegExp(
  `(?<![A-Za-z])(${wordPrefixKeys.map((w) => esc(w).replace(/ /g, '[ \\u00a0]+')).join('|')})[ \\u00a0]$`,
  'i',
);

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** A currency word ending one space before `end` (the number's start), or undefined. */
export function wordPrefixBefore(text: string, end: number): { start: number; hit: PrefixHit } | undefined {
  const sp = text.charCodeAt(end - 1);
  if (sp !== 32 && sp !== 160) return undefined;
  let w = end - 1;
  while (w > 0 && w > end - 10 && isAsciiLetter(text.charCodeAt(w - 1))) w--;
  if (w === end - 1 || !WORD_PREFIX_LAST.has(text.slice(w, end - 1).toLowerCase())) return undefined;
  const from = end > 26 ? end - 26 : 0;
  const m = WORD_PREFIX_RE.exec(text.slice(from, end));
  const base = m?.[1] !== undefined ? WORD_TABLE[m[1].toLowerCase().replace(/[\s\u00a0]+/g, ' ')] : undefined;
  if (!m || !base) return undefined;
  return { start: from + m.index, hit: { marker: base, raw: m[1] ?? '' } };
}

const WORDS = wordMatcher(Object.keys(WORD_TABLE));
const CODE_SET = new Set<string>([...CODES, ...MILLION_CODES.map((c) => `M${c}`)]);

/*
 * After the number: a space or hyphen and a currency word ("euros", "U.S. dollars", "-yen"), a code
 * ("5000 RMB", "115USD"), or a symbol ("10 €"). Words are case-insensitive ("Yuan" in titles);
 * codes are upper case (JS regexps in Node 20 cannot switch case sensitivity inside a pattern,
 * hence three patterns).
 */
/*
 * A symbol followed by a number is that number's prefix ("10 $ 30" is $30), unless the next number
 * carries the same symbol or "cents" itself ("10 $ 30 $", "10 $ 30 cent"): then it closes the first.
 */
const SYMBOL_SUFFIX_RE = new RegExp(
  `[ \\u00a0]?(${SUFFIX_SYMBOLS.map(esc).join('|')})(?![A-Za-z0-9]|[ \\u00a0]?\\d(?![\\d.,]*[ \\u00a0]?(?:\\1|cents?(?![A-Za-z]))))`,
  'y',
);

export interface SuffixHit {
  marker: CurrencyMarker;
  raw: string;
  end: number;
}

/**
 * A code written as half of a currency pair ("7.27 CNY/USD", "USD/CNY 7.27") quotes an exchange
 * rate, not an amount.
 */
const PAIR_CODES = new Set<string>([...CODES, 'XAU']);
function inPair(text: string, raw: string, start: number, end: number): boolean {
  if (raw.length !== 3 || !/^[A-Za-z]{3}$/.test(raw)) return false;
  // The other half is a code too ("5 USD/day" is a rate basis, not a pair).
  const three = (at: number): boolean =>
    at >= 0 &&
    PAIR_CODES.has(text.slice(at, at + 3).toUpperCase()) &&
    !isAsciiLetter(text.charCodeAt(at + 3)) &&
    !isAsciiLetter(text.charCodeAt(at - 1));
  return (
    (text.charCodeAt(end) === 47 && three(end + 1)) || (text.charCodeAt(start - 1) === 47 && three(start - 4))
  );
}

/** A currency word, code or symbol starting at `pos` (right after the number or its scale). */
export function suffixAt(text: string, pos: number): SuffixHit | undefined {
  const hit = suffixHere(text, pos);
  if (hit && inPair(text, hit.raw, hit.end - hit.raw.length, hit.end)) return undefined;
  return hit;
}

function suffixHere(text: string, pos: number): SuffixHit | undefined {
  const word = WORDS.at(text, pos);
  if (word) {
    const key = word.key;
    const marker = WORD_TABLE[key];
    // "100 Rand Paul supporters", "RAND researchers": a name, not the South African rand.
    const name =
      key === 'rand' &&
      (word.raw === 'RAND' ||
        (word.raw.startsWith('R') && /^[ \u00a0][A-Z]/.test(text.slice(word.end, word.end + 2))));
    if (marker && !name) return { marker, raw: word.raw, end: word.end };
  }
  const code = codeAt(text, pos, CODE_SET);
  if (code) {
    const scaled = code.code.length === 4;
    const marker = codeMarker(scaled ? code.code.slice(1) : code.code);
    return { marker: scaled ? { ...marker, exp: 6 } : marker, raw: code.code, end: code.end };
  }
  let m: RegExpExecArray | null;
  SYMBOL_SUFFIX_RE.lastIndex = pos;
  m = SYMBOL_SUFFIX_RE.exec(text);
  if (m?.[1] !== undefined) {
    const marker = PREFIX_TABLE[m[1]];
    if (marker) return { marker, raw: m[1], end: pos + m[0].length };
  }
  return undefined;
}

/** The local dollar of a country whose outlets write a bare `$` for it. */
export const LOCAL_DOLLAR: Record<string, string> = {
  TW: 'TWD',
  HK: 'HKD',
  SG: 'SGD',
  AU: 'AUD',
  CA: 'CAD',
  NZ: 'NZD',
};

/** Every prefix, word and code the scanner knows (for the contract test: all of them must map to schema codes). */
export function vocabulary(): { prefixes: string[]; words: string[]; codes: string[] } {
  return { prefixes: Object.keys(PREFIX_TABLE), words: Object.keys(WORD_TABLE), codes: [...CODE_SET] };
}

/** A currency word starting exactly at `start` ("dollar", "rmb", "Swiss francs"), for bare references. */
export function currencyWordAt(
  text: string,
  start: number,
): { marker: CurrencyMarker; raw: string; end: number } | undefined {
  const word = WORDS.here(text, start);
  const marker = word ? WORD_TABLE[word.key] : undefined;
  return word && marker ? { marker, raw: word.raw, end: word.end } : undefined;
}
