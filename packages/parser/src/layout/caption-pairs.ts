import type { PageState } from './page-state.js';
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
