import { isDashCredit, looksLikeBareCitation, startsWithSourceKeyword } from '../citation.js';
import type { SourceLine } from '../types.js';
import { isChromeLine, slashedContents } from './chrome.js';
import { isUrlLine } from './citation-block.js';
import { creditLine } from './credit-lines.js';
import { dateLine } from './date-lines.js';

/*
 * What several rules ask of the same line (is it citation-shaped, a credit line, a date line?),
 * answered once per line: the page setup, the headline test and the look-aheads all ask, some
 * of them again and again. A page's answers are a byte per line (0 not read yet, 1 yes, 2 no).
 */

/** A yes-or-no question about each line of a page, each line read at most once. */
class LineFlags {
  private readonly known: Uint8Array;

  constructor(
    size: number,
    private readonly read: (k: number) => boolean,
  ) {
    this.known = new Uint8Array(size);
  }

  at(k: number): boolean {
    const known = this.known[k];
    if (known !== 0) return known === 1;
    const yes = this.read(k);
    this.known[k] = yes ? 1 : 2;
    return yes;
  }
}

/** Source lines, URLs, credits: never a headline, however short. Line `k`, when given, is `t`. */
export function citationShaped(t: string, answers?: LineAnswers, k?: number): boolean {
  return (
    (k === undefined || !answers ? startsWithSourceKeyword(t) : answers.sourceLabel(k)) ||
    isUrlLine(t) ||
    isDashCredit(t) ||
    (k === undefined || !answers ? !!creditLine(t) : answers.credit(k)) ||
    looksLikeBareCitation(t) ||
    (k === undefined || !answers ? dateLine(t) !== undefined : answers.date(k))
  );
}

export class LineAnswers {
  private readonly credits: LineFlags;
  private readonly dates: LineFlags;
  private readonly cited: LineFlags;
  private readonly labels: LineFlags;
  private readonly furniture: LineFlags;

  constructor(lines: readonly SourceLine[]) {
    // The source label and the furniture patterns are asked of the same line by the setup, the
    // headline look-aheads and the item readers alike.
    this.labels = new LineFlags(lines.length, (k) => startsWithSourceKeyword(lines[k]!.text));
    // Furniture by its words; past `isChromeLine`'s 120 characters, a post's slashed contents.
    this.furniture = new LineFlags(lines.length, (k) => {
      const t = lines[k]!.text;
      return isChromeLine(t) || (t.length > 120 && t.length <= 2000 && slashedContents(t));
    });
    this.credits = new LineFlags(lines.length, (k) => !!creditLine(lines[k]!.text));
    // (`dateLine`'s value is never empty: defined is yes.)
    this.dates = new LineFlags(lines.length, (k) => dateLine(lines[k]!.text) !== undefined);
    this.cited = new LineFlags(lines.length, (k) => citationShaped(lines[k]!.text, this, k));
  }

  /** Line `k` opens with a source label (`startsWithSourceKeyword`). */
  sourceLabel(k: number): boolean {
    return this.labels.at(k);
  }

  /** Line `k` is page furniture by its words (`isChromeLine`). */
  chromeLine(k: number): boolean {
    return this.furniture.at(k);
  }

  /** Line `k` is a credit line (`creditLine`). */
  credit(k: number): boolean {
    return this.credits.at(k);
  }

  /** Line `k` is a date line (`dateLine`). */
  date(k: number): boolean {
    return this.dates.at(k);
  }

  /** Line `k` is citation-shaped (`citationShaped`). */
  citationShaped(k: number): boolean {
    return this.cited.at(k);
  }
}
