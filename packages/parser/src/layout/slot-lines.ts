import type { PageState } from './page-state.js';

/**
 * A short line in the slot this page keeps between its headlines and their text (a section, an
 * author), over the text: furniture, as the lines the page repeats there are (see
 * `LineReader.slotLine`). Returns the next line to read, or undefined.
 */
export function readSlotLine(s: PageState, i: number): number | undefined {
  const { lines, read, b } = s;
  if (!b.draft || b.draft.body.length > 0 || !read.slotLine(i)) return undefined;
  let j = read.past(i + 1);
  if (j < lines.length && read.slotLine(j)) j = read.past(j + 1);
  if (j >= lines.length || !read.running(j)) return undefined;
  b.chrome(i, 'a short line (section, author) where this page sets them, between headline and text');
  return i + 1;
}
