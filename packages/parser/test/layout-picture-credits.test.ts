// Pictures' credits and captions over a listing's cards: furniture, never a headline or text.
// Small pages in the shapes real outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

describe('a picture credit in parentheses over each card', () => {
  const page = [
    'Topic: New Zealand',
    '(Image: AAP/Daniel Pockett)',
    '',
    'Labor names administrators for its state branch',
    '',
    'Former premier Steve Bracks has been appointed administrator of the state party, and a border dispute has led to a deadly clash.',
    '',
    'New Zealand Prime Minister Jacinda Ardern (Image: AAP/Boris Jancic)',
    '',
    'New Zealand declares victory over the virus',
    '',
    'The country has no active cases left, the health ministry said on Monday.',
  ].join('\n');

  it('leaves the credit and the caption it closes as furniture, the headlines as titles', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.length])).toEqual([
      ['Labor names administrators for its state branch', 1, 0],
      ['New Zealand declares victory over the virus', 1, 0],
    ]);
    expect(r.page.chrome).toContain('(Image: AAP/Daniel Pockett)');
    expect(r.page.chrome).toContain('New Zealand Prime Minister Jacinda Ardern (Image: AAP/Boris Jancic)');
  });
});
