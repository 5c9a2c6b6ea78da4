import { pageEndStub } from './page-end.js';
import type { LineReader } from './reader.js';
import { ellipsisHeadline, headlineShape } from './rules.js';

/**
 * Why line `k` has a headline's shape, for `--explain`, or undefined: an HTML heading, the
 * shape of a headline (`headlineShape`), or a shape this page gives its headlines (closed by a
 * full stop or a colon), the first letters of one the page end cut, one cut with an ellipsis.
 * The first question `LineReader.headlineHere` asks.
 */
export function headlineShapeAt(read: LineReader, k: number): string | undefined {
  const f = read.feats[k]!;
  const t = read.lines[k]!.text;
  const { block, titled } = read.lines[k]!;
  return f.heading
    ? titled
      ? `an HTML <${block ?? 'element'}> classed as a title`
      : block === undefined
        ? 'a headline in heading brackets 【】'
        : `an HTML <${block}> heading`
    : (headlineShape(f, t) ??
        (read.habits.periodHeads.has(k)
          ? 'a headline closed by a full stop, as this page sets them'
          : read.habits.colonHeads.has(k)
            ? 'a heading closed by a colon, as this page heads its stories'
            : pageEndStub(read.lines, read.feats, k) && !read.templated(k)
              ? 'the first letters of a headline (cut off by the page end)'
              : ellipsisHeadline(f, t)
                ? 'a headline the page cut short with an ellipsis'
                : undefined));
}
