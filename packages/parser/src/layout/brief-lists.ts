import { startsWithSourceKeyword } from '../citation.js';
import { mayBeDate, parseDate } from '../dates.js';
import type { SourceLine } from '../types.js';
import type { LineFeatures } from './features.js';

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
): Map<number, { date: string; rest: number }> {
  const out = new Map<number, { date: string; rest: number }>();
  let run: [number, { date: string; rest: number }][] = [];
  const flush = () => {
    if (run.length >= 3) for (const [k, d] of run) out.set(k, d);
    run = [];
  };
  lines.forEach((l, k) => {
    const dated = feats[k]!.words >= 6 ? leadingDate(l.text) : undefined;
    if (dated) run.push([k, dated]);
    else flush();
  });
  flush();
  return out;
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
