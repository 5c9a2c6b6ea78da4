import { startsWithSourceKeyword } from '../source-label.js';
import type { SourceLine } from '../types.js';

/*
 * Shallow features of one line, the kind boilerpipe and jusText classify text blocks by:
 * length in characters and words, how the line ends, how it starts, its script. Computed once
 * per line in time bounded by a constant (past 220 characters a line is running text whatever
 * its counts, so long lines are not counted); the classifier reads them for the line and for its
 * neighbours.
 */

export interface LineFeatures {
  chars: number;
  /** Words; counted on lines of up to 220 characters (a longer line is running text: `LONG_LINE_WORDS`). */
  words: number;
  /** Ends a sentence: `.`, `!`, `?`, `…`, or one of them inside a closing quote or bracket. */
  sentenceEnd: boolean;
  /** Ends with a comma, semicolon, colon or dash: the text goes on. */
  openEnd: boolean;
  /** Starts with a lower-case letter: continues a sentence. */
  lowerStart: boolean;
  /** Share of the letters that are CJK (Han, kana, hangul); of the first 60 on a long line. */
  cjk: number;
  /** A heading element of an HTML page (`h1`-`h6`), or a bold lead that is not a label. */
  heading: boolean;
  /**
   * Holds a character that may be a letter of another script than English (`mayBeOtherLetter`:
   * past ASCII, outside the General Punctuation block), as a glossary's gloss needs (see
   * `studyNotes`). Read in the word count's own pass over a line of up to `LONG` characters; true
   * on a longer line (not read).
   */
  otherLetter: boolean;
}

/** Past this length a line is running text whatever else it is (see `runningText`). */
const LONG = 220;
/**
 * The word count given to a long line: more than any line of `LONG` characters has, so every
 * threshold reads it as many. A small integer, not `Infinity`: a field that only ever holds small
 * integers stays unboxed, where one `Infinity` makes V8 box the field in every line's record.
 */
export const LONG_LINE_WORDS = 1_000_000;
export const OPEN_END_CHARS = ',;:，；：–—-';
/**
 * `OPEN_END_CHARS` by character code, as compares: no one-character string for the last
 * character of each line, and no call (an array's `includes` is one). test/speed-guards.test.ts
 * holds it to the string over every code unit.
 */
export function openEndCode(c: number): boolean {
  if (c < 0x80) return c === 44 || c === 59 || c === 58 || c === 45;
  return c === 0x2013 || c === 0x2014 || c === 0xff0c || c === 0xff1b || c === 0xff1a;
}
const LOWER_START = /^\p{Ll}/u;

const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;
/**
 * CJK letters: kana (U+3040-U+30FF), the CJK Unified Ideographs (U+4E00-U+9FFF), Hangul syllables
 * (U+AC00-U+D7AF), as literals: the loops below compare every character with them.
 */
const isCjk = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af);

/**
 * Words (runs of characters between spaces, tabs and no-break spaces) of a short line, or -1 as
 * soon as a CJK character shows (the caller then counts letters too). One pass by character
 * codes: most lines hold no CJK, and this spares them a pattern run besides the count.
 */
function countWordsUnlessCjk(t: string): number {
  let words = 0;
  let inWord = false;
  // A character past ASCII that may be a letter (`mayBeOtherLetter`), read in the same pass.
  let other = 0;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    // Most characters are ASCII letters, digits or punctuation: part of a word, no CJK.
    if (c > 32 && c < 0x80) {
      if (!inWord) {
        words++;
        inWord = true;
      }
    } else if (c === 32 || c === 9) inWord = false;
    else if (c === 0xa0) {
      inWord = false;
      other = OTHER_LETTER;
    } else {
      if (c >= 0x3040 && isCjk(c)) return -1;
      if (c >= 0x80 && !(c >= 0x2000 && c <= 0x206f)) other = OTHER_LETTER;
      if (!inWord) {
        words++;
        inWord = true;
      }
    }
  }
  return words | other;
}

/**
 * The flag `countWordsUnlessCjk` sets beside its count: a character that may be a letter of
 * another script (`mayBeOtherLetter`). Far above the count of any line of `LONG` characters.
 */
const OTHER_LETTER = 1 << 16;

/** The share of the letters among the first `end` characters of `t` that are CJK (0 with no letter). */
function cjkShare(t: string, end: number): number {
  // With no CJK character the share is 0 whatever the letters: a compare per character, and
  // most lines stop here.
  let at = 0;
  while (at < end && !(t.charCodeAt(at) >= 0x3040 && isCjk(t.charCodeAt(at)))) at++;
  if (at === end) return 0;
  let letters = 0;
  let cjk = 0;
  for (let k = 0; k < end; k++) {
    const kind = letterClass(t.charCodeAt(k));
    if (kind !== 0) letters++;
    if (kind === 2) cjk++;
  }
  return cjk === 0 ? 0 : cjk / letters;
}

/** 0: no letter; 1: a Latin letter; 2: a CJK one (the letters the CJK share is counted over). */
function letterClass(c: number): number {
  if (c < 0x80) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
  if (isCjk(c)) return 2;
  return c <= 0x24f && c >= 0xc0 ? 1 : 0;
}

/**
 * A long line's words as the CJK reading counts them: over its first 60 characters when they
 * hold a CJK letter, else none (a long line's words are not counted, see `words`).
 */
function longLineWords(t: string): number {
  if (cjkShare(t, 60) === 0) return 0;
  let words = 0;
  let inWord = false;
  for (let k = 0; k < 60; k++) {
    const c = t.charCodeAt(k);
    if (c === 32 || c === 9 || c === 0xa0) inWord = false;
    else if (!inWord) {
      words++;
      inWord = true;
    }
  }
  return words;
}

/**
 * A long line's features (running text whatever else it is, see `runningText`). Its CJK share,
 * of its first 60 characters, is read when asked: only `translationPair` asks it of a long line
 * (the rules read `chars` first), about the few lines next to a title, so most long lines of a
 * page are never scanned for it.
 */
class LongLineFeatures implements LineFeatures {
  readonly words = LONG_LINE_WORDS;
  readonly otherLetter = true;
  private share = -1;

  constructor(
    private readonly text: string,
    readonly chars: number,
    readonly sentenceEnd: boolean,
    readonly openEnd: boolean,
    readonly lowerStart: boolean,
    readonly heading: boolean,
  ) {}

  get cjk(): number {
    if (this.share < 0) this.share = cjkShare(this.text, 60);
    return this.share;
  }
}

/** A headline the HTML marks: a heading element (`<h2>`) or an element classed as a title. */
export function markedHeading(line: SourceLine): boolean {
  return (
    line.titled === true ||
    (line.block !== undefined && line.block.length === 2 && /^h[1-6]$/.test(line.block))
  );
}

export function lineFeatures(line: SourceLine): LineFeatures {
  const t = line.text;
  const long = t.length > LONG;
  // A short line's words, counted in one pass that stops at a CJK letter: with none, the CJK share
  // is 0 whatever the letters, and most lines go this way. A long line's words are not counted.
  let words = long ? 0 : countWordsUnlessCjk(t);
  // A CJK letter (`words < 0`) may be a letter of another script; a long line is not read.
  const otherLetter = words < 0 || long || (words & OTHER_LETTER) !== 0;
  if (words > 0) words &= OTHER_LETTER - 1;
  let letters = 0;
  let cjk = 0;
  if (words < 0) {
    words = 0;
    let inWord = false;
    for (let k = 0; k < t.length; k++) {
      const c = t.charCodeAt(k);
      if (c === 32 || c === 9 || c === 0xa0) {
        inWord = false;
        continue;
      }
      if (!inWord) words++;
      inWord = true;
      const kind = letterClass(c);
      if (kind !== 0) letters++;
      if (kind === 2) cjk++;
    }
  }
  const openEnd = t.length > 0 && openEndCode(t.charCodeAt(t.length - 1));
  const first = t.charCodeAt(0);
  // A teaser closed by its "Full Story" link has ended too (see `teaserEnds`); a short line
  // whose last full stop is an abbreviation's ("... in Washington, D.C.") has not: that is a
  // headline's ending as often as a sentence's.
  const sentenceEnd =
    (sentenceEnds(t) && !(t.length < 120 && ABBREVIATION_END.test(t))) ||
    ((long || words >= 6) && teaserEnds(t));
  // A brand in camel case (`iPhone`, `eBay`, `mRNA`) opens a headline as a capital would.
  const second = t.charCodeAt(1);
  const lowerStart =
    first >= 97 && first <= 122
      ? !(second >= 65 && second <= 90)
      : first < 0x80
        ? false
        : LOWER_START.test(t.slice(0, 2));
  // A bold lead that ends in a colon is a label inside the text ("Why it matters:"), not a title.
  const heading =
    markedHeading(line) ||
    (line.block === 'strong' && (!openEnd || (long ? longLineWords(t) : words) >= 5)) ||
    lenticularHeading(t);
  if (long) return new LongLineFeatures(t, t.length, sentenceEnd, openEnd, lowerStart, heading);
  const features: LineFeatures = {
    chars: t.length,
    words,
    sentenceEnd,
    openEnd,
    lowerStart,
    cjk: 0,
    heading,
    otherLetter,
  };
  return cjk === 0 ? features : withCjkShare(features, cjk / letters);
}

/**
 * The features of an open briefing's title, read at line `i` under it: those of the line above
 * when it is the title as read (the usual case: the reader computed them once), else read now.
 * Only `heading` can differ (a plain title text has no HTML element); `runningText` ignores it.
 */
export function titleFeatures(
  title: string,
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
  i: number,
): LineFeatures {
  return i > 0 && lines[i - 1]!.text === title
    ? feats[i - 1]!
    : lineFeatures({ text: title, line: 0, blankBefore: true });
}

/**
 * The features of a line with CJK letters, their share set. A record of its own shape (`cjk`
 * first): one fractional share stored in the common record would make V8 box that field, in
 * every line's record, as a heap number of its own.
 */
function withCjkShare(f: LineFeatures, cjk: number): LineFeatures {
  return {
    cjk,
    chars: f.chars,
    words: f.words,
    sentenceEnd: f.sentenceEnd,
    openEnd: f.openEnd,
    lowerStart: f.lowerStart,
    heading: f.heading,
    otherLetter: f.otherLetter,
  };
}

/**
 * `【Japanese firms to downgrade earnings forecasts】`: a line set wholly in lenticular brackets,
 * the heading mark of Chinese and Japanese typography (news blogs and bulletin boards set each
 * item's headline so). Short labels (`【快訊】`) stay rubrics: the headline has some length.
 */
export function lenticularHeading(t: string): boolean {
  if (t.length < 10 || t.length > 120 || t.charCodeAt(0) !== 0x3010) return false;
  const close = t.indexOf('】');
  return close === t.trimEnd().length - 1;
}

/** `D.C.`, `U.S.`, `Inc.`, `Co.`, `Jr.`: a full stop that belongs to an abbreviation. */
const ABBREVIATION_END = /(?:\b(?:\p{Lu}\.){2,}|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St|Bros|Plc)\.)$/u;

export const CLOSERS = '”"’\'»)]';
export const ENDERS = '.!?…。！？';
// The same as character codes: each line's last characters are tested without a one-character string.
/** `CLOSERS` and `ENDERS` by character code, as compares (see `openEndCode`). */
export function closerCode(c: number): boolean {
  if (c < 0x80) return c === 41 || c === 34 || c === 39 || c === 93;
  return c === 0x201d || c === 0x2019 || c === 0xbb;
}
export function enderCode(c: number): boolean {
  if (c < 0x80) return c === 46 || c === 33 || c === 63;
  return c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}
const NOTE_PAIRS: Record<string, string> = { ')': '(', ']': '[', '>': '<' };

/** `text` ends a sentence at `end` (exclusive): sentence punctuation, maybe inside closing quotes. */
function endsSentenceAt(text: string, end: number): boolean {
  let k = end - 1;
  for (let n = 0; k >= 0 && n < 4 && closerCode(text.charCodeAt(k)); n++) k--;
  return k >= 0 && enderCode(text.charCodeAt(k));
}

/**
 * The text ends a sentence, or ends one and then a bracketed note (`(Xinhua, May 2, 2019)`,
 * `<Accessed 2019-10-14>`). Looks at most 160 characters back: constant time per line.
 */
export function sentenceEnds(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  if (endsSentenceAt(text, end)) return true;
  const open = NOTE_PAIRS[text[end - 1]!];
  if (open === undefined) return signedOff(text, end);
  let at = end - 2;
  while (at > 0 && end - at <= 162 && text[at] !== open) at--;
  if (at <= 0 || text[at] !== open || end - at > 162) return false;
  const inner = text.slice(at + 1, end - 1);
  if (inner.includes(text[end - 1]!)) return false;
  let before = at;
  while (before > 0 && isSpace(text.charCodeAt(before - 1))) before--;
  return before > 0 && endsSentenceAt(text, before);
}

/**
 * `... data published by the ministry showed. — AFP`, `... the company said. -- Reuters`: a
 * sentence closed by its agency's dash credit (the sign-off of AFP, Reuters and PTI copy as
 * news sites run it) has ended too. The credit is one to four capitalised words after a spaced
 * dash. Looks at most 48 characters back: constant time per line.
 */
const SIGN_OFF = /\s(?:—|–|--|-)\s?\p{Lu}[\p{L}.&'’]*(?:[ /]\p{Lu}[\p{L}.&'’]*){0,3}$/u;

function signedOff(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  // The credit ends on a letter (or an abbreviation's stop: `A.P.`).
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46)) return false;
  const from = Math.max(0, end - 48);
  const m = SIGN_OFF.exec(text.slice(from, end));
  if (!m) return false;
  let before = from + m.index;
  while (before > 0 && isSpace(text.charCodeAt(before - 1))) before--;
  return before > 0 && endsSentenceAt(text, before);
}

/**
 * `... experts said. Full Story`, `... Tsai alsoFULL STORY`, `... the idea of a ... ( read original
 * story ...)`, `... or the… Read on →`: a teaser that ends with its "read more" link. The link closes the item whether or
 * not the teaser was cut mid-sentence (the site cut it, not the page), the way Taipei Times,
 * Xinhua's lists and aggregators print teasers. Anchored at the end, bounded: constant time.
 */
const READ_MORE_END =
  /(?:^|[\s\p{Ll}.…|])[([]?\s{0,3}(?:>>\s{0,3}|»\s{0,3})?(?:(?:(?:show|view|see)\s{1,3}(?:the\s{1,3})?)?full\s{1,3}(?:story|text|article)|read\s{1,3}(?:the\s{1,3})?(?:more|original\s{1,3}story|full\s{1,3}(?:story|article))|continue\s{1,3}reading|read\s{1,3}on(?=\s{0,3}[»›→>]))\s{0,3}(?:\.{3}|…|»|›|→|>)?\s{0,3}[)\]]?(?:\s{0,3}(?:\||at\s)\s{0,3}\p{Lu}[\p{L}\p{N}.&'’ -]{1,40})?\s*$/iu;

// `Read on →`: the link's other wording (newsletter archives), always with its arrow.
const READ_MORE_WORDS = /story|more|reading|text|article|read on/i;

/** `READ_MORE_WORDS` searched from a given index (`lastIndex`) instead of on a copy of the tail. */
const READ_MORE_WORDS_FROM = new RegExp(READ_MORE_WORDS.source, 'gi');

/**
 * `... where tensions run high. Sep 21, 2013`: a card's date stamp run into the end of its
 * teaser by text extraction (video and story cards print the date under the text). The text
 * ended at the full stop before it. Anchored at the end, bounded: constant time.
 */
const DATE_STAMP_END =
  /[.!?][”"’)]?\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})$/i;

export function teaserEnds(text: string): boolean {
  // A digit last: maybe a date stamp after the final sentence.
  const last = text.charCodeAt(text.length - 1);
  // `... des Armées (Source :africaguinee.com)`: a labelled credit in parentheses closes the text,
  // whatever ended the sentence before it.
  if (last === 41) {
    const open = text.lastIndexOf('(', text.length - 2);
    if (open >= 0 && text.length - open <= 120 && startsWithSourceKeyword(text.slice(open + 1, -1)))
      return true;
  }
  if (last >= 48 && last <= 57 && DATE_STAMP_END.test(text.length > 40 ? text.slice(-40) : text)) return true;
  // Most lines end in none of the link's words: one cheap test on the last 60 characters (no
  // copy: the words have no anchor, so a match from there on is a match in the tail) spares the regex.
  // ("... |Read more >|SunDaily", "... Read more at The Star": the link, then the outlet it goes to.)
  READ_MORE_WORDS_FROM.lastIndex = Math.max(0, text.length - 60);
  if (!READ_MORE_WORDS_FROM.test(text)) return false;
  const tail = text.length > 100 ? text.slice(-100) : text;
  return READ_MORE_END.test(tail);
}
