import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

/*
 * The page's own item template, widened: a date row under each headline (a post's meta row,
 * `| May 9, 2019 | | 0`) is furniture the template learns, not a second title line that keeps
 * every item from serving as an example.
 */
describe('page item template, widened', () => {
  // Five posts, each headline over its meta row (date, an empty author field, a comment count)
  // and a teaser; the page copy is cut one letter into the sixth post's text, and the rule stack
  // reads that headline as text of the fifth.
  const page = [
    'Category Archives: Economy',
    '',
    'Ferry operator adds three routes to the outer islands',
    '',
    '| June 12, 2021 | | 0',
    '',
    'Keelung, The ferry operator said on Friday it would add three routes to the outer islands from next month, as tourist arrivals recovered …',
    '',
    'Rice farmers receive drought relief payments this week',
    '',
    '| June 11, 2021 | | 0',
    '',
    'Tainan, Farmers in the south will receive drought relief payments this week, the agriculture council said on Thursday, after months of dry weather.…',
    '',
    'Steel mill to cut output as export orders slow down',
    '',
    '| June 10, 2021 | | 0',
    '',
    'Kaohsiung, The island largest steel mill said on Wednesday it would cut output in the third quarter as export orders slowed across the region …',
    '',
    'Bank lending to small firms rises for a sixth month',
    '',
    '| June 9, 2021 | | 0',
    '',
    'Taipei, Bank lending to small and medium firms rose for a sixth straight month in May, the financial regulator said on Tuesday, led by state banks …',
    '',
    'Port authority opens a new container terminal in the north',
    '',
    '| June 8, 2021 | | 0',
    '',
    'Keelung, The port authority opened a new container terminal on Monday that doubles the capacity of the northern harbour, officials said …',
    '',
    'Tea growers report record prices at the spring auction',
    '',
    '| June 7, 2021 | | 0',
    '',
    'N',
  ].join('\n');

  it('splits a headline over a date row out of the item before', () => {
    const r = parseChecked(page);
    expect(r.items.map((b) => b.title)).toEqual([
      'Ferry operator adds three routes to the outer islands | June 12, 2021 | | 0',
      'Rice farmers receive drought relief payments this week | June 11, 2021 | | 0',
      'Steel mill to cut output as export orders slow down | June 10, 2021 | | 0',
      'Bank lending to small firms rises for a sixth month | June 9, 2021 | | 0',
      'Port authority opens a new container terminal in the north | June 8, 2021 | | 0',
      'Tea growers report record prices at the spring auction',
    ]);
    expect(r.items[4]!.body).toEqual([
      'Keelung, The port authority opened a new container terminal on Monday that doubles the capacity of the northern harbour, officials said …',
    ]);
  });
});
