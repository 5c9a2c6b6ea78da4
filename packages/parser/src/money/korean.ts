import type { Amount } from './amount.js';
import type { CurrencyMarker } from './currency-vocabulary.js';

/*
 * Korean figures as the Korean press writes money (Yonhap, Chosun Ilbo, JoongAng Ilbo alike):
 * digits grouped by myriads, each group closed by its unit (만 10^4, 억 10^8, 조 10^12) and
 * read with 천/백/십 inside it, then the currency word: `6,000억 달러`, `3조5천억 달러`,
 * `1천 400억 유로`, `1만원`, `7000원`. Read only when a currency word closes the figure, so a
 * count (`3만 명`, thirty thousand people) is no money.
 */

const KOREAN_CURRENCIES: Readonly<Record<string, string>> = {
  원: 'KRW',
  달러: 'USD',
  유로: 'EUR',
  엔: 'JPY',
  위안: 'CNY',
  파운드: 'GBP',
};
const CURRENCY_Y = /[ \u00a0]?(원|달러|유로|엔|위안|파운드)/y;
const PART_Y = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?[ \u00a0]?(천|백|십|조|억|만)?/y;

const WITHIN: Readonly<Record<string, number>> = { 천: 3, 백: 2, 십: 1 };
const MYRIAD: Readonly<Record<string, number>> = { 조: 12, 억: 8, 만: 4 };

/** A Hangul syllable: the scanner asks for Korean figures only where one follows the digits. */
export function hangulAfterDigits(text: string, pos: number): boolean {
  let k = pos;
  const end = Math.min(text.length, pos + 24);
  while (k < end) {
    const c = text.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 44 || c === 46 || c === 32 || c === 160) k++;
    else return c >= 0xac00 && c <= 0xd7a3;
  }
  return false;
}

/** The Korean amount starting at the digit at `pos`, or undefined. */
export function koreanAmountAt(text: string, pos: number): Amount | undefined {
  let total = 0;
  let group = 0;
  let at = pos;
  let units = 0;
  let smallest = 0;
  let lastMyriad = 99;
  for (let parts = 0; parts < 8; parts++) {
    PART_Y.lastIndex = at;
    const m = PART_Y.exec(text);
    if (!m) break;
    const value = Number(`${m[1]!.replaceAll(',', '')}${m[2] ?? ''}`);
    const decimals = m[2] ? m[2].length - 1 : 0;
    const unit = m[3];
    if (unit === undefined) {
      group += value;
      smallest = -decimals;
      at += m[0].length;
      // A space the pattern took before the currency word is given back to it.
      if (text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 160) at--;
      break;
    }
    units++;
    const inner = WITHIN[unit];
    at += m[0].length;
    let myriad = MYRIAD[unit];
    // The place of this part's last digit: the smallest so far, as the parts come largest first.
    smallest = (inner ?? 0) - decimals;
    if (inner !== undefined) {
      group += value * 10 ** inner;
      // `5천억`: the group's thousands, then its myriad unit.
      myriad = MYRIAD[text[at] ?? ''];
      if (myriad !== undefined) at++;
    } else group += value;
    if (myriad !== undefined) {
      // Myriad units come largest first (`3조5천억`): a larger one after a smaller is no figure.
      if (myriad >= lastMyriad) return undefined;
      lastMyriad = myriad;
      total += group * 10 ** myriad;
      smallest += myriad;
      group = 0;
    }
    // Another group goes on only with a digit (`3조5천억`, `1천 400억`).
    const next = text.charCodeAt(at) === 32 ? text.charCodeAt(at + 1) : text.charCodeAt(at);
    if (!(next >= 48 && next <= 57)) break;
    if (text.charCodeAt(at) === 32) at++;
  }
  total += group;
  CURRENCY_Y.lastIndex = at;
  const c = CURRENCY_Y.exec(text);
  if (!c || (units === 0 && c[0].startsWith(' ')) || !Number.isFinite(total) || total >= 1e21)
    return undefined;
  // A Hangul syllable glued after the word makes it another word (`원칙`, principle).
  const end = at + c[0].length;
  const after = text.charCodeAt(end);
  if (after >= 0xac00 && after <= 0xd7a3 && !PARTICLE.test(text.slice(end, end + 3))) return undefined;
  const marker: CurrencyMarker = { code: KOREAN_CURRENCIES[c[1]!]! };
  const digits = String(total);
  return {
    start: pos,
    end,
    num: { start: pos, end: at, digits, decimals: 0, words: false },
    exp: 0,
    hasScale: units > 0,
    letterScale: false,
    marker,
    symbol: c[1]!,
    ulp: 10 ** smallest,
  };
}

/**
 * The particles a noun takes (`달러를`, `원이`, `유로의`) and the bound nouns and suffixes Korean
 * glues to an amount (`1만원짜리`, a 10,000-won one; `1만원어치`, worth; `1천원대`, in the range;
 * `1200원선`, around the level; `가량`/`정도`/`쯤`, about; `상당`, equivalent; `까지`/`부터`/`보다`/
 * `만`/`뿐`): Korean grammar, written so by every outlet (Yonhap, Chosun Ilbo, KBS); the currency
 * word stays one.
 */
const PARTICLE =
  /^(?:을|를|이|가|은|는|의|에|로|으|과|와|도|씩|짜리|어치|대|선|가량|정도|쯤|상당|까지|부터|보다|만|뿐)/;

/*
 * A Korean range: two figures of one currency joined by 에서 or 부터 ("from": `100원에서 200원가량`,
 * `1천원부터 3천원까지`) or by the wave dash Korean sets between bounds (`1천원~2천원`; the
 * National Institute of Korean Language's rule for ranges, written so by Yonhap, Chosun Ilbo and
 * KBS alike). A second figure followed by (으)로, "to", is where an amount went, not a bound
 * (`1천원에서 1천200원으로 올랐다`, rose from 1,000 to 1,200 won): two amounts, as before.
 */
const RANGE_JOIN_Y = /(?:에서|부터)[ \u00a0]?|[ \u00a0]?[~∼～][ \u00a0]?/y;
const TO_WHERE_Y = /으?로/y;

/** The upper bound of a Korean range whose lower bound `lo` ends at `lo.end`, or undefined. */
export function koreanRangeEnd(text: string, lo: Amount): Amount | undefined {
  const c = text.charCodeAt(lo.end);
  // 에 (U+C5D0), 부 (U+BD80), or a wave dash or space: most amounts are followed by neither.
  if (c !== 0xc5d0 && c !== 0xbd80 && c !== 0x7e && c !== 0x223c && c !== 0xff5e && c !== 32)
    return undefined;
  RANGE_JOIN_Y.lastIndex = lo.end;
  if (!RANGE_JOIN_Y.test(text)) return undefined;
  const at = RANGE_JOIN_Y.lastIndex;
  const d = text.charCodeAt(at);
  if (!(d >= 48 && d <= 57)) return undefined;
  const hi = koreanAmountAt(text, at);
  if (!hi || hi.marker?.code !== lo.marker?.code) return undefined;
  if (Number(hi.num.digits) <= Number(lo.num.digits)) return undefined;
  TO_WHERE_Y.lastIndex = hi.end;
  if (TO_WHERE_Y.test(text)) return undefined;
  return hi;
}

const WAVE = (c: number): boolean => c === 0x7e || c === 0x223c || c === 0xff5e;
const KOREAN_UNIT = (c: number): boolean =>
  c === 0xcc9c || c === 0xbc31 || c === 0xc2ed || c === 0xc870 || c === 0xc5b5 || c === 0xb9cc;

/**
 * The same range with the currency written once, after the upper bound (`100~200원`, `1천~2천원`,
 * `5억~10억 달러`): the lower bound at `pos` is read in the upper bound's currency. A bare lower
 * bound before a bound with a myriad unit (`3~4조원`, three to four trillion) shares the unit in
 * Korean as in English: not read here (the upper bound alone stays the amount, as before).
 */
export function koreanBareRangeAt(text: string, pos: number): { lo: Amount; hi: Amount } | undefined {
  let k = pos;
  const limit = Math.min(text.length, pos + 16);
  while (k < limit) {
    const c = text.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 44 || c === 46 || KOREAN_UNIT(c)) k++;
    else break;
  }
  const close = k;
  if (text.charCodeAt(k) === 32) k++;
  if (!WAVE(text.charCodeAt(k))) return undefined;
  k++;
  if (text.charCodeAt(k) === 32) k++;
  const d = text.charCodeAt(k);
  if (!(d >= 48 && d <= 57) || !hangulAfterDigits(text, k)) return undefined;
  const hi = koreanAmountAt(text, k);
  if (!hi?.symbol) return undefined;
  const read = koreanAmountAt(`${text.slice(pos, close)}${hi.symbol}`, 0);
  if (!read || (!read.hasScale && hi.hasScale)) return undefined;
  if (Number(read.num.digits) >= Number(hi.num.digits)) return undefined;
  const lo: Amount = { ...read, start: pos, end: close, num: { ...read.num, start: pos, end: close } };
  return { lo, hi };
}
