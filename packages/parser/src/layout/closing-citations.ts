import { looksLikeBareCitation } from '../citation.js';
import { labelColon, startsWithSourceKeyword, stripSourceLabel } from '../source-label.js';
import { isUrlLine } from './citation-block.js';
import { leadCredit } from './credits.js';
import { pushParagraph } from './draft.js';
import {
  clippingCredit,
  colonlessSourceCredit,
  cutInlineCredit,
  GLUED_HINT,
  GLUED_SOURCE,
  gluedShortCredit,
  inlineCitation,
  isTitleLike,
} from './glued-citations.js';
import { citationYear, type PageState } from './page-state.js';

/**
 * Line `i`, inside an open briefing, read as a paragraph whose citation closes it: glued to its
 * end (`...in 2024.Source: Xinhua, July 2, 2013`) or in parentheses after its last sentence
 * (`... (Chicago Tribune, 4 March 2018)`). Returns the next line to read, or undefined when the
 * line holds no such citation.
 */
export function readClosingCitation(s: PageState, i: number): number | undefined {
  const { lines, read, b, ctx } = s;
  if (!b.draft) return undefined;
  const l = lines[i]!;
  const t = l.text;
  const next = lines[i + 1];
  // "...in 2024.Source: Xinhua, July 2, 2013": a citation glued to the end of the paragraph.
  // A colon after a label word's last letter first (`labelColon`): most paragraphs have none.
  const glued = labelColon(t) && GLUED_HINT.test(t) ? GLUED_SOURCE.exec(t) : null;
  if (
    glued &&
    (looksLikeBareCitation(stripSourceLabel(glued[2]!)) ||
      /^[[(]/.test(glued[2]!) ||
      (next && isUrlLine(next.text)) ||
      gluedShortCredit(t) !== null)
  ) {
    // Opened by a credit too, `(University of Ottawa) In two recent ... (Source: EurekAlert!)`.
    const lead = b.draft.body.length === 0 ? leadCredit(glued[1]!, read.habits.leadNames) : undefined;
    if (lead) b.addCitation(b.draft, lead.raw, l.line, undefined, lead.outlet);
    pushParagraph(b.draft, glued[1]!.slice(lead?.rest ?? 0).trim(), l, false);
    b.mark(i, 'body', 'a paragraph with a citation glued to its end');
    i = b.cite(b.draft, i + 1, { text: glued[2]!, line: l.line, ...(l.links ? { links: l.links } : {}) });
    return i;
  }
  // "...end of paragraph. (Chicago Tribune, 4 March 2018)": an inline citation, when the briefing ends here;
  // so is a labelled one, `(Source : africaguinee.com)`, whatever ends the sentence before it (the
  // French press spaces its colon).
  // So is one cut off by the end of a text page, `... initiative. (Xinhua, January`.
  const cut = next === undefined && l.block === undefined ? cutInlineCredit(t) : null;
  const inline = inlineCitation(t) ?? (cut && [t, cut[0], cut[1]]);
  const readAs =
    cut?.[2] ?? (inline ? (colonlessSourceCredit(inline[2]!) ?? clippingCredit(inline[2]!)) : null);
  if (
    inline &&
    (next === undefined || next.chrome || isTitleLike(next.text) || isUrlLine(next.text)) &&
    !(next && read.sourceLabelAt(i + 1)) &&
    (readAs !== null ||
      looksLikeBareCitation(inline[2]!, citationYear(ctx)) ||
      startsWithSourceKeyword(inline[2]!.slice(1, -1)))
  ) {
    const citeText = t.slice(inline[1]!.length).trim();
    pushParagraph(b.draft, inline[1]!, l, false);
    b.mark(i, 'body', 'a paragraph ending with "(Outlet, Date)"');
    i = b.cite(b.draft, i + 1, {
      text: citeText,
      line: l.line,
      ...(l.links ? { links: l.links } : {}),
      ...(readAs !== null && citeText === inline[2] ? { readAs } : {}),
    });
    return i;
  }
  return undefined;
}
