import type { SourceLine } from '../types.js';

/*
 * Items of a link digest: one list item per story, its headline, maybe a summary after a dash,
 * the outlet in parentheses and a link labelled "Source" (or "Read more") to the story:
 *
 *   What Businesses Should Know Before Leasing ... - ustimesnow.com (ustimesnow.com) Source [Track]
 *   Prologis promotes Harvey, Sutton ... — Prologis Inc. has announced two ... (Real Estate NJ) Source
 *
 * This is how newsletters built from news feeds print a story: Google News titles every item
 * "Headline - Publisher", and feed readers' digests (Feedly, Inoreader, GitHub-hosted briefing
 * builds) add the outlet and a source link after it. The item is whole on its line: a briefing
 * with a citation, its text the summary when there is one.
 */

/** A link's label that says it leads to the story itself. */
export const SOURCE_LINK = /^(?:source|read more|full story|original|article|link|原文|全文)$/i;
/** `(Outlet)` right before the source link. */
const OUTLET_NOTE = /\(([^()]{2,60})\)\s*$/u;

export interface LinkItem {
  title: string;
  /** The summary after the headline's dash, when there is one (the dash itself is layout). */
  text?: string;
  /** The credit as written: the publisher suffix, the `(Outlet)` note and the link label. */
  credit: string;
  outlet: string;
  href: string;
  /** What follows the source link (the digest's own buttons: "[Track] [Ignore]"). */
  tail: string;
}

export function linkItem(line: SourceLine): LinkItem | undefined {
  if (line.block !== 'li' || !line.anchors || line.text.length > 1000) return undefined;
  const t = line.text;
  let from = 0;
  for (const a of line.anchors) {
    const at = t.indexOf(a.text, from);
    if (at < 0) return undefined;
    from = at + a.text.length;
    if (!SOURCE_LINK.test(a.text.trim())) continue;
    const note = OUTLET_NOTE.exec(t.slice(0, at));
    if (!note) return undefined;
    const outlet = note[1]!.trim();
    let head = t.slice(0, note.index).trimEnd();
    // "Headline - Publisher": the feed's own credit, the same outlet again, belongs to the credit.
    const suffix = ` - ${outlet}`;
    if (head.toLowerCase().endsWith(suffix.toLowerCase())) head = head.slice(0, -suffix.length).trimEnd();
    const credit = t.slice(head.length, from).trim();
    // "Headline — summary": the digest's teaser after an em dash.
    const dash = head.indexOf(' — ');
    const title = dash > 0 && head.length - dash > 40 ? head.slice(0, dash) : head;
    if (title.length < 12 || title.length > 220) return undefined;
    const text = title === head ? undefined : head.slice(dash + 3).trim();
    return { title, ...(text ? { text } : {}), credit, outlet, href: a.href, tail: t.slice(from).trim() };
  }
  return undefined;
}
