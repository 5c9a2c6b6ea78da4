import type { PageState } from './page-state.js';
import { sentenceEnds, teaserEnds } from './features.js';
import { translationPair } from './rules.js';

/**
 * `A scene from late actor Lee Sun-kyun's film "Sleep" (2023) [LOTTE ENTERTAINMENT]` /
 * `배우 고(故) 이선균 감독의 영화 '잠'(2023)의 한 장면 [롯데엔터테인먼트]`: a picture's caption closed by
 * its credit in square brackets (the Korean English-language press's style: Korea JoongAng
 * Daily's `[YONHAP]`, `[NEWS1]`), and the same caption translated on the next line with its
 * credit translated too, as bilingual study posts copy the picture with the story (dev 234). A
 * headline tagged with its level or topic (`Hanoi is very hot [ENTRY]`) has no such twin.
 */
const BRACKET_CREDIT =
  /\s\[(?:[A-Z0-9][A-Z0-9 &./'’-]{1,40}|[\p{Script=Hangul}\p{Script=Han}\p{Script=Katakana}ー・ ]{2,20})\]$/u;

export function captionPair(s: PageState, i: number): boolean {
  const t = s.lines[i]!.text;
  const next = s.lines[i + 1]?.text;
  if (next === undefined || t.length > 200 || next.length > 200 || t.charCodeAt(t.length - 1) !== 93)
    return false;
  return (
    BRACKET_CREDIT.test(t) &&
    BRACKET_CREDIT.test(next) &&
    translationPair(s.read.feats[i]!, s.read.feats[i + 1]!)
  );
}

/**
 * `Filipinos sit outside a church on Christmas Eve.(AFP/Joel Nito)`, `Round ‘em up: officers ...
 * testing.(JP/P.J. Leo)`: a picture's caption closed by its credit, the agency or paper and the
 * photographer joined by a slash in parentheses, as the Asian English-language press credits
 * pictures (The Jakarta Post's `(JP/Name)`, AFP's and Reuters' `(AFP/Name)` in Philippine and
 * Indonesian papers: dev 630, 626, 763). The name after the slash is a person's: one to four
 * capitalised words. Constant time: the look is at the last 80 characters, asked only of a line
 * ending in `)`.
 */
const SLASHED_PICTURE_CREDIT =
  /[.!?”"’]\s?\((?:\p{Lu}[\p{L}.-]{1,15})(?:\s[Pp]hoto)?\/\s?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\)$/u;

/**
 * Line `i`, a caption closed so (see `SLASHED_PICTURE_CREDIT`), after an item's finished text
 * and over the next headline (a short line with no closing stop, no running text): the picture
 * the page sets between two items, neither item's paragraph.
 */
export function captionBetweenItems(s: PageState, i: number): boolean {
  const t = s.lines[i]!.text;
  const j = i + 1;
  if (t.charCodeAt(t.length - 1) !== 41 || !t.includes('/', t.length - 50)) return false;
  if (!SLASHED_PICTURE_CREDIT.test(t.length > 80 ? t.slice(-80) : t)) return false;
  const text = s.b.draft?.body.at(-1);
  if (text === undefined || !(sentenceEnds(text) || teaserEnds(text))) return false;
  if (j >= s.lines.length) return true;
  const f = s.read.feats[j]!;
  return !f.sentenceEnd && f.words <= 20 && !s.read.running(j);
}
