import { lookupPublication } from '../publications.js';
import type { PageBuilder } from './builder.js';
import { type DatelinedParagraph, firstSentenceEnd } from './dateline-runs.js';
import { type Draft, MAX_TITLE, pushParagraph, untitledOf } from './draft.js';
import { wireLead, wireLeadCitation } from './wire-leads.js';

/*
 * `Jakarta, Dec 29, 2018 (Antara) - The Joko Widodo administration has intensified ...` and
 * `Cape Coast, Jan. 9, GNA - A Cape Coast Circuit on Thursday remanded ...`: running text where a
 * headline was expected, opened by a wire dateline that names its agency. A headline never opens
 * with a dateline; the dateline opens a story's text (the wire convention of AP, Reuters, AFP and
 * the national agencies alike). So the line is the first paragraph of a headless story, titled
 * by its first sentence after the dateline, as headless items are, and credited to the agency.
 * Two outlets show the kind: Antara's features reposted on a blog under date headers (dev 794)
 * and the Ghana News Agency's copy, one story after another (dev 795, whose first sentences run
 * on past any title's length: see below).
 */

/** The dateline and first sentence of a line of running text opened by a wire dateline, if it is one. */
export function datelinedStory(text: string): DatelinedParagraph | undefined {
  // Running text: a headline with a dateline in it is short (and most lines open otherwise).
  if (text.length < 80) return undefined;
  const lead = wireLead(text);
  if (!lead || lead.rest >= text.length) return undefined;
  // A known agency: capitals alone may be a country (`RAWALPINDI, INDIA —`).
  if (lookupPublication(lead.agency) === undefined) return undefined;
  const titleEnd = firstSentenceEnd(text, lead.rest);
  // A first sentence no title can hold (sentences run together with no space after the stop, as
  // dev 795's copy reads) leaves the line as it was read.
  return titleEnd - lead.rest <= MAX_TITLE
    ? { dateline: lead.raw, lead, rest: lead.rest, titleEnd, titleFrom: lead.rest }
    : undefined;
}

/**
 * A credit row stands right above line `k`, read as the credit of the item before (`People's
 * Daily | Dec 26, 2011` between one story and the next): the page frames its items with credit
 * rows, and whether the row closes the story above or heads the one below is the page's habit,
 * which the dateline alone does not settle. Such a line is left as it was read (dev 720).
 */
export function creditRowAbove(b: PageBuilder, k: number): boolean {
  const above = k > 0 ? b.lines[k - 1]!.line : -1;
  return b.drafts.at(-1)?.sources.some((x) => x.line === above) ?? false;
}

/**
 * Makes draft `d`, opened on line `k` with its whole text `text` as title, the headless story
 * `story` (read from `text`) reads: titled by its first sentence after the dateline, credited to
 * the dateline's agency (a plain dateline, naming none, is chrome; a title-case one stays in the title), the rest its first paragraph.
 * The one place that titles a datelined paragraph standing where a headline would: a line opened
 * by a known agency's dateline (`datelinedStory`), and a datelined paragraph opening an item
 * after a credit block (`between-items.ts`).
 */
export function retitleDatelined(
  b: PageBuilder,
  d: Draft,
  k: number,
  text: string,
  story: DatelinedParagraph,
): void {
  d.title = text.slice(story.titleFrom, story.titleEnd).trimEnd();
  const rest = text.slice(story.titleEnd).trim();
  d.untitled = untitledOf(text.slice(story.titleFrom), d.title.length, rest);
  creditDateline(b, d, story, b.lines[k]!.line);
  if (rest) pushParagraph(d, rest, b.lines[k]!, false);
}

/**
 * What a headless story's dateline (on source line `line`) gives draft `d`: its agency's credit
 * when it names one; otherwise it is set aside as chrome, unless it stays in the title (a
 * title-case dateline, `titleFrom` 0). One place for every reading that titles a story after its
 * dateline (`retitleDatelined`, and the runs and columns of `list-items.ts`).
 */
export function creditDateline(b: PageBuilder, d: Draft, story: DatelinedParagraph, line: number): void {
  if (story.lead) b.addCitation(d, story.lead.raw, line, undefined, wireLeadCitation(story.lead));
  else if (story.titleFrom > 0) b.page.chrome.push(story.dateline);
}
