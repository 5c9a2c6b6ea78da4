import type { Briefing } from '@briefing/schema';
import type { ParseIssue } from './types.js';

/*
 * Bounds on what one page can make the parser produce. A paragraph of `$1,$1,$1,...` is about
 * three bytes per money mention, and each mention is a few hundred bytes of JSON: without a
 * cap, 1 MB of input becomes 100 MB of output. The cap keeps the first mentions of each
 * paragraph (and of the title) and says how many were left out.
 */

/** Default for `ParseOptions.maxMentionsPerParagraph`. */
export const DEFAULT_MAX_MENTIONS_PER_PARAGRAPH = 100;

type Located = { at: { field?: 'title' | 'body' | undefined; paragraph: number } };

function capList<T extends Located>(list: T[], max: number): { kept: T[]; dropped: number } {
  // No paragraph holds more than `max` of a list that holds no more in all (most briefings):
  // no count per paragraph, no key per mention, no copy.
  if (list.length <= max) return { kept: list, dropped: 0 };
  const perParagraph = new Map<string, number>();
  const kept: T[] = [];
  let dropped = 0;
  for (const m of list) {
    const key = `${m.at.field ?? 'body'}:${m.at.paragraph}`;
    const n = (perParagraph.get(key) ?? 0) + 1;
    perParagraph.set(key, n);
    if (n <= max) kept.push(m);
    else dropped++;
  }
  return { kept, dropped };
}

/**
 * The briefing with at most `max` money and at most `max` quantity mentions per paragraph,
 * and an issue naming what was left out (none when nothing was).
 */
export function capMentions(
  item: Briefing,
  index: number,
  max: number,
): { item: Briefing; issue?: ParseIssue } {
  const money = capList(item.money, max);
  const quantities = capList(item.quantities, max);
  if (money.dropped === 0 && quantities.dropped === 0) return { item };
  const parts = [
    money.dropped > 0 ? `${money.dropped} money mentions` : '',
    quantities.dropped > 0 ? `${quantities.dropped} quantities` : '',
  ].filter(Boolean);
  return {
    item: { ...item, money: money.kept, quantities: quantities.kept },
    issue: {
      item: index,
      code: 'too-many-mentions',
      message: `briefing ${item.id}: kept the first ${max} mentions of each paragraph and left out ${parts.join(' and ')} (maxMentionsPerParagraph)`,
    },
  };
}
