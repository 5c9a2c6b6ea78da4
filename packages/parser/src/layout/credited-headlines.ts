import { mayBeDate, parseDate } from '../dates.js';
import { lookupPublication } from '../publications.js';
import type { SourceLine } from '../types.js';
import type { LineFeatures } from './features.js';
import { gluedOutletHeadlines } from './glued-outlets.js';
import { leadingPaperHeadlines } from './leading-papers.js';

/*
 * `Turkey becomes fastest growing economy [GDP grows by 11.1% y/y in Q3] (Hurriyet)` /
 * `S-400 deal with Russia to be clarified this week – Erdogan (Sabah)`: a press review that lists
 * the day's headlines of the national papers, each headline alone on its line and closed by the
 * name of its paper in parentheses. One such ending is an aside as often as a credit (`(video)`,
 * `(updated)`); the page's habit decides, the repetition cue of jusText and trafilatura that
 * `pageTailCredits` applies to summaries: where three headlines or more end so, and the names
 * repeat (one paper credits several headlines) and are not all one label, they are credits.
 * Each such line is an item of its own: its headline, no text, its paper's credit.
 *
 * `Laos According to WikiLeaks (Global Voice)` / its summary: a digest of other outlets' stories
 * sets the same ending over each story's summary (Lao and Indonesian news digests, press
 * clippings). There the layout is the cue: three headlines or more so closed, each over a
 * summary, are credited whether or not a name repeats, and each item keeps its summary.
 */

export interface CreditedHeadline {
  /** The headline, its credit taken off. */
  title: string;
  /** The credit as written (`(Sabah)`). */
  raw: string;
  /** The paper it names. */
  outlet: string;
  /** Its summary follows on the next line (a digest of other outlets' stories). */
  summarised?: true;
  /** The list bullet before it (`-`), or the dash after a leading name: layout, kept as chrome. */
  mark?: string;
  /** The paper's name leads the line (`Paper – Headline`, see `leadingPaperHeadlines`). */
  leading?: true;
}

/** A name in parentheses closing the line: one to four capitalised words, or a CJK name. */
const CLOSING_NAME =
  /\s\((\p{Lu}[\p{L}.&'’/-]*(?: (?:of |de |the )?\p{Lu}[\p{L}.&'’/-]*){0,3}|[\p{Script=Han}\p{Script=Hangul}]{2,8})\)$/u;

/**
 * `TIGHT SECURITY FOR VOTERS DURING ELECTION -- THE GLOBAL NEW LIGHT OF MYANMAR`: the outlet after
 * a dash or a bar at the end of the headline, one to eight capitalised words. A dash also sets off
 * a quote's speaker (`... this week – Erdogan`), so it is a credit only in a digest that sets every
 * such headline over its summary and names one outlet for two headlines or more. A bar sets off
 * no speaker: `Headline | Outlet` over a summary is the credit as the parenthesis is, the form
 * aggregators (Google News-fed portals, NewsNow) and feed digests print under a paper's name.
 */
export const DASH_NAME =
  / (?:--|—|–|\|) (\p{Lu}[\p{L}.&'’-]*(?: (?:of |de |the |OF |DE |THE )?\p{Lu}[\p{L}.&'’-]*){0,7})$/u;

/**
 * A spaced dash or bar in the line: the cheap look before DASH_NAME (test/speed-guards.test.ts).
 * One pattern for the four: V8 searches it by the rare character after the space, where four
 * `includes` each stop at every space of the line (a fifth of the cost on the bench's lines).
 */
const SPACED_DASH = / (?:--|[—–|]) /;
export function dashedOff(text: string): boolean {
  return SPACED_DASH.test(text);
}

/** Two hyphens and any space before a headline: a list's bullet in plain text. */
const LIST_DASHES = /^--\s*(?=\S)/;

/** A summary under a headline: a line of running text (a site may cut it before its full stop). */
const SUMMARY_WORDS = 12;

/** Labels a listing puts after a headline: what the link holds or how the story stands, no paper. */
const LABEL =
  /^(?:Video|Videos|Photos?|Pictures?|Gallery|Watch|Listen|Audio|Podcast|Live|Updated?|LEAD|Opinion|Editorial|Analysis|Interview|Exclusive|Sponsored|Ad|Advertisement|Paid|Premium|Subscribers?|Explainer|Graphic|Map|Poll|Quiz)$/i;

/**
 * `By Reuters Staff | November 30, 2026 | Economy`: the meta row a section page sets under each
 * headline (byline, date, category, fields split by bars: WordPress themes' entry meta, African
 * and Asian portals' card rows), its last field no outlet closing a headline. A headline opens
 * with no `By`, and no field of it is a date alone.
 */
const BY = /^By\s/i;
function metaRow(title: string): boolean {
  if (BY.test(title)) return true;
  for (const field of title.split(' | '))
    if (mayBeDate(field) && parseDate(field).ok && field.length <= 30) return true;
  return false;
}

/** The press review's credited headlines, by line index; empty unless the page lists them so. */
export function creditedHeadlines(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
): Map<number, CreditedHeadline> {
  const out = new Map<number, CreditedHeadline>();
  const counts = new Map<string, number>();
  let withSummary = 0;
  let dashed = 0;
  let knownDashed = 0;
  let known = 0;
  for (let k = 0; k < lines.length; k++) {
    const f = feats[k]!;
    // A headline's length; the cheap test first: most lines do not end with a parenthesis.
    if (f.words < 4 || f.words > 30 || f.chars > 220) continue;
    const text = lines[k]!.text;
    const paren = text.charCodeAt(text.length - 1) === 41;
    const m = paren ? CLOSING_NAME.exec(text) : dashedOff(text) ? DASH_NAME.exec(text) : null;
    if (!m || LABEL.test(m[1]!)) continue;
    const title = text.slice(0, m.index).trimEnd();
    // A headline, not a sentence closed by its credit (those are `creditedParagraphs`').
    if (/[.!?。]["”’]?$/u.test(title) || title.split(' ').length < 3) continue;
    const next = feats[k + 1];
    const summarised = next !== undefined && next.cjk <= 0.05 && next.words >= SUMMARY_WORDS;
    // A dash credit only over a summary (see DASH_NAME), and after a headline: a date row
    // (`Dec 3, 2025 — Xinhua`, `June 3 | Jane Doe`) is the item's credit row, read as such.
    if (!paren && (!summarised || title.split(' ').length < 4 || (mayBeDate(title) && parseDate(title).ok)))
      continue;
    if (!paren && m[0].startsWith(' |') && metaRow(title)) continue;
    const raw = paren ? `(${m[1]!})` : m[0].trim();
    // `-- Headline (Paper)`, `--Headline`: two hyphens as the list's bullet, as plain-text wire
    // copy draws a dash (Yonhap's press review, NNA's headline list: dev 737, 733); layout.
    const dashes = title.charCodeAt(0) === 45 && title.charCodeAt(1) === 45 ? LIST_DASHES.exec(title) : null;
    out.set(k, {
      title: dashes ? title.slice(dashes[0].length) : title,
      raw,
      outlet: m[1]!,
      ...(summarised ? { summarised: true } : {}),
      ...(dashes ? { mark: dashes[0].trim() } : {}),
    });
    counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    if (summarised) withSummary++;
    // A bar sets off no speaker as a dash does (`... this week – Erdogan`): only dashes need
    // the repeated name (see DASH_NAME).
    const outlet = lookupPublication(m[1]!) !== undefined;
    if (outlet) known++;
    if (!paren && !m[0].startsWith(' |')) {
      dashed++;
      if (outlet) knownDashed++;
    }
  }
  // A coverage list whose papers' names lost their separator (see `gluedOutletHeadlines`).
  // A review that prints each paper's name before its headline (see `leadingPaperHeadlines`).
  if (out.size < 3) {
    if (out.size > 0) return new Map();
    const glued = gluedOutletHeadlines(lines, feats);
    return glued.size > 0 ? glued : leadingPaperHeadlines(lines, feats);
  }
  let repeated = false;
  for (const n of counts.values()) if (n >= 2) repeated = true;
  // Each over its summary: the layout credits them, names repeated or not (a dash: repeated, or
  // two known outlets among the names: a quote's speaker is no outlet; `— Reuters`, `— AFP`
  // close the headlines of Gulf and Pakistani world pages, one agency each).
  if (withSummary === out.size && (dashed === 0 || repeated || knownDashed >= 2)) return out;
  if (dashed > 0) return new Map();
  // One-line headlines: a paper named twice makes the names credits, and so do two names of
  // known outlets among names that never repeat (a national press review names each paper
  // once: Yonhap's `-- Headline (Korea Herald)` list, dev 737; an aside such as `(video)` is
  // no outlet's name).
  if ((!repeated && known < 2) || counts.size < 2) return new Map();
  // A press review of one-line headlines: none keeps text of its own.
  for (const h of out.values()) delete h.summarised;
  return out;
}
