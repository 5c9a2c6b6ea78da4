// Press reviews: the day's headlines of the national papers, each closed by its paper's name.
// Small pages in the shapes real outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

describe("a press review's headlines, each closed by its paper in parentheses", () => {
  const page = [
    'Press mood stories for Turkey',
    '',
    'Dec 12, 2017 06:52GMT, Turkey, CEEMARKETWATCH.',
    'Economy grows fastest in the G20 [GDP up 11.1% y/y in Q3] (Hurriyet)',
    'Russia, Turkey to work together on Syria – Putin (Hurriyet)',
    'Missile deal with Russia to be clarified this week – Erdogan (Sabah)',
    'Current account posts USD 3.8bn deficit in October (Milliyet)',
    'Dec 11, 2017 07:05GMT, Turkey, CEEMARKETWATCH.',
    '[Association] Tour operators expect 2017 tourism income at USD 24-25bn (Star)',
  ].join('\n');

  it('makes each headline an item with no text, credited with its paper', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)])).toEqual([
      ['Economy grows fastest in the G20 [GDP up 11.1% y/y in Q3]', 0, ['Hurriyet']],
      ['Russia, Turkey to work together on Syria – Putin', 0, ['Hurriyet']],
      ['Missile deal with Russia to be clarified this week – Erdogan', 0, ['Sabah']],
      ['Current account posts USD 3.8bn deficit in October', 0, ['Milliyet']],
      ['[Association] Tour operators expect 2017 tourism income at USD 24-25bn', 0, ['Star']],
    ]);
    expect(r.items[3]!.money.map((m) => [m.text, m.amount.currency, m.amount.min])).toEqual([
      ['USD 3.8bn', 'USD', 3_800_000_000],
    ]);
  });

  it('leaves labels after headlines (video, photos) as part of the listing, no credit', () => {
    const labelled = [
      'Latest',
      '',
      'Floods cut off villages in the north after days of rain (Video)',
      '',
      'Rescue teams reach the worst-hit district by boat (Photos)',
      '',
      'Government promises aid to farmers who lost crops (Video)',
      '',
      'Schools stay shut as roads remain under water (Photos)',
    ].join('\n');
    const r = parseChecked(labelled);
    expect(r.items.flatMap((i) => i.sources)).toEqual([]);
  });
});

describe("a digest's headlines, each closed by its outlet in parentheses over its summary", () => {
  const page = [
    'Sep. 26-Oct 2, 2011',
    '',
    'Laos according to leaked cables (Global Voice)',
    'The cables confirmed the country’s underdevelopment and the fragile state of its environment, a researcher wrote.',
    'Land in the capital soars to over 24 million kip per square metre (Vientiane Times)',
    'Land is most expensive in the commercial district, where one square metre now sells for up to 24 million kip.',
    'Mekong dam divides the country and stirs tension downstream (Ecologist)',
    'Supporters of the dam say it will bring economic benefits; critics say it threatens fisheries and rice farming.',
  ].join('\n');

  it('credits each outlet, names repeated or not, and keeps each summary as the text', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.raw)])).toEqual([
      ['Laos according to leaked cables', 1, ['(Global Voice)']],
      ['Land in the capital soars to over 24 million kip per square metre', 1, ['(Vientiane Times)']],
      ['Mekong dam divides the country and stirs tension downstream', 1, ['(Ecologist)']],
    ]);
  });
});

describe("a digest's headlines, each closed by its outlet after a dash over its summary", () => {
  const items = [
    ['TIGHT SECURITY FOR VOTERS DURING ELECTION', 'THE GLOBAL NEW LIGHT OF MYANMAR'],
    ['PELICANS TAKE SHELTER IN A LAKE RESERVE', 'THE GLOBAL NEW LIGHT OF MYANMAR'],
    ['EDUCATION, PUBLIC WORKS REMAIN TOP PRIORITIES IN THE BUDGET', 'MANILA DAILY STAR'],
  ];
  const summary =
    'The government announced the measures on Tuesday, officials said, adding that more details would follow.';

  it('credits the outlet when one outlet credits two headlines or more', () => {
    const page = items.flatMap(([h, o], k) => [`${k + 1}. ${h} -- ${o}`, summary]).join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.sources.map((s) => s.raw)])).toEqual([
      ['TIGHT SECURITY FOR VOTERS DURING ELECTION', ['-- THE GLOBAL NEW LIGHT OF MYANMAR']],
      ['PELICANS TAKE SHELTER IN A LAKE RESERVE', ['-- THE GLOBAL NEW LIGHT OF MYANMAR']],
      ['EDUCATION, PUBLIC WORKS REMAIN TOP PRIORITIES IN THE BUDGET', ['-- MANILA DAILY STAR']],
    ]);
  });

  it("leaves a quote's speakers after a dash in the headline when no name repeats", () => {
    const page = [
      ['Missile deal to be clarified this week – Erdogan'],
      ['Russia and Turkey to work together on Syria – Putin'],
      ['Growth is the best answer to our critics – Minister Simsek'],
    ]
      .flatMap(([h]) => [h!, summary])
      .join('\n');
    const r = parseChecked(page);
    expect(r.items.flatMap((i) => i.sources)).toEqual([]);
  });
});
