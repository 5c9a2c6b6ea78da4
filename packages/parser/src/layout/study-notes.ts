import type { SourceLine } from '../types.js';
import type { LineFeatures } from './features.js';

/*
 * Study notes of bilingual lesson pages: the vocabulary an English-learning blog or newsletter
 * lists under each news item it teaches, a term and its gloss in the reader's language, one a
 * line (`- on edge: 긴장 상태에 있다`, `3.      Temperature (noun): nhiệt độ`, `insolvency : 파산`),
 * often each with an example sentence and its translation under it. Korean newsletters and
 * study blogs (Stibee's "Headline Newsletter", enko.co.kr, lingual-hitchhiker on Tistory) and
 * Vietnamese reading blogs (blackboard.vn) set them so (corpus dev 234, 398, 400, 401). They
 * are neither paragraphs nor headlines (the corpus convention: study notes are not paragraphs,
 * never briefings), and read one by one they look like both: a short line with a colon over running
 * text. One such line says little (`Apple: 아이폰 판매 급증` is a headline); a run of them, the
 * glossary, says the page teaches.
 */

/**
 * A gloss line: an optional bullet or list number, an English term (ASCII words, at most five,
 * with a part of speech `(verb)` or a pattern `+ Noun` after it), a colon, `=` or a spaced dash,
 * then its gloss. Bounded: the line is at most `MAX_GLOSS` characters.
 */
export const GLOSS =
  /^(?:[-–•·*・]\s*|\d{1,2}[.)]\s+)?([A-Za-z][A-Za-z0-9'’.-]*(?: [A-Za-z0-9'’.-]+){0,4})(?:\s{0,3}\([a-z. ]{1,14}\))?(?:\s{0,3}\+\s{0,3}[A-Za-z]+)?(?:\s{0,3}[:：=]|\s{1,3}[-–—]\s)\s*(\S.*)$/u;
const MAX_GLOSS = 100;

/**
 * `*landslide: sạt lở đất`, `*abandon = renounce = give up on`: an asterisk set close against the
 * note's first word, the footnote and annotation mark of typography (a Markdown or plain-text
 * list item puts a space after its `*`; Markdown's emphasis, `*Source: Reuters*`, closes with
 * another). Translation exercises set their translator's notes so under each headline (corpus
 * dev 397); news text never opens so.
 */
const NOTE_MARK = /^\*(?=[\p{L}(“"'‘])/u;

/**
 * `*Japan's major department stores have been suffering from dwindling sales.` under a Japanese
 * paragraph: the asterisk marks the paragraph's English translation, not a note, where the line
 * is an English paragraph (a sentence of 60 characters or more, closed by its stop) right under
 * a CJK one, as a Japanese learner's blog sets NHK news sentence by sentence (dev 529). A note
 * glosses a term (`*landslide: sạt lở đất`, dev 397), never a whole sentence of the text.
 */
function markedTranslation(feats: readonly LineFeatures[], k: number): boolean {
  const f = feats[k]!;
  const above = feats[k - 1];
  return (
    above !== undefined &&
    f.cjk <= 0.1 &&
    f.chars >= 60 &&
    f.sentenceEnd &&
    above.cjk >= 0.5 &&
    above.sentenceEnd
  );
}

/**
 * A letter of the reader's language, not English: any letter outside ASCII (Han, kana, Hangul,
 * and the accented letters Vietnamese writes, `trải qua`, `dâng lên`).
 */
export const OTHER_SCRIPT = /[^\P{L}A-Za-z]/u;

/**
 * A character that may be a letter outside ASCII (`OTHER_SCRIPT`): past ASCII and outside the
 * General Punctuation block (U+2000-U+206F: spaces, dashes, quotes, bullets; no letter), where
 * English text's only non-ASCII characters mostly are (`’`, `“`, `—`).
 */
export const mayBeOtherLetter = (c: number) => c >= 0x80 && !(c >= 0x2000 && c <= 0x206f);

/**
 * A colon, `=` or dash somewhere on the line, and a character that may be a letter of another
 * script (`mayBeOtherLetter`): the gloss needs both. Most lines lack one or the other, and are
 * spared the pattern, in one pass by character codes.
 */
export function maySeparateGloss(text: string): boolean {
  let separator = false;
  let other = mayBeOtherLetter(text.charCodeAt(0));
  for (let k = 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 58 || c === 0xff1a || c === 61 || c === 45 || c === 0x2013 || c === 0x2014) separator = true;
    else if (!other && mayBeOtherLetter(c)) other = true;
    if (separator && other) return true;
  }
  return false;
}

/**
 * `module 舱段`, `heat wave 热浪`, `record high 最高値`: a term and its CJK gloss set apart by a
 * space alone, as Chinese and Japanese news-English lessons list their vocabulary (a vocabulary
 * table's two cells on one line). The gloss holds no Latin letter and is short (a word, not a
 * headline's translation), the whole line at most 40 characters; read in runs, as the glosses are.
 */
const SPACED_GLOSS =
  /^(?:[-–•·*・]\s*|\d{1,2}[.)]\s+)?([A-Za-z][A-Za-z'’.-]*(?: [A-Za-z'’.-]+){0,3})\s{1,4}([\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}][^A-Za-z]{0,11})$/u;

/**
 * `authorize(v.)授權、批准authority(n.)權威`, `major(adj.)主要的=main`: a term, its part of speech
 * in a dictionary's abbreviation (`(n.)`, `(v.)`, `(adj.)`), then its CJK gloss set close against
 * it, as a dictionary entry reads (the part of speech between headword and sense). Chinese
 * news-English lessons print each sentence's vocabulary so, several entries run together on one
 * line under the sentence (a Taiwanese lesson site, dev 727; Chinese listening sites' `词汇`
 * lines alike). A news sentence never glues a CJK word to `(v.)`. Read on the whole page (see
 * `studyNotes`): two such lines or more make a glossary, wherever they stand.
 */
const GLUED_GLOSS =
  /\((?:n|v|vt|vi|adj|adv|prep|conj|pron|phr|phr\. ?v|int)\.\)\s?[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/u;

/** A line of glued glosses: no longer than a vocabulary line, opening on a Latin letter, a `(` on it. */
function gluedGlossLine(text: string): boolean {
  if (text.length > 240 || text.length < 6) return false;
  const c = text.charCodeAt(0);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  return text.indexOf('(') > 0 && GLUED_GLOSS.test(text);
}

/** `{ term }` when `text` is a gloss line (an English term, then its gloss in another script). */
function glossLine(text: string): { term: string } | undefined {
  if (text.length <= 40 && text.length >= 4 && text.charCodeAt(text.length - 1) >= 0x3040) {
    const m = SPACED_GLOSS.exec(text);
    if (m) return { term: m[1]! };
  }
  if (text.length > MAX_GLOSS || text.length < 5 || !maySeparateGloss(text)) return undefined;
  const m = GLOSS.exec(text);
  if (!m || !OTHER_SCRIPT.test(m[2]!)) return undefined;
  return { term: m[1]! };
}

/** The longest word of a term cut to a stem (`conditional` finds `condition`, `mull` `mulling`). */
function stemOf(term: string): string {
  const word = term
    .toLowerCase()
    .split(' ')
    .reduce((a, w) => (w.length > a.length ? w : a), '');
  return word.length <= 4 ? word : word.slice(0, Math.max(4, word.length - 3));
}

/**
 * An example sentence under the gloss of `term`, with its translation on the same line (`The
 * company is mulling over ... 그 회사는 ...`): it uses the term inside an English sentence (the
 * words before it are English) and holds the gloss's script too.
 */
function exampleLine(text: string, term: string): boolean {
  if (text.length > 400 || !OTHER_SCRIPT.test(text)) return false;
  const stem = stemOf(term);
  if (stem.length < 3) return false;
  const at = text.toLowerCase().indexOf(stem);
  if (at < 8) return false;
  for (let k = Math.max(0, at - 24); k < at; k++) {
    const c = text.charCodeAt(k);
    // Quotes and dashes are no letters.
    if (c >= 0x80 && !(c >= 0x2010 && c <= 0x201f)) return false;
  }
  return true;
}

/**
 * `• Congestion: 혼잡` / `• Snow and rain worsen road congestion as the holiday begins.`: an
 * English example sentence of the term on its own line, under the gloss's own list mark (study
 * posts list term, then example, as items of one bulleted list; dev 332). The same mark opens
 * both and the sentence uses the term; a story's text carries no such mark.
 */
function markedExample(text: string, gloss: string, term: string): boolean {
  const mark = gloss.charCodeAt(0);
  if (text.charCodeAt(0) !== mark || text.length > 300 || /[\p{L}\p{N}]/u.test(gloss[0]!)) return false;
  const stem = stemOf(term);
  return stem.length >= 3 && text.toLowerCase().indexOf(stem) >= 2;
}

/*
 * `Vocabulary:`, `Key words`, `生词`, `重点词汇`, `單字`, `단어`, `어휘`, `Từ vựng:`, `คำศัพท์:`,
 * `語彙`, `単語`: a label naming the list under it as the item's vocabulary, as English-news
 * lessons head their glossaries in every language they teach in (Chinese listening sites,
 * Korean newsletters, Vietnamese and Thai reading blogs, Japanese news-English logs). Over a
 * glossary (asked only there) it is one of the study notes, no paragraph of the text.
 */
const GLOSSARY_LABEL =
  /^[\p{P}\p{S}\s]*(?:(?:new |key |useful )?(?:vocabulary|words|expressions|phrases|glossary)|key ?words|(?:重点|重點|相关|相關)?(?:词汇|詞彙)|生词|生詞|单词|單字|단어|어휘|표현|từ vựng|từ mới|คำศัพท์[\p{L}\p{M}]*|語彙|単語|重要単語)(?: (?:list|notes))?[\p{P}\p{S}\s]*$/iu;

const glossaryLabel = (text: string) => text.length <= 30 && GLOSSARY_LABEL.test(text);

/** A vowel with pinyin's first or third tone mark (macron, caron: ā, ǎ, ǚ), which no other Latin orthography news is written in sets on most of its words. */
const toneVowel = (c: number) =>
  c === 0x101 ||
  c === 0x113 ||
  c === 0x11b ||
  c === 0x12b ||
  c === 0x14d ||
  c === 0x16b ||
  (c >= 0x1ce && c <= 0x1dc);
/** A letter carrying any of pinyin's four tone marks (the second and fourth are acute and grave). */
const TONE_MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

/**
 * `Běijīng yínglái jīndōng dì-yī chǎng xuě` under `北京迎来今冬第一场雪`: the romanization of the
 * Chinese line above, a syllable or two a word, most words tone-marked and one at least with a
 * macron or caron (Vietnamese and the Romance languages mark vowels with acute, grave, breve and
 * circumflex, never these). Mandarin-learning news readers print pinyin under each headline and
 * sentence (graded-reader sites, Singaporean and Malaysian bilingual lessons); it is a study aid,
 * neither a headline nor text. Asked of short Latin lines under a CJK line only, a tone vowel
 * found by character codes before any pattern.
 */
export function pinyinLine(text: string): boolean {
  if (text.length > 200 || text.length < 4) return false;
  let toned = false;
  for (let k = 0; k < text.length && !toned; k++) toned = toneVowel(text.charCodeAt(k));
  if (!toned) return false;
  const words = text.split(' ');
  let marked = 0;
  for (const w of words) if (TONE_MARKED.test(w)) marked++;
  return marked >= 2 && marked * 2 >= words.length;
}

/**
 * The lines of the page's glossaries: runs of two or more gloss lines, each maybe followed by
 * one example sentence of its term. Linear: each line is read once, the patterns only on
 * short lines with a separator.
 */
/**
 * `예문: Several Korean hospitals ...` / `(여러 한국 병원들이 ...)`: an example sentence marked as
 * one on its own line, its translation in parentheses right under it: the example-and-gloss pair
 * of a lesson, as `exampleLine` reads an example under a glossary's gloss (a Korean news-English
 * lesson, dev 840). Only the label run in with its sentence: a label alone on its line heads the
 * entry's text itself (`例句:` over a news story, dev 433, see `TEXT_PART`).
 */
// Typographic principle: a lesson's example and its gloss are notes on the text (dev 840; dev 433 kept apart).
const EXAMPLE_RUN_IN = /^(?:예문|예시|例句|例文|Example|Ví dụ)\s?[:：]\s*\S/u;

/** Line `k` is a marked example with its translation under it (or cut by the page end): the pair's lines. */
function markedExamplePair(lines: readonly SourceLine[], k: number): number {
  if (!EXAMPLE_RUN_IN.test(lines[k]!.text)) return 0;
  if (k + 1 === lines.length) return 1;
  const t = lines[k + 1]!.text;
  const open = t.charCodeAt(0);
  const close = t.charCodeAt(t.length - 1);
  return !lines[k + 1]!.blankBefore && (open === 40 || open === 0xff08) && (close === 41 || close === 0xff09)
    ? 2
    : 0;
}

export function studyNotes(lines: readonly SourceLine[], feats: readonly LineFeatures[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  let glosses = 0;
  const flush = () => {
    // Most lines end no run: nothing to clear, no new array per line.
    if (run.length === 0) return;
    if (glosses >= 2) {
      for (const k of run) out.add(k);
      // The glossary's own heading right above it (`Vocabulary:`, `生词`, `Từ vựng:`).
      if (run[0]! > 0 && glossaryLabel(lines[run[0]! - 1]!.text)) out.add(run[0]! - 1);
    }
    run = [];
    glosses = 0;
  };
  let term: string | undefined;
  const glued: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const t = lines[k]!.text;
    // `*landslide: sạt lở đất`, `*warn s.o of sth`: a note under its mark, and the lines it
    // wraps onto (a lower-case start carries its sentence on).
    if (
      t.charCodeAt(0) === 42 &&
      NOTE_MARK.test(t) &&
      t.indexOf('*', 1) < 0 &&
      !markedTranslation(feats, k)
    ) {
      flush();
      out.add(k);
      while (k + 1 < lines.length && !lines[k + 1]!.blankBefore && /^\p{Ll}/u.test(lines[k + 1]!.text))
        out.add(++k);
      term = undefined;
      continue;
    }
    // An example and its translation, each marked as such (see `markedExamplePair`).
    const pair = feats[k]!.chars > 8 ? markedExamplePair(lines, k) : 0;
    if (pair > 0) {
      flush();
      for (let n = 0; n < pair; n++) out.add(k + n);
      k += pair - 1;
      term = undefined;
      continue;
    }
    // Pinyin under its Chinese line (see `pinyinLine`).
    if (k > 0 && feats[k]!.otherLetter && feats[k]!.cjk === 0 && feats[k - 1]!.cjk >= 0.5 && pinyinLine(t)) {
      flush();
      out.add(k);
      term = undefined;
      continue;
    }
    // A gloss needs a letter of another script (`maySeparateGloss`), which the line's features
    // read in their own pass: most lines are spared a second one.
    const g = feats[k]!.otherLetter ? glossLine(t) : undefined;
    if (!g && feats[k]!.otherLetter && gluedGlossLine(t)) glued.push(k);
    if (g) {
      run.push(k);
      glosses++;
      term = g.term;
      continue;
    }
    // One example sentence right under its gloss; anything else ends the run.
    if (
      term !== undefined &&
      run.at(-1) === k - 1 &&
      (exampleLine(t, term) || markedExample(t, lines[k - 1]!.text, term))
    ) {
      run.push(k);
      term = undefined;
      continue;
    }
    term = undefined;
    flush();
  }
  flush();
  // Glued glosses (see `GLUED_GLOSS`): set one line under each sentence, never in a run, so
  // counted over the page.
  if (glued.length >= 2) for (const k of glued) out.add(k);
  return out;
}

/*
 * `🇺🇸 ENGLISH SUMMARY` / `🇰🇷 한국어 해석`, `英文` / `日本語訳`, `参考译文:`: a label naming the
 * language of the text under it, as bilingual lesson pages head each language's part of an
 * item (Korean study blogs, Japanese news-English logs, Chinese listening sites); `【訳】` and
 * `■対訳` (the translation) head the translated part of Japanese news-translation columns and
 * news-English blogs alike (dev 252, 254). The label heads a part of the item's text, not an
 * item: it is no headline and no paragraph.
 */
const LANGUAGE =
  '(?:english|chinese|japanese|korean|vietnamese|thai|英文|英語|英语|中文|漢語|汉语|日本語|日文|韓文|韩文|한국어|영어|영문|국문|우리말|tiếng việt|tiếng anh)';
const PART =
  '(?:summary|translation|version|text|original|訳|译文|譯文|翻译|翻譯|原文|全文|해석|번역|요약|원문|bản dịch)';
/**
 * `內文:` (the text), `例句:` (the example), `正文` / `本文` (the body), `原文` (the original): a label
 * naming the part of a lesson's item under it, not its language. Taiwanese radio news lessons
 * head an item's English text `內文:` (dev 527), Chinese hot-words lists `例句:` (dev 433).
 */
const TEXT_PART = '(?:內文|内文|正文|本文|例句|原文|全文)';
const LANGUAGE_LABEL = new RegExp(
  `^(?:${LANGUAGE}(?:\\s?${PART})?|(?:参考|參考)?(?:译文|譯文)|(?:和|全|試|対|對)?訳|(?:한국어\\s)?(?:해석|번역)|translation|${TEXT_PART})\\s?[:：]?$`,
  'iu',
);
/** Emoji, flags, bullets, brackets, squares and diamonds (`■対訳`) and spaces a label may open or close with. */
const LABEL_MARKS =
  /^(?:[\p{Extended_Pictographic}\p{Regional_Indicator}•·*#\-–—[【(（<《■□◆◇▼\s]|\u200d|\ufe0f)+|[\]】)）>》\s]+$/gu;

/** `text` is a label naming a language of the item's text (`LANGUAGE_LABEL`). */
export function languageLabel(text: string): boolean {
  if (text.length > 40) return false;
  return LANGUAGE_LABEL.test(text.replace(LABEL_MARKS, ''));
}
