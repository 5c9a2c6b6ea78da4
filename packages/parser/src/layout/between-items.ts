import { labelHere } from './labels.js';
import { datelined, firstSentenceEnd } from './dateline-runs.js';
import { teaserEnds } from './features.js';
import { openHeadless } from './list-items.js';
import { datelinedStory, retitleDatelined } from './datelined-stories.js';
import { collectCitations, isUrlLine, MAX_CITATION_LINE } from './citation-block.js';
import { AUTHOR_BOX, HEADER, RELATED_LABEL } from './chrome.js';
import { lineDate } from './date-lines.js';
import { MAX_TITLE } from './draft.js';
import { NUMBER, titleFirstSentence } from './numbered.js';
import { holdDateForNext, type PageState, takePendingDate } from './page-state.js';
import { headlineLink, linkButton, metaCredit, outletCredit } from './records.js';
import {
  headlineShape,
  isPhotoCaption,
  isPhotoCredit,
  isRelativeTime,
  isStaffCredit,
  issueHeading,
  runningText,
} from './rules.js';

/**
 * Under a "Most read" / "Related stories" label (a furniture line, `RELATED_LABEL`), the block's
 * lines up to the next blank line are other stories' bare headlines (links), not items nor an
 * item's text: jusText's link-dense block, whose label says what it is. Marks them and returns
 * the line after the block, or undefined when line `i` is no such label.
 */
export function relatedBlock(s: PageState, i: number): number | undefined {
  const { lines, b } = s;
  const t = lines[i]!.text;
  if (t.length > 40) return undefined;
  // Under an author box's label, the writer's bio up to the next blank line (see `AUTHOR_BOX`):
  // prose lines only, three at most, so on a page with no blank lines the next headline ends it.
  if (AUTHOR_BOX.test(t)) {
    let k = i + 1;
    for (; k < lines.length && k <= i + 3 && !lines[k]!.blankBefore && s.read.running(k); k++)
      b.chrome(k, "an author box: the writer's bio under its label");
    return k;
  }
  if (!RELATED_LABEL.test(t)) return undefined;
  // The block may stand a blank line below its label (text copies keep the label's margin): a
  // bare headline there, with no text under it (an item's headline has its text below).
  let k = i + 1;
  const bare = (j: number) =>
    j < lines.length && lines[j]!.text.length <= MAX_TITLE && !runningText(s.read.feats[j]!);
  if (bare(k) && (k + 1 === lines.length || !s.read.running(k + 1)))
    b.chrome(k++, 'a headline of a "Most read" or "Related" block: a link to another story');
  for (; k < lines.length && !lines[k]!.blankBefore && lines[k]!.text.length <= MAX_TITLE; k++)
    b.chrome(k, 'a headline of a "Most read" or "Related" block: a link to another story');
  return k;
}

/*
 * A line read while no briefing is open (the page top, or after a citation block closed one):
 * furniture, a listing header or label, a stray citation, an item's meta row, or the headline
 * that opens the next briefing. Returns the index of the next line to read.
 */
export function readBetweenItems(s: PageState, i: number): number {
  const { lines, read, b } = s;
  const l = lines[i]!;
  const t = l.text;
  if (l.record !== undefined) {
    const readAs = metaCredit(l);
    if (readAs !== undefined) {
      s.pending = { k: i, readAs };
      b.mark(i, 'citation', "an item's meta row (outlet and time) above its headline");
      return i + 1;
    }
    const href = s.pending ? linkButton(l) : undefined;
    if (s.pending && href) {
      s.pending.links = [href];
      b.chrome(i, "the item's link button, under its meta row");
      return i + 1;
    }
  }
  // A timestamp above the next headline, on a page that dates its items so: the item's date.
  const leading = read.habits.datesLead ? lineDate(t) : undefined;
  if (leading !== undefined) return holdDateForNext(s, i, leading);
  if (read.chromeLineAt(i) || (t.length <= 220 && /page/i.test(t) && HEADER.test(t))) {
    b.chrome(i, 'navigation, pagination or a copyright line');
    return relatedBlock(s, i) ?? i + 1;
  }
  if (read.templated(i)) {
    b.chrome(i, 'a short line the page repeats around its items (template furniture)');
    return i + 1;
  }
  if (isRelativeTime(t)) {
    b.chrome(i, 'a relative timestamp ("2 hours ago")');
    return i + 1;
  }
  // `Translated by Tian Shaohui and Pang Lei`, `Compiled by ...` where a headline would stand: the
  // staff credit of the page or of the item above (translated press reviews, newsletters), a
  // production credit, never a story's headline (see `isStaffCredit`).
  if (t.length <= 160 && isStaffCredit(t)) {
    b.chrome(i, 'a staff credit where a headline would stand (who wrote, edited or translated it)');
    return i + 1;
  }
  if (isPhotoCaption(t)) {
    b.chrome(i, 'a picture\'s caption ("Photo taken on ... shows ...")');
    return i + 1;
  }
  // `(Image: AAP/James Ross)` over a card's headline: a picture's credit is no headline, between
  // items as inside one (it is furniture there too: see `readInsideItem`).
  if (isPhotoCredit(t)) {
    b.chrome(i, 'a photo credit above a headline');
    return i + 1;
  }
  if ((read.sourceLabelAt(i) && t.length <= MAX_CITATION_LINE) || isUrlLine(t)) {
    const { entries, next } = collectCitations(lines, i);
    const previous = b.drafts.at(-1);
    for (let k = i; k < next; k++)
      b.mark(k, previous ? 'citation' : 'unparsed', 'a citation after a citation block');
    if (previous && previous.sources.length > 0)
      for (const e of entries) b.addCitation(previous, e.raw, e.line, e.links);
    else
      for (const e of entries) {
        b.unparsed.push({ text: e.raw, line: e.line, reason: 'a citation with no briefing before it' });
      }
    i = next;
    return i;
  }
  // Too long for a headline, but opened by a wire dateline: a headless story (see `datelinedStory`).
  if (t.length > MAX_TITLE && datelinedStory(t)) {
    b.close(false);
    return b.open(
      i,
      'running text opened by a wire dateline: a headless story, titled by its first sentence',
    );
  }
  if (t.length > MAX_TITLE) {
    b.unparsed.push({
      text: t,
      line: l.line,
      reason: `expected a briefing title here, but the line is ${t.length} characters long`,
    });
    b.mark(i, 'unparsed', 'running text where a title was expected');
    b.issues.push({
      line: l.line,
      code: 'missing-title',
      message: 'a paragraph where a title was expected',
    });
    return i + 1;
  }
  // The first line of the page naming an edition (a date, "Page 2", "No. 141") heads the listing.
  // ...unless running text follows it right away: then it is the first item's headline with
  // its date glued on ("...症2017-11-15" over its summary, as listings with a date column print).
  if (
    b.drafts.length === 0 &&
    b.page.header === undefined &&
    issueHeading(t) &&
    !read.lists.editions.has(i) &&
    // A date glued to the words with no space is a date column the text copy lost its gap
    // before (VOA's lists, Taipei Times' language pages); an edition heading sets it apart.
    !(/\p{L}\d{4}-\d{2}-\d{2}$/u.test(t) && read.running(read.contentAfter(i)))
  ) {
    b.page.title = t;
    b.page.header = t;
    b.mark(i, 'header', 'a heading that names an edition of the page (a date, a page or issue number)');
    return i + 1;
  }
  // `Business` on /business?page=27, `Regional News` on /news/regional/page/702/, `Home Business`
  // on /topics/business/: the page's first line names the section its address names, as section
  // and tag pages print their label (dev 456, 462, 494: three outlets). It heads the listing
  // even when a caption or the section's description, not a headline, comes under it.
  if (b.drafts.length === 0 && b.page.header === undefined && sectionOfAddress(s, i)) {
    b.page.title = t;
    b.page.header = t;
    b.mark(i, 'header', "a short label naming the section the page's address names: the listing header");
    return i + 1;
  }
  if (labelHere(read, i)) {
    // A picture's credit over the first card names no listing.
    if (b.drafts.length === 0 && b.page.header === undefined && !isPhotoCredit(t)) {
      b.page.title = t;
      b.page.header = t;
      b.mark(i, 'header', 'a short label above the first headline: the listing header');
    } else b.chrome(i, 'a short label above a headline (a section or date label)');
    return i + 1;
  }
  // `... constitutes one …` / `Read More »`: a teaser closed by the "read more" link the page
  // prints under every card (its template, three times or more) is the first card, whose
  // headline the page's copy lost (news-mirror archives and blog category pages alike, dev 718;
  // the cards after such a link are read so by `readCardAfterLink`): not the page's standfirst.
  if (
    b.drafts.length === 0 &&
    i + 1 < lines.length &&
    read.running(i) &&
    read.templated(i + 1) &&
    teaserEnds(lines[i + 1]!.text)
  ) {
    const why =
      'a teaser closed by the "read more" link the page prints under every card: the first card, headless';
    openHeadless(b, i, why, t, firstSentenceEnd(t));
    return i + 1;
  }
  // Running text above the page's first headline, with headlines and their text after it: the
  // page's standfirst or a lead teaser, not a briefing (Readability and trafilatura skip the
  // intro above a listing; digests open with the day's lead sentence). An intro of up to three
  // paragraphs opening with a sentence no headline is written as (a full stop closes it, not a
  // teaser's ellipsis), as study blogs and lesson pages open (dev 107, 345, 368), is one too.
  // A credit, byline or date under it makes it an item's text instead (a page cut open inside
  // its first item).
  let standfirstEnd = i + 1;
  if (
    b.drafts.length === 0 &&
    read.feats[i]!.sentenceEnd &&
    !/(?:\.\.\.|…)$/u.test(t) &&
    headlineShape(read.feats[i]!, t) === undefined
  )
    while (standfirstEnd < lines.length && standfirstEnd <= i + 2 && read.running(standfirstEnd))
      standfirstEnd++;
  if (
    b.drafts.length === 0 &&
    read.running(i) &&
    standfirstEnd < lines.length &&
    !read.running(standfirstEnd) &&
    !read.between(standfirstEnd) &&
    read.headlineSoon(standfirstEnd - 1)
  ) {
    b.chrome(i, "running text above the first headline (the page's standfirst or lead teaser)");
    return i + 1;
  }
  // A line over its outlet's element in one record (`<li><a>Headline</a> <span class=source>`):
  // the item's headline, though no text follows (feed digests, news top-10 pages).
  const credited =
    l.record !== undefined && lines[i + 1]?.record === l.record && outletCredit(lines[i + 1]!) !== undefined;
  // A numbered headline over its translation (see `numberedPairs`) opens a story. Above the
  // page's first one, numbered 1, before any item, stand the post's own title and its
  // introduction (`本節目內容節錄自...`, `大家好,又是崭新的一周...`): a numbered list of stories opens
  // at its number 1 (a list whose first pair is a later number holds items above it).
  const numbered = read.lists.numberedPairs;
  if (numbered.has(i)) {
    b.close(false);
    const at = b.open(i, 'a numbered headline over its translation, as this page numbers its stories');
    takePendingDate(s);
    return at;
  }
  // A headline over its translation, the block this page repeats (see `stackedPairs`).
  if (read.lists.stackedPairs.has(i)) {
    b.close(false);
    return b.open(i, 'a headline over its translation, the block this page repeats');
  }
  const first = numbered.size > 0 && b.drafts.length === 0 ? Math.min(...numbered) : -1;
  if (i < first && NUMBER.exec(lines[first]!.text)?.[1] === '1') {
    b.chrome(i, "above the page's first numbered story: the post's own title and introduction");
    return i + 1;
  }
  if (!credited && !read.running(i) && !read.headlineHere(i, true) && read.headlineSoon(i)) {
    b.chrome(i, 'a short line above the first headline (masthead, section or date)');
    return i + 1;
  }
  const opened = i;
  i = b.open(
    i,
    s.pending
      ? "the headline under the item's meta row"
      : b.drafts.length === 0
        ? 'the first line of the listing'
        : 'the line after a citation block',
  );
  if (s.pending && lines[s.pending.k]!.record === lines[opened]!.record) {
    const m = lines[s.pending.k]!;
    // No link button in the card: the headline's own link leads to the story.
    const links = s.pending.links ?? headlineLink(lines, opened + 1, opened);
    b.addCitation(b.draft!, m.text, m.line, links, s.pending.readAs);
  }
  s.pending = undefined;
  // The first numbered paragraph is titled as the later ones are (`inside-item.ts`).
  if (read.lists.numbered.has(opened)) titleFirstSentence(b.draft!, lines[opened]!);
  else if (b.drafts.length > 0 && opened === i - 1) titleParagraph(s, opened);
  takePendingDate(s);
  return i;
}

/**
 * `People's Daily | Dec 26, 2011` / `BEIJING, Dec. 26 (Xinhua) -- The Standing Committee ...`:
 * the item opened after a citation block on a whole paragraph of running text that opens with a
 * dateline. A headline is short and takes no full stop (see `headlineShape`), and a dateline
 * heads a story's copy, not its headline: the item has none, and is titled by its first sentence
 * after the dateline, as a run of datelined stories is (its agency credits the item). A paragraph
 * with no dateline is left as read: it may be the page's own note, set aside later by its
 * length. Two outlets (dev 720: an aggregator's
 * credit line over each story's opening; dev 794: a blog reposting agency features) set so.
 */
function titleParagraph(s: PageState, k: number): void {
  const d = s.b.draft!;
  const l = s.lines[k]!;
  const f = s.read.feats[k]!;
  if (d.titleLines !== 1 || d.title !== l.text || d.body.length > 0 || !f.sentenceEnd) return;
  if (!runningText(f) || headlineShape(f, l.text) || f.cjk > 0.05) return;
  const story = datelined(l.text, f, k === s.lines.length - 1);
  if (story) retitleDatelined(s.b, d, k, l.text, story);
}

/**
 * Line `i` is a short label (up to three words, no closing stop, no digit) whose every word is a
 * word of the page address's path, as a section page's label and its address name the same
 * section (`Regional News` on `/news/regional/`); a breadcrumb's root (`Home Business`) aside.
 */
function sectionOfAddress(s: PageState, i: number): boolean {
  const path = s.ctx.pathWords;
  if (path === undefined || path.size === 0) return false;
  const t = s.lines[i]!.text;
  const f = s.read.feats[i]!;
  if (f.words > 3 || t.length > 32 || f.sentenceEnd || /[\d:|]/.test(t)) return false;
  // Every word is one of the path's, but the breadcrumb's root (`Home`).
  const words = t.toLowerCase().match(/\p{L}+/gu) ?? [];
  const named = words.filter((w) => w !== 'home');
  return named.length > 0 && named.every((w) => w.length >= 3 && path.has(w));
}
