import type { Draft } from './draft.js';
import { learnTemplate, matchesTemplate } from './page-template.js';
import type { LineReader } from './reader.js';
import { headlineShape } from './rules.js';

/*
 * Headlines the rule stack read as paragraphs of the item before (the classic merge: a cut
 * teaser, then the next headline, read on as text). The page's own item template (see
 * `learnTemplate`: page regularity, the repeated record) finds them: a line of an item's text,
 * under other text of its item, set on every feature as the page's confident headlines
 * are, with what they have under them under it too. Two passes over the items, each linear.
 */

/**
 * Indices of lines to read as headlines on a second reading of the page: paragraphs that have the
 * page's headline shape. Empty when the page has no template (too few confident items).
 */
export function templateHeads(drafts: readonly Draft[], read: LineReader): Set<number> {
  const heads = new Set<number>();
  if (drafts.length < 3) return heads;
  const template = learnTemplate(drafts, read);
  if (!template) return heads;
  // A template that asks for nothing under its headlines would take any short paragraph.
  const under = template.agreed.under;
  if (under === 'other') return heads;
  const { lines, feats } = read;
  for (let m = 0; m < drafts.length; m++) {
    const d = drafts[m]!;
    if (d.body.length === 0) continue;
    // The item's lines run to the next item's headline; its paragraphs are known by the input
    // line each starts on, walked once alongside.
    const end = m + 1 < drafts.length ? drafts[m + 1]!.at : lines.length;
    let n = 0;
    // Where in paragraph `n` the last line found in it ends: each paragraph is searched forward
    // once, so the search stays linear in the item's text.
    let from = 0;
    for (let k = d.at + 1; k < end && k + 1 < lines.length; k++) {
      const at = lines[k]!.line;
      while (n + 1 < d.body.length && d.bodyLines[n + 1]! <= at) {
        n++;
        from = 0;
      }
      // Under text of its item: the first line of the first paragraph may be the headline's deck.
      if (at <= d.bodyLines[0]!) continue;
      const t = lines[k]!.text;
      // A headline has the shape of one (see `headlineShape`), whatever the page's template says.
      if (!headlineShape(feats[k]!, t) || read.between(k) || read.citationShapedAt(k)) continue;
      // Something stands under it as under the page's headlines: furniture or text.
      if (under === undefined && !read.between(k + 1) && !read.running(k + 1)) continue;
      if (!matchesTemplate(template, read, k)) continue;
      // A line of the item's text (not its credit or a line set aside): found in its paragraph.
      const found = d.body[n]!.indexOf(t, from);
      from = found < 0 ? d.body[n]!.length : found + t.length;
      if (found >= 0) heads.add(k);
    }
  }
  return heads;
}
