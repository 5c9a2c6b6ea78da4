import {
  isDashCredit,
  looksLikeBareCitation,
  parseCitationWithId,
  startsWithSourceKeyword,
} from './citation.js';
import { sentenceEnds } from './layout/features.js';
import { LineReader } from './layout/reader.js';
import {
  headlineShape,
  isByline,
  isPhotoCredit,
  isRelativeTime,
  runningText,
  translationPair,
  wireLead,
} from './layout/rules.js';
import { keepBriefings } from './layout/keep.js';
import { lookupPublication } from './publications.js';
import { collectCitations, isUrlLine, MAX_CITATION_LINE } from './layout/citation-block.js';
import { HEADER, isChromeLine } from './layout/chrome.js';
import { type Draft, MAX_TITLE, pushParagraph } from './layout/draft.js';
import { creditLine, dateLine, leadCredit, linkCredits, titleCredit } from './layout/credits.js';
import type { ExplainedLine, LineClass, ParseIssue, ParseResult, SourceLine, UnparsedText } from './types.js';

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
/** A list bullet at the start of a line (`•`, `▪`, `*`, `-` and a space). */
const _BULLET = /^[•·▪◦‣●■*–-]\s+\S/u;
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
  const page: StructureResult['page'] = { chrome: [] };
  const unparsed: UnparsedText[] = [];
  // Text set apart (HTML fallbacks, drawings) is kept as it stands and the page reads on without it.
  const apart = all.some((l) => l.apart !== undefined);
  const lines = apart ? all.filter((l) => l.apart === undefined) : all;
  const read = new LineReader(lines);
  const { feats, blanks } = read;
  const issues: ParseIssue[] = [];
  const drafts: StructureResult['drafts'] = [];
  const explained: ExplainedLine[] | undefined = ctx.explain ? [] : undefined;
  const mark = (k: number, cls: LineClass, reason: string) => {
    explained?.push({ line: lines[k]!.line, text: lines[k]!.text, class: cls, reason });
  };
  const chrome = (k: number, reason: string) => {
    page.chrome.push(lines[k]!.text);
    mark(k, 'chrome', reason);
  };
  let draft: Draft | undefined;
  let i = 0;

  // Everything above the listing header is site furniture.
  const firstSource = lines.findIndex((l) => startsWithSourceKeyword(l.text));
  const limit = Math.min(lines.length, 15, firstSource < 0 ? lines.length : firstSource);
  for (let h = 0; h < limit; h++) {
    const l = lines[h]!;
    if (l.chrome || l.text.length > 220) continue;
    const m = HEADER.exec(l.text);
    if (m) {
      for (let c = 0; c < h; c++) chrome(c, 'above the listing header');
      page.title = m[1]!.trim();
      page.number = Number(m[2] ?? m[3]);
      if (page.number < 1) delete page.number;
      page.header = l.text;
      mark(h, 'header', 'a listing header: "Name - N. page"');
      i = h + 1;
      break;
    }
  }

  const citationOptions = (links?: string[]) => ({
    ...(ctx.year === undefined ? {} : { year: ctx.year }),
    ...(links && links.length > 0 ? { links } : {}),
  });

  const addCitation = (target: Draft, raw: string, line: number, links?: string[], readAs?: string) => {
    const parse = parseCitationWithId(readAs ?? raw, citationOptions(links));
    if (readAs !== undefined) parse.citation.raw = raw;
    target.sources.push({
      parse,
      line,
      raw,
      ...(readAs !== undefined ? { readAs } : {}),
      needsYear: parse.issues.some((x) => x.code === 'date-without-year'),
      ...(links ? { links } : {}),
    });
  };

  const close = (incomplete: boolean) => {
    if (!draft) return;
    draft.incomplete = incomplete;
    drafts.push(draft);
    draft = undefined;
  };

  /** Opens a briefing at line `k`; returns the index after its title (and the credit a title may carry). */
  const open = (k: number, reason: string): number => {
    const d: Draft = {
      title: lines[k]!.text,
      line: lines[k]!.line,
      titleLines: 1,
      body: [],
      sources: [],
      bodyLines: [],
      lastBodyLine: -1,
      explainFrom: explained?.length ?? 0,
      incomplete: false,
    };
    draft = d;
    mark(k, 'title', reason);
    const below = lines[k + 1];
    const date = below && !below.chrome ? dateLine(below.text) : undefined;
    const credit = titleCredit(d.title, date !== undefined);
    if (!credit) return k + 1;
    d.title = credit.title;
    if (date === undefined) {
      addCitation(d, credit.tail, d.line, undefined, credit.outlet);
      return k + 1;
    }
    addCitation(d, `${credit.tail}\n${below!.text}`, d.line, undefined, `${credit.outlet}, ${date}`);
    mark(k + 1, 'citation', 'the date under a headline that names its outlet');
    return k + 2;
  };

  /* Ends `into` with the citation block that starts at `start`; returns the index after it. */
  const cite = (
    into: Draft,
    start: number,
    first?: { text: string; line: number; links?: string[]; readAs?: string },
  ) => {
    const { entries, next } = collectCitations(lines, start, first);
    entries.forEach((e, n) => {
      // The first entry reads as `first.readAs`, plus any URL line the block appended to it.
      const readAs =
        n === 0 && first?.readAs !== undefined ? first.readAs + e.raw.slice(first.text.length) : undefined;
      addCitation(into, e.raw, e.line, e.links, readAs);
    });
    for (let k = first ? start : start + 1; k < next; k++)
      mark(k, 'citation', 'in the citation block that closes the briefing');
    close(false);
    return next;
  };

  while (i < lines.length) {
    const l = lines[i]!;
    const t = l.text;
    if (l.chrome) {
      chrome(i, 'page furniture (an HTML <nav>, <footer>, <aside> or <title>)');
      i++;
      continue;
    }
    if (!draft) {
      if (isChromeLine(t) || (t.length <= 220 && /page/i.test(t) && HEADER.test(t))) {
        chrome(i, 'navigation, pagination or a copyright line');
        i++;
        continue;
      }
      if (isRelativeTime(t)) {
        chrome(i, 'a relative timestamp ("2 hours ago")');
        i++;
        continue;
      }
      if ((startsWithSourceKeyword(t) && t.length <= MAX_CITATION_LINE) || isUrlLine(t)) {
        const { entries, next } = collectCitations(lines, i);
        const previous = drafts.at(-1);
        for (let k = i; k < next; k++)
          mark(k, previous ? 'citation' : 'unparsed', 'a citation after a citation block');
        if (previous && previous.sources.length > 0)
          for (const e of entries) addCitation(previous, e.raw, e.line, e.links);
        else
          for (const e of entries) {
            unparsed.push({ text: e.raw, line: e.line, reason: 'a citation with no briefing before it' });
          }
        i = next;
        continue;
      }
      if (t.length > MAX_TITLE) {
        unparsed.push({
          text: t,
          line: l.line,
          reason: `expected a briefing title here, but the line is ${t.length} characters long`,
        });
        mark(i, 'unparsed', 'running text where a title was expected');
        issues.push({
          line: l.line,
          code: 'missing-title',
          message: 'a paragraph where a title was expected',
        });
        i++;
        continue;
      }
      if (read.labelHere(i)) {
        if (drafts.length === 0 && page.header === undefined) {
          page.title = t;
          page.header = t;
          mark(i, 'header', 'a short label above the first headline: the listing header');
        } else chrome(i, 'a short label above a headline (a section or date label)');
        i++;
        continue;
      }
      if (!read.running(i) && !read.headlineHere(i, true) && read.headlineSoon(i)) {
        chrome(i, 'a short line above the first headline (masthead, section or date)');
        i++;
        continue;
      }
      i = open(i, drafts.length === 0 ? 'the first line of the listing' : 'the line after a citation block');
      if (lines[i]?.text === t && !lines[i]!.chrome) {
        unparsed.push({ text: t, line: lines[i]!.line, reason: 'the title repeated on the next line' });
        mark(i, 'unparsed', 'the title repeated');
        issues.push({
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
      mark(i, 'citation', startsWithSourceKeyword(t) ? 'a "Source:" line' : 'a URL alone on its line');
      i = cite(draft, i);
      continue;
    }
    if (next && !next.chrome && isUrlLine(next.text) && looksLikeBareCitation(t, citationYear(ctx))) {
      mark(i, 'citation', '"Outlet, Date" above a URL');
      i = cite(draft, i);
      continue;
    }
    if (draft.body.length > 0 && isDashCredit(t)) {
      mark(i, 'citation', 'a dash credit ("— Xinhua") after the text');
      i = cite(draft, i);
      continue;
    }
    if (isChromeLine(t) || isPhotoCredit(t)) {
      chrome(
        i,
        isPhotoCredit(t) ? 'a photo credit' : 'navigation, a "Read more" link, an advertising slot or a rule',
      );
      i++;
      continue;
    }
    const linked = draft.body.length > 0 && !feats[i]!.heading ? linkCredits(t, l.anchors) : undefined;
    if (linked) {
      for (const c of linked) addCitation(draft, c.raw, l.line, [c.href], c.outlet);
      mark(i, 'citation', `a line of source links (${linked.length}) after the text`);
      close(false);
      i++;
      continue;
    }
    const credit = creditLine(t);
    if (credit) {
      if (draft.body.length === 0) {
        addCitation(draft, t, l.line, l.links, credit.readAs);
        mark(i, 'citation', `a credit under the headline: ${credit.reason}`);
        i++;
      } else {
        mark(i, 'citation', `a credit after the text: ${credit.reason}`);
        i = cite(draft, i + 1, {
          text: t,
          line: l.line,
          readAs: credit.readAs,
          ...(l.links ? { links: l.links } : {}),
        });
      }
      continue;
    }
    if (draft.body.length === 0 && dateLine(t) !== undefined) {
      const undated = draft.sources.find((x) => x.parse.citation.date === undefined);
      if (undated === undefined) addCitation(draft, t, l.line, undefined, `, ${dateLine(t)}`);
      else {
        // The date of the credit above it (`Taipei Times` / `Date: Dec 27, 2018`).
        const raw = `${undated.raw}\n${t}`;
        const readAs = `${undated.readAs ?? undated.raw}, ${dateLine(t)}`;
        draft.sources.splice(draft.sources.indexOf(undated), 1);
        addCitation(draft, raw, undated.line, undated.links, readAs);
      }
      mark(i, 'citation', 'a date line under the headline');
      i++;
      continue;
    }
    if (isByline(t) && draft.by === undefined && t.length <= 300) {
      draft.by = t;
      mark(i, 'byline', 'a byline ("By ...")');
      i++;
      continue;
    }
    if (isRelativeTime(t)) {
      chrome(i, 'a relative timestamp ("2 hours ago")');
      i++;
      continue;
    }
    // Under a title with no text yet: its translation joins it (bilingual listings).
    if (draft.body.length === 0 && draft.titleLines === 1 && translationPair(feats[i - 1]!, feats[i]!)) {
      if (headlineShape(feats[i]!, t) && draft.title.length + t.length < MAX_TITLE) {
        draft.title = `${draft.title} ${t}`;
        draft.titleLines = 2;
        mark(i, 'title', 'the translation of the title above (one CJK line, one Latin line)');
        i++;
        continue;
      }
    }
    // A deck under the title (a second headline-shaped line above the text) belongs to the title.
    if (
      draft.body.length === 0 &&
      draft.titleLines === 1 &&
      draft.title.length + t.length < MAX_TITLE &&
      read.deckHere(i)
    ) {
      draft.title = `${draft.title} ${t}`;
      draft.titleLines = 2;
      mark(i, 'title', 'a deck: a second headline-shaped line under the title, above the text');
      i++;
      continue;
    }
    const lastSentence = draft.body.length > 0 && sentenceEnds(draft.body.at(-1)!);
    if (lastSentence && (!blanks || l.blankBefore) && read.labelHere(i)) {
      chrome(i, 'a short label between items (a section or date label)');
      i++;
      continue;
    }
    const headline = read.headlineHere(i, lastSentence);
    if (headline) {
      close(false);
      i = open(i, `a new headline: ${headline}`);
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
      pushParagraph(draft, glued[1]!.trim(), l, false);
      mark(i, 'body', 'a paragraph with a citation glued to its end');
      i = cite(draft, i + 1, { text: glued[2]!, line: l.line, ...(l.links ? { links: l.links } : {}) });
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
      pushParagraph(draft, inline[1]!, l, false);
      mark(i, 'body', 'a paragraph ending with "(Outlet, Date)"');
      i = cite(draft, i + 1, { text: citeText, line: l.line, ...(l.links ? { links: l.links } : {}) });
      continue;
    }
    // "(Associated Press, By Joe McDonald) Asian stock markets ...": a credit opening the text.
    const opening = draft.body.length === 0 ? leadCredit(t) : undefined;
    if (opening) {
      const dated = TITLE_DATE.exec(draft.title)?.[1];
      addCitation(
        draft,
        opening.raw,
        l.line,
        undefined,
        dated ? `${opening.outlet}, ${dated}` : opening.outlet,
      );
      pushParagraph(draft, t.slice(opening.rest), l, false);
      mark(i, 'body', `running text opened by a credit in parentheses "${opening.raw}"`);
      i++;
      continue;
    }
    // "(Reuters) - The ..." / "BEIJING (AP) — The ...": the wire credit opens the text.
    const lead = draft.body.length === 0 ? wireLead(t) : undefined;
    // A dateline naming the outlet the credit above already names stays in the text.
    if (
      lead &&
      !draft.sources.some(
        (x) => x.parse.citation.publication === (lookupPublication(lead.agency)?.name ?? lead.agency),
      )
    ) {
      addCitation(
        draft,
        lead.raw,
        l.line,
        undefined,
        lead.date ? `${lead.agency}, ${lead.date}` : lead.agency,
      );
      pushParagraph(draft, t.slice(lead.rest), l, false);
      mark(i, 'body', `running text opened by a wire dateline credit "${lead.raw}"`);
      i++;
      continue;
    }
    pushParagraph(draft, t, l, true);
    mark(i, 'body', runningText(feats[i]!) ? 'running text' : 'text under the title');
    i++;
  }
  if (draft) {
    const d: Draft = draft;
    const last = d.body.at(-1);
    // Cut by the page end: the text stops mid-sentence, or every other briefing here has a
    // citation and this one has none yet.
    const cut =
      last === undefined ||
      !sentenceEnds(last) ||
      (d.sources.length === 0 && drafts.some((x) => x.sources.length > 0));
    if (cut && d.sources.length === 0) {
      issues.push({
        line: d.line,
        item: drafts.length,
        code: 'incomplete-briefing',
        message: `the page ends inside the briefing "${d.title.slice(0, 60)}" (no citation)`,
      });
      if (explained && last !== undefined) {
        const e = explained.findLast((x) => x.class === 'body');
        if (e) e.class = 'fragment';
      }
    }
    close(cut && d.sources.length === 0);
  }
  if (apart) {
    for (const l of all)
      if (l.apart !== undefined) {
        unparsed.push({ text: l.text, line: l.line, reason: l.apart });
        explained?.push({ line: l.line, text: l.text, class: 'unparsed', reason: l.apart });
      }
    unparsed.sort((a, b) => a.line - b.line);
    explained?.sort((a, b) => a.line - b.line);
  }
  const kept = keepBriefings(drafts, page, unparsed, issues, explained);
  return { page, drafts: kept, unparsed, issues, ...(explained ? { explained } : {}) };
}

const citationYear = (ctx: PageParseContext) => (ctx.year === undefined ? {} : { year: ctx.year });
