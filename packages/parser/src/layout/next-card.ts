import { cutNextCard } from './page-end.js';
import type { PageState } from './page-state.js';

/**
 * Line `i`, under the open card's finished paragraph: the next card's headline cut off by the
 * page end (`cutNextCard`), or a short line (a date, a reading time) above it as each card above
 * has, with only such lines between. Asked of the page's last four lines only.
 */
export function nextCardCut(s: PageState, i: number): 'headline' | 'furniture' | undefined {
  const { lines, read } = s;
  const last = lines.length - 1;
  if (i < last - 3 || !cutNextCard(lines, read.feats, last)) return undefined;
  if (i === last) return 'headline';
  for (let k = i; k < last; k++) if (read.running(k) || read.feats[k]!.words > 8) return undefined;
  return 'furniture';
}
