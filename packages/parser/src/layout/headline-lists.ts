import { lookupPublication } from '../publications.js';
import type { SourceLine } from '../types.js';
import type { LineFeatures } from './features.js';
import { BULLET_MARK, headlineShape, isWireAcronym, mayOpenBullet, runningText } from './rules.js';

/*
 * `NNA Asia headlines for Wednesday, April 10` / `--Cool Japan Fund injects S$13.5 million ...` /
 * `--Honda to close passenger car factory in Turkey ...: Kyodo report`: a list of headlines, each
 * alone on its line, under a label that calls them the headlines (an agency's or a paper's day
 * list, as wire services' headline services and press reviews print it). The label decides what
 * the block is: under `Most read` or `Related stories` a block of bare headlines links to other
 * stories (furniture, see `RELATED_LABEL`); under `Headlines` it is the news the page lists.
 * On a page with no running text at all (a page of headlines only: nothing else can be its
 * items), three such lines or more in a row under the label are each an item: a headline, no
 * text. Found in one pass over the page; each line is read once.
 */

/** A label naming its list the headlines: a short line, no sentence. */
const HEADLINES_LABEL = /\bheadlines\b/i;

/** Two hyphens before a headline: a list's bullet in plain-text wire copy (see `creditedHeadlines`). */
const LIST_DASHES = /^--\s*(?=\S)/;

export interface ListedHeadline {
  /** The headline, its bullet and credit taken off. */
  title: string;
  /** The bullet as written (`•`, `--`): layout. */
  mark?: string;
  /** The credit closing it (`: Kyodo report`), as written, and the outlet it names. */
  raw?: string;
  outlet?: string;
}

/**
 * `...in 2021 amid slow sales: Kyodo report`: the outlet that reported the story, after a colon
 * at the end of the headline, as Asian wire services' headline lists credit other agencies'
 * stories (`: Reuters report`, `: press report`). A known outlet or a wire acronym names one;
 * `press report` names none (the headline keeps it).
 */
const REPORT_CREDIT = /: (\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}) reports?$/u;

function listedHeadline(text: string): ListedHeadline {
  let title = text;
  let mark: string | undefined;
  const dashes = title.charCodeAt(0) === 45 && title.charCodeAt(1) === 45 ? LIST_DASHES.exec(title) : null;
  const bullet = dashes ?? (mayOpenBullet(title) ? BULLET_MARK.exec(title) : null);
  if (bullet) {
    mark = bullet[0].trim();
    title = title.slice(bullet[0].length);
  }
  const credit = title.endsWith('report') || title.endsWith('reports') ? REPORT_CREDIT.exec(title) : null;
  if (credit && (lookupPublication(credit[1]!) !== undefined || isWireAcronym(credit[1]!)))
    return { title: title.slice(0, credit.index), mark, raw: credit[0], outlet: credit[1]! };
  return mark === undefined ? { title } : { title, mark };
}

export function labelledHeadlines(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
  closedText: (k: number) => boolean,
): Map<number, ListedHeadline> {
  const out = new Map<number, ListedHeadline>();
  const labels: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const f = feats[k]!;
    // A page with running text sets its items over it: a labelled block there may be a sidebar.
    // So does text closed by a credit (a summary closed by a glued `The Fin`, `... market. — Reuters`).
    if (runningText(f) || (f.words >= 6 && closedText(k))) return new Map();
    if (f.words <= 12 && !f.sentenceEnd && HEADLINES_LABEL.test(lines[k]!.text)) labels.push(k);
  }
  // Each line is read once: a label inside the run above it (a headline saying `headlines`) reads no run again.
  let end = 0;
  for (const k of labels) {
    if (k < end) continue;
    let j = k + 1;
    const run: number[] = [];
    // The list's lines: headline-shaped, four words or more (a `to TOP page` or `more articles...`
    // link ends it).
    while (
      j < lines.length &&
      feats[j]!.words >= 4 &&
      headlineShape(feats[j]!, lines[j]!.text) !== undefined
    ) {
      run.push(j);
      j++;
    }
    end = j;
    if (run.length >= 3) for (const r of run) out.set(r, listedHeadline(lines[r]!.text));
  }
  return out;
}
