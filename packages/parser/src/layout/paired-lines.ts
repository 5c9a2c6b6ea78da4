import type { SourceLine } from '../types.js';
import type { LineFeatures } from './features.js';
import { CJK_CHAR, latinParagraph, cjkSentences, mayTurnBack } from './translated-pairs.js';

/*
 * `Boris Johnson has won the UK's leadership election ... Conservative Party. 鲍里斯•约翰逊以92153票
 * 对46656票的结果在英国领导人选举中获胜,当选英国首相和执政党保守党领袖。`: an English paragraph and
 * its translation set on one line, line after line under the item's headline. China Daily's
 * English-learning pages and their copies set an article's text so (dev 352), as bilingual
 * readers print parallel text paragraph by paragraph; the corpus convention counts each
 * language's paragraph as one. One such line says little (an English sentence may quote a
 * Chinese phrase); three or more on the page, the same block shape repeated, say the page sets
 * its text as parallel paragraphs: each is cut in two at its one change of script.
 */

/**
 * A Latin sentence end (its closing quote before or after the stop), then spaces, then a CJK letter: where an English paragraph turns into its
 * translation. The lookahead comes first, so the lookbehind is tried only at a CJK letter.
 */
const TURN = /(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?<=[a-z0-9%)]["”’)]?[.!?]["”’)]?\s*)/gu;

const CJK_END = /[。！？][」』”’）)"]?\s*$/u;

/** Where line `l` turns from its English paragraph into the translation, when it is one such pair. */
function pairTurn(l: SourceLine, feats: (l: SourceLine) => LineFeatures): number | undefined {
  const t = l.text;
  // A paragraph in each script, closed by a CJK sentence end: cheap looks first.
  if (t.length < 80 || t.length > 2000 || !mayTurnBack(t) || !CJK_CHAR.test(t)) return undefined;
  TURN.lastIndex = 0;
  const m = TURN.exec(t);
  if (!m) return undefined;
  const turn = m.index;
  // The line ends on a CJK sentence end: no second English paragraph after the translation.
  if (!CJK_END.test(t)) return undefined;
  const en = { ...l, text: t.slice(0, turn).trimEnd() };
  const zh = { ...l, text: t.slice(turn) };
  if (!latinParagraph(en.text, feats(en)) || !cjkSentences(zh.text, feats(zh), false)) return undefined;
  return turn;
}

/** The page's lines with each paragraph-and-translation line cut in two, where three or more are set so. */
export function splitPairedLines(
  lines: readonly SourceLine[],
  feats: (l: SourceLine) => LineFeatures,
): readonly SourceLine[] {
  const turns = new Map<number, number>();
  for (let k = 0; k < lines.length; k++) {
    const at = lines[k]!.block === undefined ? pairTurn(lines[k]!, feats) : undefined;
    if (at !== undefined) turns.set(k, at);
  }
  if (turns.size < 3) return lines;
  const out: SourceLine[] = [];
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const at = turns.get(k);
    if (at === undefined) {
      out.push(l);
      continue;
    }
    out.push(
      { ...l, text: l.text.slice(0, at).trimEnd() },
      { ...l, text: l.text.slice(at), blankBefore: false },
    );
  }
  return out;
}
