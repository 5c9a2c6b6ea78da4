import type { SourceLine } from '../types.js';
import type { PageState } from './page-state.js';
import { firstSentenceEnd } from './dateline-runs.js';
import { type LineFeatures, sentenceEnds } from './features.js';
import { bulletMarked, runningText, translationPair } from './rules.js';
import { oneLinePair } from './series.js';

/*
 * `This is AP News Minute. 这里是美联社一分钟新闻。 President Donald Trump is predicting ... 美国总统
 * 特朗普预计 ...`: news paragraphs in English, each followed at once by its translation, one after
 * another with no headline over any of them, run onto one line by the page's text copy.
 * Language-study pages set the day's short news so: Chinese listening sites printing a news
 * minute's transcript with its translation, Japanese blogs translating the day's BBC teasers
 * (corpus dev 371, 337). Each English paragraph is a story of its own, headless: titled by its
 * first sentence, as the corpus conventions title a headless item, with the rest of it and its
 * translation as its paragraphs. Three or more pairs in a row make the run.
 *
 * An article translated paragraph by paragraph sits under its English headline, alone or with
 * its translation (`Hundreds of pounds of pasta dumped ...` / `數百磅意大利面 ...`, China Daily's
 * and VOA lessons' bilingual articles): a run right under such a headline is one article's text,
 * not a run of stories, and the line is left whole. The same pairs set a line each (Korean blogs
 * translating world-in-brief paragraphs, dev 359) are left to the item reading: line by line,
 * they are also how an article under a headline in the reader's script is set. A page read so
 * to one long uncited text is read again as headless briefs with their translations, when no
 * headline stands over the pairs (see `headlessBriefs`).
 */

/** One English paragraph of a run, and its translation on the next line (none for a cut last paragraph). */
export interface TranslatedParagraph {
  /** Where its first sentence (the title) ends. */
  titleEnd: number;
  /** The translation is on the next line. */
  translated: boolean;
}

/** A paragraph of running text in Latin script: a few sentences' length, closed by a sentence end. */
export function latinParagraph(text: string, f: LineFeatures): boolean {
  return f.cjk <= 0.05 && f.chars >= 60 && f.sentenceEnd && !f.lowerStart && /^["“‘]?\p{Lu}/u.test(text);
}

/** A text in CJK script closed by a sentence end (a bar or spaces a table left after it aside). */
export function cjkSentences(text: string, f: LineFeatures, last: boolean): boolean {
  return f.cjk >= 0.5 && f.chars >= 15 && (last || sentenceEnds(text.replace(/[\s|]+$/u, '')));
}

/**
 * An article's headline over the run: a headline in the paragraphs' own script (alone, with a
 * rubric glued before it, or with its translation on the same line), or its translation under
 * such a headline. A post title in the reader's script alone (`매일 새로운 영어 기사`,
 * `今日のヘッドライン`) names the post, not a story.
 */
export function articleHeadlineAbove(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
  k: number,
): boolean {
  if (k < 1) return false;
  const above = feats[k - 1]!;
  if (above.cjk < 0.5 || oneLinePair(above, lines[k - 1]!.text)) return true;
  if (k < 2) return false;
  const head = feats[k - 2]!;
  return head.cjk <= 0.1 && !head.sentenceEnd && head.words >= 3 && head.chars <= 160;
}

/** The English paragraphs of every run of three or more paragraph-and-translation pairs, by index. */
function runsOf(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
): Map<number, TranslatedParagraph> {
  const out = new Map<number, TranslatedParagraph>();
  const n = lines.length;
  for (let k = 0; k + 1 < n; k++) {
    if (!latinParagraph(lines[k]!.text, feats[k]!)) continue;
    let j = k;
    while (
      j + 1 < n &&
      latinParagraph(lines[j]!.text, feats[j]!) &&
      cjkSentences(lines[j + 1]!.text, feats[j + 1]!, j + 2 === n)
    )
      j += 2;
    if ((j - k) / 2 < 3 || articleHeadlineAbove(lines, feats, k)) {
      k = Math.max(k, j - 1);
      continue;
    }
    for (let p = k; p < j; p += 2)
      out.set(p, { titleEnd: firstSentenceEnd(lines[p]!.text), translated: true });
    // The page cut off inside the next story, before its translation: a story all the same.
    if (j === n - 1 && feats[j]!.cjk <= 0.05 && /^["“‘]?\p{Lu}/u.test(lines[j]!.text))
      out.set(j, { titleEnd: firstSentenceEnd(lines[j]!.text), translated: false });
    k = j - 1;
  }
  return out;
}

/** The stories of the runs `splitTranslatedLines` cut lines into, by piece. */
const STORIES = new WeakMap<SourceLine, TranslatedParagraph>();
/**
 * Whether `STORIES` was ever given a piece: until a page of such runs is read (most processes
 * never read one), no line has a story, and a page is spared a map lookup per line.
 */
let storiesKept = false;

/** The English paragraphs of the runs on the page (see `splitTranslatedLines`), by line index. */
export function translatedParagraphs(lines: readonly SourceLine[]): Map<number, TranslatedParagraph> {
  const out = new Map<number, TranslatedParagraph>();
  if (!storiesKept) return out;
  for (let k = 0; k < lines.length; k++) {
    const story = STORIES.get(lines[k]!);
    if (story) out.set(k, story);
  }
  return out;
}

/** CJK letters, as `features` counts them (kana, the unified ideographs, hangul syllables). */
export const CJK_CHAR = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u;
/**
 * Where a line changes script at a sentence's end: a Latin sentence end then a CJK letter
 * (`... US president.ニューヨークの陪審は`), or a CJK sentence end then a Latin capital (`...
 * 決定した。 An oil tanker`). Spaces between are left with the text before. The lookahead comes
 * first, so the lookbehind (which may scan back over spaces) is tried only where a turn can be:
 * a long run of spaces costs one scan, not one per position.
 */
export const SCRIPT_TURN =
  /(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?<=[a-z0-9%)][.!?]["”’)]?\s*)|(?=["“‘]?[A-Z])(?<=[。！？][」』”’）)]?\s*)/gu;
/**
 * What every `SCRIPT_TURN` needs somewhere in the line: a CJK sentence end, or a Latin one then
 * a CJK letter (after a closing mark and spaces). A cheap look before the scan of a long line.
 */
export const MAY_TURN = /[。！？]|[.!?]["”’)]?\s*[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u;

/**
 * A CJK sentence end (`。`, `！`, `？`) somewhere in the line: what a turn back from CJK to Latin
 * script needs (`SCRIPT_TURN`'s second form). A line without one turns only from Latin to CJK,
 * so each piece after its first opens with a CJK letter, which no English paragraph of a run
 * does (`latinParagraph`): its pieces hold at most one English paragraph, never a run of three
 * pairs, and the line is left whole whatever the scan finds. Three native searches for
 * characters rare in English text, where the CJK pattern scans the whole of each long line.
 * test/speed-guards.test.ts holds it to the pattern.
 */
export function mayTurnBack(text: string): boolean {
  return text.indexOf('。') >= 0 || text.indexOf('！') >= 0 || text.indexOf('？') >= 0;
}

/**
 * `BBC NEWS HEADLINES January 27, 2024`: a heading in capitals and its date, run into the text
 * under it where the text copy lost the line break. Words in capitals followed by a written
 * date are a heading (an edition line), never a sentence's opening; it is a piece of its own.
 */
const EDITION_HEAD =
  /^(?:[\p{Lu}\d&'’.-]{2,}\s+){1,6}(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s+(?=["“‘]?\p{Lu})/u;

/**
 * A run of English paragraphs and their translations run onto one line (a page's text copy that
 * lost the paragraph breaks): cut at each change of script after a sentence end, when the pieces
 * make a run (three or more English paragraphs each followed by its translation, under no
 * article headline). Any other line is left whole.
 */
export function splitTranslatedLines(
  lines: readonly SourceLine[],
  feats: (l: SourceLine) => LineFeatures,
): readonly SourceLine[] {
  let out: SourceLine[] | undefined;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const pieces =
      l.text.length >= 300 && mayTurnBack(l.text) && CJK_CHAR.test(l.text) && MAY_TURN.test(l.text)
        ? piecesOf(l, lines.slice(Math.max(0, k - 2), k), feats, k === lines.length - 1)
        : undefined;
    if (!pieces) {
      out?.push(l);
      continue;
    }
    out ??= lines.slice(0, k);
    out.push(...pieces);
  }
  return out ?? lines;
}

function piecesOf(
  l: SourceLine,
  above: readonly SourceLine[],
  feats: (l: SourceLine) => LineFeatures,
  lastLine: boolean,
): SourceLine[] | undefined {
  const at = [0];
  // `BBC NEWS HEADLINES January 27, 2024 A New York jury ...`: the heading over the run.
  const head = EDITION_HEAD.exec(l.text);
  if (head) at.push(head[0].length);
  for (const m of l.text.matchAll(SCRIPT_TURN)) if (m.index > at.at(-1)!) at.push(m.index);
  if (at.length < 6) return undefined;
  const pieces: SourceLine[] = [];
  for (let p = 0; p < at.length; p++) {
    const text = l.text.slice(at[p], at[p + 1]).trim();
    if (text) pieces.push({ ...l, text, ...(p > 0 ? { blankBefore: false } : {}) });
  }
  // The pieces must make a run, read under the lines above (an article's headline): a line of
  // other text is left as it came; under an edition heading, the run starts the edition whatever is above.
  const all = head ? pieces.slice(1) : [...above, ...pieces];
  const first = head ? 0 : above.length;
  const run = runsOf(all, all.map(feats));
  const stories: [SourceLine, TranslatedParagraph][] = [];
  for (const [k, story] of run) if (k >= first) stories.push([all[k]!, story]);
  if (stories.length < 3) return undefined;
  // A cut story is only one at the page's end.
  if (!lastLine && stories.at(-1)![1].translated === false) return undefined;
  for (const [piece, story] of stories) STORIES.set(piece, story);
  storiesKept = true;
  return pieces;
}

/**
 * The page's last line `k` starts the translation of the paragraph above, cut by the page's
 * end: the text alternates scripts paragraph by paragraph (an English paragraph, its CJK
 * translation, the next English paragraph...), as bilingual news transcripts and study blogs
 * set it (corpus dev 138, 359, 136), and `k` is the second of a pair, counted from the run's
 * first paragraph (the first of a pair may open the next item). A headline cannot be told from
 * it there; a marked heading stays one.
 */
export function cutTranslation(f: readonly LineFeatures[], k: number): boolean {
  if (k < 2 || f[k]!.heading || !translationPair(f[k - 1]!, f[k]!)) return false;
  let start = k - 1;
  while (start > 0 && runningText(f[start]!) && translationPair(f[start - 1]!, f[start]!)) start--;
  if (!runningText(f[start]!) || !translationPair(f[start]!, f[start + 1]!)) start++;
  if ((k - start) % 2 === 0) return false;
  if (k - start >= 3) return true;
  // Under a single English paragraph, `k` in CJK: the page must set its text so elsewhere, a
  // paragraph and its translation in another item.
  if (f[k - 1]!.cjk > 0.1 || f[k]!.cjk < 0.5) return false;
  for (let j = 0; j + 1 < start; j++)
    if (runningText(f[j]!) && runningText(f[j + 1]!) && translationPair(f[j]!, f[j + 1]!)) return true;
  return false;
}

/**
 * `• “Nonsense.” That’s how Russia’s foreign minister ...` / `• “一派胡言。”对于英国指控...`: a bulleted
 * lead over its bulleted translation, as a bilingual morning briefing opens each story (a bullet
 * marks a list's item; the translation repeats the mark), its text under it unbulleted. Where the
 * page opened its first item so (`first`), a later such pair right after unbulleted text opens
 * the next item (the repetition cue: the page's habit). A page that bullets every line, text
 * and translation alike (a lesson's sentence pairs, dev 289), sets no lead apart so.
 */
function bulletedPair(lines: readonly SourceLine[], feats: readonly LineFeatures[], k: number): boolean {
  const next = lines[k + 1];
  if (next === undefined || feats[k]!.words < 4 || !translationPair(feats[k]!, feats[k + 1]!)) return false;
  return bulletMarked(lines[k]!.text) && bulletMarked(next.text);
}
function bulletedLeadAgain(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
  k: number,
  first: number,
): boolean {
  return (
    k > 0 &&
    bulletedPair(lines, feats, k) &&
    !bulletMarked(lines[k - 1]!.text) &&
    bulletedPair(lines, feats, first) &&
    !bulletMarked(lines[first + 2]?.text ?? '')
  );
}

/**
 * Line `i`, inside an item with text, read as the next story's bulleted lead (see
 * `bulletedLeadAgain`): the item closes, the lead opens the next, its translation under it is
 * the title's second line. The next line to read, or undefined when `i` is no such lead.
 */
export function readBulletedLead(s: PageState, i: number): number | undefined {
  const { lines, b } = s;
  const feats = s.read.feats;
  if (!bulletedLeadAgain(lines, feats, i, (b.drafts[0] ?? b.draft!).at)) return undefined;
  b.close(false);
  b.open(i, 'a new headline: a bulleted lead over its bulleted translation, as the page opens its items');
  const d = b.draft!;
  d.title = `${d.title} ${lines[i + 1]!.text}`;
  d.titleLines = 2;
  b.mark(i + 1, 'title', 'the translation of the bulleted lead above, bulleted as it is');
  return i + 2;
}
