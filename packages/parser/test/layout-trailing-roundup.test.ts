// A roundup article: its own headline and standfirst over the items it numbers, each closed by
// a `(Source: X)` credit (the trailing-agency kind). Small pages in the shapes real outlets use
// (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked, THREE_HEADLINES, THREE_SUMMARIES } from './layout-helpers.js';

describe("a roundup's own headline over its numbered items", () => {
  const items = THREE_HEADLINES.map(
    (h, k) => `${k + 1}. ${h}\n\n${THREE_SUMMARIES[k]}\n\n(Source: ${['Mint', 'The Hindu', 'Reuters'][k]})`,
  ).join('\n\n');

  it('is the page header, not a briefing', () => {
    const r = parseChecked(
      `Biz Brief: Rates Rise Again; Port Strike Drags On\n\nCatch all the top business headlines of the day here.\n\n${items}\n`,
    );
    expect(r.items.map((i) => [i.title, i.sources.map((s) => s.publication)])).toEqual([
      ['Central bank raises interest rates again', ['Mint']],
      ['Port strike enters its second week', ['The Hindu']],
      ['Chipmaker lifts its annual sales forecast', ['Reuters']],
    ]);
  });

  it('stays an item when it has a text of its own (two paragraphs)', () => {
    const r = parseChecked(
      `Markets slide as oil jumps\n\nStocks fell on Monday as crude rose.\n\nTraders said the selling was broad.\n\n${items}\n`,
    );
    expect(r.items.map((i) => i.title)).toEqual(['Markets slide as oil jumps', ...THREE_HEADLINES]);
  });
});
