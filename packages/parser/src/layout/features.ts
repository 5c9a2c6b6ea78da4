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
/** A bracketed credit or note after the last sentence: `(Xinhua, May 2, 2019)`, `<Accessed 2019-10-14>`. */
const TRAILING_NOTE = /\s*(?:\([^()]{1,160}\)|\[[^[\]]{1,160}\]|<[^<>]{1,160}>)\s*$/u;
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
    sentenceEnd: sentenceEnds(t),
    openEnd: OPEN_END.test(t.length > 4 ? t.slice(-4) : t),
    lowerStart: /^[\p{Ll}]/u.test(t),
    cjk: letters === 0 ? 0 : cjk / letters,
    // A bold lead that ends in a colon is a label inside the text ("Why it matters:"), not a title.
    heading:
      line.block !== undefined &&
      (/^h[1-6]$/.test(line.block) || (line.block === 'strong' && !OPEN_END.test(t.slice(-4)))),
  };
}

/** The text ends a sentence, or ends one and then a bracketed note. */
export function sentenceEnds(text: string): boolean {
  const tail = text.length > 200 ? text.slice(-200) : text;
  if (SENTENCE_END.test(tail)) return true;
  const note = TRAILING_NOTE.exec(tail);
  return note !== null && note.index > 0 && SENTENCE_END.test(tail.slice(0, note.index));
}
