import { mayBeDate } from '../dates.js';
import { lookupPublication } from '../publications.js';
import type { SourceLine } from '../types.js';
import { type LineFeatures, markedHeading } from './features.js';
import {
  briefLists,
  type CreditedBullet,
  creditedBullets,
  creditedParagraphs,
  type DatedLine,
  datedLines,
} from './brief-lists.js';
import { type CreditedHeadline, creditedHeadlines } from './credited-headlines.js';
import { type DatelinedParagraph, datelineRuns, firstSentenceEnd } from './dateline-runs.js';
import { trailingCredit } from './credits.js';
import { gluedCards } from './glued-deks.js';
import { labelledHeadlines, type ListedHeadline } from './headline-lists.js';
import type { HeadlessBrief } from './headless-briefs.js';
import { lessonNotes } from './lesson-notes.js';
import { bareNumbers, NUMBER, numberedItems } from './numbered.js';
import type { LineReader } from './reader.js';
import { headlineShape, issueHeading, translationPair } from './rules.js';
import { type SourceGroups, sourceGroups } from './source-groups.js';
import { studyNotes } from './study-notes.js';
import { stackedPairs, storyHeadline, translatedHalves } from './stacked-pairs.js';
import { type TranslatedParagraph, translatedParagraphs } from './translated-pairs.js';
import { marksHeadlines } from './records.js';

/** The lists and series a page sets its items in, each read once over the whole page. */
export interface PageLists {
  /** Lines that open an item of a numbered list (see `numberedItems`). */
  numbered: Set<number>;
  /** List numbers each alone on its line, over their item's headline (see `bareNumbers`). */
  bare: Set<number>;
  /** The first of `bare` (-1 when none). */
  bareFirst: number;
  /** The last line that opens a numbered item (-1 when none). */
  numberedEnd: number;
  /** The page marks its headlines in its HTML (see `marksHeadlines`). */
  marked: boolean;
  /** Headlines each with its translation on one line (see `pairedHeadlines`). */
  pairs: Set<number>;
  /** Numbered headlines each with its translation on the next line (see `numberedPairs`). */
  numberedPairs: Set<number>;
  /** Headlines each over its translation, unnumbered, the block repeated (see `stackedPairs`). */
  stackedPairs: Set<number>;
  /** The headlines of stories' translated halves, the block repeated (see `translatedHalves`). */
  halves: Map<number, 'start' | 'half'>;
  /** Edition headings of one name down the page: items' titles (see `editionSeries`). */
  editions: Set<number>;
  /** Bulleted headless briefs, each closed by its own credit (see `creditedBullets`). */
  creditedBullets: Map<number, CreditedBullet>;
  /** A press review's headlines, each closed by its paper's name (see `creditedHeadlines`). */
  creditedHeadlines: Map<number, CreditedHeadline>;
  /** Headlines alone on their lines under a label calling them the headlines (see `labelledHeadlines`). */
  headlines: Map<number, ListedHeadline>;
  /** Headless paragraphs, each closed by its own credit (see `creditedParagraphs`). */
  creditedParagraphs: Map<number, Omit<CreditedBullet, 'mark'>>;
  /** Lines that each open with their item's date, then its headline (see `datedLines`). */
  dated: Map<number, DatedLine>;
  /** `Also:` labels and the one-sentence briefs under them (see `briefLists`). */
  briefs: { labels: Set<number>; briefs: Set<number> };
  /** Headless stories, each a paragraph opened by its dateline, in a run (see `datelineRuns`). */
  datelined: Map<number, DatelinedParagraph>;
  /** The glossaries of bilingual lesson pages: terms, glosses and their examples (see `studyNotes`). */
  notes: Set<number>;
  /** Outlet names each heading the bulleted items it credits (see `sourceGroups`). */
  groups: SourceGroups;
  /** Headless English paragraphs each followed by its translation, in a run (see `translatedParagraphs`). */
  translated: Map<number, TranslatedParagraph>;
  /** Cards each with its headline and summary on one line (see `gluedCards`); none on a dated log. */
  cards: Map<number, HeadlessBrief>;
}

export function readPageLists(read: LineReader): PageLists {
  const { lines, feats } = read;
  const numbered = numberedItems(lines, (t) => read.citationShaped(t));
  let numberedEnd = -1;
  for (const k of numbered) if (k > numberedEnd) numberedEnd = k;
  const dated = datedLines(lines, feats);
  const marked = marksHeadlines(lines);
  const pairs = pairedHeadlines(lines, feats, marked);
  const numberedPair = numberedPairs(lines, feats);
  const bare = bareNumbers(lines, (k) => {
    const t = lines[k]!.text;
    return !/^\d{1,3}$/.test(t) && headlineShape(feats[k]!, t) !== undefined;
  });
  const lists: PageLists = {
    numbered,
    bare,
    bareFirst: bare.size > 0 ? bare.values().next().value! : -1,
    numberedEnd,
    marked,
    pairs,
    numberedPairs: numberedPair,
    stackedPairs: stackedPairs(lines, feats),
    halves: translatedHalves(lines, feats),
    // A heading over running text, not a byline, credit or date row under a headline (`Last
    // Updated: Dec 1, 2025`). Under running text, a date row or the page's title naming the
    // series, a line read as a credit row is a heading all the same (`Daily Brief - Thursday
    // 10th October, 2019` down an archive of a daily brief): a row credits the headline above it.
    // So does the page's first line above it (`Category: current affairs` over `CURRENT AFFAIR –
    // 22/12/2025`, dev 740): the line that heads the page is its label, no headline a row credits.
    editions: editionSeries(
      lines,
      feats,
      read.blanks,
      (k, name) =>
        k + 1 < lines.length &&
        read.running(k + 1) &&
        // On a page that sets `Outlet, Date` credit blocks between headlines and their text (see
        // `creditBlocks`), such a row right under a headline credits it (a feed reader's `Feed
        // name - date` row), whatever name the page repeats in it.
        !(read.habits.creditBlocks && k > 0 && headlineShape(feats[k - 1]!, lines[k - 1]!.text)) &&
        (!read.between(k) ||
          (k > 0 && (read.between(k - 1) || read.running(k - 1) || lines[k - 1]!.text === name || k === 1))),
    ),
    creditedBullets: creditedBullets(lines, feats),
    creditedHeadlines: creditedHeadlines(lines, feats),
    headlines: labelledHeadlines(
      lines,
      feats,
      (k) => read.tailCredit(lines[k]!.text) !== undefined || trailingCredit(lines[k]!.text) !== undefined,
    ),
    creditedParagraphs: creditedParagraphs(lines, feats),
    dated,
    briefs: briefLists(lines, feats),
    datelined: datelineRuns(lines, feats),
    notes: studyNotes(lines, feats),
    groups: sourceGroups(lines, feats),
    translated: translatedParagraphs(lines),
    // A dated log reads its glued summaries itself (see `datedLines`).
    cards: dated.size > 0 ? new Map() : gluedCards(lines, feats, firstSentenceEnd),
  };
  // A lesson's notes under a marked heading, up to the page's next story (see `lessonNotes`).
  const story = (k: number) =>
    numbered.has(k) ||
    pairs.has(k) ||
    numberedPair.has(k) ||
    lists.editions.has(k) ||
    lists.translated.has(k) ||
    // A headline over its translation, or a story's first half, the block the page repeats.
    lists.stackedPairs.has(k) ||
    lists.halves.get(k) === 'start' ||
    englishStory(lines, feats, k);
  for (const k of lessonNotes(lines, story)) lists.notes.add(k);
  // A press review's line is its paper's headline, not a glossary's term and gloss (`Akit – YPG ve
  // PYD’ye ihtiyaç yok (There is no need ...)` reads as both).
  if (lists.notes.size > 0) for (const k of lists.creditedHeadlines.keys()) lists.notes.delete(k);
  return lists;
}

/**
 * `Port Strike Enters Second Week` / `Dockworkers in the port city ...`: an English headline over
 * English running text, the next story of a lesson page whatever its series; notes quote their
 * English phrases in brackets (`「huge 2 bil. yen」`) or gloss them, and never set them so.
 */
function englishStory(lines: readonly SourceLine[], feats: readonly LineFeatures[], k: number): boolean {
  const f = feats[k]!;
  const g = feats[k + 1];
  if (!g || f.cjk > 0.1 || g.cjk > 0.1 || g.chars < 60 || !g.sentenceEnd) return false;
  return (
    /^\p{Lu}/u.test(lines[k]!.text) &&
    /^\p{Lu}/u.test(lines[k + 1]!.text) &&
    headlineShape(f, lines[k]!.text) !== undefined
  );
}

/*
 * Series a page sets its items in, found over the whole page before any line is classed (as
 * MDR finds the repeated record): edition headings of one name down the page, and headlines
 * each set with its translation on one line. One line of either says little; the series
 * says the page lists its items so.
 */

/**
 * `Taiwan Headlines, Mar. 20, 2021` / `Taiwan Headlines, Feb. 20, 2021`: edition headings of one
 * name with different dates down the page. An archive of a daily digest lists its issues so,
 * each over its excerpt (blog archives of "Morning Briefing" and "Headlines" posts alike): each
 * is an item's title, none the page's header. The name is the text before the heading's first
 * digit (no known outlet: that is a credit); two headings of one name (at least 8 characters),
 * of different texts and each over running text, make the series.
 */
/** The month (and separators) a date opens with, at the end of the text before its first digit. */
const MONTH_TAIL =
  /[\s,–—|-]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?[\s,–—|-]*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?)?[\s,–—|-]*$/i;

const DIGIT = /\d/;
const SOURCE_LABEL = /^(?:sources?|via|from|credit)\s*[:：]/i;

export function editionSeries(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
  blanks: boolean,
  overText: (k: number, name: string) => boolean,
): Set<number> {
  const nameOf = (text: string) => {
    const digit = text.search(/\d/);
    return digit < 0 ? '' : text.slice(0, digit).replace(MONTH_TAIL, '').trim();
  };
  const names = new Set<string>();
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    // A heading of a few words with no closing stop, set apart by a blank line where the page
    // uses them, holding a date's digits: the features spare most lines the patterns.
    const f = feats[k]!;
    if (l.text.length > 60 || f.words < 3 || f.sentenceEnd || (blanks && !l.blankBefore && k > 0)) continue;
    // Over its issue's excerpt: a longer line comes next.
    if ((feats[k + 1]?.chars ?? 0) < 60) continue;
    // A line opened by a source label (`Source: Xinhua, May 6, 2008`) names a credit below: its
    // name (the text before the first digit, which comes after the label's colon) opens with
    // the label too. Asked first, it spares every item's dated source line the heading patterns.
    if (SOURCE_LABEL.test(l.text)) continue;
    if (!DIGIT.test(l.text) || !issueHeading(l.text)) continue;
    const name = nameOf(l.text);
    // `Global Times, 02.02.2023` names an outlet, `Source: Xinhua, May 6, 2008` is labelled as
    // one: credits, however often the page prints them.
    if (name.length >= 8 && lookupPublication(name) === undefined && !SOURCE_LABEL.test(name))
      names.add(name);
  }
  if (names.size === 0) return new Set();
  // Every heading of such a name followed by a date, its year written or not (`Jan. 7`).
  const byName = new Map<string, number[]>();
  const list = [...names];
  lines.forEach((l, k) => {
    // Only a line opening with a name is read further (the names are few).
    if (l.text.length > 60 || !list.some((n) => l.text.startsWith(n))) return;
    const name = nameOf(l.text);
    if (!names.has(name) || !mayBeDate(l.text.slice(name.length).replace(/^[\s,–—|-]+/u, ''))) return;
    // A heading stands over its issue's text; a credit line closes the text above it, and a
    // byline or date row is no heading.
    if (!overText(k, name)) return;
    const ks = byName.get(name);
    if (ks) ks.push(k);
    else byName.set(name, [k]);
  });
  const out = new Set<number>();
  for (const ks of byName.values()) {
    if (new Set(ks.map((k) => lines[k]!.text)).size >= 2) for (const k of ks) out.add(k);
  }
  return out;
}

/** A headline and its translation on one line: Latin then CJK (`Fake pope held in Rome 假教宗在羅馬被捕`), or CJK then Latin. */
const LATIN_THEN_CJK =
  /^\p{Lu}[\x20-\x7E‘’“”–—]{11,160}?\s*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}][^A-Za-z]{5,80}$/u;
const CJK_THEN_LATIN =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}「『“][^A-Za-z]{5,80}?\s+\p{Lu}[\x20-\x7E‘’“”–—]{11,160}$/u;

export function oneLinePair(f: LineFeatures, text: string): boolean {
  // Both scripts: a share of CJK letters strictly between none and all.
  if (text.length > 240 || f.cjk === 0 || f.cjk === 1) return false;
  if (LATIN_THEN_CJK.test(text)) return !LATIN_SENTENCE_BEFORE_CJK.test(text);
  return CJK_THEN_LATIN.test(text) && !text.endsWith('.');
}

/** The Latin part closed by a full stop (`He said so. 他如是說。`): a sentence and its translation, not a headline. */
const LATIN_SENTENCE_BEFORE_CJK =
  /\.\s*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Headlines each with its translation on one line, three or more on the page: a bilingual
 * headline list (news-English lessons and bilingual blogs list headlines so, with or without a
 * text under each). Each is a headline, and an item even with nothing under it: a menu or a
 * section list is never set in two languages line by line.
 */
export function pairedHeadlines(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
  marked: boolean,
): Set<number> {
  const out = new Set<number>();
  // An HTML page that marks its headlines in its markup (`<h2>`, a class naming the title) has
  // said which lines are headlines: a pair outside them is a meta row or a gloss (`OpenAI Blog
  // 翻訳: 日本語 22時間前` under a card's title; see `insideMarkedItem`).
  // Indexed, not `forEach` (see `numberedItems`).
  for (let k = 0; k < lines.length; k++)
    if ((!marked || markedHeading(lines[k]!)) && oneLinePair(feats[k]!, lines[k]!.text)) out.add(k);
  return out.size >= 3 ? out : new Set();
}

/**
 * `1. 中国将寻找第二颗地球` / `China to search for a ‘second Earth’`, `1. NDC Announced NT$608 billion
 * Infrastructure Plan` / `國家發展委員會宣布...`: a numbered headline with its translation on the next
 * line, each over its lesson (example sentences, the English text, a glossary). Chinese hot-words
 * lists (dev 433), Taiwanese radio news lessons (dev 527) and Korean news study posts (dev 234)
 * number the day's stories so; page excerpts often hold only two of them, and the numbers may
 * restart (`1.` / `1.`: each story an ordered list of its own). Two or more such numbered pairs,
 * or one numbered 1, make the series, each an item's headline; a numbered glossary (`1. strike` / `파업`) names terms,
 * not stories, and a numbered sentence is text.
 */
export function numberedPairs(lines: readonly SourceLine[], feats: readonly LineFeatures[]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k + 1 < lines.length; k++) {
    const first = lines[k]!.text.charCodeAt(0);
    if (first < 48 || first > 57) continue;
    const m = NUMBER.exec(lines[k]!.text);
    const f = feats[k]!;
    const g = feats[k + 1]!;
    if (!m || !translationPair(f, g) || NUMBER.test(lines[k + 1]!.text)) continue;
    const head = lines[k]!.text.slice(m[0].length);
    if (storyHeadline(head, f) && storyHeadline(lines[k + 1]!.text, g)) out.add(k);
  }
  if (out.size >= 2) return out;
  // A page cut before its second story holds the first alone: number 1 opens a numbered list of
  // stories all the same (a Korean daily-news blog's `1. 서울, 3월 폭설로 출근길 대란` / `Seoul Faces
  // ...` under the post's bilingual preface, dev 458).
  const [only] = out;
  return only !== undefined && NUMBER.exec(lines[only]!.text)?.[1] === '1' ? out : new Set();
}
