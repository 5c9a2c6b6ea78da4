/*
 * Finding the currency written around a number: a prefix before it ("US$", "NT$", "dollar"), a
 * word, code or symbol after it ("euros", "RMB", "€"), read from the tables of currency-vocabulary.ts.
 */

import {
  CODES,
  type CurrencyMarker,
  codeMarker,
  MILLION_CODES,
  PREFIX_CI,
  PREFIX_TABLE,
  SUFFIX_SYMBOLS,
  WORD_TABLE,
} from './currency-vocabulary.js';
import { codeAt, wordMatcher } from './word-match.js';
import { isAsciiLetter } from './numbers.js';

export type { AmbiguityClass, CurrencyMarker } from './currency-vocabulary.js';
export { LOCAL_DOLLAR } from './currency-vocabulary.js';

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

function isSpace(c: number): boolean {
  return c === 32 || c === 160;
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
  // Chinese writes 元 after its figure only, as every unit character (`100元`, `100 万亿元`; Xinhua,
  // People's Daily): a figure after it (`100 万亿元 3. 美国…`, a numbered digest) is not its amount.
  const yuan =
    text.charCodeAt(pos) === 0x5143
      ? pos
      : text.charCodeAt(pos + 1) === 0x5143 && isSpace(text.charCodeAt(pos))
        ? pos + 1
        : -1;
  if (yuan >= 0) {
    const marker = PREFIX_TABLE['元'];
    if (marker) return { marker, raw: '元', end: yuan + 1 };
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
