import type { SourceLine } from '../types.js';

/*
 * Shallow features of one line, the kind boilerpipe and jusText classify text blocks by:
 * length in characters and words, how the line ends, how it starts, its script. Computed once
 * per line in linear time; the classifier reads them for the line and for its neighbours.
 */

export interface LineFeatures {
  chars: number;
  words: number;
  /** Ends a sentence: `.`, `!`, `?`, `…`, or one of them inside a closing quote or bracket. */
  sentenceEnd: boolean;
  /** Ends with a comma, semicolon, colon or dash: the text goes on. */
  openEnd: boolean;
  /** Starts with a lower-case letter: continues a sentence. */
  lowerStart: boolean;
  /** Share of the letters that are CJK (Han, kana, hangul). */
  cjk: number;
  /** A heading element of an HTML page (`h1`-`h6`), or a line in bold alone. */
  heading: boolean;
}

const SENTENCE_END = /[.!?…。！？][”"’'»)\]]*$/u;
const OPEN_END = /[,;:，；：–—-]$/u;

export function lineFeatures(line: SourceLine): LineFeatures {
  const t = line.text;
  let words = 0;
  let inWord = false;
  let letters = 0;
  let cjk = 0;
  // One pass over the characters: words, letters and CJK letters.
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    const space = c === 32 || c === 9 || c === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af)) {
      cjk++;
      letters++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) letters++;
  }
  return {
    chars: t.length,
    words,
    sentenceEnd: SENTENCE_END.test(t.length > 8 ? t.slice(-8) : t),
    openEnd: OPEN_END.test(t.length > 4 ? t.slice(-4) : t),
    lowerStart: /^[\p{Ll}]/u.test(t),
    cjk: letters === 0 ? 0 : cjk / letters,
    heading: line.block !== undefined && /^h[1-6]$/.test(line.block),
  };
}
