import { parseDate } from '../dates.js';
import { lookupPublication } from '../publications.js';
import { gluedLeadCredit, leadCredit } from './credits.js';
import { pushParagraph } from './draft.js';
import type { PageState } from './page-state.js';
import { releaseLead } from './release-leads.js';
import { isWireAcronym } from './rules.js';
import { type WireLead, wireLead, wireLeadCitation } from './wire-leads.js';

/*
 * A credit that opens an item's text, read inside the item before its first paragraph: the
 * outlet in parentheses (`(Associated Press, By Joe McDonald) Asian stock markets ...`, a press
 * digest's habit) or a wire dateline (`(Reuters) - The ...`, `BEIJING (AP) — The ...`).
 */

/** `Title (2019-10-14)`: a headline that carries its date. */
const TITLE_DATE = /\((\d{4}-\d{2}-\d{2}|\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4})\)$/u;

/** The next line to read when line `i` opens the open item's text with a credit; else undefined. */
export function readOpeningCredit(s: PageState, i: number): number | undefined {
  const { b, read } = s;
  const d = b.draft!;
  const l = s.lines[i]!;
  const t = l.text;
  // "(Associated Press, By Joe McDonald) Asian stock markets ...": a credit opening the text.
  const opening =
    d.body.length === 0
      ? (leadCredit(t, read.habits.leadNames) ?? (d.sources.length === 0 ? gluedLeadCredit(t) : undefined))
      : undefined;
  if (opening) {
    const dated = 'date' in opening ? opening.date : undefined;
    // `Title (2019-10-14)`: the headline's date dates the item, not the credit under it.
    const titleDate = TITLE_DATE.exec(d.title)?.[1];
    const iso = titleDate !== undefined ? parseDate(titleDate) : undefined;
    if (iso?.ok && d.published === undefined) d.published = iso.date;
    b.addCitation(d, opening.raw, l.line, undefined, dated ? `${opening.outlet}, ${dated}` : opening.outlet);
    const also = 'also' in opening ? opening.also : undefined;
    if (also) b.addCitation(d, also.raw, l.line, undefined, dated ? `${also.outlet}, ${dated}` : also.outlet);
    pushParagraph(d, t.slice(opening.rest), l, false);
    b.mark(i, 'body', `running text opened by a credit in parentheses "${opening.raw}"`);
    return i + 1;
  }
  // "(Reuters) - The ..." / "BEIJING (AP) — The ...": the wire credit opens the text.
  const lead = d.body.length === 0 ? wireLead(t) : undefined;
  // A dateline naming the outlet the credit above already names stays in the text.
  if (
    lead &&
    !d.sources.some(
      (x) => x.parse.citation.publication === (lookupPublication(lead.agency)?.name ?? lead.agency),
    )
  ) {
    b.addCitation(d, lead.raw, l.line, undefined, wireLeadCitation(lead));
    pushParagraph(d, t.slice(lead.rest), l, false);
    b.mark(i, 'body', `running text opened by a wire dateline credit "${lead.raw}"`);
    return i + 1;
  }
  // "海报新闻记者 付三义 日照报道在2025年...": a Chinese reporter's byline naming the outlet.
  const reporter = d.body.length === 0 && d.sources.length === 0 ? reporterLead(t) : undefined;
  if (reporter) {
    b.addCitation(d, reporter.raw, l.line, undefined, reporter.outlet);
    pushParagraph(d, t.slice(reporter.rest), l, false);
    b.mark(i, 'body', `running text opened by a reporter's byline naming the outlet "${reporter.raw}"`);
    return i + 1;
  }
  // "<caption>. Photo courtesy of BERNAMA. KUALA LUMPUR, June 25 (NNN-BERNAMA) — ...": the lead
  // picture's caption and credit run into the teaser before the story's dateline; "<deck>. (Sinar
  // Daily) - Huayan Policy...": the story's deck, then its wire dateline credit.
  const uncredited = d.body.length === 0 && d.sources.length === 0;
  const captioned = uncredited ? captionedLead(t) : undefined;
  const glued = captioned ?? (uncredited ? deckedLead(t) : undefined);
  if (glued) {
    b.addCitation(d, glued.lead.raw, l.line, undefined, wireLeadCitation(glued.lead));
    pushParagraph(d, `${t.slice(0, glued.at).trimEnd()} ${t.slice(glued.lead.rest)}`, l, false);
    const before = captioned ? "a picture's caption" : "the story's deck";
    b.mark(i, 'body', `${before}, then a wire dateline credit "${glued.lead.raw}"`);
    return i + 1;
  }
  // "<headline> Syllabus : GS 2 Source : The Hindu India has expressed ...": the post's source line, flattened.
  const flat = d.body.length === 0 && d.sources.length === 0 ? flattenedSource(t) : undefined;
  if (flat) {
    b.addCitation(d, flat.raw, l.line, undefined, flat.outlet);
    pushParagraph(
      d,
      `${t.slice(0, flat.at).trimEnd()} ${t.slice(flat.at + flat.raw.length).trimStart()}`,
      l,
      false,
    );
    b.mark(i, 'body', `a teaser holding the post's source line, its line breaks lost "${flat.raw}"`);
    return i + 1;
  }
  // "Sheikh Hasina reiterated on Tuesday her call ..., reports BSS.": the agency closing the lead sentence.
  const reported = d.body.length === 0 && d.sources.length === 0 ? reportedLead(t) : undefined;
  if (reported) {
    b.addCitation(d, reported.raw, l.line, undefined, reported.outlet);
    pushParagraph(d, `${t.slice(0, reported.at)}${t.slice(reported.at + reported.raw.length)}`, l, false);
    b.mark(i, 'body', `the lead sentence closed by the agency that reports it "${reported.raw}"`);
    return i + 1;
  }
  // "MEMPHIS, Tennessee, Sept. 30 -- X issued the following news release:": the issuer credits the text.
  const release = d.body.length === 0 && d.sources.length === 0 ? releaseLead(t) : undefined;
  if (release) {
    b.addCitation(d, release.raw, l.line, undefined, release.readAs);
    const rest = t.slice(release.rest).trim();
    if (rest.length > 0) pushParagraph(d, rest, l, false);
    b.mark(
      i,
      rest.length > 0 ? 'body' : 'citation',
      `a news release's lead naming its issuer "${release.raw}"`,
    );
    return i + 1;
  }
  return undefined;
}

/**
 * The picture's credit that closes a caption run into the text (`Photo courtesy of BERNAMA.`,
 * `Photo: Reuters.`, `File photo.`), as listing pages that scrape an article's first lines take
 * the lead picture's caption with them; the story's wire dateline follows it, maybe after the
 * reporter's byline. Looked for in the first 400 characters only.
 */
export const CAPTION_CREDIT =
  /\b(?:photos?|pictures?|images?)(?:\s+courtesy\s+of|\s*:|\s+by)\s+[^.]{2,60}\.\s+/giu;

/**
 * The picture's word `CAPTION_CREDIT` opens with, in any case: a plain search, about a tenth of
 * the credit pattern's cost on a paragraph without one (most first paragraphs). No character
 * outside ASCII folds to one of these letters, so the `u` flag's case folding adds no match
 * this look would miss; test/speed-guards.test.ts holds it to the pattern.
 */
const PICTURE_WORD = /photo|picture|image/i;
export function mayCreditCaption(head: string): boolean {
  return PICTURE_WORD.test(head);
}

function captionedLead(text: string): { at: number; lead: WireLead } | undefined {
  if (!text.includes('(')) return undefined;
  const head = text.length > 400 ? text.slice(0, 400) : text;
  if (!mayCreditCaption(head)) return undefined;
  CAPTION_CREDIT.lastIndex = 0;
  const m = CAPTION_CREDIT.exec(head);
  if (!m) return undefined;
  const at = m.index + m[0].length;
  const lead = wireLead(text.slice(at));
  return lead ? { at, lead: { ...lead, rest: at + lead.rest } } : undefined;
}

/**
 * `The Selangor menteri besar takes his opposite number to court. (FMT) - Selangor menteri besar
 * Amirudin Shari has…`: a re-publishing site's teaser sets the reposted story's deck first, then
 * the story's own opening with its wire dateline credit (`(Outlet) -`, `CITY (Agency) —`), as it
 * sets a picture's caption before it (see `captionedLead`). After a finished sentence, a name in
 * parentheses closed by a dash opens a dateline, as at the start of a paragraph (WIRE_LEAD, whose
 * name excludes a photo credit's `Agency/Photographer`). Looked for in the first 400 characters,
 * only where a parenthesis and a dash meet: one look per first paragraph.
 */
const LEAD_DASH = /\)\s*(?:—|–|--|-)\s/;
const SENTENCE_END = /[.!?…"”’]/;

function deckedLead(text: string): { at: number; lead: WireLead } | undefined {
  const head = text.length > 400 ? text.slice(0, 400) : text;
  const dash = LEAD_DASH.exec(head);
  if (!dash) return undefined;
  const open = head.lastIndexOf('(', dash.index);
  if (open <= 0) return undefined;
  // The dateline starts after the deck's last sentence end (a city in capitals may stand before
  // the parenthesis): walk back from the parenthesis to a sentence end and the space after it.
  let e = open - 1;
  while (e > 0 && !(head.charCodeAt(e) === 32 && SENTENCE_END.test(head[e - 1]!))) e--;
  if (e <= 0 || open - e > 40) return undefined;
  const at = e + 1;
  const lead = wireLead(text.slice(at));
  if (!lead || at + lead.rest < dash.index) return undefined;
  return { at, lead: { ...lead, rest: at + lead.rest } };
}

/**
 * `... International Relations Source : The Hindu India has expressed ...`: the post's own
 * `Source: Outlet` line inside its teaser, run in with the lines around it, as an excerpt made by
 * stripping the post's markup and line breaks sets it (WordPress's automatic excerpt, and the
 * teasers of other blog engines alike). With no line break left, the label and a known outlet's
 * name (the longest of up to five words) say where the credit ends; an unknown name could run
 * into the text. Looked for in the first 600 characters, where the label word and a colon are.
 */
const RUN_IN_SOURCE = /\sSources?\s?[:：]\s?(?=\p{Lu})/u;

function flattenedSource(text: string): { at: number; raw: string; outlet: string } | undefined {
  const head = text.length > 600 ? text.slice(0, 600) : text;
  if (!head.includes('Source')) return undefined;
  const m = RUN_IN_SOURCE.exec(head);
  if (!m) return undefined;
  const from = m.index + m[0].length;
  const words = head.slice(from, from + 80).split(' ', 6);
  let outlet: string | undefined;
  let name = '';
  for (let n = 0; n < words.length - 1; n++) {
    name = n === 0 ? words[0]! : `${name} ${words[n]!}`;
    if (lookupPublication(name) !== undefined) outlet = name;
  }
  if (outlet === undefined) return undefined;
  const at = m.index + 1;
  return { at, raw: `${head.slice(at, from)}${outlet}`, outlet };
}

/**
 * `Prime Minister Sheikh Hasina reiterated on Tuesday her call ..., reports BSS.`, `... on June 12,
 * reports UNB.`: the agency named after the lead sentence's reporting verb, as the Bangladeshi and
 * Pakistani press credit national agency copy (`reports BSS`, `reports UNB`, `reports APP`) where
 * a wire dateline would stand. In the lead sentence only (a `reported X` further down quotes
 * another report), closed by its full stop; the name a wire acronym (2 to 6 capitals) or a known
 * outlet. One look for the verb first.
 */
const REPORTED_BY =
  /, (?:reports|reported) ((?:the )?\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3})(?=\.(?:\s|["“”]|$))/u;

function reportedLead(text: string): { at: number; raw: string; outlet: string } | undefined {
  const stop = text.search(/[.!?](?:\s|["“”]|$)/);
  if (stop < 0 || stop > 400) return undefined;
  const lead = text.slice(0, stop + 1);
  if (!lead.includes(', report')) return undefined;
  const m = REPORTED_BY.exec(lead);
  if (!m || m.index + m[0].length !== stop) return undefined;
  const name = m[1]!.replace(/^the /, '');
  if (!isWireAcronym(name) && lookupPublication(name) === undefined) return undefined;
  return { at: m.index, raw: m[0], outlet: name };
}

/**
 * `海报新闻记者 付三义 日照报道`, `新华社记者 张三`: the Chinese press's byline, the outlet run into
 * `记者` (reporter), the reporter's name, maybe the place reported from (`... 报道`), opening the
 * text (Xinhua's, People's Daily's and provincial papers' copy alike). A byline naming an outlet
 * credits it; `本报`/`本台`/`本网` ("this paper") names none.
 */
const REPORTER_LEAD =
  /^([\p{Script=Han}]{2,10}?)(?:记者|記者)\s+([\p{Script=Han}·]{2,4})(?:\s+[\p{Script=Han}]{2,6}?(?:报道|報導|报导))?\s*/u;

function reporterLead(text: string): { raw: string; outlet: string; rest: number } | undefined {
  if (!text.includes('记者') && !text.includes('記者')) return undefined;
  const m = REPORTER_LEAD.exec(text);
  if (!m || /^本[报報台网網刊]$/u.test(m[1]!) || m[0].length >= text.length) return undefined;
  return { raw: m[0].trim(), outlet: m[1]!, rest: m[0].length };
}
