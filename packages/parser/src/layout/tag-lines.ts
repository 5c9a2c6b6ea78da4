import type { SourceLine } from '../types.js';
import type { LineFeatures } from './features.js';
import type { LineReader } from './reader.js';
import { headlineShape, isTagLine, runningText, translationPair } from './rules.js';

/*
 * `• Podcasts`, `• Filed Under`: a bulleted category tag that a listing sets between a headline
 * and its text, or right above a headline, as blog and news templates print an item's category.
 */

/** Line `j` is a bulleted category tag (`isTagLine`) between a headline and its text, or right above a headline. */
export function tagAt(read: LineReader, j: number): boolean {
  if (chainsOf(read).has(j)) return true;
  if (j === 0 || j + 1 >= read.lines.length || !isTagLine(read.lines[j]!.text)) return false;
  // A headline or its translation is no tag, bulleted as both may be (bilingual lessons).
  if (
    translationPair(read.feats[j - 1]!, read.feats[j]!) ||
    translationPair(read.feats[j]!, read.feats[j + 1]!)
  )
    return false;
  // A page that bullets its headlines (each over running text, two or more) bullets no tags
  // with that mark: a last bulleted line over a cut text is one more headline.
  if (bulletedHeads(read, read.lines[j]!.text.charAt(0))) return false;
  // A headline said twice, bulleted then bare (`• Headline` / `Headline`), is no tag.
  if (read.lines[j + 1]!.text === read.lines[j]!.text.slice(2).trim()) return false;
  // Tags may stack ("• Podcasts" / "• Podcasts/At Close of Business").
  const above = read.lines[j - 1]!.text;
  const below = read.lines[j + 1]!.text;
  // Between a headline and its text, or above a headline ("• Filed Under" / headline / text).
  return (
    ((headlineShape(read.feats[j - 1]!, above) !== undefined || isTagLine(above)) &&
      (read.running(j + 1) || isTagLine(below))) ||
    read.headlineHere(j + 1, true, true) !== undefined
  );
}

/*
 * `Africa Headlines International Mauritania` / headline / teaser: a category chain, the item's
 * tags printed as one run of capitalised names with no punctuation, right above its headline, as
 * blog and news templates print an item's categories. One such line is a headline-shaped line
 * over a headline; the page's repetition tells it apart (MDR's repeated record, jusText's
 * boilerplate by repetition): three or more of them, each sharing two of its names with two
 * others, each over a headline-shaped line over running text.
 */

/** Names only: capitalised words (a name may hold `&`, `-`, `’`), no punctuation or digits. */
const NAMES_ONLY = /^\p{Lu}[\p{L}’'&-]*(?:\s+(?:&|\p{Lu}[\p{L}’'&-]*))+$/u;

/** The lines of a page that are category chains over their items' headlines (see above). */
export function tagChains(read: LineReader): Set<number> {
  const { lines, feats } = read;
  const candidates: { k: number; names: Set<string> }[] = [];
  const end = lines.length - 1;
  for (let k = 0; k + 1 < lines.length; k++) {
    const t = lines[k]!.text;
    if (t.length > 80 || feats[k]!.words > 10) continue;
    // Over a headline-shaped line over running text (the features' answers, asked before the
    // names pattern: few short lines stand so); or over the page's last line, no running text:
    // a headline the excerpt cut before its text, maybe inside a word, so with no headline's
    // shape to ask (excerpts cut a page wherever it falls: see page-end.ts).
    if (
      k + 1 === end
        ? runningText(feats[end]!)
        : !runningText(feats[k + 2]!) || headlineShape(feats[k + 1]!, lines[k + 1]!.text) === undefined
    )
      continue;
    if (!NAMES_ONLY.test(t)) continue;
    candidates.push({ k, names: new Set(t.split(/\s+/)) });
  }
  const out = new Set<number>();
  if (candidates.length < 3) return out;
  // Two chains share two names when they share a pair of names: the candidates are indexed by
  // their pairs (a chain of ten words or fewer has at most 45), so a page of many chains is read
  // in one pass, not chain against chain.
  const byPair = new Map<string, number[]>();
  const pairs = candidates.map((c, n) => {
    const names = [...c.names];
    const keys: string[] = [];
    for (let x = 0; x < names.length; x++)
      for (let y = x + 1; y < names.length; y++) {
        const key = names[x]! < names[y]! ? `${names[x]} ${names[y]}` : `${names[y]} ${names[x]}`;
        keys.push(key);
        const list = byPair.get(key);
        if (list) list.push(n);
        else byPair.set(key, [n]);
      }
    return keys;
  });
  candidates.forEach((c, n) => {
    // Two others alike are enough: each list is read only until they are found.
    const alike = new Set<number>();
    for (const key of pairs[n]!) {
      for (const m of byPair.get(key)!) {
        if (m !== n) alike.add(m);
        if (alike.size >= 2) break;
      }
      if (alike.size >= 2) break;
    }
    if (alike.size >= 2) out.add(c.k);
  });
  if (out.size < 3) return new Set();
  // The page end cut inside one more chain (`Africa A` under chains `Africa Headlines ...`):
  // excerpts cut a page wherever it falls (see page-end.ts). The page's last line, capitalised
  // names only, its whole names those the nearest chain opens with and its last one cut: the
  // start of the next chain, furniture as the others are.
  const last = lines.length - 1;
  let near = -1;
  for (const k of out) near = Math.max(near, k);
  if (!out.has(last) && cutChain(lines[last]!.text, lines[near]!.text)) out.add(last);
  return out;
}

/** Names only, the last maybe cut to its first letter (`Africa A`). */
const CUT_NAMES = /^\p{Lu}[\p{L}’'&-]*(?:\s+\p{Lu}[\p{L}’'&-]*)+$/u;

/** `text` opens as `chain` does, name for name, then stops inside a name (see `tagChains`). */
function cutChain(text: string, chain: string): boolean {
  if (text.length > 80 || !CUT_NAMES.test(text)) return false;
  const words = text.split(/\s+/);
  const whole = words.slice(0, -1).join(' ');
  return chain.startsWith(`${whole} `);
}

/**
 * Two or more lines opened by `mark` stand over running text, each with a headline's words (five
 * or more; a category tag has a few, `• Podcasts`): the page bullets its headlines with it
 * (category pages of news portals and aggregators, dev 487 and 379).
 */
export function bulletedHeadlines(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
  mark: string,
): boolean {
  let n = 0;
  for (let k = 0; k + 1 < lines.length && n < 2; k++) {
    const t = lines[k]!.text;
    const f = feats[k]!;
    if (t.charAt(0) === mark && f.words >= 5 && !runningText(f) && runningText(feats[k + 1]!)) n++;
  }
  return n >= 2;
}

/** Per page reader, read once: its category chains, and whether each bullet mark marks headlines. */
const chainCache = new WeakMap<LineReader, Set<number>>();
const bulletCache = new WeakMap<LineReader, Map<string, boolean>>();

/** The page's category chains over its headlines (see `tagChains`), read once per page. */
export function chainsOf(read: LineReader): Set<number> {
  let chains = chainCache.get(read);
  if (chains === undefined) {
    chains = tagChains(read);
    chainCache.set(read, chains);
  }
  return chains;
}

/** The page bullets its headlines with `mark` (see `bulletedHeadlines`), read once per mark. */
function bulletedHeads(read: LineReader, mark: string): boolean {
  let marks = bulletCache.get(read);
  if (marks === undefined) {
    marks = new Map();
    bulletCache.set(read, marks);
  }
  let yes = marks.get(mark);
  if (yes === undefined) {
    yes = bulletedHeadlines(read.lines, read.feats, mark);
    marks.set(mark, yes);
  }
  return yes;
}
