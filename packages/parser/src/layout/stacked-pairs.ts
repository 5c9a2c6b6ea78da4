import type { SourceLine } from '../types.js';
import type { LineFeatures } from './features.js';
import type { PageState } from './page-state.js';
import { headlineShape, runningText, translationPair } from './rules.js';
import { pinyinLine } from './study-notes.js';

/**
 * `James Comey's book tour begins` / `詹姆斯·科米开始新书巡回宣传` / text: a headline over its
 * translation on the next line, after a blank line and over running text, the block repeated
 * down the page (two or more): bilingual morning briefs set in dual view (English then Chinese)
 * and Japanese/Korean news-English posts (a Japanese headline over its English, a Korean one under
 * its English) set their stories so. The repeated block shape says each pair is a headline, also
 * under an introduction that ends with a colon (`Here's what you need to know:`), which ends no
 * sentence. A pair of terms (`module` / `舱段`) is a glossary, not a headline (see `storyHeadline`).
 */
export function stackedPairs(lines: readonly SourceLine[], feats: readonly LineFeatures[]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k + 2 < lines.length; k++) {
    const l = lines[k]!;
    if (!l.blankBefore || lines[k + 1]!.blankBefore) continue;
    const f = feats[k]!;
    // `北京迎来今冬第一场雪` / `Běijīng yínglái ...` / `Beijing sees first snow`: the Chinese
    // headline's pinyin between it and its translation is a study note (see `pinyinLine`).
    const j = f.cjk >= 0.5 && k + 3 < lines.length && pinyinUnder(lines, feats, k + 1) ? k + 2 : k + 1;
    const g = feats[j]!;
    if (!translationPair(f, g) || !runningText(feats[j + 1]!)) continue;
    if (storyHeadline(l.text, f) && storyHeadline(lines[j]!.text, g)) out.add(k);
  }
  return out.size >= 2 ? out : new Set();
}

/** The script of a line: 2 CJK (half its letters or more), 1 Latin (a tenth or less), 0 mixed. */
const script = (f: LineFeatures) => (f.cjk >= 0.5 ? 2 : f.cjk <= 0.1 ? 1 : 0);

/**
 * `China's exports rise 8%` / its text / `中国10月出口增长8%` / its translation: a story set in
 * two halves, one per language, each a headline over its text, the halves set close (no blank
 * line between) and the block repeated down the page (two or more). Bilingual news pages that
 * print the English story and then its Chinese translation (China Daily-style bilingual posts,
 * WeChat digests, Japanese and Korean news-English blogs) set them so; read line by line, the
 * translated half's headline looks like the next story's. Returns each block's two headlines,
 * `start` (the story's) and `half` (its translation's).
 * Linear: each blank-separated headline looks at most `HALF` lines down.
 */
const HALF = 6;
export function translatedHalves(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
): Map<number, 'start' | 'half'> {
  const out = new Map<number, 'start' | 'half'>();
  for (let k = 0; k + 3 < lines.length; k++) {
    if (k > 0 && !lines[k]!.blankBefore) continue;
    const f = feats[k]!;
    const own = script(f);
    if (own === 0 || !runningText(feats[k + 1]!) || lines[k + 1]!.blankBefore) continue;
    // The first half's text: running lines in the headline's script, set close under it.
    let j = k + 1;
    while (
      j < lines.length &&
      j - k <= HALF &&
      !lines[j]!.blankBefore &&
      script(feats[j]!) === own &&
      runningText(feats[j]!)
    )
      j++;
    if (j + 1 >= lines.length || lines[j]!.blankBefore || lines[j + 1]!.blankBefore) continue;
    const g = feats[j]!;
    if (!translationPair(f, g) || !translationPair(f, feats[j + 1]!) || !runningText(feats[j + 1]!)) continue;
    if (storyHeadline(lines[k]!.text, f) && storyHeadline(lines[j]!.text, g))
      out.set(k, 'start').set(j, 'half');
  }
  return out.size >= 4 ? out : new Map();
}

/**
 * Inside an open item: a pair of `stackedPairs` opens a new item once the item above has text
 * (its text may end with a colon, which ends no sentence), and the pair's translation joins the
 * title before any credit is read (`[JoongAng Ilbo] Exports rise ...` under `[중앙일보] 수출 ...`:
 * a press review names the paper in both languages). Undefined when the line is neither.
 */
export function readStackedPair(s: PageState, i: number): number | undefined {
  const { b, read, lines } = s;
  const stacked = read.lists.stackedPairs;
  if (!b.draft) return undefined;
  // A story in two halves (see `translatedHalves`) opens at its headline, and the translated
  // half's headline joins the story's title, its text the story's.
  const half = read.lists.halves.size > 0 ? read.lists.halves.get(i) : undefined;
  if (half === 'start') {
    b.close(false);
    return b.open(i, 'a new headline: a story in two halves, one per language, the block this page repeats');
  }
  if (half === 'half' && b.draft.titleLines === 1 && b.draft.body.length > 0) {
    b.draft.title = `${b.draft.title} ${lines[i]!.text}`;
    b.draft.titleLines = 2;
    b.mark(
      i,
      'title',
      "the translated half's headline: the story again in the page's other language, over its text",
    );
    return i + 1;
  }
  if (stacked.size === 0) return undefined;
  if (stacked.has(i) && b.draft.body.length > 0) {
    b.close(false);
    return b.open(i, 'a new headline: a headline over its translation, the block this page repeats');
  }
  // The pair's headline is the line above, or the one above its pinyin (a study note).
  const at = stacked.has(i - 1)
    ? i - 1
    : i > 1 && stacked.has(i - 2) && read.lists.notes.has(i - 1)
      ? i - 2
      : -1;
  if (at >= 0 && b.draft.at === at && b.draft.titleLines === 1 && b.draft.body.length === 0) {
    b.draft.title = `${b.draft.title} ${lines[i]!.text}`;
    b.draft.titleLines = 2;
    b.mark(i, 'title', 'the translation of the title above, the block this page repeats');
    return i + 1;
  }
  return undefined;
}

/** A line of pinyin set close under the line above (no blank between), with a line under it. */
function pinyinUnder(lines: readonly SourceLine[], feats: readonly LineFeatures[], k: number): boolean {
  const g = feats[k]!;
  return g.otherLetter && g.cjk === 0 && !lines[k + 1]!.blankBefore && pinyinLine(lines[k]!.text);
}

/** A headline naming a story, not a term: three words or more in Latin script, six letters or more in CJK. */
export function storyHeadline(text: string, f: LineFeatures): boolean {
  if (headlineShape(f, text) === undefined) return false;
  return f.cjk >= 0.5 ? text.replace(/[^\p{L}\p{N}]/gu, '').length >= 6 : text.split(/\s+/).length >= 3;
}
