import { rateDateOf } from '@briefing/money';
import type { Briefing, BriefingFeed, MoneyMention } from '@briefing/schema';

/** A run of paragraph text, or a money mention inside it. */
export type Segment =
  | { text: string; mention?: undefined }
  | { text: string; mention: MoneyMention; index: number };

/**
 * Splits a paragraph at its money mentions. Mentions that overlap an earlier one, fall outside the
 * text, or do not match it are left as plain text, so hostile offsets can never drop characters.
 */
export function segmentParagraph(
  paragraph: string,
  paragraphIndex: number,
  money: readonly MoneyMention[],
): Segment[] {
  const here: { mention: MoneyMention; index: number }[] = [];
  money.forEach((mention, index) => {
    if (mention.at.field !== 'title' && mention.at.paragraph === paragraphIndex)
      here.push({ mention, index });
  });
  if (here.length === 0) return [{ text: paragraph }];
  here.sort((a, b) => a.mention.at.start - b.mention.at.start);
  const out: Segment[] = [];
  let cursor = 0;
  for (const { mention, index } of here) {
    const { start, end } = mention.at;
    if (start < cursor || end > paragraph.length || start >= end) continue;
    if (paragraph.slice(start, end) !== mention.text) continue;
    if (start > cursor) out.push({ text: paragraph.slice(cursor, start) });
    out.push({ text: mention.text, mention, index });
    cursor = end;
  }
  if (cursor < paragraph.length) out.push({ text: paragraph.slice(cursor) });
  return out;
}

/**
 * The date whose rates apply to a briefing: the money core's rule (first dated citation, else the
 * briefing's publication date; never the feed's generation date), the same as `briefing check`.
 */
export function rateDate(item: Briefing, _feed?: BriefingFeed): string | undefined {
  return rateDateOf(item);
}
