// A card's category and date row, its separator lost in the text copy, between cards.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';

describe('category and date rows between cards', () => {
  // A newsletter archive's cards (dev 700): headline, summary, then `Category Day Month, Year`.
  // A row of three words or more past 24 characters used to read as the next headline, and the
  // real headline under it as its deck.
  const page = `Latest Articles
Is big tech fuelling a war in Central Africa?

The US State Department issued a statement on Monday, warning that critical minerals bought from the eastern Congo are fuelling the ongoing conflict.

Africa (Sub-Saharan) 10 July, 2024
Japan and the Philippines sign historic defence deal

Ministers from Japan and the Philippines used their Monday to sign a major defence treaty in Manila, called a Reciprocal Access Agreement.

Defence & Security 9 July, 2024
Six questions from France’s dramatic parliamentary elections

France’s parliamentary elections produced some big surprises and bigger headlines yesterday. Here’s what you need to know.

Europe 8 July, 2024`;

  it('reads each row as a label, not as the next headline', () => {
    expect(parsePage(page).items.map((i) => [i.title, i.body.length])).toEqual([
      ['Is big tech fuelling a war in Central Africa?', 1],
      ['Japan and the Philippines sign historic defence deal', 1],
      ['Six questions from France’s dramatic parliamentary elections', 1],
    ]);
  });
});
