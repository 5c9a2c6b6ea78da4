// Bilingual pages, round sixteen: press reviews and front-page digests that set other papers'
// headlines with their translations. Small pages in those shapes, written for the tests
// (corpus/README.md lists the real pages).
import { describe, expect, it } from 'vitest';
import { parseChecked as parse } from './layout-helpers.js';

describe("a press review that prints each paper's name before its headline", () => {
  // A national press review: the page's title and date, then one paper a line, `Paper – Headline
  // (translation)`, an editorial note after some; the page cut inside the last headline.
  const review = [
    'Front-page headlines from newspapers in Ruritania - March 3, 2021',
    '3 March 2021, Wednesday',
    'Gazeta – Yeni bütçe meclise geldi (The new budget reaches parliament)',
    'Haberci – Liman grevi ikinci haftasında (Port strike enters its second week) Referring to dockworkers in the south',
    'Sabah Postası – Faiz kararı bugün açıklanıyor (Rate decision announced today)',
    'Yeni Ses – Köprü ihalesi iptal edildi (Bridge tender cancelled)',
    'Ulus – Ba',
  ].join('\n');

  it('makes each line an item titled by its headline and credited by its paper', () => {
    const r = parse(review);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.raw)])).toEqual([
      ['Yeni bütçe meclise geldi (The new budget reaches parliament)', 0, ['Gazeta']],
      [
        'Liman grevi ikinci haftasında (Port strike enters its second week) Referring to dockworkers in the south',
        0,
        ['Haberci'],
      ],
      ['Faiz kararı bugün açıklanıyor (Rate decision announced today)', 0, ['Sabah Postası']],
      ['Köprü ihalesi iptal edildi (Bridge tender cancelled)', 0, ['Yeni Ses']],
      ['Ba', 0, ['Ulus']],
    ]);
  });

  it('leaves datelined wire paragraphs (a place in capitals before the dash) alone', () => {
    const wire = [
      'World news',
      'BEIJING – China said on Monday it would cut tariffs on some goods from next month',
      'TOKYO – Japan’s exports rose for a third month in March on strong chip demand',
      'SEOUL – South Korea’s central bank held its policy rate steady on Thursday',
      'MANILA – The Philippine peso weakened past 58 to the dollar for the first time',
    ].join('\n');
    expect(parse(wire).items.some((i) => i.sources.some((s) => s.raw === 'BEIJING'))).toBe(false);
  });

  it("leaves a regional roundup's country labels alone: a place, not a paper", () => {
    const roundup = [
      'Africa this week',
      'Kenya – Floods cut off roads to the coast as rains continue',
      'Ghana – Cocoa farmers demand higher prices for the new season',
      'Nigeria – Central bank holds its policy rate at a record high',
      'Senegal – New oil field starts production ahead of schedule',
    ].join('\n');
    expect(parse(roundup).items.flatMap((i) => i.sources.map((s) => s.raw))).toEqual([]);
  });
});
