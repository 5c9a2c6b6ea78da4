import { isWhiteSpace } from './text.js';

/*
 * The citation label, `Source:` / `Sources:` (a full-width colon too), also bracketed as a whole
 * (`[Source: Xinhua]`, `(Source: Reuters)`): both are common credit styles of listing pages,
 * Chinese and English outlets alike. This module is the one place that decides what reads as the
 * label; the page structure, the citation parser and the page splitter all ask it.
 */
/**
 * The label itself, unanchored: `[Source:`, `(Sources：`, `Source:`; and the same label in the
 * languages of the corpus's bilingual and regional pages (`來源：`, `资料来源:`, `出處:`, `出典:`,
 * `출처:`, `Fuente:`, `Fonte:`, `Quelle:`, `Forrás:`, `Kilde:`...), `Via:`, the link digests' form, and
 * `Courtesy:`.
 */
const LABEL_BRACKETS = '[(（【';
const LABEL_WORDS = [
  // `本文来源：财新网`, `文章来源：环球时报`, `稿源：中新网`, `消息来源：路透社`, `新闻来源：BBC中文网`: the
  // source label Chinese portals print under a story (Sina, NetEase and Sohu's `本文来源`/`文章来源`,
  // China News Service's and CCTV's `稿源`), longer forms of `来源` tried before it.
  '(?:本文|文章|新[闻聞]|消息)[来來]源',
  '稿源',
  'Sources?',
  'Via',
  '資料來源',
  '资料来源',
  '來源',
  '来源',
  '出處',
  '出处',
  '出典',
  '출처',
  'Fuentes?',
  'Fontes?',
  'Quellen?',
  // Malay and Indonesian (`Sumber: Bernama`, `Sumber: Antara`), Vietnamese (`Nguồn: TTXVN`).
  'Sumber',
  'Nguồn',
  // The same label in the other languages wire services and press reviews print it in: Russian
  // (`Источник: ТАСС`), Turkish (`Kaynak: Anadolu Ajansı`), Arabic (`المصدر: وام`), Persian
  // (`منبع: ایرنا`), Dutch (`Bron: ANP`), Polish (`Źródło: PAP`), Greek (`Πηγή: ΑΠΕ-ΜΠΕ`), Hebrew
  // (`מקור: וואלה`), Thai (`ที่มา: ไทยรัฐ`), Swahili (`Chanzo: Mwananchi`): each outlet of a
  // language labels its credits with that language's word for "source".
  'Источники?',
  'Kaynak',
  'المصدر',
  'منبع',
  'Bron',
  'Źródło',
  'Πηγή',
  'מקור',
  'ที่มา',
  'Chanzo',
  // The same word in the languages of Europe's national agencies' clients: Hungarian (`Forrás:
  // MTI`, infotata.hu's and infobonyhad.hu's briefs, 444.hu's newsletter), Norwegian and Danish
  // (`Kilde: NTB`, `Kilde: Ritzau`), Swedish (`Källa: TT`), Finnish (`Lähde: STT`), Czech and
  // Slovak (`Zdroj: ČTK`, `Zdroj: TASR`), Croatian, Serbian and Bosnian (`Izvor: Hina`, `Извор:
  // Танјуг`), Bulgarian (`Източник: БТА`), Ukrainian (`Джерело: Укрінформ`), Romanian (`Sursa:
  // Agerpres`): as above, each language labels a credit with its word for "source".
  'Forrás',
  'Kilde',
  'Källa',
  'Lähde',
  'Zdroj',
  'Izvor',
  'Извор',
  'Източник',
  'Джерело',
  'Sursa',
  // `Courtesy: The Hindu`, `Courtesy: Dawn`: the credit Indian and Pakistani clipping blogs and
  // current-affairs digests print under each reprinted item.
  'Courtesy',
];
// Markdown emphasis may wrap the label or the whole line (`*Source: Reuters*`, `**Source:**
// Reuters`): newsletters exported as Markdown set their credits in italics or bold.
// `Source - Reuters`, `Sources — Reuters, AFP`: a spaced dash in the colon's place, as e-mail
// newsletters and blogs set the label off.
const LABEL_HEAD = String.raw`[*_]{0,2}[${LABEL_BRACKETS}]?\s*(?:${LABEL_WORDS.join('|')})`;
export const SOURCE_LABEL_PATTERN = String.raw`${LABEL_HEAD}(?:\s*[:：]|\s+[-–—]\s)[*_]{0,2}`;
/**
 * The label with its colon only: a label glued inside a paragraph needs it (`... in 2024.Source:
 * Xinhua`), where a spaced dash is as often the sentence's own (`... sources — officials — said`).
 */
export const COLON_LABEL_PATTERN = String.raw`${LABEL_HEAD}\s*[:：][*_]{0,2}`;
const OPENING_BRACKET = new RegExp(`[${LABEL_BRACKETS}]`);
const LABEL_BRACKET_CODES = new Set([...LABEL_BRACKETS].map((c) => c.charCodeAt(0)));
const SOURCE_LABEL = new RegExp(String.raw`^\s*${SOURCE_LABEL_PATTERN}\s*`, 'i');

/**
 * The characters a label can open with (a bracket, or the first letter of a word in either case),
 * by code: asked of every line several times, the pattern runs only on a line that opens with
 * one of them or with white space (which it skips).
 */
const LABEL_FIRST = new Set(
  [
    ...LABEL_BRACKETS,
    '*',
    '_',
    ...LABEL_WORDS.flatMap((w) => [w[0]!.toLowerCase(), w[0]!.toUpperCase()]),
    // The first characters of the Chinese compound labels (the alternation's own first is `(`).
    ...'本文新消',
  ].map((c) => c.charCodeAt(0)),
);

/** `Source:` / `Sources:` at the start of a line (a line, not a paragraph that mentions sources). */
export function startsWithSourceKeyword(text: string): boolean {
  const c = text.charCodeAt(0);
  if (!LABEL_FIRST.has(c) && !isWhiteSpace(c)) return false;
  return SOURCE_LABEL.test(text);
}

/** The text after a leading citation label (`[Source: Xinhua]` gives `Xinhua]`); else the text as is. */
export function stripSourceLabel(text: string): string {
  // The first look of `startsWithSourceKeyword`: most texts (URL lines, credits) are spared the pattern.
  const c = text.charCodeAt(0);
  if (!LABEL_FIRST.has(c) && !isWhiteSpace(c)) return text;
  return text.replace(SOURCE_LABEL, '');
}

/** Does the line open with a bracketed label (`[Source: ...]`, `(Sources: ...)`), whose closing bracket is no part of the citation? */
export function isBracketedSourceLabel(text: string): boolean {
  // The label's bracket can only be its first character after white space: most texts open
  // otherwise and are spared the pattern.
  let k = 0;
  while (k < text.length && isWhiteSpace(text.charCodeAt(k))) k++;
  if (!LABEL_BRACKET_CODES.has(text.charCodeAt(k))) return false;
  const label = SOURCE_LABEL.exec(text);
  return label !== null && OPENING_BRACKET.test(label[0]);
}

/**
 * The last letters of the label's words (`LABEL_WORDS`, in either case, as the label pattern
 * matches them: `ИСТОЧНИК:` ends on a capital К), read off the list so that a word added to it
 * is never turned away here. `Sources?` ends on s or on e.
 */
const LABEL_LAST = new Set(
  LABEL_WORDS.flatMap((word) => {
    const whole = word.endsWith('?') ? [word.slice(0, -1), word.slice(0, -2)] : [word];
    return whole.flatMap((w) => {
      const last = w.at(-1)!;
      return [last, last.toLowerCase(), last.toUpperCase()];
    });
  }).map((c) => c.charCodeAt(0)),
);

/**
 * A colon (or a full-width one) after the last letter of a label word, white space between: where
 * the label pattern can match unanchored (the glued-citation hint of the page reader). Most paragraphs have no colon, or one after another word ("said:"), and
 * are spared the unanchored pattern. Each look back stops at white space: linear.
 */
export function labelColon(t: string): boolean {
  return colonAfterLabel(t, ':') || colonAfterLabel(t, '：');
}

function colonAfterLabel(t: string, colon: string): boolean {
  for (let at = t.indexOf(colon); at >= 0; at = t.indexOf(colon, at + 1)) {
    let k = at - 1;
    while (k >= 0 && isWhiteSpace(t.charCodeAt(k))) k--;
    if (k >= 0 && LABEL_LAST.has(t.charCodeAt(k))) return true;
  }
  return false;
}
