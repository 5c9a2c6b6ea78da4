import { startsWithSourceKeyword } from '../citation.js';
import { mayBeDate, parseDate } from '../dates.js';
import type { SourceLine } from '../types.js';
import { sentenceCredits, trailingCredit } from './credits.js';
import type { LineFeatures } from './features.js';
import { runDeks } from './glued-deks.js';
import { BULLET_MARK, bulletMarked, mayOpenBullet } from './rules.js';

/*
 * `Also:` / `In other news:` / `Quick hits:` over lines of one sentence each: the newsletter
 * convention for briefs too short for a headline (TIME's Morning Brief, Axios-style digests).
 * Each sentence is an item of its own, titled by itself, as the corpus conventions title a
 * headless item by its first sentence. Found once per page, in one pass.
 */

/** The labels newsletters put over such briefs. */
const BRIEF_LABEL =
  /^(?:also|and also|in other news|other news|elsewhere|quick hits|in brief|briefly|news in brief|icymi|more news|what else)\s*[:：]$/iu;

/** A short label ending in a colon that names a list of briefs. */
function briefLabel(text: string, f: LineFeatures): boolean {
  return f.words <= 4 && f.chars <= 32 && BRIEF_LABEL.test(text) && !startsWithSourceKeyword(text);
}

/** One sentence: it ends one, starts with a capital, and holds no other sentence end. */
function oneSentence(text: string, f: LineFeatures): boolean {
  return (
    f.sentenceEnd &&
    !f.lowerStart &&
    f.words >= 4 &&
    f.words <= 45 &&
    !/\p{Ll}{2}[.!?]["”’]?\s+\p{Lu}/u.test(text.slice(0, -1))
  );
}

/** The label lines and the brief lines under them (two or more briefs per label). */
export function briefLists(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
): { labels: Set<number>; briefs: Set<number> } {
  const labels = new Set<number>();
  const briefs = new Set<number>();
  for (let k = 0; k + 2 < lines.length; k++) {
    if (!briefLabel(lines[k]!.text, feats[k]!)) continue;
    let j = k + 1;
    while (j < lines.length && oneSentence(lines[j]!.text, feats[j]!)) j++;
    if (j - k - 1 < 2) continue;
    labels.add(k);
    for (let n = k + 1; n < j; n++) briefs.add(n);
    k = j - 1;
  }
  return { labels, briefs };
}

/**
 * `September 19, 2019 First Quantum Minerals draws takeover interest ...`: a list whose lines
 * each open with the item's full date, then its headline (and often its summary) on the same
 * line, as feed archives and news tickers print a dated log (the timestamp leads, as
 * `datesLead` reads it on pages that set it on a line of its own; MDR's repeated record). Three
 * or more such lines in a row make the list. Gives each line's date and where its text starts.
 * Bounded: at most six words tried as the date of a line.
 */
export function datedLines(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
): Map<number, DatedLine> {
  const out = new Map<number, DatedLine>();
  let run: [number, DatedLine][] = [];
  const flush = () => {
    // Most lines end no run: no new array for each.
    if (run.length === 0) return;
    if (run.length >= 3) {
      // Headline and summary glued on the line (see `gluedDekAt`): where the summary starts.
      const deks = runDeks(run.map(([k, d]) => lines[k]!.text.slice(d.rest)));
      run.forEach(([k, d], n) => {
        const at = deks?.[n];
        out.set(k, at === undefined ? d : { ...d, dek: d.rest + at });
      });
    }
    run = [];
  };
  // Indexed, not `forEach` (see `numberedItems`).
  for (let k = 0; k < lines.length; k++) {
    const dated = feats[k]!.words >= 6 ? leadingDate(lines[k]!.text) : undefined;
    if (dated) run.push([k, dated]);
    else flush();
  }
  flush();
  return out;
}

/** A line of a dated log: its date, where its text starts, and where a summary glued to its headline starts. */
export interface DatedLine {
  date: string;
  rest: number;
  dek?: number;
}

/** A full date with its year opening the line, then text opening with a capital. */
function leadingDate(text: string): { date: string; rest: number } | undefined {
  if (!mayBeDate(text)) return undefined;
  const words = text.split(' ', 7);
  let at = 0;
  for (let n = 1; n <= 6 && n < words.length; n++) {
    at += words[n - 1]!.length + 1;
    if (n < 2) continue;
    const rest = text.slice(at);
    if (!/^\p{Lu}/u.test(rest)) continue;
    const d = parseDate(text.slice(0, at - 1));
    if (d.ok && !d.yearInferred) return { date: d.date, rest: at };
  }
  return undefined;
}

export interface CreditedBullet {
  /** The bullet as written. */
  mark: string;
  /** The brief's text, titled by itself (a headless item). */
  text: string;
  /** The credit closing it, as written, and the outlet it names (none for a brief the page cut). */
  raw?: string;
  outlet?: string;
  /** A section label the flattened list ran in after the credit (`(AP) World News`). */
  label?: string;
  /** A headline alone, no text under it: titled by itself, no paragraph. */
  headline?: true;
}

/**
 * `■ Thousands of officers gathered on Sunday for the wake. (AP)`: a bulleted list of headless
 * briefs, each closed by its own credit, as wire roundups and morning briefings list the day's
 * news in short (Taiwan News' briefings, newsletters quoting agency copy). The bullet opens a
 * block and the credit closes it: each bullet is an item, titled by its text, as the corpus
 * conventions title a headless item. Two or more such bullets on the page make the list.
 */
export function creditedBullets(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
): Map<number, CreditedBullet> {
  const out = new Map<number, CreditedBullet>();
  // Bullets closed by a name in parentheses the outlet list does not know (see `CLOSING_NAME`).
  const named: { k: number; mark: string; text: string; name: RegExpExecArray }[] = [];
  // Indexed, not `forEach` (see `numberedItems`).
  for (let k = 0; k < lines.length; k++) {
    if (feats[k]!.words < 8) continue;
    const l = lines[k]!;
    const mark = mayOpenBullet(l.text) ? BULLET_MARK.exec(l.text) : null;
    if (!mark) continue;
    const text = l.text.slice(mark[0].length);
    const brief = bulletCredit(text);
    if (brief) {
      out.set(k, { mark: mark[0].trim(), ...brief });
      continue;
    }
    const name = text.charCodeAt(text.length - 1) === 41 ? CLOSING_NAME.exec(text) : null;
    if (name && !ASIDE.test(name[1]!)) named.push({ k, mark: mark[0].trim(), text, name });
    // The page cut off inside the last brief, before its credit: a brief all the same.
    else if (k === lines.length - 1 && out.size >= 2) out.set(k, { mark: mark[0].trim(), text });
  }
  if (out.size < 2) return new Map();
  // The list's habit credits the rest (the repetition cue of jusText and trafilatura): where two
  // bullets or more close with a known outlet in parentheses, a bullet closed the same way by a
  // name the outlet list does not know (`(Atlas Obscura)`, `(Businessweek)`), after its last
  // sentence or its last word, names its outlet too. Link digests of firms' and bloggers' morning
  // reading (dev 749) and press digests alike close every bullet so.
  for (const { k, mark, text, name } of named) {
    const before = text.slice(0, name.index).trim();
    // A headline alone, no deck after it (`#EUROBOOM European stock markets have further to
    // rally, argues GS (FT)`): no sentence end and no colon setting off a deck.
    const alone = !/[.!?…]["”’]?$/u.test(before) && !before.includes(': ') && before.split(' ').length <= 20;
    out.set(k, {
      mark,
      text: before,
      raw: `(${name[1]!})`,
      outlet: name[1]!,
      ...(alone ? { headline: true as const } : {}),
    });
  }
  return out;
}

/** A name in parentheses closing the line: one to four capitalised words, `of`/`the` between them. */
const CLOSING_NAME = /\s\((\p{Lu}[\p{L}.&'’-]*(?: (?:of |the |on )?\p{Lu}[\p{L}.&'’-]*){0,3})\)$/u;

/** What a link's parenthesis says when it names no outlet: the kind of link, or the story's state. */
const ASIDE =
  /^(?:Video|Videos|Photos?|Pictures?|Gallery|Watch|Listen|Audio|Podcast|Live|Updated?|Opinion|Editorial|Analysis|Interview|Exclusive|Sponsored|Paywall|Paid|Premium|Subscribers?|Explainer|Graphic|Map|Poll|Quiz|PDF|Thread|Long Read)$/i;

/**
 * `The Foreign Ministry said ... next month. (CCTV)` / `Wang Yi pledged ... (AP)`: paragraphs
 * each closed by its own credit with no headline over them, only section labels (`Diplomacy`),
 * as press digests that compile agency copy set them (SCMP's "China In 3 Minutes", wire
 * roundups of national papers). The credit closes a story as the bullet of `creditedBullets`
 * opens one: each paragraph is a headless item, titled by its first sentence. Three or more in
 * the page make the run; the line above each is another of them, a label of three words or
 * fewer, or nothing.
 */
export function creditedParagraphs(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
): Map<number, Omit<CreditedBullet, 'mark'>> {
  const out = new Map<number, Omit<CreditedBullet, 'mark'>>();
  for (let k = 0; k < lines.length; k++) {
    const f = feats[k]!;
    // Twelve words first: most lines of a page are shorter, and are spared the slice and pattern below.
    if (f.words < 12) continue;
    const text = lines[k]!.text;
    // Or the link to the outlet's full report (`... economy. Read full SCMP report`, see `trailingCredit`).
    const readFull = mayReadFull(text) && READ_FULL_END.test(text.slice(-48));
    if (!f.sentenceEnd && !text.endsWith(')') && !readFull) continue;
    const above = k > 0 ? feats[k - 1]! : undefined;
    if (above && !out.has(k - 1) && above.words > 3) continue;
    // A credit closes the paragraph: a parenthesis or bracket last, or a dash near the end.
    const last = text.charCodeAt(text.length - 1);
    if (last !== 41 && last !== 93 && !readFull && !/[—–-]\s*\p{Lu}[^—–-]{0,40}$/u.test(text.slice(-48)))
      continue;
    if (bulletMarked(text)) continue;
    const brief = bulletCredit(text);
    if (brief?.raw !== undefined && brief.label === undefined) out.set(k, brief);
  }
  return out.size >= 3 ? out : new Map();
}

export const READ_FULL_END = /[.!?”"’)]\s+[Rr]ead (?:the )?full \p{Lu}.{0,30} (?:report|story|article)\.?$/u;

/**
 * The line ends on `report`, `story` or `article` (a full stop after it aside), as `READ_FULL_END`
 * needs: a few compares at the line's end, where most paragraphs would cost a slice and a pattern
 * run. test/speed-guards.test.ts holds it to the pattern.
 */
export function mayReadFull(text: string): boolean {
  const end = text.charCodeAt(text.length - 1) === 46 ? text.length - 1 : text.length;
  return (
    text.startsWith('report', end - 6) ||
    text.startsWith('story', end - 5) ||
    text.startsWith('article', end - 7)
  );
}

/** A section label run in after a credit: a few capitalised words, no sentence. */
const RUN_IN_LABEL = /^\p{Lu}[\p{L}&' ]{2,30}$/u;

/** The text and the credit closing it (`... week. (AP)`, `... week. — Reuters`); a finished sentence before the credit. */
function bulletCredit(text: string): Omit<CreditedBullet, 'mark'> | undefined {
  const dashed = trailingCredit(text);
  if (dashed) return { text: dashed.before.trim(), raw: dashed.raw, outlet: dashed.outlet };
  const found = sentenceCredits(text);
  if (found?.credits.length !== 1) return undefined;
  const raw = found.credits[0]!;
  const at = text.lastIndexOf(raw);
  const label = text.slice(at + raw.length).trim();
  if (label && (label.split(' ').length > 4 || !RUN_IN_LABEL.test(label))) return undefined;
  return {
    text: text.slice(0, at).trim(),
    raw,
    outlet: raw.slice(1, -1),
    ...(label ? { label } : {}),
  };
}
