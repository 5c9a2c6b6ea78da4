import { regionNames } from '@briefing/money';
import { calendarWord } from '../calendar-words.js';
import type { SourceLine } from '../types.js';
import type { CreditedHeadline } from './credited-headlines.js';
import type { LineFeatures } from './features.js';

/*
 * `Hürriyet – Müttefik değilsek, başımızın çaresine bakarız (If we are not allies, ...)`: a press
 * review that prints each paper's name first, then a spaced dash, then that paper's front-page
 * headline (often with its translation), one paper a line. It is the mirror of the `Headline
 * (Paper)` review `creditedHeadlines` reads, and the form national press reviews use in plain
 * text: BirGün's daily Turkish front pages (dev 731), Beta's and Krstarica's Serbian
 * `BLIC – „...“` / `POLITIKA – ...` front pages, B92's `KURIR – "..."` press review. One such line is
 * a label and a headline as often as a credit (`Politics – ...`), a country's name a regional
 * roundup's label (`Kenya – Rains cut off ...`), and a name in capitals is a wire dateline's
 * place as often (`BEIJING – China said ...`); those aside, the layout decides: four lines or
 * more in a row so set, each name of one to three capitalised words, not all in capitals (so the
 * capitalised reviews above are left to a later rule), that no other line of the run repeats (a
 * review names each paper once), each headline of three words or more with no closing full stop
 * or ellipsis (a headline, not a glossary's definition, a sentence or a cut teaser). Each line is
 * an item of its own: its headline, no text, its paper's credit; the dash goes with the layout.
 */

/** The paper's name (one to three capitalised words), the spaced dash, the headline's first letter. */
const LEADING_PAPER = /^(\p{Lu}[\p{L}'’&.]*(?: \p{Lu}[\p{L}'’&.]*){0,2}) ([–—-]) (?=[\p{Lu}\p{Lt}"“„«'‘\d])/u;

/** A spaced dash: the cheap look before `LEADING_PAPER`, in the first 36 characters (a name's length). */
const SPACED_DASH = / [–—-] /;

/** Four papers in a row make the review. */
const RUN = 4;

/** Names that label a line rather than credit it: sections (days and months: `calendarWord`). */
const NOT_A_PAPER =
  /^(?:Update|Updated|Video|Photos?|Watch|Live|Breaking|Opinion|Editorial|Analysis|Politics|Business|Sports?|World|Economy|Part|Chapter|Step|Day|Week)(?:\s|$)/i;

/** A label's name, not a paper's: its first word is a date's (`Monday – ...`, `Dec. 3 – ...`) or a section's. */
function notAPaper(name: string): boolean {
  const space = name.indexOf(' ');
  return calendarWord(space < 0 ? name : name.slice(0, space)) || NOT_A_PAPER.test(name);
}

let countries: Set<string> | undefined;
/** A country's name (CLDR's English names): a regional roundup's label (`Kenya – ...`), not a paper. */
function country(name: string): boolean {
  countries ??= new Set(regionNames().values());
  return countries.has(name);
}

/** The press review's headlines led by their papers' names, by line index; empty unless the page lists them so. */
export function leadingPaperHeadlines(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
): Map<number, CreditedHeadline> {
  const out = new Map<number, CreditedHeadline>();
  let run: Array<[number, CreditedHeadline]> = [];
  let names = new Set<string>();
  const flush = () => {
    if (run.length >= RUN) for (const [k, h] of run) out.set(k, h);
    run = [];
    names = new Set();
  };
  for (let k = 0; k < lines.length; k++) {
    const f = feats[k]!;
    const text = lines[k]!.text;
    // A name and a headline's length, and a spaced dash within a name's length: most lines stop here.
    const last = k === lines.length - 1;
    if (f.words < (last ? 3 : 5) || f.words > 60 || f.chars > 320) {
      flush();
      continue;
    }
    const head = text.length > 36 ? text.slice(0, 36) : text;
    const m = SPACED_DASH.test(head) ? LEADING_PAPER.exec(head) : null;
    const name = m?.[1];
    // A name in capitals is a dateline's place as often (`BEIJING – The ...`): wire copy's form.
    if (!m || !name || name.length > 30 || name.toUpperCase() === name || notAPaper(name) || country(name)) {
      flush();
      continue;
    }
    const title = text.slice(m[0].length);
    // A headline: three words or more (a page cut inside the last one aside), no closing stop.
    const words = title.split(' ').length;
    // A closing stop or ellipsis: a sentence or a teaser cut short, not a headline.
    const end = text.charCodeAt(text.length - 1);
    if ((words < 3 && !last) || end === 46 || end === 0x2026) {
      flush();
      continue;
    }
    // A name again: another list (or none), the run so far stands on its own.
    if (names.has(name)) flush();
    names.add(name);
    run.push([k, { title, raw: name, outlet: name, mark: m[2]!, leading: true }]);
  }
  flush();
  return out;
}
