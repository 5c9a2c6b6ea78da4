import { mayEndOutletDate, outletDateLine } from './citation-block.js';
import { dateLine } from './date-lines.js';
import type { SourceLine } from '../types.js';
import { type LineFeatures, teaserEnds } from './features.js';
import type { LineReader } from './reader.js';
import { headlineShape, isByline, runningText } from './rules.js';
import { pageLeadCredits } from './tail-credits.js';

/*
 * A page's habits: how its items are set, read once over the whole page before any line is
 * classed. Layout regularity across the page, as Web2Text labels a sequence jointly and MDR
 * finds the repeated record: one line's features say less than the page's pattern.
 */

export interface PageHabits {
  /** Decks (or translations) stand under headlines: see below. */
  decks: boolean;
  /** Timestamps stand above the headlines, not after the text. */
  datesLead: boolean;
  /** Furniture (a section, an author) stands between headlines and their text. */
  slotted: boolean;
  /** Lines that are headlines closed by a full stop, on a page that sets its headlines so. */
  periodHeads: Set<number>;
  /** Lines that are headings closed by a colon, on a page that sets its items so (see `colonHeadings`). */
  colonHeads: Set<number>;
  /**
   * Teasers the page cut at one fixed length, mid-sentence (see `fixedCutTeasers`,
   * `wordCutTeasers`), or set with no full stop in dated cards (see `datedCards`).
   */
  cutTeasers: Set<number>;
  /** Headlines stand right under the text above, their blank line after them: see `headsBlankAfter`. */
  headsBlankAfter: boolean;
  /** Names in parentheses that open the page's summaries, its credits (see `pageLeadCredits`). */
  leadNames: Set<string>;
  /** `Outlet, Date` lines stand between headlines and their text: see `creditBlocks`. */
  creditBlocks: boolean;
}

/**
 * `Jokowi To Welcome ...` / `Jakarta Post, 08/03/2017` / its text: a page that sets the outlet
 * and its date as a line of their own between each headline and its text (the credit block of
 * clipping services and press reviews: VIF's daily scans, Indonesian clipping pages). One such
 * line may be a deck or a dateline; two or more, each under a headline and over running text,
 * are the page's credit blocks.
 */
function creditBlocks(read: LineReader): boolean {
  const { lines, feats } = read;
  let blocks = 0;
  for (let k = 1; k + 1 < lines.length && blocks < 2; k++) {
    // The row's own cheap look first (its length, its last character), then the shape of the
    // line above (from its features): most rows a citation parser reads as one (the row's
    // pattern and split) stand under a paragraph, not a headline. The citation tests after.
    const t = lines[k]!.text;
    if (!mayEndOutletDate(t) || !headlineShape(feats[k - 1]!, lines[k - 1]!.text)) continue;
    if (!outletDateLine(t) || !read.citationShapedAt(k) || read.citationShapedAt(k - 1)) continue;
    const below = read.past(k + 1);
    if (below < lines.length && read.running(below)) blocks++;
  }
  return blocks >= 2;
}

/**
 * `...private companies.` / `Port strike enters its second week` / blank / its text: a page
 * whose text copy sets the blank line after each headline rather than before it (converters that
 * give headings a bottom margin and paragraphs none). The blank still parts headline and text;
 * the headline itself follows a finished paragraph directly. The page's habit when two or more
 * headline-shaped lines sit so, each under a finished paragraph and over running text, and no
 * headline-shaped line over running text has a blank line before it (Web2Text's sequence cue).
 */
function headsBlankAfter(read: LineReader): boolean {
  const { lines, feats } = read;
  if (!read.blanks) return false;
  let tight = 0;
  for (let k = 1; k + 1 < lines.length; k++) {
    if (!lines[k + 1]!.blankBefore || !headlineShape(feats[k]!, lines[k]!.text)) continue;
    // Under a finished paragraph (the first headline, under the page header, says nothing).
    // Its text may stand under a stamp or credit row (`23-09-18 23:01`, `NY Times`), as the
    // headline's own text does under the usual habit (`past`).
    if (!feats[k - 1]!.sentenceEnd || !read.running(k - 1) || read.between(k)) continue;
    const text = read.running(k + 1) ? k + 1 : read.past(k + 1);
    if (text >= lines.length || !read.running(text)) continue;
    // A page that sets a blank line before such a headline too has the usual habit.
    if (lines[k]!.blankBefore) return false;
    tight++;
  }
  return tight >= 2;
}

/**
 * `Fed raises rates.` over its summary: some pages close every headline with a full stop
 * (Chinese headlines with `。`, wire digests and school newsletters alike). One such line is a
 * one-sentence paragraph as often as a headline; the page's rhythm decides: three or more short
 * sentences, each alone after a blank line and over a longer paragraph, and as many of them as
 * of the paragraphs they head (headline, summary, headline, summary: Web2Text's sequence cue).
 */
function periodHeadlines(read: LineReader): Set<number> {
  const { lines, feats } = read;
  const heads = new Set<number>();
  for (let k = 0; k + 1 < lines.length; k++) {
    const f = feats[k]!;
    if (!f.sentenceEnd || f.openEnd || f.chars > 120 || (f.cjk < 0.5 && (f.words < 3 || f.words > 16)))
      continue;
    if (f.cjk >= 0.5 && f.chars > 40) continue;
    // Alone after a blank line; on a page with no blank lines, right after a finished paragraph
    // (the same rhythm, set without the blank lines, as text copies of such pages come).
    if (
      k > 0 &&
      !lines[k]!.blankBefore &&
      (read.blanks || !feats[k - 1]!.sentenceEnd || !read.running(k - 1))
    )
      continue;
    const g = feats[k + 1]!;
    if (g.chars < f.chars * 1.5 || !read.running(k + 1) || read.between(k)) continue;
    heads.add(k);
  }
  let texts = 0;
  for (let k = 0; k < lines.length; k++) if (!heads.has(k) && read.running(k)) texts++;
  return heads.size >= 3 && heads.size * 2 >= texts ? heads : new Set();
}

/*
 * `Hard line out of Washington:` / `At all costs:` over a few paragraphs each: a briefing that
 * heads its stories with a short phrase closed by a colon (CNN's "5 Things to Know", TIME's and
 * Axios's newsletters alike). Three or more such lines on the page, each alone after a blank
 * line (or first) and over running text, make the habit. A line introducing a quote (`The
 * statement said:`) or a list (`as follows:`), a source label and a brief label are not headings.
 */
export const COLON_END = /^\p{Lu}[^:：]{2,58}[:：]$/u;

/** `COLON_END`'s last character, by its code: a line ending otherwise is spared the pattern. */
export function endsWithColon(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 58 || c === 0xff1a;
}
const INTRODUCES =
  /\b(?:said|says|say|added|adds|wrote|writes|stated|states|told|reads?|follows|following|include[sd]?|including|are|is|was|were|asked|explained|noted|warned|announced)\s*[:：]$/i;

function colonHeadings(read: LineReader): Set<number> {
  const { lines, feats } = read;
  const heads = new Set<number>();
  for (let k = 0; k + 1 < lines.length; k++) {
    const f = feats[k]!;
    if (f.chars > 60 || f.words < 2 || f.words > 9 || f.sentenceEnd) continue;
    const t = lines[k]!.text;
    // `sourceLabelAt` is the page's once-per-line `startsWithSourceKeyword`.
    if (!endsWithColon(t) || !COLON_END.test(t) || INTRODUCES.test(t) || read.sourceLabelAt(k)) continue;
    if (k > 0 && !lines[k]!.blankBefore) continue;
    if (!read.running(k + 1)) continue;
    heads.add(k);
  }
  return heads.size >= 3 ? heads : new Set();
}

/*
 * `... the Greek Fire Se` / `... Governor Gavin Newsom i`: listing pages cut each teaser at one
 * fixed number of characters, mid-word (WordPress excerpts, portal cards and feed widgets alike),
 * so the teaser above a headline never ends a sentence. Three or more unfinished long lines of
 * nearly one length (within 2%, at least 4 characters) are the page's cut; such a line ends its
 * teaser as a full stop would, and the headline-shaped line under it opens the next item.
 */
function fixedCutTeasers(read: LineReader): Set<number> {
  const { feats } = read;
  const open: number[] = [];
  for (let k = 0; k < feats.length; k++) {
    const f = feats[k]!;
    if (f.chars >= 100 && !f.sentenceEnd) open.push(k);
  }
  if (open.length < 3) return new Set();
  const byLength = [...open].sort((a, b) => feats[a]!.chars - feats[b]!.chars);
  let best: number[] = [];
  for (let i = 0, j = 0; i < byLength.length; i++) {
    const from = feats[byLength[i]!]!.chars;
    if (j < i) j = i;
    while (j < byLength.length && feats[byLength[j]!]!.chars - from <= Math.max(4, from * 0.02)) j++;
    if (j - i > best.length) best = byLength.slice(i, j);
  }
  return best.length >= 3 ? new Set(best) : new Set();
}

/**
 * `The Debt Management Office has denied reports alleging that Nigeria failed the` / `The
 * Ottawa-based firm says as of August it will not take any share of the first $1 million in
 * revenue`: listing pages that cut each teaser at one fixed number of words (WordPress's
 * `excerpt_length`, `wp_trim_words` in themes and feed widgets), so the teaser never ends a
 * sentence and is no longer than a headline. Unfinished lines of one word count (eight words or
 * more), each right under a headline-shaped line with a paragraph break after it (the card's
 * end), are the cut where three or more stand so and a third of them or more stop on a word no
 * headline ends on (an article, a preposition, a conjunction: the cut falls anywhere, a headline
 * ends on its last content word). A headline of that length stands under a teaser, not a
 * headline, and stays one.
 */
function wordCutTeasers(read: LineReader): Set<number> {
  const { lines, feats } = read;
  const byWords = new Map<number, number[]>();
  for (let k = 1; k < feats.length; k++) {
    const f = feats[k]!;
    if (f.words < 8 || f.chars > 220 || f.sentenceEnd || f.cjk > 0.1) continue;
    // The card's end after it, and a headline over it.
    if (k + 1 < lines.length && !lines[k + 1]!.blankBefore) continue;
    if (!headlineShape(feats[k - 1]!, lines[k - 1]!.text)) continue;
    const same = byWords.get(f.words);
    if (same) same.push(k);
    else byWords.set(f.words, [k]);
  }
  let cut: number[] = [];
  for (const same of byWords.values()) if (same.length > cut.length) cut = same;
  if (cut.length < 3) return new Set();
  let midPhrase = 0;
  for (const k of cut) if (CUT_WORD_END.test(lines[k]!.text)) midPhrase++;
  return midPhrase * 3 >= cut.length ? new Set(cut) : new Set();
}

/**
 * `Sri Lanka to lease state land for warehouse` / `Land given on 30-year lease` / `August 29,
 * 2023 1 min read`: a section page whose cards each set the headline, a standfirst with no full
 * stop (the excerpt an editor writes as a deck, as news themes print it under the headline) and
 * the item's date, maybe after its author's name, one card right after another. Such a
 * standfirst is the item's text however it ends. Three or more cards in a row, each date
 * followed by the next card's headline (MDR's repeated record), make the habit; a standfirst
 * that is running text already reads so without it. One pass: a card's lines are not read again.
 */
function datedCards(read: LineReader): Set<number> {
  const { lines, feats } = read;
  const out = new Set<number>();
  let run: number[] = [];
  // Asked after every line that heads no card: a new list only when the run held a card.
  const flush = () => {
    if (run.length === 0) return;
    if (run.length >= 3) for (const t of run.slice(1)) out.add(t);
    run = [];
  };
  let k = 0;
  while (k + 2 < lines.length) {
    const end = cardEnd(read, k);
    if (end < 0) {
      flush();
      k++;
      continue;
    }
    run.push(k + 1);
    k = end;
  }
  flush();
  // On a page whose items have running text, a headline over a line and a date is another
  // card (a box of related stories, the page's own title over its strapline): the habit is the
  // page's when its standfirsts outnumber the running text it has (cards are all it lists).
  let running = 0;
  for (let n = 0; n < feats.length; n++) if (runningText(feats[n]!)) running++;
  if (running >= out.size) return new Set();
  for (const t of out) if (runningText(feats[t]!)) out.delete(t);
  return out;
}

/** The index after the card whose headline is line `k` (headline, standfirst, maybe a name, date), or -1. */
function cardEnd(read: LineReader, k: number): number {
  const { lines, feats } = read;
  const t = k + 1;
  // The headline's shape (from its features) before its date test (the date-line reading). The
  // card's date row, of 60 characters at most, stands right under the standfirst or one line
  // lower (under a name): where neither line is that short there is no card, and the
  // standfirst's tests below (the date-line and citation readings of a whole paragraph) are spared.
  if (
    feats[k]!.words < 5 ||
    !headlineShape(feats[k]!, lines[k]!.text) ||
    !shortWithin(lines, t + 1, t + 2, 60) ||
    read.dateAt(k)
  )
    return -1;
  // A standfirst is a sentence, with words in lower case; a line of capitalised words under a
  // headline is a name, a kicker or another headline.
  const text = lines[t]!.text;
  if (
    !lines[k]!.blankBefore ||
    !lines[t]!.blankBefore ||
    feats[t]!.words < 4 ||
    !/\s\p{Ll}/u.test(text) ||
    read.dateAt(t) ||
    read.citationShapedAt(t) ||
    isByline(text)
  )
    return -1;
  let d = t + 1;
  // The author's name between the standfirst and the date (`Nethmi Rajawasam`).
  const g = feats[d];
  if (g && d + 1 < lines.length && g.words <= 4 && !g.sentenceEnd && !read.dateAt(d) && read.dateAt(d + 1))
    d++;
  return d < lines.length && lines[d]!.text.length <= 60 && read.dateAt(d) ? d + 1 : -1;
}

/** Line `a` or line `b` exists and is at most `max` characters long. */
function shortWithin(lines: readonly SourceLine[], a: number, b: number, max: number): boolean {
  return (
    (a < lines.length && lines[a]!.text.length <= max) || (b < lines.length && lines[b]!.text.length <= max)
  );
}

/**
 * A teaser over its "read more" link alone on the next line (`... The campaign has` / `Read
 * more`): the site cut it there, however it ends, as the link says (see `teaserEnds`).
 */
function linkedTeasers(read: LineReader): Set<number> {
  const { lines, feats } = read;
  const out = new Set<number>();
  for (let k = 0; k + 1 < lines.length; k++) {
    const link = lines[k + 1]!.text;
    if (link.length <= 40 && feats[k]!.words >= 6 && teaserEnds(link)) out.add(k);
  }
  return out;
}

/** Words a cut can stop on and a headline does not end on: articles, prepositions, conjunctions. */
const CUT_WORD_END =
  /\s(?:the|a|an|and|or|of|that|which|than|its|their|his|at|in|on|to|for|with|by|from|as|into|between|is|was|are|were|has|had|will)$/;

function unite(a: Set<number>, b: Set<number>): Set<number> {
  if (b.size === 0) return a;
  for (const k of a) b.add(k);
  return b;
}

/** A page with none of the habits: how the reader answers while they are being read. */
export const NO_HABITS: PageHabits = {
  decks: false,
  datesLead: false,
  slotted: false,
  periodHeads: new Set(),
  colonHeads: new Set(),
  cutTeasers: new Set(),
  headsBlankAfter: false,
  leadNames: new Set(),
  creditBlocks: false,
};

export function readHabits(read: LineReader): PageHabits {
  const { lines, feats } = read;
  // Does this page set decks under its headlines? Count the headline-shaped lines with running
  // text right under them (plain) and those with a second headline-shaped line between (decked):
  // where plain headlines are the page's habit, a "deck" is the real headline and the line above
  // it furniture. Count too the headlines whose text comes after furniture (slotted).
  let plain = 0;
  let decked = 0;
  let slotted = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    if (!headlineShape(feats[k]!, lines[k]!.text)) continue;
    if (read.between(k) || read.citationShapedAt(k)) continue;
    const below = read.past(k + 1);
    if (below < lines.length && read.running(below)) {
      plain++;
      if (below > k + 1) slotted++;
    } else if (headlineShape(feats[k + 1]!, lines[k + 1]!.text) && !read.citationShapedAt(k + 1)) {
      const text = read.past(k + 2);
      if (text < lines.length && read.running(text)) decked++;
    }
  }
  // Do the page's timestamps head its items or close them? The first one decides: above the
  // page's first running text, dates lead ("Apr 24, 2019 12:09 PM PT" / headline / text);
  // after it, they close the item above (the text, then "Published: ...").
  let firstDate = -1;
  let firstText = -1;
  for (let k = 0; k < lines.length && k < 60 && (firstDate < 0 || firstText < 0); k++) {
    if (firstDate < 0 && lines[k]!.text.length <= 60 && read.dateAt(k)) firstDate = k;
    if (firstText < 0 && read.running(k)) firstText = k;
  }
  return {
    decks: !(plain >= 2 && plain > 2 * decked),
    datesLead: firstDate >= 0 && (firstText < 0 || firstDate < firstText),
    // Most of the page's headlines (two or more) stand over furniture before their text.
    slotted: slotted >= 2 && slotted * 2 >= plain,
    periodHeads: plain >= 2 ? new Set() : periodHeadlines(read),
    colonHeads: colonHeadings(read),
    cutTeasers: unite(
      unite(fixedCutTeasers(read), wordCutTeasers(read)),
      unite(datedCards(read), linkedTeasers(read)),
    ),
    headsBlankAfter: headsBlankAfter(read),
    leadNames: pageLeadCredits(lines),
    creditBlocks: creditBlocks(read),
  };
}
