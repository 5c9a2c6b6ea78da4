import { readBetweenItems } from './layout/between-items.js';
import { PageBuilder } from './layout/builder.js';
import { trailingCredit } from './layout/credits.js';
import { splitInlineBullets } from './layout/inline-bullets.js';
import { leadingDateField } from './layout/date-lines.js';
import { bulletSentence } from './layout/source-groups.js';
import { kickerOver } from './layout/kicker-lines.js';
import { linkItem } from './layout/link-items.js';
import { type Draft, pushParagraph } from './layout/draft.js';
import { type HeadlessBrief, headlessBriefs, translatedTail } from './layout/headless-briefs.js';
import { setGluedKickersApart } from './layout/glued-kickers.js';
import { readInsideItem } from './layout/inside-item.js';
import { hasListItems, readListItem } from './layout/list-items.js';
import { ARTICLE_REASON, translatedStory } from './layout/keep.js';
import { labelledPage, labelledRecord, readLabelledRecord } from './layout/labelled.js';
import type { PageParseContext, PageState } from './layout/page-state.js';
import { LineReader } from './layout/reader.js';
import { bulleted, headlineShape, runningText } from './layout/rules.js';
import { recordChanges } from './layout/records.js';
import { splitTranslatedLines } from './layout/translated-pairs.js';
import { splitPairedLines } from './layout/paired-lines.js';
import { pageContributors } from './layout/tail-credits.js';
import { languageLabel } from './layout/study-notes.js';
import { speakerLabel } from './layout/speaker-labels.js';
import { lineFeatures } from './layout/features.js';
import { templateHeads } from './layout/template-heads.js';
import type { ExplainedLine, ParseResult, SourceLine } from './types.js';

export type { PageParseContext } from './layout/page-state.js';
export { HEADER as PAGE_HEADER, isChromeLine } from './layout/chrome.js';

/*
 * The page structure, as a small state machine over lines: a briefing is a title line,
 * paragraphs, and a citation block that closes it, or, on pages that cite nothing, the next
 * headline (a short line shaped like a heading before running text). Every line gets a class
 * and a reason (`--explain`) from its own features and its neighbours' (layout/), and each
 * input line goes to exactly one place, so nothing written is lost.
 */

export interface StructureResult extends Omit<ParseResult, 'items'> {
  drafts: Draft[];
  explained?: ExplainedLine[];
}

export function parseStructure(all: readonly SourceLine[], ctx: PageParseContext): StructureResult {
  const { result, lines, read } = readStructure(all, ctx, undefined);
  // One uncited item titled by a whole paragraph: no headline was read, only running text (see
  // `paragraphTitled`), so the page may be a column of headless briefs as below.
  if (paragraphTitled(result.drafts, read)) {
    const briefs = headlessBriefs(lines, read.feats, read.lists.notes);
    if (briefs.size > 0) return readStructure(all, ctx, briefs).result;
  }
  if (result.drafts.length > 0) {
    // Headlines read as text of the item before, found by the page's own item template (see
    // `templateHeads`): read again with each an item of its own.
    const heads = templateHeads(result.drafts, read);
    return heads.size > 0 ? readStructure(all, ctx, undefined, false, heads).result : result;
  }
  // A page that came to one long uncited text may be a column of headless briefs, each
  // standing alone (see `headlessBriefs`): read again with each brief an item of its own.
  if (!result.unparsed.some((u) => u.reason === ARTICLE_REASON)) return result;
  const briefs = headlessBriefs(lines, read.feats, read.lists.notes);
  if (briefs.size > 0) return readStructure(all, ctx, briefs).result;
  // Or a lesson closed by a bulletin's headlines, each with its translation (see `translatedTail`).
  const tail = translatedTail(lines, read.feats, read.lists.notes);
  if (tail.size > 0) return readStructure(all, ctx, tail).result;
  // Or one news story translated paragraph by paragraph, a study page's (see `translatedStory`).
  const text = result.unparsed.filter((u) => u.reason === ARTICLE_REASON).map((u) => u.text);
  return translatedStory(text.slice(1)) ? readStructure(all, ctx, undefined, true).result : result;
}

function readStructure(
  all: readonly SourceLine[],
  ctx: PageParseContext,
  headless: ReadonlyMap<number, HeadlessBrief> | undefined,
  keepTranslated = false,
  heads: ReadonlySet<number> = new Set(),
): { result: StructureResult; lines: readonly SourceLine[]; read: LineReader } {
  // Text set apart (HTML fallbacks, drawings) is kept as it stands and the page reads on without it.
  // So is a headline said again with its kicker glued on (see `setGluedKickersApart`).
  const marked = setGluedKickersApart(all);
  let apart = false;
  for (let k = 0; k < marked.length && !apart; k++) apart = marked[k]!.apart !== undefined;
  const kept = apart ? marked.filter((l) => l.apart === undefined) : marked;
  const lines = splitPairedLines(
    splitTranslatedLines(splitDateFields(splitInlineBullets(kept)), lineFeatures),
    lineFeatures,
  );
  const read = new LineReader(lines);
  const b = new PageBuilder(lines, ctx.year, ctx.explain === true);
  let firstSource = 0;
  while (firstSource < lines.length && !read.sourceLabelAt(firstSource)) firstSource++;
  let i = b.readHeader(firstSource < lines.length ? firstSource : -1);

  // The people the page lists as its contributors (see `pageContributors`), read when asked.
  let people: Set<string> | undefined;
  const contributor = (name: string) => {
    people ??= pageContributors(lines);
    return people.has(name);
  };
  /** A paragraph of the open briefing; a wire credit glued to its end ("... - AFP") closes the briefing. */
  const addText = (k: number, text: string, mayJoin: boolean) => {
    const d = b.draft!;
    const credit = trailingCredit(text) ?? read.tailCredit(text);
    if (!credit) {
      pushParagraph(d, text, lines[k]!, mayJoin);
      return;
    }
    pushParagraph(d, credit.before, lines[k]!, false);
    // A reporter the page lists among its contributors signs the summary: a byline, no source.
    if (contributor(credit.outlet) && d.by === undefined) d.by = credit.raw;
    else b.addCitation(d, credit.raw, lines[k]!.line, undefined, credit.outlet);
    // A name in parentheses credits its paragraph, not the item's end (see `parenTail`); an end
    // mark in parentheses before the agency (`(Ends) WAM/...`, see `wireClose`) ends the item.
    const raw = credit.raw;
    if (!(raw.charCodeAt(0) === 40 && raw.charCodeAt(raw.length - 1) === 41)) b.close(false);
  };

  const s: PageState = { lines, read, b, ctx, pending: undefined, addText };
  const labelled = labelledPage(lines);
  // Above the first outlet heading of a page set in source groups: the page's preamble (the
  // heading stands over the first item), as above a listing header.
  const firstGroup = read.lists.groups.keys().next().value;
  // Most pages set their items in none of the lists and series read over the whole page: asked
  // once here, and the loop below is spared a dozen map lookups per line.
  const lists = read.lists;
  const series = lists.notes.size > 0 || hasListItems(lists, headless);
  if (firstGroup !== undefined && firstGroup < 15)
    for (; i < firstGroup; i++) b.chrome(i, 'above the first outlet heading a group of items');
  while (i < lines.length) {
    const l = lines[i]!;
    const t = l.text;
    if (recordChanges(lines, i)) {
      b.close(false);
      s.pending = undefined;
    }
    if (l.chrome) {
      b.chrome(i, 'page furniture (an HTML <nav>, <footer>, <aside> or <title>)');
      i++;
      continue;
    }
    // A glossary under a lesson's item (terms, glosses, examples): notes, not text or headlines;
    // the item stays open, so its next line reads on as if the notes were not there.
    if (series && lists.notes.has(i)) {
      b.chrome(i, 'a study note: a term and its gloss, or its example, in a bilingual glossary');
      i++;
      continue;
    }
    // "🇰🇷 한국어 해석", "日本語訳", "內文:": a label over one language's part of the item's text, or over its text.
    if (b.draft && languageLabel(t)) {
      b.chrome(i, "a label naming the language or the part of the text under it (a part of the item's text)");
      i++;
      // `■対訳` / `「トイザらス、破産法適用を申請」` / text: the headline's translation heads the
      // translated part, over its text (Japanese news-translation columns and news-English blogs,
      // dev 252 and 254): the item's headline again, in the reader's script, not a new item.
      const f = read.feats[i];
      if (
        f &&
        f.cjk >= 0.5 &&
        i + 1 < lines.length &&
        headlineShape(f, lines[i]!.text) &&
        read.running(i + 1)
      ) {
        b.chrome(i, "the headline's translation, heading the translated part of the item's text");
        i++;
      }
      continue;
    }
    // `(Madoka Sugai)` over `"This was ..."`: a soundbite's speaker in a script, not a headline (see `speakerLabel`).
    if (b.draft && speakerLabel(lines, read.feats, i)) {
      b.chrome(i, "a speaker's name in parentheses over the quotation (a broadcast script's soundbite)");
      i++;
      continue;
    }
    // A record of labelled fields ("Source:", "Title:", "Snippet:") at the top or after a rule.
    const rec =
      labelled && (i === 0 || read.chromeLineAt(i - 1) || !b.draft) ? labelledRecord(lines, i) : undefined;
    if (rec) {
      i = readLabelledRecord(s, rec);
      continue;
    }
    // An item of a list or series the page sets over its whole length (see `readListItem`).
    if (series) {
      const next = readListItem(s, i, headless);
      if (next >= 0) {
        i = next;
        continue;
      }
    }
    // "Headline - Outlet (Outlet) Source": a link digest's item, whole on its line.
    const link = linkItem(l);
    if (link) {
      b.close(false);
      b.open(i, 'a link digest item: headline, "(Outlet)" and a source link', link.title);
      if (link.text !== undefined) {
        b.page.chrome.push('—');
        addText(i, link.text, false);
      }
      b.addCitation(b.draft!, link.credit, l.line, [link.href], link.outlet);
      if (link.tail) b.page.chrome.push(link.tail);
      b.close(false);
      i++;
      continue;
    }
    // "Title: the text...": a headline run into its paragraph, on a page that sets items so.
    const runIn = read.runIn(i);
    if (runIn) {
      b.close(false);
      b.open(
        i,
        `a headline run into its text with ${runIn.separator ? 'a dash' : 'a colon'} (the page sets its items this way)`,
        runIn.title,
      );
      if (runIn.mark) b.page.chrome.push(runIn.mark);
      if (runIn.separator) b.page.chrome.push(runIn.separator);
      addText(i, t.slice(runIn.rest), false);
      i++;
      continue;
    }
    // `SZ PlusGesellschaft` / `:Die neue Arbeiterklasse`: a kicker over the headline its colon
    // opens (see `kicker-lines.ts`); whatever came before ends there.
    if (kickerOver(lines, read.feats, i)) {
      b.close(false);
      b.chrome(i, 'a kicker over the headline its colon opens (a topic label)');
      i = b.open(i + 1, "a headline opened by its kicker's colon, the kicker on the line above");
      continue;
    }
    // Under an outlet's heading the bullets are the group's items, with or without text under them.
    if (b.group && bulleted(t) && !read.between(i)) {
      // A whole sentence after the bullet (`- The crisis at Morgan Stanley is costing the firm
      // business.`) is a headless brief, not a headline: headlines drop the closing full stop,
      // so the sentence titles the item and is its paragraph, as the corpus reads headless items.
      if (bulletSentence(t, read.feats[i]!)) {
        b.openBrief(
          i,
          'a bulleted sentence under an outlet heading a group: a headless brief of the group',
        ).untitled = {};
        b.close(false);
      } else if (b.draft) {
        b.close(false);
        b.open(i, 'a bulleted line under an outlet heading a group: an item of the group');
      } else {
        i = readBetweenItems(s, i);
        continue;
      }
      i++;
      continue;
    }
    if (b.draft && heads.has(i)) {
      b.close(false);
      // `open` reads past what the title carries (its repeat, a date under a credited title).
      i = b.open(i, "a line set as this page's confident headlines are, under the text of the item before");
      continue;
    }
    i = b.draft ? readInsideItem(s, i) : readBetweenItems(s, i);
  }
  const teasers = new Set<number>();
  for (const k of read.habits.cutTeasers) teasers.add(lines[k]!.line);
  const drafts = b.finish(
    marked,
    new Set([
      ...read.lists.numbered,
      ...read.lists.pairs,
      ...read.lists.numberedPairs,
      ...read.lists.editions,
      ...read.lists.headlines.keys(),
    ]),
    teasers,
    keepTranslated,
  );
  const result: StructureResult = {
    page: b.page,
    drafts,
    unparsed: b.unparsed,
    issues: b.issues,
    ...(b.explained ? { explained: b.explained } : {}),
  };
  return { result, lines, read };
}

/**
 * The page came to one uncited item whose title line is a whole paragraph of running text, with
 * more paragraphs under it (and maybe a heading-shaped line the page cut off after it: the page's
 * last line stopped mid-sentence, as `keepBriefings` sets it apart). A headline is short and takes
 * no full stop (see `headlineShape`); a paragraph of running text read as one is no headline, only
 * the first line the page has. Two outlets set their briefs so, short of the article guard's
 * length: dev 801 (wire teasers closed by `Read More →`) and dev 824 (a section page of teaser
 * paragraphs, one a line, the last cut).
 */
function paragraphTitled(drafts: readonly Draft[], read: LineReader): boolean {
  const cutTail = drafts.length === 2 && cutOff(drafts[1]!);
  if (drafts.length !== 1 && !cutTail) return false;
  const d = drafts[0]!;
  if (d.sources.length > 0 || d.by !== undefined || d.titleLines !== 1 || d.body.length < 2) return false;
  const f = read.feats[d.at];
  const t = read.lines[d.at]?.text;
  return f !== undefined && t === d.title && f.sentenceEnd && runningText(f) && !headlineShape(f, t);
}

/** A heading cut off by the page end with nothing under it: no item of the page's own. */
function cutOff(d: Draft): boolean {
  return d.incomplete && d.body.length === 0 && d.sources.length === 0 && d.by === undefined;
}

/** A date field run into the line after it (`leadingDateField`) is read as a line of its own. */
function splitDateFields(lines: readonly SourceLine[]): readonly SourceLine[] {
  let out: SourceLine[] | undefined;
  // Indexed, not `forEach` (see `numberedItems`).
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    // With the month only, the field is split off a headline over running text (see `leadingDateField`).
    const at =
      l.block === undefined
        ? leadingDateField(l.text, () => k + 1 < lines.length && runningText(lineFeatures(lines[k + 1]!)))
        : undefined;
    if (at === undefined) {
      out?.push(l);
      continue;
    }
    out ??= lines.slice(0, k);
    out.push(
      { ...l, text: l.text.slice(0, at).trim() },
      { ...l, text: l.text.slice(at).trim(), blankBefore: true },
    );
  }
  return out ?? lines;
}
