// A rule drawn with punctuation between items: the line after it opens the next item.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';

describe('a rule the page draws between its items', () => {
  // A wire service's plain-text summary (dev 689): items set apart by a line of dashes, no blank
  // lines; one headline ends on an abbreviation's full stop, which reads as a sentence.
  const page = `News Summary
The following is a summary of major stories moved by the agency on Monday.
-----------------
Central bank to offer US$2 bln in loans to banks this week
SEOUL -- The central bank said Monday it will supply US$2 billion to local banks this week, less than it had offered before.
-----------------
Banks' household loans rebound in Feb.
SEOUL -- Lending to households rebounded in February as home-backed lending rose by the largest amount in two years, the central bank said.
-----------------
Exports rise for a third month on chip demand
SEOUL -- Exports rose 4.2 percent in March from a year earlier on strong overseas demand for chips, the trade ministry said Monday.`;

  it('opens an item at the line after each rule', () => {
    expect(parsePage(page).items.map((i) => [i.title, i.body.length])).toEqual([
      ['Central bank to offer US$2 bln in loans to banks this week', 1],
      ["Banks' household loans rebound in Feb.", 1],
      ['Exports rise for a third month on chip demand', 1],
    ]);
  });
});
