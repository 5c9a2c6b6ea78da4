import { metaLine, readDateLine } from './date-lines.js';
import { holdDateForNext, type PageState } from './page-state.js';
import { isByline, isRelativeTime } from './rules.js';

/*
 * The dates and bylines of an open briefing: a date line under the headline (the item's
 * `published` date, or the date of the credit above it), a timestamp under the text, a byline
 * and date row, a byline, a relative timestamp. Returns the index after the line when it is one
 * of them, else undefined (the line is something else).
 */

/** `2025-12-01T09:00Z`: the date of a `<time datetime>`. */
const ISO_START = /^\d{4}-\d{2}-\d{2}/;

export function readItemDates(s: PageState, i: number): number | undefined {
  const { lines, read, b } = s;
  const l = lines[i]!;
  const t = l.text;
  if (!b.draft) return undefined;
  // "27 July 1962.": a date closed by a full stop is a sentence (a summary that is a date), not
  // a date line; date lines carry no stop. A reading time closing the line (`Delivered on 23
  // March 2020. About a 7 min read.`) makes it a meta row whatever its stops: no sentence states one.
  const dated = t.endsWith('.') && !t.endsWith(' read.') ? undefined : readDateLine(t);
  const written = dated?.value;
  // `<time datetime="2025-12-01T09:00Z">Dec 1</time>`: the element's own full date.
  const stamp = l.meta?.source === undefined ? ISO_START.exec(l.meta?.time ?? '')?.[0] : undefined;
  const full = dated?.date ?? (written !== undefined ? stamp : undefined);
  if (b.draft.body.length === 0 && written !== undefined) {
    const undated = b.draft.sources.find((x) => x.parse.citation.date === undefined);
    // A date alone under the headline, with no credit to date, is when the item was published
    // (ninjs `versioncreated`), not a source: a timestamp names no outlet. The line itself is
    // furniture, as a relative timestamp is; a full date is kept in `published`.
    if (b.draft.sources.length === 0 && b.draft.published === undefined) {
      if (full !== undefined) b.draft.published = full;
      b.chrome(i, "a timestamp alone under the headline: the item's `published` date, not a source");
      return i + 1;
    }
    if (undated === undefined) b.addCitation(b.draft, t, l.line, undefined, `, ${written}`);
    else {
      // The date of the credit above it (`Taipei Times` / `Date: Dec 27, 2018`).
      const raw = `${undated.raw}\n${t}`;
      const readAs = `${undated.readAs ?? undated.raw}, ${written}`;
      b.draft.sources.splice(b.draft.sources.indexOf(undated), 1);
      b.addCitation(b.draft, raw, undated.line, undated.links, readAs);
    }
    b.mark(i, 'citation', 'a date line under the headline');
    return i + 1;
  }
  if (b.draft.body.length > 0 && full !== undefined) {
    // A timestamp after the text on a page whose dates lead items: the next item's date.
    if (read.habits.datesLead) {
      b.close(false);
      return holdDateForNext(s, i, full);
    }
    // A timestamp under the text, with no credit to date it: when the item was published.
    if (
      b.draft.published === undefined &&
      b.draft.sources.every((x) => x.parse.citation.date === undefined)
    ) {
      b.draft.published = full;
      b.chrome(i, "a timestamp alone under the text: the item's `published` date, not a source");
      return i + 1;
    }
  }
  // "December 1, 2025 | By Jane Doe": the template's byline and date row under the headline.
  const row = b.draft.body.length === 0 && b.draft.by === undefined ? metaLine(t) : undefined;
  if (row) {
    b.draft.by = t;
    if (row.date !== undefined && b.draft.published === undefined) b.draft.published = row.date;
    b.mark(i, 'byline', 'a byline and date row under the headline');
    return i + 1;
  }
  if (isByline(t) && b.draft.by === undefined && t.length <= 300) {
    b.draft.by = t;
    b.mark(i, 'byline', 'a byline ("By ...")');
    return i + 1;
  }
  if (isRelativeTime(t)) {
    b.chrome(i, 'a relative timestamp ("2 hours ago")');
    return i + 1;
  }
  return undefined;
}
