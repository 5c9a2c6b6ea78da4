import type { Draft } from './draft.js';
import type { LineReader } from './reader.js';
import { dateLine } from './date-lines.js';
import { bulleted, headlineShape } from './rules.js';

/*
 * A page's own item template, learned from the items the rule stack read with confidence on this
 * page (self-training on the page). Page regularity, the repeated record of MDR and DEPTA: a
 * listing page sets all its items alike, so the headlines it read surely tell what its other
 * headlines look like, whatever the layout. Web2Text's joint labelling of a sequence says the
 * same from the other side: a line is a headline when it stands as the page's headlines stand.
 *
 * One pass over the page's items collects the template; one pass over their paragraphs finds
 * lines of the same shape the rule stack left inside another item's text (items merged into the
 * one before). A feature the confident items do not agree on does not constrain; a line must match
 * every feature they agree on.
 */

/** What stands right under a headline: furniture (a date row, a credit, a byline), text, or else. */
type Under = 'between' | 'running' | 'other';

/** The shape of one headline line, as the template compares it. */
interface HeadShape {
  words: number;
  chars: number;
  /** Closed by `.`, `!`, `?` or `…`. */
  sentenceEnd: boolean;
  /** Mostly CJK letters. */
  cjk: boolean;
  /** An HTML heading element (or a bold lead). */
  heading: boolean;
  /** Opens with a list bullet or number. */
  marked: boolean;
  blankBefore: boolean;
  blankAfter: boolean;
  under: Under;
}

/** Categorical features the template compares (the length band is compared apart). */
const KINDS = ['sentenceEnd', 'cjk', 'heading', 'marked', 'blankBefore', 'blankAfter', 'under'] as const;
type Kind = (typeof KINDS)[number];

export interface PageTemplate {
  minWords: number;
  maxWords: number;
  minChars: number;
  maxChars: number;
  /** The value the confident items agree on, per feature; absent where they disagree. */
  agreed: Partial<Record<Kind, boolean | Under>>;
}

/** At least this many confident items make a template (one or two may share a shape by chance). */
export const MIN_CONFIDENT = 3;
/** A feature is part of the template when at least this share of the confident items agree on it. */
const AGREEMENT = 0.8;
/** A headline in the page's band is at most this many times longer or shorter than the median (in words). */
const BAND_RATIO = 2;
/** The share by which the length band of the confident headlines is widened either side. */
const BAND_SLACK = 0.25;

const LIST_NUMBER = /^\d{1,3}[.)]\s/;

/**
 * Line `k` is furniture between a headline and its text: what the reader says is (a credit, a
 * byline), or a row that is only a date (`| May 9, 2019 | | 0`, `August 12, 2020`): the date row
 * news templates set under each headline, whether or not the rule stack read it as the title's
 * second line (see `dateLine`).
 */
function furnitureAt(read: LineReader, k: number): boolean {
  return read.between(k) || dateRow(read.lines[k]!.text);
}

/** Fields of a meta row that say nothing: empty, or a bare count (comments, views). */
const EMPTY_OR_COUNT = /^\d{0,6}$/;

/**
 * A row that is only a date, or a meta row of fields set apart by bars whose one date is its only
 * field with words (`| May 9, 2019 | | 0`: date, an empty author field, a comment count), as blog
 * and news templates print a post's meta row. Asked of short lines only: one split, linear.
 */
export function dateRow(text: string): boolean {
  if (text.length > 100) return false;
  if (dateLine(text) !== undefined) return true;
  if (!text.includes('|')) return false;
  let dates = 0;
  for (const field of text.split('|')) {
    const f = field.trim();
    if (EMPTY_OR_COUNT.test(f)) continue;
    if (dateLine(f) === undefined) return false;
    dates++;
  }
  return dates === 1;
}

function shapeAt(read: LineReader, k: number): HeadShape {
  const { lines, feats } = read;
  const f = feats[k]!;
  const below = k + 1 < lines.length ? k + 1 : -1;
  const t = lines[k]!.text;
  return {
    words: f.words,
    chars: f.chars,
    sentenceEnd: f.sentenceEnd,
    cjk: f.cjk >= 0.5,
    heading: f.heading,
    marked: bulleted(t) || LIST_NUMBER.test(t),
    blankBefore: k === 0 || lines[k]!.blankBefore,
    blankAfter: below < 0 || lines[below]!.blankBefore,
    under:
      below < 0 ? 'other' : furnitureAt(read, below) ? 'between' : read.running(below) ? 'running' : 'other',
  };
}

/** Why an item is read with confidence: something vouches for it, or the layout alone (see `confidence`). */
type Confidence = 'vouched' | 'layout';

/**
 * An item read with confidence: its headline is its whole line and has a headline's shape, text
 * follows it, and something vouches for it (a credit, a byline, a date or other furniture under
 * it) or, on a page that vouches for none, its layout does: set off above by a blank line, with
 * running text right under it (the short line over a long one that boilerpipe and jusText read
 * as a heading). Such items are the page's own examples.
 */
function confidence(d: Draft, read: LineReader): Confidence | undefined {
  if (d.untitled || d.body.length === 0) return undefined;
  const line = read.lines[d.at];
  // A date row under the headline read as the title's second line is furniture, not a title line:
  // it vouches for the item as a date field under it does (the headline is the first line alone).
  const dated = d.titleLines === 2 && d.at + 1 < read.lines.length && dateRow(read.lines[d.at + 1]!.text);
  if (d.titleLines !== 1 && !dated) return undefined;
  if (dated) return line !== undefined && headlineShape(read.feats[d.at]!, line.text) ? 'vouched' : undefined;
  if (line?.text !== d.title || !headlineShape(read.feats[d.at]!, line.text)) return undefined;
  if (d.sources.length > 0 || d.by !== undefined || d.published !== undefined) return 'vouched';
  if (d.at + 1 >= read.lines.length) return undefined;
  if (read.between(d.at + 1)) return 'vouched';
  return line.blankBefore === true && read.running(d.at + 1) ? 'layout' : undefined;
}

/** The page's item template, or undefined when fewer than `MIN_CONFIDENT` items were read with confidence. */
export function learnTemplate(drafts: readonly Draft[], read: LineReader): PageTemplate | undefined {
  const shapes: HeadShape[] = [];
  // Examples chosen for the blank line above them say nothing of the page's blank lines.
  const blankVoters: HeadShape[] = [];
  for (const d of drafts) {
    const why = confidence(d, read);
    if (why === undefined) continue;
    const shape = shapeAt(read, d.at);
    shapes.push(shape);
    if (why === 'vouched') blankVoters.push(shape);
  }
  if (shapes.length < MIN_CONFIDENT) return undefined;
  // Headlines of one page run in one length band: the band is the one most examples agree on,
  // within a factor of `BAND_RATIO` of their median length (an odd example, a label read as a
  // headline, stays out of it); examples of two words and of thirty agree on none.
  const byWords = shapes.map((s) => s.words).sort((x, y) => x - y);
  const median = byWords[byWords.length >> 1]!;
  const inBand = shapes.filter((s) => s.words * BAND_RATIO >= median && s.words <= median * BAND_RATIO);
  if (inBand.length < shapes.length * AGREEMENT) return undefined;
  const template: PageTemplate = {
    minWords: Number.POSITIVE_INFINITY,
    maxWords: 0,
    minChars: Number.POSITIVE_INFINITY,
    maxChars: 0,
    agreed: {},
  };
  for (const s of inBand) {
    template.minWords = Math.min(template.minWords, s.words);
    template.maxWords = Math.max(template.maxWords, s.words);
    template.minChars = Math.min(template.minChars, s.chars);
    template.maxChars = Math.max(template.maxChars, s.chars);
  }
  // A few examples show only part of the band the page's headlines run in: widened by a quarter.
  template.minWords = Math.floor(template.minWords * (1 - BAND_SLACK));
  template.maxWords = Math.ceil(template.maxWords * (1 + BAND_SLACK));
  template.minChars = Math.floor(template.minChars * (1 - BAND_SLACK));
  template.maxChars = Math.ceil(template.maxChars * (1 + BAND_SLACK));
  for (const kind of KINDS) {
    const voters = kind === 'blankBefore' ? blankVoters : shapes;
    if (voters.length < MIN_CONFIDENT) continue;
    const counts = new Map<boolean | Under, number>();
    for (const s of voters) counts.set(s[kind], (counts.get(s[kind]) ?? 0) + 1);
    for (const [value, n] of counts) if (n >= voters.length * AGREEMENT) template.agreed[kind] = value;
  }
  return template;
}

/** Line `k` has the page's headline shape on every feature of the template. */
export function matchesTemplate(template: PageTemplate, read: LineReader, k: number): boolean {
  const s = shapeAt(read, k);
  if (s.words < template.minWords || s.words > template.maxWords) return false;
  if (s.chars < template.minChars || s.chars > template.maxChars) return false;
  for (const kind of KINDS) {
    const want = template.agreed[kind];
    if (want !== undefined && s[kind] !== want) return false;
  }
  return true;
}
