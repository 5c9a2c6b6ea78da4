import type { SourceLine } from '../types.js';
import { markedHeading } from './features.js';
import { wholeLink } from './rules.js';

/*
 * Items of an HTML listing read as records: the element the page repeats once per item (see
 * html-records.ts) bounds an item as a citation block does on a text page, and the metadata
 * spans inside it (outlet, time) are its credit, above or under the headline alike: aggregator
 * cards print "Outlet · 02/07 14:39" over the headline, link digests "host · time" under it.
 */

/** Line `k` does not sit in the record line `k - 1` sat in: an item ends or begins here. */
export function recordChanges(lines: readonly SourceLine[], k: number): boolean {
  const above = lines[k - 1];
  const here = lines[k]!.record;
  return above !== undefined && (above.record !== undefined || here !== undefined) && here !== above.record;
}

/** The credit an item's meta row gives (`Outlet, time`), when its spans name the outlet. */
export function metaCredit(line: SourceLine): string | undefined {
  const m = line.meta;
  if (m?.source === undefined || line.text.length > 200) return undefined;
  return m.time === undefined ? m.source : `${m.source}, ${m.time}`;
}

/**
 * The credit of an item's outlet element when it names an outlet (a name, not a tally such as
 * "2 sources" that story-cluster pages print in their source element).
 */
export function outletCredit(line: SourceLine): string | undefined {
  return /^[^\d\s]/u.test(line.meta?.source ?? '') ? metaCredit(line) : undefined;
}

/**
 * The credit of line `k` when it is the outlet's element under the headline at `titleAt`, in the
 * headline's own record: the item's credit, though the page repeats the outlet's name from item
 * to item (RSS-to-HTML digests and news top-10 newsletters print headline and outlet only). A
 * row of several outlet links is no one outlet: it is read one credit per link.
 */
export function outletUnderHeadline(
  lines: readonly SourceLine[],
  k: number,
  titleAt: number,
): string | undefined {
  const l = lines[k]!;
  if (l.record === undefined || l.record !== lines[titleAt]?.record || (l.anchors?.length ?? 0) > 1)
    return undefined;
  return outletCredit(l);
}

/** A short line that is one link and nothing else (an item's "open" button): its target. */
export function linkButton(line: SourceLine): string | undefined {
  const a = line.anchors;
  if (a?.length !== 1 || line.text.length > 24 || a[0]!.text !== line.text) return undefined;
  return a[0]!.href;
}

/** The links of the title line (index `titleAt`) of the open item, when line `k` sits in its record. */
export function titleLinks(lines: readonly SourceLine[], k: number, titleAt: number): string[] | undefined {
  const record = lines[k]!.record;
  if (titleAt >= k || k - titleAt > 8) return undefined;
  for (let j = k - 1; j > titleAt; j--) if (lines[j]!.record !== record) return undefined;
  return lines[titleAt]!.record === record ? lines[titleAt]!.links : undefined;
}

/**
 * The one link of an HTML headline (the line at `titleAt`, a few lines above `k`:
 * `<h3><a href>Headline</a></h3>`): the story a credit row under the item names the outlet of
 * (feed digests print "Outlet · time" under the text and link the headline to the story).
 */
export function headlineLink(lines: readonly SourceLine[], k: number, titleAt: number): string[] | undefined {
  if (titleAt >= k || k - titleAt > 8) return undefined;
  const l = lines[titleAt]!;
  return l.block !== undefined && wholeLink(l) ? [l.anchors![0]!.href] : undefined;
}

/** Three or more headlines marked so: the page says in its markup which lines are headlines. */
export function marksHeadlines(lines: readonly SourceLine[]): boolean {
  let marked = 0;
  for (let k = 0; k < lines.length && marked < 3; k++) if (markedHeading(lines[k]!)) marked++;
  return marked >= 3;
}

/**
 * Line `k` shares the record of the item headed at `titleAt` by a marked headline, and is no
 * marked headline itself: on a page that marks its headlines, it is that item's text, meta row
 * or credit, whatever its shape (`OpenAI Blog 翻訳: 日本語 22時間前`, a card's chips row, under its
 * summary). The markup outranks the text's shape wherever a page gives both.
 */
export function insideMarkedItem(
  lines: readonly SourceLine[],
  marked: boolean,
  titleAt: number,
  k: number,
): boolean {
  const l = lines[k]!;
  const title = lines[titleAt]!;
  return (
    marked && l.record !== undefined && l.record === title.record && markedHeading(title) && !markedHeading(l)
  );
}
