import type { SourceLine } from '../types.js';
import { isChromeLine } from './chrome.js';
import { type LineFeatures, lineFeatures } from './features.js';
import { cutTranslation } from './translated-pairs.js';
import { BULLET_MARK, headlineShape } from './rules.js';

/*
 * The page's last line, where excerpts, feed previews and search snippets cut a page at a fixed
 * length wherever it falls: the first letters of the next headline, the first words of an item's
 * text, or a paragraph stopped mid-sentence. What each is decides where the last item starts.
 */

/**
 * The first letters of a headline that the page end cut off (`AS`, `‘Incredib`, `Ma`), too short
 * for `headlineShape`. Excerpts, feed previews and search snippets cut a page at a fixed length
 * wherever it falls, so the last line may be one word or less of the next headline (aggregator
 * pages 248 and 325, a business portal 465, on their last line after a finished item). Asked
 * only of the page's last line: one word (two already make `headlineShape` or read as a cut
 * sentence, `As a`, or furniture, `Latest news`), an uppercase start (maybe after an opening
 * quote), no sentence end. Page furniture (`Share`, `Advertisement`) is asked for by the callers.
 */
const STUB_START = /^[‘“"'«(]?[\p{Lu}\p{N}]/u;

export function cutHeadlineStub(f: LineFeatures, text: string): boolean {
  if (f.chars > 24 || f.words > 1 || f.cjk >= 0.5) return false;
  if (f.lowerStart || f.sentenceEnd || f.openEnd) return false;
  return STUB_START.test(text);
}

/**
 * The first words of a text the page end cut off (`KUALA`, `The IL&FS Group has`): fewer than six
 * words (longer cut lines read as running text already), opening as a sentence does (a capital or
 * a figure, maybe after an opening quote), ending nothing. Asked of the page's last line only.
 */
function cutTextStart(f: LineFeatures, text: string): boolean {
  return f.words < 6 && f.cjk < 0.5 && !f.lowerStart && !f.sentenceEnd && STUB_START.test(text);
}

/** Line `j`, the page's last, is `cutTextStart`. */
export function cutTextLast(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
  j: number,
): boolean {
  return j === lines.length - 1 && cutTextStart(feats[j]!, lines[j]!.text);
}

/**
 * `Kemelesetan ekonomi ... berakhir pada Jun 2009. Demikian menurut Biro ... yang b`: the page's
 * last line holds a finished sentence and runs on into the next, cut off by the page end: a
 * paragraph, not a headline (headlines are one telegraphic sentence with no full stop; a full
 * stop after a word of three letters or more, or a year, then a capitalised word, is a
 * sentence boundary). Six words or more. A numbered line (`2. Hurricane Helene tore ...`) is a
 * list's item, headless or not: left to the rules of items.
 */
const INNER_SENTENCE = /(?:\p{Ll}{3}|\d{4})[.!?]\s+\p{Lu}\p{Ll}/u;
const NUMBERED = /^\s*\d{1,3}[.)]\s/;

function cutParagraph(f: LineFeatures, text: string): boolean {
  return f.words >= 6 && f.cjk < 0.5 && !NUMBERED.test(text) && INNER_SENTENCE.test(text);
}

/** Line `k` is a text page's last and `cutParagraph` (an HTML document ends where it ends, uncut). */
export function cutParagraphLast(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
  k: number,
): boolean {
  return k === lines.length - 1 && lines[k]!.block === undefined && cutParagraph(feats[k]!, lines[k]!.text);
}

/** Line `k` is the page's last, set apart by a blank line, and the start of a cut headline, no furniture. */
export function pageEndStub(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
  k: number,
): boolean {
  const l = lines[k]!;
  return (
    k === lines.length - 1 &&
    l.blankBefore &&
    !l.chrome &&
    cutHeadlineStub(feats[k]!, l.text) &&
    !isChromeLine(l.text)
  );
}

/**
 * `“Etiqa Family Takaful Berhad ... contributed RM640,000, which includes the cost of eq`: on a
 * page whose items close with their credit (every item above has one after its text), the last
 * line, long for a headline (twelve words or more), under the text of an item not closed by a
 * credit yet, is more of that text cut off by the page end before the credit, not a new
 * headline (tag pages that print whole wire stories, 351; the page's habit, as `finish` reads
 * the last item as cut). A dateline credit opening the text does not close it.
 */
interface Credited {
  line: number;
  bodyLines: readonly number[];
  sources: readonly { line: number }[];
}
const closedByCredit = (d: Credited) => {
  const last = d.bodyLines.at(-1);
  return last !== undefined && d.sources.some((x) => x.line >= last);
};

export function owedText(open: Credited, closed: readonly Credited[], f: LineFeatures): boolean {
  if (open.bodyLines.length === 0 || closedByCredit(open) || f.words < 12) return false;
  return closed.length > 0 && closed.every(closedByCredit);
}

/**
 * `S&P/TSX composite up to regain most of Thursday's losses, U.S. mark` under `S&P/TSX composite
 * up to regain most of Thursday's losses, U.S. markets mixed`; `Africa A` under the page's
 * category chains `Africa Headlines International`: the page end cut a copy of a line the page
 * prints again and again (a headline said twice, as section fronts print the image link's text
 * then the headline link, Glacier Media's listings, dev 319; a category chain over each item,
 * dev 540). Excerpts cut a page at a fixed length wherever it falls (see above), so the cut may
 * fall inside the repeat: the last line, a strict prefix of `full` (a word and a letter at least,
 * four characters or more), is that copy, not text of its own.
 */
export function cutCopyOf(lines: readonly SourceLine[], k: number, full: string): boolean {
  if (k !== lines.length - 1) return false;
  const t = lines[k]!.text;
  return t.length >= 4 && t.length < full.length && full.startsWith(t);
}

/**
 * `German push in PHL motivated by tr` under `... needs to be ...`; `Li Keqiang’s rem` under a
 * teaser and its `Nov 2, 2023 · 2 min read` line: on a page of cards, each a headline over one
 * paragraph (three items above or more, every one so), the open item's paragraph finished, the
 * page's last line, headline-shaped and unfinished, stands where the block the page repeats puts
 * its next headline (page-level repetition, as boilerpipe and jusText read blocks): the next
 * card's headline cut off by the page end, not a second paragraph no card above has. Section
 * pages of a business-news portal (dev 662) and of an embassy's news list (dev 646) end so.
 * Twelve words at most (longer cut lines read as text, see `owedText`).
 */
const oneParagraph = (d: { body: readonly string[] }) => d.body.length === 1;

export function cardsOfOne(
  open: { body: readonly string[] },
  closed: readonly { body: readonly string[] }[],
): boolean {
  return oneParagraph(open) && closed.length >= 3 && closed.every(oneParagraph);
}

export function cutNextCard(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
  k: number,
): boolean {
  if (k !== lines.length - 1 || lines[k]!.block !== undefined) return false;
  const f = feats[k]!;
  const t = lines[k]!.text;
  if (f.words > 12 || f.sentenceEnd) return false;
  return (headlineShape(f, t) !== undefined || cutHeadlineStub(f, t)) && !isChromeLine(t);
}

/**
 * `비트코인을 대량 보유한 MicroStrategy는 ... 주가가` under three English paragraphs and two Korean
 * ones: an item's text set as parallel text, the original's paragraphs, then their translation
 * paragraph by paragraph (`🇺🇸 ENGLISH SUMMARY` / `🇰🇷 한국어 해석` on Korean study blogs, dev
 * 288; the English-then-Chinese lessons of Chinese listening sites alike). While the
 * translation is shorter than the original, a last line in the translation's script is owed to
 * it (the next paragraph's translation, cut off by the page end), not a new headline. Asked of
 * the page's last line only; the item's paragraphs are read once there.
 */
export function owedTranslation(body: readonly string[], f: LineFeatures, text = ''): boolean {
  if (body.length < 2) return false;
  const cjkOf = (p: string) => lineFeatures({ text: p, line: 0, blankBefore: true }).cjk;
  // `Russia now has more ... spoke to some of t` under `Britain may follow ...` / `英国接下来...`: a
  // text translated paragraph by paragraph, each original followed by its translation (NYT's
  // bilingual briefings, Chinese reading sites' 双语 articles, dev 745, 751): under a translation,
  // an unfinished line in the originals' script is the next original, cut by the page end; a
  // list number before it opens the next item instead (`2. Hurricane ...`, `2【Gangnam ...`).
  const c0 = text.charCodeAt(0);
  const numbered = c0 >= 48 && c0 <= 57;
  if (f.cjk <= 0.1 && !f.sentenceEnd && !numbered && cjkOf(body.at(-1)!) >= 0.5 && cjkOf(body.at(-2)!) <= 0.1)
    return true;
  if (f.cjk < 0.5) return false;
  let translated = 0;
  let k = body.length - 1;
  for (; k >= 0 && cjkOf(body[k]!) >= 0.5; k--) translated++;
  let original = 0;
  for (; k >= 0 && cjkOf(body[k]!) <= 0.1; k--) original++;
  return translated > 0 && translated < original;
}

/**
 * The page's last line is the first words of one more paragraph of the text above it, cut off
 * mid-word (`The 55-year-old was foun`, `A statement by the Chinese Embass`): an article, then a
 * lowercase word, no closing mark, under running text in Latin script. Headlines drop their
 * articles (AP and Reuters headline style alike: `Official jailed`, not `The official was
 * jailed`), so a cut line opened so is the text's, not the next item's title (an English wire
 * service's hourly digest, a Melbourne daily's live blog, an AP business listing: dev 428, 134,
 * 102). `above` is the line above's features; `aboveRunning` asks whether it is running text.
 */
function cutParagraphOpening(
  t: string,
  above: LineFeatures | undefined,
  aboveRunning: () => boolean,
): boolean {
  const c = t.charCodeAt(0);
  if ((c !== 84 && c !== 65) || above === undefined || above.cjk >= 0.1) return false;
  const last = t.charCodeAt(t.length - 1) | 32;
  return last >= 97 && last <= 122 && /^(?:The|An?) [a-z0-9]/.test(t) && aboveRunning();
}

/**
 * `Meanwhile, Premier Cho noted that NT$100 billion would be set aside`: the page's last line,
 * cut before its stop, opens on a connective set off by its comma. A connective ties a sentence
 * to the one before it (Halliday and Hasan's conjunctive cohesion); a headline stands alone and
 * never opens so, whatever its outlet. So the line is one more paragraph of the text above, cut
 * off (a Taiwanese news-English lesson's last sentence, dev 727; wire digests cut alike).
 */
const CONNECTIVE =
  /^(?:Meanwhile|However|Moreover|Furthermore|Additionally|Nevertheless|Nonetheless|Separately|Previously|In addition|In contrast|In fact|As a result|At the same time|For example|For instance|On the other hand),\s/;

function cutConnectiveOpening(t: string): boolean {
  const comma = t.indexOf(',');
  return comma >= 6 && comma <= 18 && t.length > comma + 12 && CONNECTIVE.test(t);
}

/**
 * The page's last line `k` (text `t`), headline-shaped, is no headline: the translation of the
 * paragraph above cut off (`cutTranslation`), or one more paragraph of the text above cut off.
 */
export function cutAtPageEnd(
  feats: readonly LineFeatures[],
  k: number,
  t: string,
  aboveRunning: () => boolean,
): boolean {
  return (
    cutTranslation(feats, k) || cutParagraphOpening(t, feats[k - 1], aboveRunning) || cutConnectiveOpening(t)
  );
}

/** The marks a bulleted list opens its lines with. */
const BULLETS = new Set([...'•▪●◦‣·-*–'].map((c) => c.charCodeAt(0)));

/**
 * `• Trump himself owns around 15.75 billion WLFI tokens ...` / `• The company init`: the page's
 * last line opens with the mark of the bulleted line right above it, a line of the open item's
 * text: the list's next item, cut off by the page end, not a new headline (a list goes on with
 * its mark until something else stands: a news-summary site's `Key Facts` lists, dev 774; a
 * wiki's bulleted short news, dev 340; a wire's `--` list of briefs, dev 510).
 */
export function owedListItem(
  open: { bodyLines: readonly number[] },
  lines: readonly SourceLine[],
  k: number,
): boolean {
  if (k === 0 || open.bodyLines.at(-1) !== lines[k - 1]!.line) return false;
  const mark = lines[k]!.text.trimStart().charCodeAt(0);
  return BULLETS.has(mark) && lines[k - 1]!.text.trimStart().charCodeAt(0) === mark;
}

/**
 * The page's last line, headline-shaped, is owed to the open item's text: one more paragraph
 * (`owedText`), its translation (`owedTranslation`), its list's next line (`owedListItem`), or
 * its text where the list's next headline would carry the list's mark (`unmarkedLast`).
 */
export function owedAtEnd(
  open: Credited & { body: readonly string[]; at: number },
  closed: readonly (Credited & { at: number })[],
  lines: readonly SourceLine[],
  f: LineFeatures,
  k: number,
  numbered: ReadonlySet<number>,
): boolean {
  return (
    owedText(open, closed, f) ||
    owedTranslation(open.body, f, lines[k]!.text) ||
    owedListItem(open, lines, k) ||
    unmarkedLast(lines, numbered, open, closed, k)
  );
}

/**
 * `학교가 학생들에` under `3. 일부 대학에서 ...`; `Based on the latest increase` under `• Gas prices
 * will continue to rise in Taiwan, says CPC` and its paragraphs: the page's last line, headline-
 * shaped, under an item whose headline carries the list's mark (its number in the page's numbered
 * list, or a bullet), as the two items above carry it too. A list marks every item alike (the
 * convention of numbered and bulleted lists in every script: a Korean blog's numbered morning
 * papers, a Taiwanese portal's bulleted business news, dev 753 and 777), so the next item's
 * headline would carry the mark as well: a last line without it is the open item's text, cut off
 * by the page end, not a headline. Asked of the page's last line only.
 */
export function unmarkedLast(
  lines: readonly SourceLine[],
  numbered: ReadonlySet<number>,
  open: { at: number },
  closed: readonly { at: number }[],
  i: number,
): boolean {
  if (i !== lines.length - 1 || closed.length < 2) return false;
  const mark = (k: number) => (numbered.has(k) ? 1 : BULLET_MARK.test(lines[k]!.text) ? 2 : 0);
  const m = mark(open.at);
  if (m === 0 || mark(i) !== 0 || /^\d/.test(lines[i]!.text)) return false;
  return mark(closed.at(-1)!.at) === m && mark(closed.at(-2)!.at) === m;
}
