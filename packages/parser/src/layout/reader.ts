import { BARE_HOST } from '../urls.js';
import { type RunIn, runInHeads, runInParts } from './run-in.js';
import { pageTailCredits, type TailCredit, tailCreditOf } from './tail-credits.js';
import { NO_HABITS, type PageHabits, readHabits } from './habits.js';
import { repeatedShortLines, templatedLines } from './template-lines.js';
import { type PageLists, readPageLists } from './series.js';
import type { SourceLine } from '../types.js';
import { MAX_CITATION_LINE, outletDateLine } from './citation-block.js';
import { trailingCredit } from './credits.js';
import { gluedShortCredit } from './glued-citations.js';
import { signedWithInitials } from './sign-offs.js';
import { metaLine } from './date-lines.js';
import { type LineFeatures, lineFeatures } from './features.js';
import { citationShaped, LineAnswers } from './line-answers.js';
import {
  blankSeparated,
  endsOnArticle,
  headlineShape,
  isByline,
  isPhotoCaption,
  isPhotoCredit,
  isRelativeTime,
  LIST_OPENER,
  wholeLink,
  runningText,
  translationPair,
  bulleted,
  ellipsisHeadline,
} from './rules.js';
import { headlineShapeAt } from './headline-shapes.js';
import { tagAt } from './tag-lines.js';
import { opensWithWireCredit } from './wire-leads.js';
import { cutCopyOf, cutParagraphLast, cutAtPageEnd, cutTextLast, pageEndStub } from './page-end.js';

/**
 * The longest line `between` may take past its source label: the photo caption's bound (400), the
 * longest of its tests' (credit lines 200, bylines 160, furniture 120, dates, meta rows and photo
 * credits 100, relative times 60, tags 50, template lines 48). test/speed-guards.test.ts holds
 * each test to it.
 */
export const LONGEST_BETWEEN = 400;

/*
 * A line read with its neighbours (the second, contextual pass of jusText and boilerpipe):
 * is this a headline over running text, a label over a headline, furniture above the first
 * headline? Every look-ahead is bounded (a few lines), so the page stays linear.
 */
/** A line opening with a bare host (`chinadaily.com.cn`, `www.ecns.cn/...`): a site's address, not words. */
const HOST_START = new RegExp(String.raw`^${BARE_HOST}(?=[\s|/,:]|$)`);

export class LineReader {
  readonly feats: LineFeatures[];
  /** Blank lines separate blocks on this page, so a headline has one before it. */
  readonly blanks: boolean;

  /** Lines that open with a headline run in with a colon, when the page sets items that way. */
  private readonly runIns: Map<number, number>;

  /** `between` per line: 0 not read yet, 1 yes, 2 no. */
  private readonly betweens: Uint8Array;

  /** What several rules ask of each line, read once per line. */
  private readonly answers: LineAnswers;
  constructor(readonly lines: readonly SourceLine[]) {
    this.tails = pageTailCredits(lines);
    // Indexed, not `map` (see `numberedItems`).
    const feats: LineFeatures[] = [];
    for (let k = 0; k < lines.length; k++) feats.push(lineFeatures(lines[k]!));
    this.feats = feats;
    this.betweens = new Uint8Array(lines.length);
    this.answers = new LineAnswers(lines);
    this.blanks = blankSeparated(lines);
    this.runIns = runInHeads(lines, this.feats);
    this.repeats = repeatedShortLines(lines, this.feats, (t) => this.citationShaped(t));
    // The habits are read by asking the reader about lines: it answers as a page with none
    // until they are known.
    this.habits = NO_HABITS;
    this.habits = readHabits(this);
    this.lists = readPageLists(this);
  }

  /** How the page sets its items: decks, leading dates, slots, full-stop headlines (see `readHabits`). */
  readonly habits: PageHabits;

  /** The lists and series the page sets its items in (see `readPageLists`). */
  readonly lists: PageLists;

  /** Short names this page glues after its summaries as credits (see `pageTailCredits`). */
  private readonly tails: Set<string>;

  /** The credit glued after the last sentence of `text`, when the page credits its summaries so. */
  tailCredit(text: string): TailCredit | undefined {
    return this.tails.size === 0 ? undefined : tailCreditOf(this.tails, text);
  }

  /**
   * Short lines the page prints three times or more, word for word ("W140 Full Story", "Share
   * this", "Photo gallery"): the template repeated around every item, not one item's headline.
   * Repetition is boilerplate's mark in jusText's and trafilatura's deduplication; headlines,
   * bylines and citations are told apart first, so a "Source: Reuters" under each item stays a
   * citation.
   */
  private readonly repeats: Set<string>;

  /** Per line: 1 when it is one of `repeats`, read once. */
  private templatedLines: Uint8Array | undefined;

  /** Line `k` is template furniture repeated across the page (see `repeats`). */
  templated(k: number): boolean {
    if (this.repeats.size === 0) return false;
    this.templatedLines ??= templatedLines(this.lines, this.repeats);
    return this.templatedLines[k] === 1;
  }

  /** `{ title, rest }` when line `k` opens with a run-in headline (`Title: text`) on a page set that way. */
  runIn(k: number): RunIn | undefined {
    const end = this.runIns.get(k);
    return end === undefined ? undefined : runInParts(this.lines[k]!, end);
  }

  /** A hard-wrapped sentence: the next line carries on in lower case with no break between. */
  wrapsOn(k: number): boolean {
    const below = this.lines[k + 1];
    // A web address is written in lower case wherever it stands: a line opening with one
    // (`chinadaily.com.cn | Updated: ...`, `ecns.cn` under a headline) carries nothing on.
    return (
      below !== undefined &&
      !below.blankBefore &&
      this.feats[k + 1]!.lowerStart &&
      !HOST_START.test(below.text)
    );
  }

  /** Source lines, URLs, credits: never a headline, however short (see `LineAnswers`). */
  citationShaped(t: string): boolean {
    return citationShaped(t);
  }

  /** `citationShaped` of line `k`, and whether it is a date line: read once per line. */
  citationShapedAt(k: number): boolean {
    return this.answers.citationShaped(k);
  }
  dateAt(k: number): boolean {
    return this.answers.date(k);
  }

  /** Line `k` is a credit line (`creditLine` gives one), read once per line. */
  creditAt(k: number): boolean {
    return this.answers.credit(k);
  }

  /** `startsWithSourceKeyword` and `isChromeLine` of line `k`, read once per line. */
  sourceLabelAt(k: number): boolean {
    return this.answers.sourceLabel(k);
  }
  chromeLineAt(k: number): boolean {
    return this.answers.chromeLine(k);
  }

  /** Furniture, a byline, a timestamp, a credit or a date: what may stand between a headline and its text. */
  between(j: number): boolean {
    // Asked again and again by the look-aheads: each line is read once.
    const known = this.betweens[j];
    if (known !== 0) return known === 1;
    const yes = this.readBetween(j);
    this.betweens[j] = yes ? 1 : 2;
    return yes;
  }

  private readBetween(j: number): boolean {
    const t = this.lines[j]!.text;
    if (
      this.lines[j]!.chrome === true ||
      // An HTML item's source or time element (its class says so): metadata, as trafilatura reads it.
      this.lines[j]!.meta !== undefined ||
      // A source line under a headline, over its text (press-release mirrors): asked early, as of every item's.
      (t.length <= MAX_CITATION_LINE && this.answers.sourceLabel(j))
    )
      return true;
    // Every test below takes lines of `LONGEST_BETWEEN` characters at most (each says so first):
    // a paragraph longer than that is spared a dozen calls.
    if (t.length > LONGEST_BETWEEN) return false;
    return (
      this.answers.chromeLine(j) ||
      this.templated(j) ||
      this.tagHere(j) ||
      isPhotoCredit(t) ||
      isPhotoCaption(t) ||
      isByline(t) ||
      isRelativeTime(t) ||
      this.answers.credit(j) ||
      this.answers.date(j) ||
      metaLine(t) !== undefined
    );
  }

  /** A bulleted category tag between a headline and its text, or right above a headline (see `tagAt`). */
  tagHere(j: number): boolean {
    return tagAt(this, j);
  }

  /** The first line from `j` on that nothing `between` holds up (at most 4 skipped). */
  past(j: number): number {
    let m = j;
    for (let n = 0; m < this.lines.length && n < 4 && this.between(m); n++) m++;
    return m;
  }

  /**
   * The line a headline at `k` stands above: past furniture, bylines, credits and dates, and past
   * one more headline-shaped line (a deck or a translation) when running text follows it.
   */
  contentAfter(k: number): number {
    let j = this.past(k + 1);
    // The headline said again, under its credit (press-release mirrors) or right under itself
    // (an image link's text, then the headline link): its text comes after.
    if (j < this.lines.length && this.lines[j]!.text === this.lines[k]!.text) j = this.past(j + 1);
    // On a page that sets a section and an author between headline and text, a short line in
    // that slot is furniture even when it is not one the page repeats ("Trending", a name).
    for (let n = 0; n < 2 && j < this.lines.length && this.slotLine(j); n++) j = this.past(j + 1);
    // A deck or a translation stands right under its headline; decks only on a page that sets them.
    if (
      j === k + 1 &&
      j < this.lines.length &&
      !this.ownHeadline(k, j) &&
      (this.habits.decks || this.subordinate(k, j)) &&
      !this.running(j) &&
      headlineShape(this.feats[j]!, this.lines[j]!.text)
    ) {
      const m = this.past(j + 1);
      if (m < this.lines.length && this.running(m)) return m;
    }
    return j;
  }

  /** A short line (a section, a name) in the slot this page keeps between headlines and text. */
  slotLine(j: number): boolean {
    const f = this.feats[j]!;
    return this.habits.slotted && f.words <= 3 && f.chars <= 30 && !f.sentenceEnd && !this.running(j);
  }

  /** Line `j` belongs to the headline at `k` whatever the page's habit: its translation, or the unbulleted line under a bulleted item. */
  private subordinate(k: number, j: number): boolean {
    return (
      translationPair(this.feats[k]!, this.feats[j]!) ||
      (bulleted(this.lines[k]!.text) && !bulleted(this.lines[j]!.text))
    );
  }

  /**
   * Line `j` under the heading `k` is a headline of its own, never its deck or translation: `j`
   * is wholly one link and `k` is not. Listing pages link each item's headline to its story
   * (the link digests, the feed-built HTML briefings and the section fronts of the corpus); a
   * deck or a translation is not linked apart from its unlinked headline, and an unlinked
   * heading over linked headlines is their section's label.
   */
  ownHeadline(k: number, j: number): boolean {
    return wholeLink(this.lines[j]!) && !wholeLink(this.lines[k]!);
  }

  /**
   * Line `i`, short and after an item's finished text, leads to no more text of that item: the
   * next running text within a screenful has a headline of its own right above it. jusText's
   * context rule: a short block between good blocks is good, one that runs into the next
   * item's headline is boilerplate (a box, a data table's cells, share and tag rows).
   */
  trailsOff(i: number): boolean {
    for (let j = i; j < this.lines.length && j - i <= 40; j++) {
      // A list (bullets, or the line that opens one with a colon) is the item's own content.
      const t = this.lines[j]!.text;
      if (bulleted(t) || LIST_OPENER.test(t)) return false;
      if (j === i || !this.running(j)) continue;
      // The headline over that text, above its byline, credit or date lines.
      let h = j - 1;
      while (h > i && this.between(h)) h--;
      return h > i && this.headlineHere(h, true) !== undefined;
    }
    return false;
  }

  /** A deck or translation at `k` (headline-shaped, not a wrapped sentence) with running text below it. */
  deckHere(k: number): boolean {
    if (this.ownHeadline(k - 1, k)) return false;
    if (!this.habits.decks && !this.subordinate(k - 1, k)) return false;
    if (this.running(k) || this.wrapsOn(k) || !headlineShape(this.feats[k]!, this.lines[k]!.text))
      return false;
    const m = this.past(k + 1);
    return m < this.lines.length && this.running(m);
  }

  /** Running text; the last line of a page counts when it is long enough to be a cut sentence. */
  running(j: number): boolean {
    if (this.habits.periodHeads.has(j)) return false;
    const f = this.feats[j]!;
    if (runningText(f) || this.habits.cutTeasers.has(j)) return true;
    // A summary closed by the credit this page glues after its summaries ("... last year. The Fin").
    if (this.tails.size > 0 && f.words >= 6 && this.tailCredit(this.lines[j]!.text)) return true;
    // A hard-wrapped line: it carries on into the next line in lower case.
    if (f.words >= 6 && this.wrapsOn(j)) return true;
    // A wire story's first line, however the page cut it: the dateline opens running text.
    if (f.words >= 6 && opensWithWireCredit(this.lines[j]!.text)) return true;
    // Text closed by a credit glued after its last sentence ("— Reuters", "Source: BSP") or initials ("jmi").
    const t = this.lines[j]!.text;
    if (f.words >= 6 && (trailingCredit(t) || signedWithInitials(t) || !!gluedShortCredit(t))) return true;
    // The page's last line, cut: long enough for a sentence, or ending where none ends (`... say the`).
    if (j !== this.lines.length - 1) return false;
    return (f.words >= 6 && !f.openEnd) || (f.words >= 3 && endsOnArticle(t));
  }

  /**
   * A headline that starts a new briefing inside running text: headline-shaped (or an HTML
   * heading), after a finished sentence or as a list item, set off by a blank line where the
   * page uses them, and standing above running text (a short line above a long one is the
   * headline cue of boilerpipe and jusText). Returns the reason, for `--explain`.
   */
  headlineHere(k: number, afterSentence: boolean, stacked = false): string | undefined {
    const f = this.feats[k]!;
    const t = this.lines[k]!.text;
    const shape = headlineShapeAt(this, k);
    // No headline without the shape: asked first, from the line's features, it spares running
    // text the citation tests below (the dearest of them splits the line as a citation).
    if (!shape) return undefined;
    // Text closed by a labelled credit glued after its last sentence (see `running`): no headline.
    if (f.words >= 6 && !f.heading && gluedShortCredit(t) !== null) return undefined;
    if (cutParagraphLast(this.lines, this.feats, k)) return undefined;
    // Citations and bylines are never headlines, however short.
    if (this.citationShapedAt(k) || isByline(t)) return undefined;
    // A list bullet opens a block of its own, whatever came before (digests set as lists).
    const bullet = bulleted(t);
    // A byline right under it makes a headline whatever came before ("What happened today" /
    // "By Alexander Darling" in a live blog): bylines stand under headlines (AP, Chicago style).
    // So does an `Outlet, Date` row on a page that sets credit blocks under its headlines.
    const byline =
      k + 1 < this.lines.length &&
      (isByline(this.lines[k + 1]!.text) ||
        (this.habits.creditBlocks && outletDateLine(this.lines[k + 1]!.text)));
    // A headline printed twice in a row (the image link's text, then the headline link, as
    // section pages of news portals print teasers) is one whatever the site cut before it.
    // So is one whose copy the page end cut (see `cutCopyOf`).
    const twice =
      k + 1 < this.lines.length && (this.lines[k + 1]!.text === t || cutCopyOf(this.lines, k + 1, t));
    // A wire story's dateline right under it: listing pages cut teasers at a fixed length, so
    // the text above may stop mid-sentence, but a wire story's first line opens a new item.
    const wire = () => k + 1 < this.lines.length && opensWithWireCredit(this.lines[k + 1]!.text);
    if (!(afterSentence || bullet || f.heading || byline || twice || wire())) return undefined;
    if (
      this.blanks &&
      !this.lines[k]!.blankBefore &&
      !bullet &&
      !stacked &&
      !twice &&
      // Furniture above it ("Read more", a template line, a date, byline or credit closing the
      // item above) separates blocks as a blank line does.
      !(k > 0 && this.between(k - 1)) &&
      !(this.habits.headsBlankAfter && k + 1 < this.lines.length && this.lines[k + 1]!.blankBefore) &&
      // A wire dateline right under it opens a story: the headline stands over it whatever
      // blank lines the page's copy kept (news portals mix blank-set and tight items).
      !wire()
    )
      return undefined;
    if (this.wrapsOn(k)) return undefined;
    const j = this.contentAfter(k);
    if (j >= this.lines.length)
      return cutAtPageEnd(this.feats, k, t, () => this.running(k - 1))
        ? undefined
        : `${shape}, at the end of the page`;
    if (this.running(j) || (f.heading && !this.feats[j]!.heading)) return `${shape}, above running text`;
    // Over its `Outlet, Date` row and the text under it, on a page that sets credit blocks so.
    if (this.habits.creditBlocks && outletDateLine(this.lines[j]!.text)) {
      const m = this.contentAfter(j);
      if (m < this.lines.length && this.running(m)) return `${shape}, above its credit row and text`;
    }
    // The page ends a line below, on the first words of a sentence (`KUALA`): its text, cut off.
    if (cutTextLast(this.lines, this.feats, j) && !this.between(j))
      return `${shape}, above its text cut off by the page end`;
    return undefined;
  }

  /** A headline below `k` within a few lines, with no running text between (boilerpipe: short blocks away from text are furniture). */
  headlineSoon(k: number): boolean {
    for (let j = k + 1; j < this.lines.length && j <= k + 6; j++) {
      if (this.running(j)) return false;
      // Above the first headline, kickers and section names are often set tight against it with
      // no blank line between ("Middle East" / "Latest stories" / headline): the line right above
      // the text is the headline, the stack above it furniture.
      const h = this.headlineHere(j, true, true);
      if (h && !h.endsWith('end of the page')) return true;
    }
    return false;
  }
}
