import { centsAt } from './cents.js';
import { regroupedThousands } from './dot-groups.js';
import {
  type CurrencyMarker,
  currencyWordAt,
  type SuffixHit,
  suffixAt,
  wordPrefixBefore,
} from './currencies.js';
import { type LocalPrefixes, signBefore } from './local-prefixes.js';
import {
  digitsAt,
  isAsciiLetter as isLetter,
  isDigit,
  lastPlace,
  type ParsedNumber,
  scaleAt,
  scaled,
  wordsAt,
} from './numbers.js';

/* One amount as written, read at a position: currency prefix or suffix, number, scale word, cents. */

/** One amount as written: prefix, number, scale, currency word. Offsets into the text. */
export interface Amount {
  start: number;
  end: number;
  num: ParsedNumber;
  exp: number;
  /** The scale was written (so a bare first bound of a range may share it). */
  hasScale: boolean;
  letterScale: boolean;
  marker?: CurrencyMarker;
  symbol?: string;
  /** Absolute unit in the last written place, for the rounding part of the tolerance. */
  ulp: number;
}

/** "$ 1 . 6 billion": the tokenised decimal of wire archives, trusted only before a scale word. */
const TOKEN_DECIMAL_Y = /[ \u00a0]\.[ \u00a0](\d+)(?![\d,.])/y;

/**
 * Parses one amount starting exactly at `pos` (at its prefix or its number). `numStart` is where the
 * number begins when the caller already knows it. With `wordsFrom`, a currency word before the
 * number ("dollar 22.5 million") may start the amount, at or after that offset. `local` is the
 * page region's letter signs (`R` in South Africa), when the page's country is known.
 */
export function amountAt(
  text: string,
  pos: number,
  numStart?: number,
  wordsFrom?: number,
  local?: LocalPrefixes,
): Amount | undefined {
  if (pos < 0 || pos >= text.length) return undefined;
  let n = numStart;
  if (n === undefined) {
    // The number starts within a short prefix ("US$", "HK $ ", "Rs. ").
    n = pos;
    const limit = Math.min(text.length, pos + 8);
    while (n < limit && !isDigit(text.charCodeAt(n))) n++;
    if (n >= limit) n = pos;
  }
  let start = n;
  let marker: CurrencyMarker | undefined;
  let symbol: string | undefined;
  const pre = n > 0 ? signBefore(text, n, local) : undefined;
  if (pre && pre.start >= pos) {
    start = pre.start;
    marker = pre.hit.marker;
    symbol = pre.hit.raw;
  }
  if (start !== pos) return undefined;
  let num = isDigit(text.charCodeAt(n)) ? digitsAt(text, n) : wordsAt(text, n);
  if (!num) return undefined;
  if (!num.words && num.decimals === 0) {
    TOKEN_DECIMAL_Y.lastIndex = num.end;
    const t = TOKEN_DECIMAL_Y.exec(text);
    const tEnd = num.end + (t?.[0].length ?? 0);
    const sc = t?.[1] !== undefined ? scaleAt(text, tEnd) : undefined;
    if (t?.[1] !== undefined && sc && !sc.letter)
      num = { ...num, end: tEnd, digits: `${num.digits}.${t[1]}`, decimals: t[1].length };
  }
  // Glued to a letter on the left ("A380", "G7") and no prefix: a model name, not an amount.
  if (!marker && n > 0 && isLetter(text.charCodeAt(n - 1))) return undefined;
  // "quarter to five", "one of them": written-out numbers count only with a scale or currency next.
  const bareWords = num.words;
  let end = num.end;
  let exp = 0;
  let hasScale = false;
  let letterScale = false;
  const scale = scaleAt(text, end);
  if (scale && !(num.words && scale.letter)) {
    exp = scale.exp;
    end = scale.end;
    hasScale = true;
    letterScale = scale.letter;
    // "1.2 lakh crore" is covered by the table; "3 hundred million" by a second scale word.
    const second = scale.exp === 2 ? scaleAt(text, end) : undefined;
    if (second && !second.letter) {
      exp += second.exp;
      end = second.end;
    }
    const compound = scale.exp >= 8 && !num.words ? myriadCompoundAt(text, num, exp, end) : undefined;
    if (compound) {
      num = compound.num;
      exp = compound.exp;
      end = compound.end;
    }
  }
  if (!marker) {
    const suf = suffixAt(text, end) ?? (hasScale && !letterScale ? suffixAfterOf(text, end) : undefined);
    if (suf) {
      marker = suf.marker;
      symbol = suf.raw;
      end = suf.end;
      if (suf.marker.exp !== undefined && !hasScale) {
        exp = suf.marker.exp;
        hasScale = true;
      }
      if (!hasScale) {
        // "75 USD million": the scale after the code.
        const late = scaleAt(text, end);
        if (late && !late.letter) {
          exp = late.exp;
          end = late.end;
          hasScale = true;
        }
      }
    }
    if (!marker && wordsFrom !== undefined && hasScale && !letterScale) {
      const word = wordPrefixBefore(text, n);
      if (word && word.start >= wordsFrom) {
        start = word.start;
        marker = word.hit.marker;
        symbol = word.hit.raw;
      }
    }
  } else {
    if (marker.exp !== undefined && !hasScale) {
      exp = marker.exp;
      hasScale = true;
    }
    // "人民币35亿元", "新台币5亿元": Chinese names the currency before the figure and still closes it
    // with 元 (Xinhua, People's Daily, Caixin, Central News Agency): the unit is the amount's.
    if (text.charCodeAt(end) === 0x5143 && symbol !== undefined && symbol.charCodeAt(0) >= 0x3400) end++;
    // "$ 10 dollars": the word repeats the symbol.
    const again = marker.ambiguous === 'dollar' ? suffixAt(text, end) : undefined;
    if (again && again.marker.ambiguous === 'dollar' && !again.marker.minor && /dollars?$/i.test(again.raw))
      end = again.end;
  }
  if (bareWords && !hasScale && !marker) return undefined;
  if (bareWords && Number(num.digits) < 1 && !hasScale) return undefined;
  if (marker?.scaleOnly && !hasScale) return undefined;
  // Typographic: a code glued to a figure of exactly two digits and nothing more ("COP26", the UN
  // climate conferences' numbering, dev 570) is a name, as "A380" or "G7" is; money with a code
  // sets it apart by a space ("COP 26,000") or carries a scale or separator ("USD5m", "EUR1,500").
  // One digit ("USD7") stays money: no series of names is numbered so few.
  if (symbol !== undefined && glued3LetterCode(symbol, start, n) && !hasScale && /^\d\d$/.test(num.digits))
    return undefined;
  // A bare letter is a currency sign only before a figure written as money is: with a scale, a
  // thousands separator, or a cents part of two digits (`R15.21`, `N0.95`: the rand and naira
  // rates of South African and Nigerian business pages); `R15` or `P4.5` is a road or a model.
  // A sign of a capital and small letters (`Sh140 each`, `Bt50`, `Php20`: the East African, Thai
  // and Philippine press) is no road or model code, which are written in capitals: it is money.
  // The letter typed for a glyph sign (`N` for ₦) before a round price in hundreds is money too:
  // the Nigerian press writes naira prices unseparated (`Tomatoes Now N500`, `N200 – N500`, `N2000`:
  // Daybreak, BellaNaija, dev 728), while model and route codes are rarely whole hundreds (`N95`,
  // `B767`) and a CLDR letter symbol (`R` for rand: South Africa's R511 is a road) keeps the rule.
  if (
    marker?.localLetters &&
    !mixedCaseSign(symbol) &&
    !hasScale &&
    num.decimals !== 2 &&
    !text.slice(num.start, num.end).includes(',') &&
    !(marker.glyphLetter && roundHundreds(num))
  )
    return undefined;
  // A glued letter after the number is only a scale next to a currency ("$5m"), else "5m" is metres.
  if (letterScale && !marker) return undefined;
  if (!hasScale || !letterScale) {
    // "43-minute", "5th", "3D": a letter straight after the figure that is no scale or currency.
    if (!marker && isLetter(text.charCodeAt(end))) return undefined;
  }
  // "500.000 Euro", "Rp 500.000": the thousands dot next to a currency (see dot-groups.ts).
  const regrouped = marker && !hasScale ? regroupedThousands(num, marker) : undefined;
  if (regrouped) num = regrouped;
  let digits = num.digits;
  let decimals = num.decimals;
  if (marker?.minor) exp -= 2;
  else if (marker && exp === 0 && num.decimals === 0) {
    const cents = centsAt(text, end, marker, symbol ?? '', pos === start && start < n);
    if (cents) {
      digits = `${num.digits}.${cents.cents}`;
      decimals = 2;
      end = cents.end;
    }
  }
  // The number as read when no cents joined it (most amounts): numbers are never changed once
  // read (see `digitsAt`), so it is shared rather than copied for every figure the scan tries.
  const parsed: ParsedNumber =
    digits === num.digits && decimals === num.decimals ? num : { ...num, digits, decimals };
  const amount: Amount = { start, end, num: parsed, exp, hasScale, letterScale, ulp: lastPlace(parsed, exp) };
  if (marker) amount.marker = marker;
  if (symbol !== undefined) amount.symbol = symbol;
  return amount;
}

/*
 * "21億9000万円", "1亿5000万元", "1兆2000億円": Chinese and Japanese write a figure by its
 * myriads, largest first, each closed by its unit (Nikkei, Mainichi, Xinhua, People's Daily
 * alike), as Korean does (see korean.ts). A smaller myriad glued after a larger one adds to it:
 * its figure fills the places between them, so it has at most as many digits as they are apart.
 */
function myriadCompoundAt(
  text: string,
  num: ParsedNumber,
  exp: number,
  end: number,
): { num: ParsedNumber; exp: number; end: number } | undefined {
  if (num.decimals !== 0 || text.charCodeAt(end - 1) < 0x3000 || !isDigit(text.charCodeAt(end)))
    return undefined;
  const low = digitsAt(text, end);
  if (low?.decimals !== 0) return undefined;
  const lowScale = scaleAt(text, low.end);
  if (!lowScale || lowScale.letter || lowScale.exp >= exp || text.charCodeAt(lowScale.end - 1) < 0x3000)
    return undefined;
  const width = exp - lowScale.exp;
  if (low.digits.length > width) return undefined;
  const digits = `${num.digits}${low.digits.padStart(width, '0')}`;
  return { num: { ...num, end: low.end, digits }, exp: lowScale.exp, end: lowScale.end };
}

/*
 * "2,5 millions d'euros", "300 millones de dólares", "5 miliardi di euro": the Romance languages
 * join the scale to the currency with "of". Read only after a scale word: "5 de euros" is no form.
 */
const OF_Y = /[ \u00a0]+(?:(de|di)(?=[ \u00a0])|d['’])/iy;

function suffixAfterOf(text: string, end: number): SuffixHit | undefined {
  OF_Y.lastIndex = end;
  const of = OF_Y.exec(text);
  if (!of) return undefined;
  const at = end + of[0].length;
  // "de euros" leaves the space a suffix is read after; "d'euros" glues the word to the elision.
  return of[1] ? suffixAt(text, at) : currencyWordAt(text, at);
}

/** A whole figure of three digits or more ending in `00` (`500`, `2000`), as a round price is. */
function roundHundreds(num: ParsedNumber): boolean {
  const d = num.digits;
  return num.decimals === 0 && d.length >= 3 && d.endsWith('00') && !d.startsWith('0');
}

/** A code of three capitals written right against the figure at `n` ("COP26"). */
function glued3LetterCode(symbol: string, start: number, n: number): boolean {
  return n - start === 3 && /^[A-Z]{3}$/.test(symbol);
}

/** `Sh`, `Shs`, `Bt`, `Php`: a capital, then small letters only. */
function mixedCaseSign(sign: string | undefined): boolean {
  return sign !== undefined && /^[A-Z][a-z]+$/.test(sign);
}

/** The value of an amount in its currency's major units. */
export function amountValue(a: Amount, exp = a.exp): number {
  return scaled(a.num.digits, exp);
}
