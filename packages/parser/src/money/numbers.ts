/*
 * Numbers as news writes them: "3,000", "12,34,567.89", "901.5 billion", "£3.5bn", "Rs 1.2 lakh crore",
 * "10-trillion-yen", "five million". Values are built from the decimal string and a power of ten
 * (`Number("901.5e9")`), never by multiplying, so "19.99 trillion" is exactly 19.99e12.
 */

import { dotGroupsAt } from './dot-groups.js';
import { localScaleAt } from './local-scales.js';

export interface ParsedNumber {
  start: number;
  end: number;
  /** Decimal string without separators ("901.5", "3000", "0.5"). */
  digits: string;
  /** Digits after the decimal point as written (precision of the figure). */
  decimals: number;
  /** Written with words ("five", "a quarter"). */
  words: boolean;
}

export interface Scale {
  end: number;
  /** Power of ten. */
  exp: number;
  /** A single attached letter ("5m", "$3bn" is not one): only safe next to a currency marker. */
  letter: boolean;
}

const DIGITS_Y = /(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;

const COMMAS = /,/g;

/*
 * The last number read and where: the scanners read the same number twice in a row (the money
 * scanner's amount, then its skip past a number that is no amount; the quantity scanner's figure,
 * then its skip), and the reading is the same. One entry, so nothing grows with the input; the
 * result is shared, and no caller changes it.
 */
let lastText: string | undefined;
let lastPos = -1;
let lastNumber: ParsedNumber | undefined;

/** A number written with digits at `pos`, or undefined. Rejects "1,2345" style runs. */
export function digitsAt(text: string, pos: number): ParsedNumber | undefined {
  if (pos === lastPos && text === lastText) return lastNumber;
  const read = readDigitsAt(text, pos);
  lastText = text;
  lastPos = pos;
  lastNumber = read;
  return read;
}

function readDigitsAt(text: string, pos: number): ParsedNumber | undefined {
  DIGITS_Y.lastIndex = pos;
  // `test`, then the figure read by where it ends: no match array to build.
  if (!DIGITS_Y.test(text)) return undefined;
  const end = DIGITS_Y.lastIndex;
  const figure = text.slice(pos, end);
  const next = text.charCodeAt(end);
  // A digit right after means the grouping did not fit ("1,2345"): not a number we can trust.
  if (next >= 48 && next <= 57) return undefined;
  if (next === 44) {
    const decimal = decimalCommaAt(text, pos, end, figure);
    if (decimal) return decimal;
  }
  if (next === 46) {
    const grouped = dotGroupsAt(text, pos, figure, end);
    if (grouped) return grouped;
  }
  if ((next === 44 || next === 46) && isDigit(text.charCodeAt(end + 1))) return undefined;
  // "500 000 euros": groups of three digits set off by a space (see below).
  if (isGroupSpace(next) && pos + 3 >= end) {
    const spaced = spaceGroupedAt(text, pos, end);
    if (spaced) return spaced;
  }
  // "23.100 millones": the thousands dot of continental Europe and Indonesia (see below).
  if (next === 32 || next === 160) {
    const grouped = thousandsDotAt(text, figure, end);
    if (grouped) return { start: pos, end, digits: grouped, decimals: 0, words: false };
  }
  // Most figures have no thousands separator to drop (and a module constant makes no RegExp per call).
  const digits = figure.includes(',') ? figure.replace(COMMAS, '') : figure;
  const dot = digits.indexOf('.');
  return { start: pos, end, digits, decimals: dot < 0 ? 0 : digits.length - dot - 1, words: false };
}

/*
 * The decimal comma of continental Europe and Indonesia (CLDR's decimal sign for de, fr, es, it,
 * nl, id...): "75,3 Milliarden Euro" (dpa, Der Tagesspiegel), "Rp 2,5 miliar" (Kompas, Antara).
 * A comma followed by one or two digits cannot be a thousands separator (groups are three digits,
 * and Indian grouping ends with three), so before a scale word it is read as the decimal point.
 * Without a scale word ("2,5 km", "pages 2,3") the figure stays unread, as before.
 */
const DECIMAL_COMMA_Y = /,(\d{1,2})(?![\d,.])/y;

function decimalCommaAt(text: string, pos: number, end: number, figure: string): ParsedNumber | undefined {
  if (figure.includes(',') || figure.includes('.')) return undefined;
  DECIMAL_COMMA_Y.lastIndex = end;
  const m = DECIMAL_COMMA_Y.exec(text);
  if (m?.[1] === undefined) return undefined;
  const after = end + m[0].length;
  const scale = scaleAt(text, after);
  // Spaced ("2,5 miliar"), or an abbreviation glued to the figure as the South African press,
  // whose decimal sign is CLDR's comma (en-ZA), writes it: "R1,1bn" (dev 759). A lone glued
  // letter ("2,5m") stays unread: it is as often a unit.
  const c = text.charCodeAt(after);
  if (!scale || scale.letter || (c !== 32 && c !== 160 && !isAsciiLetter(c))) return undefined;
  return { start: pos, end: after, digits: `${figure}.${m[1]}`, decimals: m[1].length, words: false };
}

/*
 * The thousands dot of the same press: "23.100 millones de euros" (EFE), "1.250 Millionen Euro"
 * (dpa), "Rp 1.500 triliun" (Kompas) are 23,100 million, 1,250 million, 1,500 trillion. A dot
 * followed by groups of exactly three digits, before a scale word only these languages write,
 * groups thousands; English writes "23.1 billion", and French groups with spaces, so "millions"
 * and "milliards" are left out. Anything else reads the dot as the decimal point, as before.
 */
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
// The Spanish and Portuguese words (`millones`, `milhões`, `bilhões`) are CLDR's, read by
// `localScaleAt`; this list keeps the languages `localScaleWords` does not generate.
const CONTINENTAL_SCALE_Y =
  /[ \u00a0](?:millionen|milliarden?|billionen|mio\.?|mrd\.?|miljoen|miljarden?|milioni|miliardi|juta|miliar|milyar|triliun|trilion|ribu)(?![A-Za-z])/iy;

function thousandsDotAt(text: string, figure: string, end: number): string | undefined {
  if (!figure.includes('.') || !DOT_GROUPED.test(figure)) return undefined;
  CONTINENTAL_SCALE_Y.lastIndex = end;
  // CLDR's Spanish, Portuguese and Vietnamese group with the dot too ("1.500 tỷ", "2.500 mil").
  return CONTINENTAL_SCALE_Y.test(text) || localScaleAt(text, end) ? figure.replaceAll('.', '') : undefined;
}

/*
 * The space that groups thousands: SI and ISO 80000 write "500 000" (a space, ideally a thin one),
 * and CLDR's group symbol is a no-break or narrow no-break space for French, Russian, Polish,
 * Czech, the Nordic languages and many more ("500 000 FCFA", "1 250 000 €", "12 500 kr"; South
 * African and Francophone African outlets write it so). Groups of exactly three digits after a
 * lead of one to three, all set off by the same space, are one number; without that shape ("2020
 * 500", "15 2021", a group of two or four digits) the figures stay apart, as before. A decimal
 * comma of one or two digits may close it ("1 500,50 €"), as those languages write.
 */
const SPACE_GROUPS_Y = /(?:([ \u00a0\u2009\u202f])\d{3})(?:\1\d{3})*(?:,(\d{1,2}))?(?![\d.,]\d|\d)/y;

function isGroupSpace(c: number): boolean {
  return c === 32 || c === 160 || c === 0x2009 || c === 0x202f;
}

function spaceGroupedAt(text: string, pos: number, end: number): ParsedNumber | undefined {
  SPACE_GROUPS_Y.lastIndex = end;
  const m = SPACE_GROUPS_Y.exec(text);
  if (!m) return undefined;
  const sep = m[1] ?? ' ';
  const whole = text.slice(pos, m[2] === undefined ? end + m[0].length : end + m[0].length - m[2].length - 1);
  const digits = whole.split(sep).join('');
  if (m[2] === undefined) return { start: pos, end: end + m[0].length, digits, decimals: 0, words: false };
  return {
    start: pos,
    end: end + m[0].length,
    digits: `${digits}.${m[2]}`,
    decimals: m[2].length,
    words: false,
  };
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** An ASCII letter: what a currency prefix or a glued scale is spelled with. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

const ONES: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ONES_ALT = Object.keys(ONES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const TENS_ALT = Object.keys(TENS).join('|');

/** Words that may start a number written out; used by the scanner to find candidates. */
export const NUMBER_WORD_START = `a (?:quarter|half|hundred|thousand|million|billion|trillion)|half|quarter|three quarters|${ONES_ALT}|${TENS_ALT}`;

const WORDS_Y = new RegExp(
  `(?:((?:a )?quarter(?: of a(?= (?:thousand|million|billion|trillion)))?|a half|half(?: a(?= (?:hundred|thousand|million|billion|trillion)))?|three quarters)|(?:(${TENS_ALT})(?:[ -](${ONES_ALT}))?|(${ONES_ALT}))(?:[ -](hundred))?|(a)(?= (?:hundred|thousand|million|billion|trillion)))(?![A-Za-z])`,
  'iy',
);

/** A number written in words at `pos` ("five", "forty-five", "three hundred", "a quarter"). */
export function wordsAt(text: string, pos: number): ParsedNumber | undefined {
  WORDS_Y.lastIndex = pos;
  const m = WORDS_Y.exec(text);
  if (!m) return undefined;
  let digits: string;
  if (m[1] !== undefined) {
    const f = m[1].toLowerCase();
    // "half a trillion", "a quarter of a million": the fraction of the scale word that follows.
    digits = f.includes('half') ? '0.5' : f.startsWith('three') ? '0.75' : '0.25';
  } else if (m[6] !== undefined) {
    digits = '1';
  } else {
    let n = 0;
    if (m[2] !== undefined)
      n = (TENS[m[2].toLowerCase()] ?? 0) + (m[3] ? (ONES[m[3].toLowerCase()] ?? 0) : 0);
    else if (m[4] !== undefined) n = ONES[m[4].toLowerCase()] ?? 0;
    if (m[5] !== undefined) n *= 100;
    digits = String(n);
  }
  // A fraction keeps its decimals, as a figure with a decimal point does ("0.25": 2).
  const dot = digits.indexOf('.');
  return {
    start: pos,
    end: pos + m[0].length,
    digits,
    decimals: dot < 0 ? 0 : digits.length - dot - 1,
    words: true,
  };
}

const SCALE_EXP: Record<string, number> = {
  hundred: 2,
  thousand: 3,
  'hundred thousand': 5,
  lakh: 5,
  lakhs: 5,
  lac: 5,
  lacs: 5,
  million: 6,
  mn: 6,
  mln: 6,
  // Malaysian and Singaporean business pages write "US$425mil" and "RM1.82bil" (The Star, The Edge).
  mil: 6,
  'hundred million': 8,
  crore: 7,
  crores: 7,
  cr: 7,
  billion: 9,
  bn: 9,
  bln: 9,
  bil: 9,
  trillion: 12,
  tn: 12,
  trn: 12,
  // The third of the wires' three-letter abbreviations, after "mln" and "bln": "59 tln won"
  // (Yonhap, dev 737).
  tln: 12,
  // "PKR 1.05tr", "Rs1.05tr", "Sh1Tr": Pakistani and Kenyan business pages (Pakistan & Gulf
  // Economist, Dawn, Capital FM) abbreviate trillion to "tr", glued to the figure (see scaleAt).
  tr: 12,
  // Indonesian and Malay scale words, as "Rp 5 triliun" and "RM2.5 bilion" are written in the
  // region's own-language press (Kompas, Berita Harian) and its English pages quoting them.
  ribu: 3,
  juta: 6,
  miliar: 9,
  milyar: 9,
  bilion: 9,
  triliun: 12,
  trilion: 12,
  // Swahili's, after the shilling sign of the East African press in its own language (Mwananchi,
  // HabariLeo, Taifa Leo): "Sh669 bilioni", "Sh5 milioni" (read with the Italian word below).
  bilioni: 9,
  trilioni: 12,
  'lakh crore': 12,
  'lakh crores': 12,
  // "₹1 lakh cr": the two Indian scale words compose with crore abbreviated as alone ("Rs 500 cr").
  'lakh cr': 12,
  // The scale words of the continental European press (dpa, AFP's French, EFE, ANSA, ANP),
  // written after a figure with a decimal comma: "75,3 Milliarden Euro", "2,5 millions d'euros".
  // German "Billion" is 10^12 but English's 10^9, so only the German plural is read.
  millionen: 6,
  mio: 6,
  'mio.': 6,
  milliarde: 9,
  milliarden: 9,
  mrd: 9,
  'mrd.': 9,
  billionen: 12,
  millions: 6,
  milliard: 9,
  milliards: 9,
  miljoen: 6,
  miljard: 9,
  miljarden: 9,
  milioni: 6,
  miliardi: 9,
  millones: 6,
  milhões: 6,
  bilhões: 9,
  // Chinese myriads, as in "3.5亿美元" and "100万元"; in traditional characters and in Japanese
  // ("3,500 萬美元", "1.2兆円": 兆 is 10^12 in Taiwan and Japan alike).
  万: 4,
  百万: 6,
  千万: 7,
  亿: 8,
  万亿: 12,
  萬: 4,
  百萬: 6,
  千萬: 7,
  億: 8,
  萬億: 12,
  兆: 12,
};
const LETTER_EXP: Record<string, number> = { k: 3, K: 3, m: 6, M: 6, b: 9, B: 9, T: 12 };

const SCALE_WORD_Y =
  /[ \u00a0-]?(hundred[ -]thousand|hundred[ -]million|lakh[ -]cr(?:ores?)?|hundred|thousand|millionen|millions|milliarden|milliarde|milliards|milliard|billionen|miljoen|miljarden|miljard|milioni|miliardi|millones|milhões|bilhões|mio\.|mrd\.|mio|mrd|million|billion|trillion|lakhs?|lacs?|crores?|mln|bln|trn|tln|mil|mn|bn|tn|tr|bil|cr|ribu|juta|miliar|milyar|bilioni|bilion|trilioni|triliun|trilion|万亿|百万|千万|亿|万|萬億|百萬|千萬|億|萬|兆)(?![A-Za-z])/iy;
const SCALE_LETTER_Y = /([kKmMbBT])(?![A-Za-z0-9])/y;

/** A scale word or suffix right after a number ("billion", "-trillion", "bn", "m"). */
export function scaleAt(text: string, pos: number): Scale | undefined {
  const local = localScaleAt(text, pos);
  if (local) return { ...local, letter: false };
  SCALE_WORD_Y.lastIndex = pos;
  const m = SCALE_WORD_Y.exec(text);
  if (m?.[1] !== undefined) {
    const key = m[1].toLowerCase().replace('-', ' ');
    const exp = SCALE_EXP[key];
    // "cr" and "mn" glued to the number or spaced are both seen; "hundred" alone needs a space.
    // "tr" only glued: spaced, it is another abbreviation ("33 tr/min", revolutions).
    if (exp !== undefined && !(key === 'tr' && m[0].length > 2))
      return { end: pos + m[0].length, exp, letter: false };
  }
  SCALE_LETTER_Y.lastIndex = pos;
  const l = SCALE_LETTER_Y.exec(text);
  if (l?.[1] !== undefined) {
    const exp = LETTER_EXP[l[1]];
    if (exp !== undefined) return { end: pos + 1, exp, letter: true };
  }
  return undefined;
}

/** value = digits × 10^exp, through the decimal string so that no binary rounding creeps in. */
export function scaled(digits: string, exp: number): number {
  return exp === 0 ? Number(digits) : Number(`${digits}e${exp}`);
}

/** 10^exp as `Number("1e<exp>")` parses it, precomputed for the exponents a figure can have. */
const POW10 = Array.from({ length: 61 }, (_, i) => Number(`1e${i - 30}`));
function pow10(exp: number): number {
  return POW10[exp + 30] ?? Number(`1e${exp}`);
}

/**
 * The unit in the last place of a written figure, in the figure's own units: "124 billion" → 1e9,
 * "1.48 million" → 1e4, "3,150" → 10 (trailing zeros of a whole number are read as rounding),
 * "five million" → 1e6.
 */
export function lastPlace(n: ParsedNumber, exp: number): number {
  if (n.words) return pow10(exp + Math.max(0, Math.floor(Math.log10(Math.max(Number(n.digits), 1)))));
  if (n.decimals > 0) return pow10(exp - n.decimals);
  let zeros = 0;
  for (let i = n.digits.length - 1; i > 0 && n.digits.charCodeAt(i) === 48; i--) zeros++;
  return pow10(exp + zeros);
}

/** A number below 100 written with digits or words, exactly filling `s`. */
export function smallNumber(s: string): number | undefined {
  const p = isDigit(s.charCodeAt(0)) ? digitsAt(s, 0) : wordsAt(s, 0);
  if (!p || p.end !== s.length || p.decimals > 0) return undefined;
  const v = Number(p.digits);
  return v < 100 ? v : undefined;
}
