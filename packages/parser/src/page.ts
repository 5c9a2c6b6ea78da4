import { isDashCredit, looksLikeBareCitation, startsWithSourceKeyword } from './citation.js';
import { PageBuilder } from './layout/builder.js';
import { collectCitations, isUrlLine, MAX_CITATION_LINE, outletDateLine } from './layout/citation-block.js';
import { HEADER, isChromeLine } from './layout/chrome.js';
import {
  creditLine,
  dateLine,
  gluedLeadCredit,
  leadCredit,
  linkCredits,
  trailingCredit,
} from './layout/credits.js';
import { type Draft, MAX_TITLE, pushParagraph } from './layout/draft.js';
import { lineFeatures, sentenceEnds, teaserEnds } from './layout/features.js';
import { LineReader } from './layout/reader.js';
import { linkButton, metaCredit, recordChanges, titleLinks } from './layout/records.js';
import {
  headlineShape,
  isByline,
  issueHeading,
  isPhotoCredit,
  isRelativeTime,
  runningText,
  translationPair,
  wireLead,
} from './layout/rules.js';
import { parseDate } from './dates.js';
import { lookupPublication } from './publications.js';
import type { ExplainedLine, ParseResult, SourceLine } from './types.js';

export { HEADER as PAGE_HEADER, isChromeLine } from './layout/chrome.js';

/*
 * The page structure, as a small state machine over lines: a briefing is a title line,
 * paragraphs, and a citation block that closes it, or, on pages that cite nothing, the next
 * headline (a short line shaped like a heading before running text). Every line gets a class
 * and a reason (`--explain`) from its own features and its neighbours' (layout/), and each
 * input line goes to exactly one place, so nothing written is lost.
 */

/** `Title (2019-10-14)`: a headline that carries its date. */
const TITLE_DATE = /\((\d{4}-\d{2}-\d{2}|\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4})\)$/u;
const GLUED_HINT = /Sources?\s*[:：]/i;
const GLUED_SOURCE = /^(.*?[.!?”"’)])\s*([[(]?Sources?\s*[:：].{3,300})$/is;

/** `[paragraph, "(Outlet, Date)"]` when the line ends with a parenthesis; found from the end, in linear time. */
function inlineCitation(t: string): [string, string, string] | null {
  const end = t.endsWith(').') ? t.length - 1 : t.endsWith(')') ? t.length : -1;
  if (end < 0) return null;
  const open = t.lastIndexOf('(', end - 1);
  if (open <= 0 || end - open - 2 < 4 || end - open - 2 > 160) return null;
  const inner = t.slice(open, end);
  if (inner.slice(1, -1).includes(')')) return null;
  const before = t.slice(0, open).trimEnd();
  if (before.length === 0) return null;
  return [t, before, inner];
}

/** A line short enough and shaped like a heading (no closing full stop). */
function isTitleLike(text: string): boolean {
  return text.length <= 250 && !/[.!?;:,]$/.test(text);
}

export interface PageParseContext {
  language: string;
  year?: number;
  /** Record every line's class and reason. */
  explain?: boolean;
}

export interface StructureResult extends Omit<ParseResult, 'items'> {
  drafts: Draft[];
  explained?: ExplainedLine[];
}

export function parseStructure(all: readonly SourceLine[], ctx: PageParseContext): StructureResult {
  // Text set apart (HTML fallbacks, drawings) is kept as it stands and the page reads on without it.
  const apart = all.some((l) => l.apart !== undefined);
  const lines = apart ? all.filter((l) => l.apart === undefined) : all;
  const read = new LineReader(lines);
  const { feats, blanks } = read;
  const b = new PageBuilder(lines, ctx.year, ctx.explain === true);
  let i = b.readHeader(lines.findIndex((l) => startsWithSourceKeyword(l.text)));

  /** A paragraph of the open briefing; a wire credit glued to its end ("... - AFP") closes the briefing. */
  const addText = (k: number, text: string, mayJoin: boolean) => {
    const d = b.draft!;
    const credit = trailingCredit(text);
    if (!credit) {
      pushParagraph(d, text, lines[k]!, mayJoin);
      return;
    }
    pushParagraph(d, credit.before, lines[k]!, false);
    b.addCitation(d, credit.raw, lines[k]!.line, undefined, credit.outlet);
    b.close(false);
  };

  // An HTML item's meta row read above its headline, waiting for the headline.
  let pending: { k: number; readAs: string; links?: string[] } | undefined;
  while (i < lines.length) {
    const l = lines[i]!;
    const t = l.text;
    if (recordChanges(lines, i)) {
      b.close(false);
      pending = undefined;
    }
    if (l.chrome) {
      b.chrome(i, 'page furniture (an HTML <nav>, <footer>, <aside> or <title>)');
      i++;
      continue;
    }
    // "Title: the text...": a headline run into its paragraph, on a page that sets items so.
    const runIn = read.runIn(i);
    if (runIn) {
      b.close(false);
      b.open(i, 'a headline run into its text with a colon (the page sets its items this way)', runIn.title);
      addText(i, t.slice(runIn.rest), false);
      i++;
      continue;
    }
    if (!b.draft) {
      if (l.record !== undefined) {
        const readAs = metaCredit(l);
        if (readAs !== undefined) {
          pending = { k: i, readAs };
          b.mark(i, 'citation', "an item's meta row (outlet and time) above its headline");
          i++;
          continue;
        }
        const href = pending ? linkButton(l) : undefined;
        if (pending && href) {
          pending.links = [href];
          b.chrome(i, "the item's link button, under its meta row");
          i++;
          continue;
        }
      }
      if (isChromeLine(t) || (t.length <= 220 && /page/i.test(t) && HEADER.test(t))) {
        b.chrome(i, 'navigation, pagination or a copyright line');
        i++;
        continue;
      }
      if (read.templated(i)) {
        b.chrome(i, 'a short line the page repeats around its items (template furniture)');
        i++;
        continue;
      }
      if (isRelativeTime(t)) {
        b.chrome(i, 'a relative timestamp ("2 hours ago")');
        i++;
        continue;
      }
      if ((startsWithSourceKeyword(t) && t.length <= MAX_CITATION_LINE) || isUrlLine(t)) {
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
        continue;
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
        i++;
        continue;
      }
      // The first line of the page naming an edition (a date, "Page 2", "No. 141") heads the listing.
      // ...unless running text follows it right away: then it is the first item's headline with
      // its date glued on ("...症2017-11-15" over its summary, as listings with a date column print).
      if (
        b.drafts.length === 0 &&
        b.page.header === undefined &&
        issueHeading(t) &&
        // A date glued to the words with no space is a date column the text copy lost its gap
        // before (VOA's lists, Taipei Times' language pages); an edition heading sets it apart.
        !(/\p{L}\d{4}-\d{2}-\d{2}$/u.test(t) && read.running(read.contentAfter(i)))
      ) {
        b.page.title = t;
        b.page.header = t;
        b.mark(i, 'header', 'a heading that names an edition of the page (a date, a page or issue number)');
        i++;
        continue;
      }
      if (read.labelHere(i)) {
        if (b.drafts.length === 0 && b.page.header === undefined) {
          b.page.title = t;
          b.page.header = t;
          b.mark(i, 'header', 'a short label above the first headline: the listing header');
        } else b.chrome(i, 'a short label above a headline (a section or date label)');
        i++;
        continue;
      }
      if (!read.running(i) && !read.headlineHere(i, true) && read.headlineSoon(i)) {
        b.chrome(i, 'a short line above the first headline (masthead, section or date)');
        i++;
        continue;
      }
      const opened = i;
      i = b.open(
        i,
        pending
          ? "the headline under the item's meta row"
          : b.drafts.length === 0
            ? 'the first line of the listing'
            : 'the line after a citation block',
      );
      if (pending && lines[pending.k]!.record === lines[opened]!.record) {
        const m = lines[pending.k]!;
        b.addCitation(b.draft!, m.text, m.line, pending.links, pending.readAs);
      }
      pending = undefined;
      if (lines[i]?.text === t && !lines[i]!.chrome) {
        b.unparsed.push({ text: t, line: lines[i]!.line, reason: 'the title repeated on the next line' });
        b.mark(i, 'unparsed', 'the title repeated');
        b.issues.push({
          line: lines[i]!.line,
          code: 'repeated-title',
          message: `the title "${t.slice(0, 60)}" is repeated`,
        });
        i++;
      }
      continue;
    }

    // Inside a briefing.
    const next = lines[i + 1];
    if ((startsWithSourceKeyword(t) && t.length <= MAX_CITATION_LINE) || isUrlLine(t)) {
      b.mark(i, 'citation', startsWithSourceKeyword(t) ? 'a "Source:" line' : 'a URL alone on its line');
      i = b.cite(b.draft, i);
      continue;
    }
    if (next && !next.chrome && isUrlLine(next.text) && looksLikeBareCitation(t, citationYear(ctx))) {
      b.mark(i, 'citation', '"Outlet, Date" above a URL');
      i = b.cite(b.draft, i);
      continue;
    }
    // "Global Times, 02.02.2023" on its own after the text: the citation line without its
    // keyword (the model page's form, and press reviews that list outlet and date alone).
    if (b.draft.body.length > 0 && outletDateLine(t)) {
      b.mark(i, 'citation', '"Outlet, Date" alone after the text');
      i = b.cite(b.draft, i);
      continue;
    }
    if (b.draft.body.length > 0 && isDashCredit(t)) {
      b.mark(i, 'citation', 'a dash credit ("— Xinhua") after the text');
      i = b.cite(b.draft, i);
      continue;
    }
    if (isChromeLine(t) || isPhotoCredit(t) || read.templated(i) || read.tagHere(i)) {
      b.chrome(
        i,
        isPhotoCredit(t)
          ? 'a photo credit'
          : read.templated(i)
            ? 'a short line the page repeats around its items (template furniture)'
            : read.tagHere(i)
              ? 'a bulleted category tag between a headline and its text'
              : 'navigation, a "Read more" link, an advertising slot or a rule',
      );
      i++;
      continue;
    }
    const linked = b.draft.body.length > 0 && !feats[i]!.heading ? linkCredits(t, l.anchors) : undefined;
    if (linked) {
      for (const c of linked) b.addCitation(b.draft, c.raw, l.line, [c.href], c.outlet);
      b.mark(i, 'citation', `a line of source links (${linked.length}) after the text`);
      b.close(false);
      i++;
      continue;
    }
    const meta = b.draft.body.length === 0 && l.record !== undefined ? metaCredit(l) : undefined;
    if (meta !== undefined) {
      b.addCitation(b.draft, t, l.line, titleLinks(lines, i, b.draft.line), meta);
      b.mark(i, 'citation', "an item's meta row (outlet and time) under its headline");
      i++;
      continue;
    }
    const credit = creditLine(t);
    if (credit) {
      if (b.draft.body.length === 0) {
        b.addCitation(b.draft, t, l.line, l.links, credit.readAs);
        b.mark(i, 'citation', `a credit under the headline: ${credit.reason}`);
        i++;
      } else {
        b.mark(i, 'citation', `a credit after the text: ${credit.reason}`);
        i = b.cite(b.draft, i + 1, {
          text: t,
          line: l.line,
          readAs: credit.readAs,
          ...(l.links ? { links: l.links } : {}),
        });
      }
      continue;
    }
    if (b.draft.body.length === 0 && dateLine(t) !== undefined) {
      const undated = b.draft.sources.find((x) => x.parse.citation.date === undefined);
      // A full date alone under the headline, with no credit to date, is when the item was
      // published (ninjs `versioncreated`), not a source: a timestamp names no outlet.
      const alone =
        undated === undefined && b.draft.sources.length === 0 ? parseDate(dateLine(t)!) : undefined;
      if (alone?.ok && b.draft.published === undefined) {
        // The line itself is furniture, as a relative timestamp is; its date is kept in `published`.
        b.draft.published = alone.date;
        b.chrome(i, "a timestamp alone under the headline: the item's `published` date, not a source");
        i++;
        continue;
      }
      if (undated === undefined) b.addCitation(b.draft, t, l.line, undefined, `, ${dateLine(t)}`);
      else {
        // The date of the credit above it (`Taipei Times` / `Date: Dec 27, 2018`).
        const raw = `${undated.raw}\n${t}`;
        const readAs = `${undated.readAs ?? undated.raw}, ${dateLine(t)}`;
        b.draft.sources.splice(b.draft.sources.indexOf(undated), 1);
        b.addCitation(b.draft, raw, undated.line, undated.links, readAs);
      }
      b.mark(i, 'citation', 'a date line under the headline');
      i++;
      continue;
    }
    // A timestamp under the text, with no credit to date it: when the item was published.
    if (b.draft.body.length > 0 && b.draft.published === undefined && dateLine(t) !== undefined) {
      const d = parseDate(dateLine(t)!);
      if (d.ok && b.draft.sources.every((x) => x.parse.citation.date === undefined)) {
        b.draft.published = d.date;
        b.chrome(i, "a timestamp alone under the text: the item's `published` date, not a source");
        i++;
        continue;
      }
    }
    if (isByline(t) && b.draft.by === undefined && t.length <= 300) {
      b.draft.by = t;
      b.mark(i, 'byline', 'a byline ("By ...")');
      i++;
      continue;
    }
    if (isRelativeTime(t)) {
      b.chrome(i, 'a relative timestamp ("2 hours ago")');
      i++;
      continue;
    }
    // Under a title with no text yet: its translation joins it (bilingual listings).
    if (b.draft.body.length === 0 && b.draft.titleLines === 1 && translationPair(feats[i - 1]!, feats[i]!)) {
      if (headlineShape(feats[i]!, t) && b.draft.title.length + t.length < MAX_TITLE) {
        b.draft.title = `${b.draft.title} ${t}`;
        b.draft.titleLines = 2;
        b.mark(i, 'title', 'the translation of the title above (one CJK line, one Latin line)');
        i++;
        continue;
      }
    }
    // A deck under the title (a second headline-shaped line above the text) belongs to the title.
    if (
      b.draft.body.length === 0 &&
      b.draft.titleLines === 1 &&
      b.draft.title.length + t.length < MAX_TITLE &&
      read.deckHere(i)
    ) {
      b.draft.title = `${b.draft.title} ${t}`;
      b.draft.titleLines = 2;
      b.mark(i, 'title', 'a deck: a second headline-shaped line under the title, above the text');
      i++;
      continue;
    }
    // The text so far ends a sentence; a "title" that is itself running text (a page cut open in
    // the middle of an item) counts as text too.
    const lastSentence =
      b.draft.body.length > 0
        ? sentenceEnds(b.draft.body.at(-1)!) || teaserEnds(b.draft.body.at(-1)!)
        : runningText(lineFeatures({ text: b.draft.title, line: 0, blankBefore: true }));
    if (lastSentence && (!blanks || l.blankBefore) && read.labelHere(i)) {
      b.chrome(i, 'a short label between items (a section or date label)');
      i++;
      continue;
    }
    const headline = read.headlineHere(i, lastSentence);
    if (headline) {
      b.close(false);
      i = b.open(i, `a new headline: ${headline}`);
      continue;
    }
    // "...in 2024.Source: Xinhua, July 2, 2013": a citation glued to the end of the paragraph.
    // Most paragraphs have no colon at all: two string scans spare them the regex.
    const glued = (t.includes(':') || t.includes('：')) && GLUED_HINT.test(t) ? GLUED_SOURCE.exec(t) : null;
    if (
      glued &&
      (looksLikeBareCitation(glued[2]!.replace(/^[[(]?Sources?\s*[:：]\s*/i, '')) ||
        /^[[(]/.test(glued[2]!) ||
        (next && isUrlLine(next.text)))
    ) {
      pushParagraph(b.draft, glued[1]!.trim(), l, false);
      b.mark(i, 'body', 'a paragraph with a citation glued to its end');
      i = b.cite(b.draft, i + 1, { text: glued[2]!, line: l.line, ...(l.links ? { links: l.links } : {}) });
      continue;
    }
    // "...end of paragraph. (Chicago Tribune, 4 March 2018)": an inline citation, when the briefing ends here.
    const inline = inlineCitation(t);
    if (
      inline &&
      (next === undefined || next.chrome || isTitleLike(next.text) || isUrlLine(next.text)) &&
      !(next && startsWithSourceKeyword(next.text)) &&
      looksLikeBareCitation(inline[2]!, citationYear(ctx))
    ) {
      const citeText = t.slice(inline[1]!.length).trim();
      pushParagraph(b.draft, inline[1]!, l, false);
      b.mark(i, 'body', 'a paragraph ending with "(Outlet, Date)"');
      i = b.cite(b.draft, i + 1, { text: citeText, line: l.line, ...(l.links ? { links: l.links } : {}) });
      continue;
    }
    // "(Associated Press, By Joe McDonald) Asian stock markets ...": a credit opening the text.
    const opening =
      b.draft.body.length === 0
        ? (leadCredit(t) ?? (b.draft.sources.length === 0 ? gluedLeadCredit(t) : undefined))
        : undefined;
    if (opening) {
      const dated = ('date' in opening ? opening.date : undefined) ?? TITLE_DATE.exec(b.draft.title)?.[1];
      b.addCitation(
        b.draft,
        opening.raw,
        l.line,
        undefined,
        dated ? `${opening.outlet}, ${dated}` : opening.outlet,
      );
      pushParagraph(b.draft, t.slice(opening.rest), l, false);
      b.mark(i, 'body', `running text opened by a credit in parentheses "${opening.raw}"`);
      i++;
      continue;
    }
    // "(Reuters) - The ..." / "BEIJING (AP) — The ...": the wire credit opens the text.
    const lead = b.draft.body.length === 0 ? wireLead(t) : undefined;
    // A dateline naming the outlet the credit above already names stays in the text.
    if (
      lead &&
      !b.draft.sources.some(
        (x) => x.parse.citation.publication === (lookupPublication(lead.agency)?.name ?? lead.agency),
      )
    ) {
      b.addCitation(
        b.draft,
        lead.raw,
        l.line,
        undefined,
        lead.date ? `${lead.agency}, ${lead.date}` : lead.agency,
      );
      pushParagraph(b.draft, t.slice(lead.rest), l, false);
      b.mark(i, 'body', `running text opened by a wire dateline credit "${lead.raw}"`);
      i++;
      continue;
    }
    b.mark(i, 'body', runningText(feats[i]!) ? 'running text' : 'text under the title');
    addText(i, t, true);
    i++;
  }
  const drafts = b.finish(all);
  return {
    page: b.page,
    drafts,
    unparsed: b.unparsed,
    issues: b.issues,
    ...(b.explained ? { explained: b.explained } : {}),
  };
}

const citationYear = (ctx: PageParseContext) => (ctx.year === undefined ? {} : { year: ctx.year });
