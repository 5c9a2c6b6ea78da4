import { lookupPublication } from '../publications.js';
import type { SourceLine } from '../types.js';
import type { LineFeatures } from './features.js';
import { PHOTO_LABEL, pictureNote } from './picture-notes.js';
import { bylinedDateline } from './wire-leads.js';

/*
 * The layout rules: what a line is, from its own features and its neighbours'. Each rule
 * rests on a typographic convention shared by many outlets (named in its comment), never on
 * one site's habit, and each returns the reason it gives to `--explain`.
 *
 * The patterns of rules asked of every line are module constants: a regex literal inside a
 * function makes a new RegExp object at each call.
 */

/** A list bullet and its space at the start of a line (`•`, `▪`, `*`, `-`...): layout, not text. */
export const BULLET_MARK = /^[•·▪◦‣●■*–>-]\s+/u;
/** A list bullet at the start of a line (`•`, `▪`, `*`, `-` and a space), then the item. */
export const BULLET = new RegExp(`${BULLET_MARK.source}\\S`, 'u');

/**
 * The line's first character is one `BULLET_MARK` opens with: a compare or four by character
 * code, where the pattern costs a call. Most lines open with a letter and stop here.
 */
export function mayOpenBullet(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0xb7) return c === 45 || c === 42 || c === 62;
  return c === 0xb7 || c === 0x2013 || c === 0x2022 || c === 0x2023 || (c >= 0x25a0 && mayOpenBulletShape(c));
}
const mayOpenBulletShape = (c: number) => c === 0x25a0 || c === 0x25aa || c === 0x25cf || c === 0x25e6;

/** `BULLET_MARK.test`, its pattern asked only of a line that opens with a bullet's character. */
export const bulletMarked = (text: string): boolean => mayOpenBullet(text) && BULLET_MARK.test(text);
/** `BULLET.test`, its pattern asked only of a line that opens with a bullet's character. */
export const bulleted = (text: string): boolean => mayOpenBullet(text) && BULLET.test(text);

/** Past this many characters a mostly-CJK line is running text (CJK headlines are far shorter). */
const CJK_TEXT = 60;

/** A question or exclamation mark, maybe inside a closing quote (module constants: no RegExp per call). */
const QUESTION_END = /[?!？！][”"’']?$/u;
/**
 * A space and an article or conjunction, or another word that needs what follows it: a relative
 * or a comparison (`that`, `which`, `than`), a clause opener (`because`, `but`, `if`, `whether`),
 * a possessive (`its`, `their`). No headline ends on one: a line that does is cut or wrapped text.
 */
export const ARTICLE_END =
  /\s(?:the|a|an|and|or|of|that|which|whose|than|because|but|if|whether|its|their|his|our|your|my)$/;
/**
 * The last letters of those words, read off the pattern: the end-anchored pattern (tried from
 * every position) only runs on a line ending in one of them.
 */
export const ARTICLE_LAST = new Set(
  /\(\?:([^)]*)\)/
    .exec(ARTICLE_END.source)![1]!
    .split('|')
    .map((w) => w.charCodeAt(w.length - 1)),
);

/** The line ends on one of those words: cut or wrapped text, whatever its length. */
export function endsOnArticle(text: string): boolean {
  return ARTICLE_LAST.has(text.charCodeAt(text.length - 1)) && ARTICLE_END.test(text);
}

/**
 * Headline shape: short, no closing full stop, comma, colon or semicolon, not starting in
 * lower case. News headlines across outlets and languages are written this way (AP, Reuters
 * and Chinese outlets alike: "headlines take no full stop"); running text ends its sentences.
 */
export function headlineShape(f: LineFeatures, text: string): string | undefined {
  if (f.chars > 220 || f.words > 32 || f.lowerStart || f.openEnd) return undefined;
  // Chinese and Japanese headlines run to 30 characters or so; past 60 a CJK line is text.
  if (f.cjk >= 0.5 && f.chars > CJK_TEXT) return undefined;
  if (f.words < 2 && f.cjk < 0.5) return undefined;
  if (f.cjk < 0.5 && f.chars < 12) return undefined;
  // A question or an exclamation can be a headline; a full stop cannot.
  if (f.sentenceEnd && !QUESTION_END.test(text)) return undefined;
  // No headline ends on an article or a conjunction: a line that does ("... the lack of care,"
  // the") is wrapped running text, whatever its length.
  if (endsOnArticle(text)) return undefined;
  return SHAPE_REASONS[f.words]!;
}

/**
 * `Dr M just as much at fault as Najib, says Baru...`: section pages and portal cards cut a long
 * headline to the card's width and mark the cut with an ellipsis (WordPress title trims, news
 * portals' teaser cards), so the line ends as a sentence would. Short (five to twelve words:
 * fewer are as often a teaser's cut tail), one clause (no sentence end inside), the ellipsis right
 * after a word, no past-tense reporting verb (headlines report in the present tense, `says`):
 * a headline in shape once the ellipsis is read as the cut. The callers still want running text under it.
 */
const ELLIPSIS_CUT = /[\p{L}\p{N}’'”"](?:\.\.\.|…)$/u;
const INNER_END = /[.!?]\s/;
/** Reporting verbs in the past tense: text reports so, headlines in the present (`says`; AP style). */
const REPORTED = /\b(?:said|told|added|stated)\b/;

export function ellipsisHeadline(f: LineFeatures, text: string): boolean {
  // The line's shape and its last character first: most lines end in neither `.` nor `…`.
  if (f.words < 5 || f.words > 12 || f.lowerStart || f.cjk >= 0.5 || f.chars > 100) return false;
  const last = text.charCodeAt(text.length - 1);
  if (last !== 46 && last !== 0x2026) return false;
  if (REPORTED.test(text)) return false;
  return (
    ELLIPSIS_CUT.test(text) && !INNER_END.test(text) && !endsOnArticle(text.replace(/(?:\.\.\.|…)$/u, ''))
  );
}

/**
 * `headlineShape`'s answer for each word count it accepts (0 to 32), made once: the rule is asked
 * of every headline-shaped line several times, and a template would make a string each time.
 */
const SHAPE_REASONS = Array.from(
  { length: 33 },
  (_, n) => `headline shape (${n} words, no closing full stop)`,
);

/**
 * Running text: a sentence that ends, of some length; a long line; or a longer line that goes on
 * past its end (a sentence introducing a list with a colon, a wrapped sentence ending in a comma).
 */
export function runningText(f: LineFeatures): boolean {
  if (f.chars > 220 || (f.cjk >= 0.5 && f.chars > CJK_TEXT)) return true;
  if (f.sentenceEnd) return f.words >= 3 || f.cjk >= 0.5;
  return f.openEnd && f.words >= 8;
}

/**
 * `China: Daily Scan, August 8, 2022`, `Friday, March 31, 2017`: a short line that ends with a
 * full date, the way digests and newsletters head each issue; a label, not a headline.
 * `Economics 11 July, 2024`, `Defence & Security 9 July, 2024`: a card's category and date row,
 * the day first and the separator lost in the text copy (news and newsletter themes print the
 * row under or over each card). Headlines carry no year: a line ending on a full date with its
 * year is a label (a caller still asks that a headline stand under it).
 */
const DATED_LABEL =
  /(?:(?:^|,\s*)\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s*\d{4}|(?:^|\s)\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?,?\s+\d{4})$/u;

export function datedLabel(text: string): boolean {
  // Its last character is the year's last digit: most lines are spared the pattern.
  const last = text.charCodeAt(text.length - 1);
  return text.length <= 60 && last >= 48 && last <= 57 && DATED_LABEL.test(text);
}

/**
 * A wire acronym of 2 to 6 capitals (`AFP`, `WAM`, `JIJI`, `NNA`), as agencies sign their copy:
 * one rule for the credit glued after a sentence (`trailingCredit`) and the joint credit alone
 * on a line (`agencyCredit`), where it stands in for an outlet the table may not know.
 */
const WIRE_ACRONYM = /^[A-Z]{2,6}$/;

export function isWireAcronym(word: string): boolean {
  return WIRE_ACRONYM.test(word);
}

/**
 * The agencies of a list credit: `AFP, Reuters, dpa`, `Reuters and AP`, `AFP/Reuters`, and
 * `Reuters; Bloomberg` (a semicolon between the sources, as style guides set items of a list
 * that may hold commas themselves: wire round-ups and newsletters' `Sources:` lines).
 */
const AGENCY_LIST_PARTS = /\s*(?:,|;|\/|&|\band\b)\s*/;

/**
 * The agencies an item was compiled from, listed in one credit (`(AFP, Reuters, dpa)` as
 * Deutsche Welle closes its copy, `Sources: Reuters, AP`, `(AFP/Reuters)` as Arab News and
 * Middle East papers print it): two to four names, each a known outlet or a wire acronym, at
 * least one of them known, so `(US, EU)` or `(Q1, Q2)` names no source. Returns the names in
 * order, or undefined. The one rule for every list credit (alone on a line, after a sentence,
 * after `Sources:`).
 */
export function agencyList(text: string, parts: RegExp = AGENCY_LIST_PARTS): string[] | undefined {
  if (text.length > 80) return undefined;
  const names = text.split(parts).filter(Boolean);
  if (names.length < 2 || names.length > 4) return undefined;
  if (!names.every((name) => isWireAcronym(name) || lookupPublication(name) !== undefined)) return undefined;
  return names.some((name) => lookupPublication(name) !== undefined) ? names : undefined;
}

/**
 * `raw` cut into one piece per name of `names` (found in order): each piece runs from its name
 * (the first from the start) to the next name, so the pieces together are `raw`, nothing lost.
 */
export function piecesPerName(raw: string, names: readonly string[]): string[] | undefined {
  const starts: number[] = [];
  let from = 0;
  for (const name of names) {
    const at = raw.indexOf(name, from);
    if (at < 0) return undefined;
    starts.push(at);
    from = at + name.length;
  }
  return names.map((_, k) =>
    raw.slice(k === 0 ? 0 : starts[k]!, k + 1 < names.length ? starts[k + 1]! : raw.length),
  );
}

/**
 * `2 hours ago`, `Reported about 1 year ago`, `Updated: 3 hours 3 min ago`, `1. 4H AGO`: a
 * relative timestamp, page furniture next to an item in social-style and aggregator listings,
 * never its headline; and a clock time alone (`Updated: 10:11 AM CDT`). The whole line is the
 * stamp, with at most a two-word label: a headline may end in `ago` (`... approved ages ago`).
 */
const AGE =
  '(?:\\d+|an?|one|a\\s+few|few|several)\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)';
const RELATIVE_TIME = new RegExp(
  `^[-–—|•·\\s]*(?:\\d{1,3}\\.\\s*)?(?:[A-Za-z]+:?\\s+){0,2}(?:${AGE}(?:,?\\s+${AGE})?\\s+ago|just now)$`,
  'i',
);

/**
 * `Updated: 10:11 AM CDT`, `9:30 AM`, `Posted 14:05`: a clock time alone, maybe labelled and zoned.
 * `23-09-18 23:01`, `23.09.18 14:05`: the same time after a numeric date with a two-digit year,
 * the stamp news aggregators' topic pages and East Asian portals print on each card (whose order,
 * year or day first, the line alone cannot tell: a timestamp, not a date to read).
 */
const CLOCK_TIME =
  /^(?:(?:updated|posted|published|last updated)\s*[:：]?\s*)?(?:\d{2}([-./])\d{2}\1\d{2}\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/i;

/**
 * `- 1 hour ago 16 May 25, 3:52pm -`, `2 hours ago | Dec 1, 2025`: the relative time first, then
 * the date and time it stands for, framed by dashes or bars, as news portals' cards print it.
 */
const RELATIVE_LEAD =
  /^[-–—|•·\s]*(?:\d{1,3}\s+(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?)\s+ago|just now)(?:[\s,|–—-]+[\w.,:/ ]{0,30}?)?[\s|–—-]*$/i;

export function isRelativeTime(text: string): boolean {
  // A clock time with no date is the same furniture: the item's time of day in a listing.
  return text.length <= 60 && (RELATIVE_TIME.test(text) || CLOCK_TIME.test(text) || RELATIVE_LEAD.test(text));
}

const BYLINE_START = /^(?:by|By|BY)[:\s]\s*[\p{Lu}\p{Lo}]/u;
const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/u;

/**
 * `(Reporting by Jane Doe; Editing by Tom Hogue)`, `Writing by …; additional reporting by …`:
 * the production credit Reuters closes its copy with, kept by every site that reprints it
 * (Yahoo Finance, US News, Investing.com), and the `Compiled by` / `Edited by` lines of
 * newsletters: the staff who made the item, said after its text.
 */
const STAFF_CREDIT =
  /^\(?\s*(?:(?:additional\s+)?reporting|writing|editing|compiled|edited|compilation|translated)\s+by\s+\p{Lu}/iu;

/** `By Jane Doe`, `By: Chen Yu-fu / Staff reporter`, `BY JOHN SMITH`: a byline (AP and Chicago style). */
export function isByline(text: string): boolean {
  // Case matters: "by denying him care..." is a wrapped sentence, and with the `i` flag \p{Lu}
  // would match any letter.
  if (text.length > 160) return false;
  // A byline run into a wire dateline and the story (`By Jane Doe NEW YORK (Reuters) - The ...`)
  // is the story's first paragraph, however short.
  if (BYLINE_START.test(text))
    return !SENTENCE_BREAK.test(text) && !(text.includes('(') && bylinedDateline(text));
  return isStaffCredit(text);
}

export function isStaffCredit(text: string): boolean {
  // One look at the first letters spares most lines the pattern.
  const first = text.charCodeAt(text.charCodeAt(0) === 40 ? 1 : 0) | 32;
  return (
    (first === 114 || first === 119 || first === 101 || first === 99 || first === 97 || first === 116) &&
    STAFF_CREDIT.test(text)
  );
}

/** Two lines of one headline: the same title in a CJK script and in a Latin one (bilingual listings). */
export function translationPair(a: LineFeatures, b: LineFeatures): boolean {
  return (a.cjk >= 0.5 && b.cjk <= 0.1) || (a.cjk <= 0.1 && b.cjk >= 0.5);
}

/** Blank lines separate blocks on this page (most text pages), so a headline has one before it. */
export function blankSeparated(lines: readonly SourceLine[]): boolean {
  // The first line always counts as after a blank: it says nothing about the page.
  let blank = 0;
  for (let k = 1; k < lines.length; k++) if (lines[k]!.blankBefore) blank++;
  return blank >= (lines.length - 1) * 0.3 && blank > 0;
}

/**
 * `Photo: Huang Pei-chun, Taipei Times`, `(Getty Image photo)`, `Photo courtesy of ...`: a photo
 * credit, furniture between a headline and its text (Taipei Times, Taiwan News, AP alike).
 */
/** A cheap first look for `isPhotoCredit`'s agency form. */
const PICTURE_AGENCY_HINT = /Getty|AP Photo|AFP|Reuters|Shutterstock|iStock|EPA|Bloomberg/;
export const PHOTO_NOTE = /^\([^()]{0,60}\b(?:photo|image|file)\)$/i;
/**
 * `(Image: AAP/James Ross)`, `New Zealand Prime Minister Jacinda Ardern (Image: AAP/Boris Jancic)`,
 * `Protesters in Nairobi (Photo: Reuters)`: a picture's credit in parentheses, alone or closing
 * its caption, as Australian and African news sites print it over each card (Crikey, The
 * Conversation, Nation Africa alike). It ends the line, so a line not closed by `)` is spared it.
 */
export const PHOTO_CREDIT_END = /\((?:photo|photograph|image|picture|pic)s?\s*[:：][^()]{1,60}\)$/i;

/**
 * `Suspect being led by officers. (Taoyuan Police Department photo)`, `(CNA photo)`, `... on
 * Monday. (AP Photo/Evan Vucci)`: the picture's credit with the word after its source, as the AP
 * stylebook sets it under a picture and Taiwan's English press (CNA, Taiwan News) credits theirs.
 * Closing a caption of a sentence or so (a line of 100 characters at most, see `isPhotoCredit`),
 * it marks the line as the picture's. `(with photo)` / `(with photos)` closes a press release's
 * headline, not a caption.
 */
export const PHOTO_WORD_END = /\((?!with\b)[^()]{1,60}\s(?:photo|photograph)s?(?:\/[^()]{1,40})?\)$/i;

export function isPhotoCredit(text: string): boolean {
  if (text.length > 100) return false;
  // The label opens with p or i (any case), the note with `(`: the first character decides.
  const first = text.charCodeAt(0);
  const lower = first | 32;
  return (
    ((lower === 112 || lower === 105) && PHOTO_LABEL.test(text)) ||
    (first === 40 && PHOTO_NOTE.test(text)) ||
    pictureNote(text, first) ||
    (text.charCodeAt(text.length - 1) === 41 && (PHOTO_CREDIT_END.test(text) || PHOTO_WORD_END.test(text))) ||
    // "Cebas/Getty Images", "Mark Schiefelbein/AP Photo": photographer and picture agency, the
    // credit line news sites print under every picture. A news agency's name alone ("Reuters",
    // "AFP") is a source line as often as a picture's: only with the photographer's name is it
    // the picture's.
    (PICTURE_AGENCY_HINT.test(text) &&
      PICTURE_CREDIT.test(text) &&
      !NEWS_AGENCY_ALONE.test(text) &&
      // `AFP/Reuters`: two agencies and no photographer, the joint credit of agency copy.
      !agencyList(text, JOINT_SLASH))
  );
}

/**
 * `Photo taken on Nov. 17, 2023, shows Himeji Castle ...`, `Aerial photo taken on Jan. 26, 2022
 * shows cargo vessels ...`: the caption formula of agency pictures (Kyodo's and Xinhua's alike),
 * printed with the picture above or between items. A caption, not a story's text or headline.
 */
export const CAPTION_START =
  /^(?:\p{Lu}\p{Ll}+ (?:\p{Ll}+ )?)?(?:photo|picture|image)s? (?:taken|shot) (?:on|in) /iu;

export function isPhotoCaption(text: string): boolean {
  return text.length <= 400 && mayOpenCaption(text) && CAPTION_START.test(text);
}

/**
 * Where `CAPTION_START`'s picture word can begin: the line's start, or right after its first or
 * second space (the one or two words before it hold no space). Its first letter is `p` or `i`
 * in either case (no other letter folds to them): a look at three characters, where the
 * pattern, case-insensitive over Unicode classes, costs a call. Most lines stop here.
 */
export function mayOpenCaption(text: string): boolean {
  if (pictureInitial(text.charCodeAt(0))) return true;
  const first = text.indexOf(' ');
  if (first < 0) return false;
  if (pictureInitial(text.charCodeAt(first + 1))) return true;
  const second = text.indexOf(' ', first + 1);
  return second >= 0 && pictureInitial(text.charCodeAt(second + 1));
}
const pictureInitial = (c: number) => (c | 32) === 112 || (c | 32) === 105;

const PICTURE_CREDIT =
  /^(?:[\p{L} .'’-]{2,40}\/)?(?:Getty Images|AP Photo|AFP(?: via Getty Images)?|Reuters|Shutterstock|iStock(?:photo)?|EPA(?:-EFE)?|Bloomberg)(?:\s*\/\s*[\p{L} .'’-]{2,30})?$/u;
const NEWS_AGENCY_ALONE = /^(?:AFP|Reuters|EPA|Bloomberg)$/;
const JOINT_SLASH = /\s*\/\s*/;

/**
 * `China: Daily Scan, August 12, 2020`, `No. 141 | 01.04.2023`, `Daily News 2011-01-17`,
 * `IN BRIEF (Page 2)`, `Top stories at 3.15pm`: a heading that names an issue of the page (a
 * date with its year, a page or issue number, a clock time), the way digests and newsletters head
 * each edition. At the top of a page it is the listing header, not a briefing.
 */
export function issueHeading(text: string): boolean {
  if (text.length > 60 || /[.!?。]$/.test(text)) return false;
  return (
    /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s*\d{4}\b/u.test(
      text,
    ) ||
    // Day first, as British and Commonwealth style writes it (`Thursday 10th October, 2019`), in
    // words or in figures (`edition of 16-09-22`, `21/03/2024`).
    /\b\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}{2,8}\.?,?\s+\d{4}\b|\b\d{1,2}([-/])\d{1,2}\1(?:\d{4}|\d{2})\b/u.test(
      text,
    ) ||
    /\(?\bpage\s+\d{1,4}\)?$|\bNo\.\s*\d{1,5}\b|\bat\s+\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?$/i.test(text)
  );
}

/**
 * `• Contracts`, `• Podcasts/At Close of Business`: a bulleted category tag, set between a
 * headline and its text by news sites' listing templates (Business News, WordPress tag lists):
 * a few words after a bullet, no sentence. Furniture, like a byline or a date line.
 */
const TAG_BULLET = /^[•·▪]\s/u;

export function isTagLine(text: string): boolean {
  if (text.length > 50 || !TAG_BULLET.test(text)) return false;
  const rest = text.slice(2).trim();
  return (
    rest.length > 0 && rest.split(/\s+/).length <= 6 && !/[.!?,;:]$/.test(rest) && !/\d[\d,.]*\s/.test(rest)
  );
}

/** `Features will include:`: a line that introduces a list under it. */
export const LIST_OPENER = /[:：]$/u;

/** An HTML line that is wholly one link (`<h3><a href>Headline</a></h3>`, `<li><a>...</a></li>`). */
export function wholeLink(line: SourceLine): boolean {
  return line.anchors?.length === 1 && line.anchors[0]!.text === line.text;
}
