import { type Draft, pushParagraph, untitledOf } from './draft.js';
import { type DatelinedParagraph, firstSentenceEnd } from './dateline-runs.js';
import type { HeadlessBrief } from './headless-briefs.js';
import type { PageState } from './page-state.js';
import type { PageLists } from './series.js';
import type { PageBuilder } from './builder.js';
import { readStackedPair } from './stacked-pairs.js';
import { creditDateline } from './datelined-stories.js';

/*
 * Items of the lists and series a page sets over its whole length (see `readPageLists`): an
 * outlet heading a group, `Also:` briefs, credited bullets, headlines and paragraphs, headless
 * briefs and glued cards, translated paragraphs, a dated log, datelined stories. Asked by the
 * page loop only on a page where one of them is set; each branch reads its line and says where
 * the loop goes on.
 */

/** The page sets items in one of the lists `readListItem` reads (else it need not be asked). */
export function hasListItems(
  lists: PageLists,
  headless: ReadonlyMap<number, HeadlessBrief> | undefined,
): boolean {
  return (
    lists.groups.size > 0 ||
    lists.bare.size > 0 ||
    lists.briefs.labels.size > 0 ||
    lists.briefs.briefs.size > 0 ||
    lists.creditedBullets.size > 0 ||
    lists.creditedHeadlines.size > 0 ||
    lists.headlines.size > 0 ||
    lists.creditedParagraphs.size > 0 ||
    (headless !== undefined && headless.size > 0) ||
    lists.cards.size > 0 ||
    lists.translated.size > 0 ||
    lists.dated.size > 0 ||
    lists.datelined.size > 0
  );
}

/**
 * The line at `at` read as an item of a page-level list, and the index the page loop goes on
 * from; -1 when no list claims the line.
 */
export function readListItem(
  s: PageState,
  at: number,
  headless: ReadonlyMap<number, HeadlessBrief> | undefined,
): number {
  const { lines, read, b, addText } = s;
  const lists = read.lists;
  let i = at;
  const l = lines[i]!;
  const t = l.text;
  // `1` alone on its line over a headline (see `bareNumbers`): the number goes with the page's
  // layout, the headline under it opens the item. Above number 1, before any item, stand the
  // page's own title, breadcrumb and heading.
  if (lists.bare.has(i)) {
    b.close(false);
    b.chrome(i, "a list number on a line of its own, over its item's headline");
    return b.open(i + 1, 'a headline under its list number, as this page numbers its items');
  }
  if (i < lists.bareFirst && b.drafts.length === 0) {
    b.close(false);
    b.chrome(i, "above the page's first numbered item: the page's own title and heading");
    return i + 1;
  }
  // "The Financial Times" over bulleted headlines: the outlet credits each item under it.
  const group = lists.groups.get(i);
  if (group !== undefined) {
    b.close(false);
    b.group = { raw: t, outlet: group, line: l.line };
    b.page.chrome.push(t);
    b.mark(
      i,
      'header',
      'an outlet heading a group of bulleted or numbered items: it credits each item under it',
    );
    return i + 1;
  }
  // "Also:" over one-sentence briefs: each sentence is an item of its own.
  if (lists.briefs.labels.has(i)) {
    b.close(false);
    b.chrome(i, 'a label over one-sentence briefs ("Also:", "In other news:")');
    return i + 1;
  }
  if (lists.briefs.briefs.has(i)) {
    b.openBrief(i, 'a one-sentence brief under a label such as "Also:"').untitled = {};
    b.close(false);
    return i + 1;
  }
  // "■ Officers gathered for the wake. (AP)": a bulleted brief closed by its credit.
  const bullet = lists.creditedBullets.get(i);
  if (bullet) {
    const d = b.openBrief(
      i,
      bullet.headline
        ? 'a bulleted headline closed by its own credit'
        : 'a bulleted brief closed by its own credit',
      bullet.text,
    );
    if (!bullet.headline) d.untitled = {};
    b.page.chrome.push(bullet.mark);
    if (bullet.raw !== undefined) b.addCredits(d, bullet.raw, bullet.outlet!, l.line);
    if (bullet.label !== undefined) b.page.chrome.push(bullet.label);
    b.close(bullet.raw === undefined);
    return i + 1;
  }
  // "S-400 deal to be clarified this week – Erdogan (Sabah)": a press review's headline closed by its paper.
  const headline = lists.creditedHeadlines.get(i);
  // The short line right over one that is not one itself (`Dec 11, 2017 07:05GMT, Turkey`,
  // `Economy`): the review's date or section label, as separators stand in a list of one-line items.
  if (!headline && lists.creditedHeadlines.has(i + 1) && read.feats[i]!.words <= 12) {
    b.close(false);
    b.chrome(i, "a date or section label over a press review's headlines");
    return i + 1;
  }
  // `Laos According to WikiLeaks (Global Voice)` over its summary: the item reads on.
  if (headline?.summarised) {
    b.close(false);
    i = b.open(
      i,
      "a headline closed by its outlet's name over its summary, in a digest setting its items so",
      headline.title,
    );
    b.addCredits(b.draft!, headline.raw, headline.outlet, l.line);
    return i;
  }
  if (headline) {
    b.close(false);
    const d = b.openBrief(
      i,
      headline.leading
        ? "a headline led by its paper's name and a dash, in a press review listing them so"
        : "a headline closed by its paper's name, in a press review listing them so",
      headline.title,
    );
    if (headline.mark !== undefined) b.page.chrome.push(headline.mark);
    b.addCredits(d, headline.raw, headline.outlet, l.line);
    b.close(false);
    return i + 1;
  }
  // "--Honda to close passenger car factory in Turkey ...: Kyodo report" under "NNA Asia headlines".
  const listed = lists.headlines.get(i);
  if (listed) {
    b.close(false);
    b.open(i, 'a headline of a list the page labels as its headlines', listed.title);
    if (listed.mark !== undefined) b.page.chrome.push(listed.mark);
    if (listed.raw !== undefined) b.addCredits(b.draft!, listed.raw, listed.outlet!, l.line);
    b.close(false);
    return i + 1;
  }
  // "Wang Yi pledged ... (AP)": a headless paragraph closed by its credit, among others so set.
  const credited = lists.creditedParagraphs.get(i);
  if (credited) {
    const d = openHeadless(
      b,
      i,
      'a paragraph closed by its own credit, in a run of them with no headlines: a story of its own, titled by its first sentence',
      credited.text,
      firstSentenceEnd(credited.text),
    );
    b.addCredits(d, credited.raw!, credited.outlet!, l.line);
    b.close(false);
    return i + 1;
  }
  // "New Zealand Post lost $3.8 million ...": a brief of a column of headless briefs.
  // Or a card with its headline and summary on one line (see `gluedCards`).
  const brief = headless?.get(i) ?? lists.cards.get(i);
  if (brief?.story) {
    b.close(false);
    return openDatelined(
      s,
      i,
      brief.story,
      'a paragraph opened by its dateline, in a column of briefs with no headlines: a brief of its own, titled by its first sentence',
    );
  }
  if (brief) {
    b.close(false);
    openHeadless(
      b,
      i,
      brief.card
        ? 'a headline and its summary glued on one line, in a column of such cards: a brief of its own'
        : 'a paragraph standing alone, in a column of them with no headlines: a brief of its own, titled by its first sentence',
      brief.from === undefined ? t : t.slice(brief.from),
      brief.titleEnd - (brief.from ?? 0),
      brief.card === true,
    );
    // The list's bullet (`•`, `-`) is layout, not the brief's text.
    if (brief.from !== undefined) b.page.chrome.push(t.slice(0, brief.from).trim());
    // Its paragraphs without a bullet, under its bulleted first one (see `headlessBriefs`).
    for (const k of brief.more ?? []) {
      for (let j = i + 1; j < k; j++) b.chrome(j, "a blank line or a label between the brief's paragraphs");
      pushParagraph(b.draft!, lines[k]!.text, lines[k]!, false);
      b.mark(k, 'body', "a paragraph without a bullet under a bulleted brief: the brief's own");
      i = k;
    }
    if (brief.credit !== undefined) {
      for (let j = i + 1; j < brief.credit; j++) b.chrome(j, 'a blank line between the brief and its credit');
      i = brief.credit;
      const raw = lines[i]!.text;
      b.addCredits(b.draft!, raw, raw.slice(1, -1), lines[i]!.line);
      b.mark(i, 'citation', 'a name in parentheses alone under a bulleted brief: its credit');
    }
    // Its translation on the next line (a bilingual page): the brief's second paragraph.
    if (brief.translation !== undefined) {
      for (let k = i + 1; k < brief.translation; k++) b.chrome(k, 'a blank line');
      i = brief.translation;
      pushParagraph(b.draft!, lines[i]!.text, lines[i]!, false);
      b.mark(i, 'body', 'the translation of the paragraph above');
    }
    b.close(false);
    return i + 1;
  }
  // "President Donald Trump is predicting ... 美国总统特朗普预计 ...": a headless English paragraph
  // and its translation, in a run of such pairs (cut from one line, see `splitTranslatedLines`):
  // a story of its own, titled by its first sentence.
  const translated = lists.translated.get(i);
  if (translated) {
    // Its text after the title, then its translation.
    const d = openHeadless(
      b,
      i,
      'a paragraph followed by its translation, in a run of such pairs with no headline: a story of its own, titled by its first sentence',
      t,
      translated.titleEnd,
    );
    if (translated.translated) {
      pushParagraph(d, lines[i + 1]!.text, lines[i + 1]!, false);
      b.mark(i + 1, 'body', 'the translation of the paragraph above');
      i++;
      // The run ends here: what follows (the lesson's address, the blog's remarks) is not its text.
      if (i + 1 < lines.length && !read.lists.translated.has(i + 1)) b.close(false);
    }
    return i + 1;
  }
  // "September 19, 2019 Headline ...": a dated log, each item whole on its line after its date.
  const dated = lists.dated.get(i);
  if (dated) {
    const d = b.openBrief(
      i,
      dated.dek === undefined
        ? 'a line of a dated list: the date, then the headline'
        : 'a line of a dated list: the date, the headline, then its summary glued to it',
      t.slice(dated.rest, dated.dek).trimEnd(),
    );
    b.page.chrome.push(t.slice(0, dated.rest).trim());
    if (dated.dek !== undefined) pushParagraph(d, t.slice(dated.dek), l, false);
    d.published = dated.date;
    b.close(false);
    return i + 1;
  }
  // "ISLAMABAD — A fiery cleric ...": a headless story in a run of datelined paragraphs,
  // titled by its first sentence; the dateline is its credit when it names the agency.
  const story = lists.datelined.get(i);
  if (story?.row) {
    // Typographic principle: an aside set wholly in parentheses comments on the text above it,
    // so it is that story's next paragraph (an editor's note under an agenda's item, dev 827).
    if (b.draft && story.aside) {
      addText(i, t, false);
      b.mark(i, 'body', 'an aside in parentheses under a datelined story: a paragraph of that story');
      return i + 1;
    }
    // `By` / `Napier City Council`: a byline block under the story, its name on the row below;
    // the name is whom the story is credited to (a release's issuer, dev 394), a citation as a
    // byline naming its outlet is.
    const by = lines[i + 1];
    if (b.draft && BY_ROW.test(t) && by && lists.datelined.get(i + 1)?.row) {
      b.chrome(i, "the word 'By' over the name of the byline under a datelined story");
      b.addCitation(b.draft, by.text, by.line);
      b.mark(i + 1, 'citation', 'the name under a byline row: whom the datelined story above is credited to');
      return i + 2;
    }
    b.chrome(
      i,
      "a short row under a datelined story, between two of them: that story's furniture (a count, media links)",
    );
    return i + 1;
  }
  if (story)
    return openDatelined(
      s,
      i,
      story,
      'a paragraph opened by a dateline, in a run of them with no headline between: a story of its own, titled by its first sentence',
    );
  return -1;
}

/** `By` alone on its row, over the byline's name. */
const BY_ROW = /^(?:By|Por|Par|Von):?$/u;

/** A headless story at line `i` opened by its dateline, titled by its first sentence after it (a title-case dateline kept in it). */
function openDatelined(s: PageState, i: number, story: DatelinedParagraph, reason: string): number {
  const { b, addText } = s;
  const l = s.lines[i]!;
  const t = l.text;
  // A story by its dateline, kept with or without text under its first sentence.
  const d = b.openBrief(i, reason, t.slice(story.titleFrom, story.titleEnd));
  const text = t.slice(story.titleEnd).trim();
  d.untitled = untitledOf(t, story.titleEnd, text);
  creditDateline(b, d, story, l.line);
  if (text) addText(i, text, false);
  return i + 1;
}

/**
 * A headless item opened at line `i`: `text` up to `titleEnd` (its first sentence) is its title,
 * as the corpus conventions title a headless item, and the rest of it its first paragraph; the
 * briefing, untitled, gets the whole text as its body (`Draft.untitled`). A card whose headline
 * and summary came out on one line (`headline`) has its headline: the rest is its text.
 */
export function openHeadless(
  b: PageBuilder,
  i: number,
  reason: string,
  text: string,
  titleEnd: number,
  headline = false,
): Draft {
  const title = text.slice(0, titleEnd).trimEnd();
  const d = b.openBrief(i, reason, title);
  const rest = text.slice(titleEnd).trim();
  if (!headline) d.untitled = untitledOf(text, title.length, rest);
  if (rest) pushParagraph(d, rest, b.lines[i]!, false);
  return d;
}

/**
 * Line `i`, inside an open item, read as the next headline of a list whose shape the page
 * repeats, whatever the text above ended with: a headline and its translation on one line, a
 * numbered headline over its translation, a headline over its translation as a stacked block
 * (see `readStackedPair`), or the next issue of an edition series (`Taiwan Headlines, Feb. 20,
 * 2021` after the last issue's excerpt, see `editionSeries`). Returns the next line to read, or
 * undefined.
 */
export function readListedHeadline(s: PageState, i: number): number | undefined {
  const { read, b } = s;
  if (read.lists.pairs.has(i)) {
    b.close(false);
    return b.open(i, 'a new headline: a headline and its translation on one line, as this page lists them');
  }
  if (read.lists.numberedPairs.has(i)) {
    b.close(false);
    return b.open(
      i,
      'a new headline: a numbered headline over its translation, as this page numbers its stories',
    );
  }
  const stacked = readStackedPair(s, i);
  if (stacked !== undefined) return stacked;
  if (read.lists.editions.has(i)) {
    b.close(false);
    return b.open(i, 'a new headline: an edition heading of the series this page lists');
  }
  return undefined;
}
