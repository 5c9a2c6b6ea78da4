import type { SourceLine } from '../types.js';

/*
 * A list flattened onto one line: `Market ■ Stocks opened lower. (Taiwan News) World ■ Officers
 * gathered... (AP) ■ Putin signed... (AP)`. A text copy of a page (or a feed that drops the
 * list markup) runs the items of a bulleted list together and keeps only their bullets, as
 * Taiwan News' morning briefings and mailing-list digests come. Each bullet opens a block, as at
 * the start of a line (CommonMark's list items), so the line is cut before each bullet.
 */

/** A solid bullet glyph inside a line, spaced on both sides: never a hyphen or an asterisk, which run-in text uses. */
const INLINE_BULLET = /\s[■●•▪◆]\s/gu;

/**
 * Does `text` hold one of the glyphs? One native search per glyph, not a character-class pattern:
 * each search skips ahead by a byte that is rare in text (none of these glyphs' bytes is a space
 * or a Latin letter), about three times faster over a long paragraph than the pattern's scan.
 */
function hasBulletGlyph(text: string): boolean {
  return (
    text.indexOf('■') >= 0 ||
    text.indexOf('●') >= 0 ||
    text.indexOf('•') >= 0 ||
    text.indexOf('▪') >= 0 ||
    text.indexOf('◆') >= 0
  );
}

/**
 * Three or more bullets, and pieces of running text between them (six words or more on
 * average): a row of short links set apart by dots (`Home • News • Sport`) or a meta row
 * (`Jane Doe • Dec 1 • 3 min read`) is no flattened list.
 */
function cuts(text: string): number[] | undefined {
  // One test for any bullet glyph first: most long lines hold none, and are spared the scan.
  if (!hasBulletGlyph(text)) return undefined;
  const at: number[] = [];
  for (const m of text.matchAll(INLINE_BULLET)) at.push(m.index + 1);
  if (at.length < 3) return undefined;
  const words = text.split(/\s+/).length - at.length;
  return words >= (at.length + 1) * 6 ? at : undefined;
}

/** The page's lines with each flattened list cut into one line per bullet (text pages only). */
export function splitInlineBullets(lines: readonly SourceLine[]): readonly SourceLine[] {
  let out: SourceLine[] | undefined;
  // Indexed, not `forEach` (see `numberedItems`).
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const at = l.block === undefined && l.text.length >= 80 ? cuts(l.text) : undefined;
    if (!at) {
      out?.push(l);
      continue;
    }
    out ??= lines.slice(0, k);
    const starts = at[0] === 0 ? at : [0, ...at];
    starts.forEach((from, n) => {
      const text = l.text.slice(from, starts[n + 1] ?? l.text.length).trim();
      if (text) out!.push({ ...l, text, blankBefore: n === 0 ? l.blankBefore : false });
    });
  }
  return out ?? lines;
}
