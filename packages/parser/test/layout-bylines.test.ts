// Bylines that name the agency after the reporter, and a section front's preview card.
// Small pages in the shapes real outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked, THREE_HEADLINES, THREE_SUMMARIES } from './layout-helpers.js';

describe('a reporter’s byline naming the agency after a comma', () => {
  const page = [
    'Business',
    '',
    'Premier says Ottawa is dodging responsibility for pipeline decision',
    '',
    'Lisa Johnson, The Canadian Press 4 minute read Updated: 10:04 AM CDT',
    '',
    'EDMONTON - The provincial government says Ottawa is dodging responsibility for the proposed pipeline.',
    '',
    'Advertisement',
    '',
    'Weather',
    '',
    'Brandon MB',
    '',
    'Full Forecast',
    '',
    'Mail delivery set to resume as postal workers switch to rotating strikes',
    '',
    'Sammy Hudes, The Canadian Press 5 minute read Preview',
    '',
    'Mail delivery set to resume as postal workers switch to rotating strikes',
    '',
    'Sammy Hudes, The Canadian Press 5 minute read Updated: 10:11 AM CDT',
    '',
    'Mail delivery is set to resume on a limited basis after the union announced rotating stoppages.',
  ].join('\n');

  it('credits the agency, with the reading time and update stamp left in the raw credit', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.sources.map((s) => [s.publication, s.raw])])).toEqual([
      [
        'Premier says Ottawa is dodging responsibility for pipeline decision',
        [['The Canadian Press', 'Lisa Johnson, The Canadian Press 4 minute read Updated: 10:04 AM CDT']],
      ],
      [
        'Mail delivery set to resume as postal workers switch to rotating strikes',
        [['The Canadian Press', 'Sammy Hudes, The Canadian Press 5 minute read Preview']],
      ],
    ]);
  });

  it('keeps a section front’s widget out of the text and its preview card out of the items', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => i.body)).toEqual([
      [
        'EDMONTON - The provincial government says Ottawa is dodging responsibility for the proposed pipeline.',
      ],
      ['Mail delivery is set to resume on a limited basis after the union announced rotating stoppages.'],
    ]);
    expect(r.unparsed.map((u) => u.reason)).toEqual([
      'the title repeated under its credit',
      'the credit repeated under the repeated title',
    ]);
  });

  it('names no source when the words after the comma are no known outlet', () => {
    const r = parseChecked(
      [
        'Council approves budget',
        '',
        'Jane Smith, Staff Reporter',
        '',
        'The council approved the budget on Monday.',
      ].join('\n'),
    );
    expect(r.items[0]!.sources).toEqual([]);
  });
});

describe('a news agency’s name alone under a headline', () => {
  it('is the item’s source, while a photographer/agency line is a picture credit', () => {
    const r = parseChecked(
      [
        'World',
        '',
        'Central bank raises rates again',
        '',
        'Reuters',
        '',
        'The central bank raised its policy rate by a quarter point on Thursday, citing inflation.',
        '',
        'Floods close schools across the region',
        '',
        'Mark Schiefelbein/Reuters',
        '',
        'Heavy rain closed hundreds of schools on Friday as rivers rose across the region.',
      ].join('\n'),
    );
    expect(r.items.map((i) => [i.title, i.sources.map((s) => s.publication)])).toEqual([
      ['Central bank raises rates again', ['Reuters']],
      ['Floods close schools across the region', []],
    ]);
  });
});

describe('a byline and date row under the headline', () => {
  const H = THREE_HEADLINES;
  const S = THREE_SUMMARIES;
  const read = (row: (i: number) => string) =>
    parseChecked(
      ['Local news', '', ...[0, 1, 2].flatMap((i) => [H[i]!, row(i), '', S[i]!, '', ''])].join('\n'),
    ).items.map((it) => [it.title, it.body, it.published ?? null, it.sources.length]);

  it.each([
    ['date | byline', (i: number) => `December ${i + 1}, 2025 | By Jane Doe`],
    [
      'WordPress "Posted on <date> by <name>"',
      (i: number) => `Posted on December ${i + 1}, 2025 by Jane Doe`,
    ],
    ['"Written by <name> on <date>"', (i: number) => `Written by Jane Doe on ${i + 1} Dec 2025`],
  ])('%s: the item’s date, not a deck and not a source', (_, row) => {
    expect(read(row)).toEqual([0, 1, 2].map((i) => [H[i], [S[i]], `2025-12-0${i + 1}`, 0]));
  });

  it('relative time · name: furniture with no date', () => {
    expect(read((i) => `${i + 1} day ago · Jane Doe`)).toEqual([0, 1, 2].map((i) => [H[i], [S[i]], null, 0]));
  });
});

describe('date rows under a headline, round five', () => {
  /** Three items, each `meta(k)` under its headline: titles, texts and published dates. */
  const read = (meta: (k: number) => string) =>
    parseChecked(
      [
        'World news',
        '',
        ...THREE_HEADLINES.flatMap((h, k) => [h, meta(k), '', THREE_SUMMARIES[k]!, '']),
      ].join('\n'),
    ).items.map((i) => [i.title, i.body, i.published ?? null]);
  const items = (dates: (string | null)[]) =>
    THREE_HEADLINES.map((h, k) => [h, [THREE_SUMMARIES[k]], dates[k]]);

  it('"Last Updated: Dec 1, 2025" dates the item, never joins its headline', () => {
    expect(read((k) => `Last Updated: Dec ${k + 1}, 2025`)).toEqual(
      items(['2025-12-01', '2025-12-02', '2025-12-03']),
    );
  });

  it('a slashed date whose order the page does not tell is a date row, with no date guessed', () => {
    expect(read((k) => `0${k + 1}/12/2025`)).toEqual(items([null, null, null]));
    expect(read((k) => `Posted: 12/${k + 1}/2025 10:12 AM`)).toEqual(items([null, null, null]));
    // A day over 12 tells the order.
    expect(read((k) => `${k + 13}/12/2025`)).toEqual(items(['2025-12-13', '2025-12-14', '2025-12-15']));
  });

  it('"Author: Jane Doe | Date: 2025-12-01" is the byline and date row', () => {
    expect(read((k) => `Author: Jane Doe | Date: 2025-12-0${k + 1}`)).toEqual(
      items(['2025-12-01', '2025-12-02', '2025-12-03']),
    );
  });
});

describe('a date row with an empty field before it', () => {
  it('"/ 23 May 2007" above each headline dates the item, never heads it', () => {
    const page = [
      'Tag: china',
      '',
      ...THREE_HEADLINES.flatMap((h, k) => [
        'No image available',
        `/ ${23 - k} May 2007`,
        '',
        h,
        '',
        THREE_SUMMARIES[k]!,
        '',
      ]),
    ].join('\n');
    expect(parseChecked(page).items.map((i) => [i.title, i.body.length, i.published])).toEqual([
      [THREE_HEADLINES[0], 1, '2007-05-23'],
      [THREE_HEADLINES[1], 1, '2007-05-22'],
      [THREE_HEADLINES[2], 1, '2007-05-21'],
    ]);
  });
});

describe('an engagement toolbar run into the date', () => {
  it('is the item’s date row, not a headline, above or under each item', () => {
    // Blog and news themes print the post's action buttons and counters before its date.
    const text = THREE_HEADLINES.flatMap((h, k) => [
      `Comment 0 0 Embed March ${28 - k}, 2025 at 10:57 am`,
      '',
      h,
      '',
      THREE_SUMMARIES[k]!,
      'Read More',
    ]).join('\n');
    const r = parseChecked(text);
    expect(r.items.map((i) => [i.title, i.body])).toEqual(
      THREE_HEADLINES.map((h, k) => [h, [THREE_SUMMARIES[k]]]),
    );
    expect(r.page.chrome).toContain('Comment 0 0 Embed March 27, 2025 at 10:57 am');
  });
});

describe('a byline row whose name the template left empty', () => {
  it('is the item’s date row, not a credit to an outlet named "By"', () => {
    const text = THREE_HEADLINES.flatMap((h, k) => [
      h,
      '',
      `By - Dec 0${k + 1},2024 - Last updated at Dec 0${k + 1},2024`,
      '',
      THREE_SUMMARIES[k]!,
      '',
    ]).join('\n');
    const r = parseChecked(text);
    expect(r.items.map((i) => [i.title, i.sources.length, i.body.length])).toEqual(
      THREE_HEADLINES.map((h) => [h, 0, 1]),
    );
  });
});
