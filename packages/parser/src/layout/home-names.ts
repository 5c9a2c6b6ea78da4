import { lookupPublication, publicationKey } from '../publications.js';

/*
 * Agencies as bilingual news pages credit them: by the name they go by at home, and by both of
 * their names at once.
 */

/*
 * Agencies credited by their home names, which the parser keeps as written (a citation's
 * publication is `共同通信`, `연합뉴스`, `TTXVN`) but knows for outlets: such a name alone on its
 * line after the text, in parentheses or not, credits the item (Japanese, Korean and Vietnamese
 * bilingual news pages credit the translation so: `（共同通信）`, `(연합뉴스)`, `(TTXVN)`).
 */
const HOME_NAME_STEM = /共同通信|연합뉴스|뉴시스|TTXVN|Thông tấn/i;
const HOME_NAMED_AGENCIES = new Set(['共同通信', '연합뉴스', '뉴시스', 'ttxvn', 'thông tấn xã việt nam']);

/** Is this an agency's home name, kept as written (`共同通信`, `(연합뉴스)`)? */
export function isHomeNamedAgency(name: string): boolean {
  // The line's length, then one search for the names' stems, before the key's normalizing.
  return name.length <= 30 && HOME_NAME_STEM.test(name) && HOME_NAMED_AGENCIES.has(publicationKey(name));
}

/** `中央社 CNA`, `Xinhua 新华社`: a name in CJK or Hangul script and a name in Latin script, either first. */
const TWO_NAMES =
  /^[(（]?\s*(?:([\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}][^\s()（）]{0,11})\s+([A-Za-z][A-Za-z.&' -]{1,40}?)|([A-Za-z][A-Za-z.&' -]{1,40}?)\s+([\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}][^\s()（）]{0,11}))\s*[)）]?$/u;

/**
 * `(中央社 CNA)`, `(Xinhua 新华社)`: a bilingual page credits the agency by both its names, the
 * page's two languages side by side as it sets its headlines (Taiwanese and mainland bilingual
 * news pages). A credit when both names are known and name the same outlet; the Latin name is
 * read. Asked of short lines holding a space, an ASCII letter and a character past U+2E80 only.
 */
export function agencyByTwoNames(text: string): string | undefined {
  if (text.length > 60 || !text.includes(' ')) return undefined;
  const c = text.charCodeAt(text.length - 1);
  const c0 = text.charCodeAt(0);
  // A CJK or Hangul character, or a bracket, at one end: the names' order puts one there.
  if (c < 0x2e80 && c0 < 0x2e80 && c !== 41 && c0 !== 40) return undefined;
  const m = TWO_NAMES.exec(text);
  if (!m) return undefined;
  const native = m[1] ?? m[4]!;
  const latin = (m[2] ?? m[3]!).trim();
  const pub = lookupPublication(latin);
  return pub && lookupPublication(native) === pub ? latin : undefined;
}
