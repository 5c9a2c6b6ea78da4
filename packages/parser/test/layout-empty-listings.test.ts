import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

/*
 * Whole listings the parser used to read as one item or none: pages of headless briefs that
 * never reached the article guard (one item titled by a whole paragraph of running text).
 */
describe('empty listings: headless briefs read as one item', () => {
  // Five teasers, no headlines, each cut by the site and closed by its "read more" link; two
  // open with a dateline. Five paragraphs: short of the article guard's length.
  const page = [
    'HARBOURTON, NORLAND — Customs officers seized a shipment of counterfeit medicines at the container port on Sunday, the revenue board said in a statement. The haul was hidden in crates ofRead More →',
    '',
    'The transport ministry would not extend the fuel subsidy for bus operators beyond the end of the year, a spokesman for the ministry told reporters on Monday. Operators had asked forRead More →',
    '',
    'Wheat growers in the northern districts expect a record harvest after steady rains in the spring, the farmers’ federation said in its quarterly review. Prices areRead More →',
    '',
    'VELMONT — Parliament passed a bill on Tuesday that sets up an independent commission to oversee the country’s public broadcaster and its funding. The opposition votedRead More →',
    '',
    'Shares in the national carrier fell sharply after the airline reported a wider loss for the third quarter, citing higher fuel costs and weak demand. Analysts had expectedRead More →',
  ].join('\n');

  it('reads each teaser as a brief, titled after its dateline', () => {
    const r = parseChecked(page);
    expect(r.items.map((b) => b.title)).toEqual([
      'Customs officers seized a shipment of counterfeit medicines at the container port on Sunday, the revenue board said in a statement.',
      'The transport ministry would not extend the fuel subsidy for bus operators beyond the end of the year, a spokesman for the ministry told reporters on Monday.',
      'Wheat growers in the northern districts expect a record harvest after steady rains in the spring, the farmers’ federation said in its quarterly review.',
      'Parliament passed a bill on Tuesday that sets up an independent commission to oversee the country’s public broadcaster and its funding.',
      'Shares in the national carrier fell sharply after the airline reported a wider loss for the third quarter, citing higher fuel costs and weak demand.',
    ]);
  });
});
