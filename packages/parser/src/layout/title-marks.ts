import type { SourceLine } from '../types.js';
import { CLOCK_LEAD } from './clock-leads.js';
import { BULLET_MARK } from './rules.js';

/*
 * Marks of layout on a headline's line that are not its words: a list number, a counter before
 * its link, a column rubric, a kicker's colon, a glued badge, a bullet, a live timeline's clock
 * time; the headline said twice; an image's alt text glued before it. The builder takes them off
 * the title and keeps them with the page's chrome.
 */
/** A list number before a headline: `1. `, `2) `, `1 / `, `No. 3: `. */
const ENUMERATOR = /^(?:no\.\s?)?\d{1,3}\s?(?:[.)|:]|\s\/)\s+(?=\S)/i;
/**
 * A bare number before a headline link, outside it (`<span class=num>2</span> <a>Headline</a>`):
 * the list's counter in an element of its own, as an `<ol>` marker is, not the headline's words
 * (a headline that opens with a number has it inside its link).
 */
function counterBeforeLink(line: SourceLine): RegExpExecArray | null {
  const a = line.anchors;
  if (a?.length !== 1) return null;
  const m = /^\d{1,3}\s+/.exec(line.text);
  return m && line.text.slice(m[0].length) === a[0]!.text ? m : null;
}
/** A column rubric in CJK brackets before a headline: `《中英對照讀新聞》`, `【快訊】`. */
const RUBRIC = /^[《【][^《》【】]{1,20}[》】]\s*(?=\S)/u;
/**
 * A colon opening the headline line (`:Angriff gegen ...` under its kicker `Ickinger Wahlkampf
 * eskaliert`): the separator of a kicker set on the line above, as Süddeutsche Zeitung and
 * Spiegel set `Kicker: Headline` split over two lines. No headline opens with a colon.
 */
export const KICKER_COLON = /^[:：]\s*(?=\p{L}|\p{N}|["“‘„])/u;
/**
 * `• newInside story: ...`: a badge (`new`, `live`, `updated`) run into the headline by text
 * extraction, the badge element's text glued to the link's. A lower-case badge word glued to a
 * capital or an opening quote cannot start a headline; it goes to the chrome with its bullet.
 */
const GLUED_BADGE =
  /^(?:[•·▪■◆●]\s*)?(?:new|hot|live|updated|exclusive|breaking|trending)(?=\p{Lu}\p{Ll}|['"‘“]\p{Lu})/u;
/** A comment counter after a headline link: `Headline(0)`, `Headline (12)`. */
const COMMENT_COUNT = /\s?\(\d{1,5}\)$/;

/**
 * The headline said twice on one line (`Title Title(0)`, `Asean morning newsAsean morning
 * news`): a page flattened to text runs an image link's or a heading's text into the headline
 * link's, as the section fronts of two outlets in the corpus do (dev 246, 248). Returns the
 * length of the first copy, or 0. Linear: one comparison of the two halves.
 */
export function doubledTitle(text: string): number {
  const whole = text.replace(COMMENT_COUNT, '');
  for (const gap of [1, 0]) {
    const half = (whole.length - gap) / 2;
    if (!Number.isInteger(half) || half < 8) continue;
    if (gap === 1 && whole[half] !== ' ') continue;
    if (whole.startsWith(whole.slice(half + gap), 0)) return half;
  }
  return 0;
}

/** `Sources:` or `Source:` opening a credit that may list several agencies. */
/**
 * `Malaysia morning newsMalaysia Could Have To Pay ...`: an image's alt text run into the
 * headline with no space (text extraction drops the break between them), the alt text repeating
 * the page's own title above (`Malaysia Morning News For July 10`), as digest pages head their
 * first item with the issue's banner image (aecnewstoday 021; aseannewstoday 248 prints the same
 * alt text on a line of its own). A lower-case letter runs into a capital where the two meet.
 * Gives where the headline starts, or 0.
 */
export const ALT_GLUE = /^(\p{Lu}[\p{L} ]{3,60}?\p{Ll})(?=\p{Lu}\p{Ll})/u;

/**
 * Where `ALT_GLUE` can match: a lower-case ASCII letter from the fifth character on, right before
 * an upper-case one, with only ASCII letters and spaces before it (past ASCII, a character of
 * the General Punctuation block, `’` or `—`, is no letter and stops the run; any other may be a
 * letter, and passes). Most titles hold an ASCII digit or punctuation, or no such join, before
 * it: one pass by character codes, where the pattern tries each length of its lazy run.
 * test/speed-guards.test.ts holds it to the pattern.
 */
export function mayGlueAltText(title: string): boolean {
  const end = Math.min(title.length, 80);
  const first = title.charCodeAt(0);
  if (first < 128 && !(first >= 65 && first <= 90)) return false;
  for (let k = 1; k + 1 < end; k++) {
    const c = title.charCodeAt(k);
    if (c >= 128) {
      if (c >= 0x2000 && c <= 0x206f) return false;
      return true;
    }
    if (c >= 97 && c <= 122) {
      const next = title.charCodeAt(k + 1);
      if (k >= 4 && ((next >= 65 && next <= 90) || next >= 128)) return true;
    } else if (c !== 32 && !(c >= 65 && c <= 90)) return false;
  }
  return false;
}

export function gluedAltText(title: string, chrome: readonly string[]): number {
  if (!mayGlueAltText(title)) return 0;
  const m = ALT_GLUE.exec(title.length > 80 ? title.slice(0, 80) : title);
  if (!m || !m[1]!.includes(' ')) return 0;
  const alt = m[1]!.toLowerCase();
  return chrome.some((c) => c.toLowerCase().startsWith(alt)) ? alt.length : 0;
}

/**
 * The layout mark opening a title (see above), or null. `line` is the title's line when the
 * title is the whole line (a counter before its link is read from the line's links); `clock`
 * says whether the page stamps its headlines with clock times, asked only when nothing else
 * matched.
 */
export function layoutMarkOf(
  title: string,
  line: SourceLine | undefined,
  clock: () => boolean,
): RegExpExecArray | null {
  return (
    ENUMERATOR.exec(title) ??
    (line === undefined ? null : counterBeforeLink(line)) ??
    RUBRIC.exec(title) ??
    KICKER_COLON.exec(title) ??
    GLUED_BADGE.exec(title) ??
    BULLET_MARK.exec(title) ??
    (clock() ? CLOCK_LEAD.exec(title) : null)
  );
}
