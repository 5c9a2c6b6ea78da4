import type { SourceLine } from '../types.js';
import type { LineFeatures } from './features.js';
import type { HeadlessBrief } from './headless-briefs.js';

/*
 * `First Quantum Minerals draws takeover interest First Quantum controls the open-pit ...`:
 * a listing card whose headline and dek (its one-sentence summary) came out on one line with a
 * space between, as text taken from a card's link and paragraph elements often does (a mining
 * news archive's dated log and a city magazine's story list print every item so). Where the
 * headline is set in sentence case, a capitalised function word (`The`, `It's`, `An`, `At`) can
 * only open a sentence, so the first one (not after a preposition or an article) is where the
 * dek begins; so is the headline's subject named again, and a question or exclamation mark
 * before a capital ends the headline the same way. Title-case
 * headlines (`Fed Raises Rates As Inflation Persists`) capitalise those words anywhere, so a
 * headline with no lower-case word of four letters or more is never split.
 */

/** Function words that open a sentence and stand in lower case inside a sentence-case headline. */
const SENTENCE_OPENERS = new Set(
  (
    "The A An It It's It’s Its This That These Those They Their There He His She Her We Our You Your " +
    'If As At On In For With While When After Before Another From By Since Despite Following According ' +
    'Over Under Yep Yes Now Here Some Many Most More Every Each All Both Last Next Meanwhile However But ' +
    'And So Also Then Today Earlier Later Until Amid Among During'
  ).split(' '),
);

/** Words after which a name continues the phrase (prepositions, articles, conjunctions). */
const PHRASE_LINKS = new Set(
  'of in at on to for from with by as and or the a an into over under about after before than via vs'.split(
    ' ',
  ),
);

const MIN_HEADLINE_WORDS = 4;
const MIN_DEK_WORDS = 4;

/**
 * Where the dek glued to a headline starts in `text` (the index of its first letter), or -1:
 * the headline part has no sentence end of its own, is in sentence case and runs to the first
 * capitalised function word after a word (or to a question or exclamation mark);
 * the dek has at least four words. Linear: one pass over the words.
 */
export function gluedDekAt(text: string): number {
  let words = 0;
  let lowerLong = false;
  let prev = '';
  // The headline's first two words, as the dek may name them again.
  const opening: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf(' ', at);
    if (end < 0) end = text.length;
    const word = text.slice(at, end);
    if (words >= MIN_HEADLINE_WORDS && prev !== '') {
      const last = prev.charCodeAt(prev.length - 1);
      const afterQuestion = (last === 63 || last === 33) && /^\p{Lu}/u.test(word);
      // Not `The` before a capital, which names a title in running text (`told The Associated
      // Press`, `starring in The Crown`), nor a word after a preposition or article.
      const opener =
        SENTENCE_OPENERS.has(word) &&
        lowerLong &&
        /[\p{L}\d%)]$/u.test(prev) &&
        !PHRASE_LINKS.has(prev) &&
        !(word === 'The' && /^\p{Lu}/u.test(text.slice(end + 1, end + 2)));
      // `... takeover interest First Quantum controls ...`: the dek names the headline's subject
      // again, a capitalised word the headline opened with, right after a lower-case word that
      // is not a preposition or article (`... cookies from Hong Kong's ...` runs on).
      const subject =
        lowerLong &&
        /^\p{Ll}/u.test(prev) &&
        !PHRASE_LINKS.has(prev) &&
        /^\p{Lu}/u.test(word) &&
        opening.includes(word);
      if ((afterQuestion || opener || subject) && dekWords(text, at) >= MIN_DEK_WORDS) return at;
    }
    // A sentence end inside the headline part: running text, not a headline and its dek.
    if (/[.:;]$/.test(word) && words > 0) return -1;
    if (word.length >= 4 && /^\p{Ll}/u.test(word)) lowerLong = true;
    if (word !== '') {
      if (words < 2) opening.push(word);
      words++;
      prev = word;
    }
    at = end + 1;
  }
  return -1;
}

/** Words that open a dek after a title-case headline: an article or `One` before its noun. */
const TITLE_CASE_OPENERS = new Set(['The', 'A', 'An', 'One']);

/**
 * `Dangote Inaugurates Jigawa Rice Processing Plant The President, Dangote Group, ... has
 * announced ...`: a title-case headline (every word of four letters or more capitalised, as many
 * papers set headlines) glued to its sentence-case dek. The dek's first word of four letters or
 * more in lower case (not a preposition or article) is past the headline; the dek opens at the last
 * article (`The`, `A`, `An`, `One`) before it, set after a word that ends the headline (not a
 * preposition or article, which would run the phrase on, nor a dash, which sets a run-in deck
 * apart on its own), with four headline words before it.
 * A headline with a long lower-case word of its own is sentence case: `gluedDekAt` reads it.
 * Linear: one pass over the words. Asked only where `gluedDekAt` found no dek.
 */
export function titleCaseDekAt(text: string): number {
  let words = 0;
  let prev = '';
  let opener = -1;
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf(' ', at);
    if (end < 0) end = text.length;
    const word = text.slice(at, end);
    if (word !== '') {
      if (word.length >= 4 && /^\p{Ll}/u.test(word) && !PHRASE_LINKS.has(word)) {
        return opener >= 0 && dekWords(text, opener) >= MIN_DEK_WORDS ? opener : -1;
      }
      if (
        words >= MIN_HEADLINE_WORDS &&
        TITLE_CASE_OPENERS.has(word) &&
        /[\p{L}\d%)]$/u.test(prev) &&
        !PHRASE_LINKS.has(prev.toLowerCase())
      )
        opener = at;
      // A sentence end inside the headline part: running text, not a headline and its dek.
      else if (/[.;]$/.test(word) && opener < 0 && words > 0) return -1;
      words++;
      prev = word;
    }
    at = end + 1;
  }
  return -1;
}

/** The words from `at` to the end of `text`, counted up to the dek's minimum. */
function dekWords(text: string, at: number): number {
  let n = 0;
  for (let k = at; k < text.length && n < MIN_DEK_WORDS; k = text.indexOf(' ', k) + 1 || text.length) n++;
  return n;
}

/**
 * The offsets of the deks in a run of lines, when at least two in three of the run's lines
 * split so (one stray `The` in a headline is no layout), or undefined; the run's last line,
 * when the page cut it before its sentence ended, is not counted either way. Lines that do not
 * split stay whole.
 */
export function runDeks(texts: readonly string[]): (number | undefined)[] | undefined {
  const out = texts.map((t) => {
    let at = gluedDekAt(t);
    if (at < 0) at = titleCaseDekAt(t);
    return at < 0 ? undefined : at;
  });
  let split = 0;
  for (const at of out) if (at !== undefined) split++;
  const last = texts.length - 1;
  const counted = out[last] === undefined && !/[.!?…"”’)]$/u.test(texts[last]!) ? last : texts.length;
  return split * 3 >= counted * 2 ? out : undefined;
}

/** Short lines a page may set above its cards (a masthead, a section name, a date). */
const MAX_LEAD_LINES = 3;

/**
 * A page set as cards, headline and summary on one line: a run of three or more consecutive
 * card lines (Latin text of eight words or more) whose deks split (see `runDeks`), every line
 * of the page in it but a few short ones above it. Gives each line's title end, as
 * `headlessBriefs` does; a line that does not split is titled by its first sentence.
 */
export function gluedCards(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
  firstSentenceEnd: (text: string) => number,
): Map<number, HeadlessBrief> {
  const run: number[] = [];
  let lead = 0;
  for (let k = 0; k < lines.length; k++) {
    const f = feats[k]!;
    if (f.chars === 0) continue;
    // A card's summary may stop unfinished (a teaser cut by the site), so no sentence end is asked.
    const card = f.cjk <= 0.05 && f.words >= 8;
    if (card) run.push(k);
    // A line of another kind between the cards or after them makes it another page.
    else if (run.length > 0 || ++lead > MAX_LEAD_LINES) return new Map();
  }
  if (run.length < 3) return new Map();
  const deks = runDeks(run.map((k) => lines[k]!.text));
  if (!deks) return new Map();
  const out = new Map<number, HeadlessBrief>();
  run.forEach((k, n) => {
    out.set(k, { titleEnd: deks[n] ?? firstSentenceEnd(lines[k]!.text), card: true });
  });
  return out;
}
