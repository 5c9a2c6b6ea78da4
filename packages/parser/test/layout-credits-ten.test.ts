// Credits in the forms wire copy and news-release feeds print them (session 10, issue 9): small
// pages in the outlets' layouts, written for these tests (corpus/README.md lists the real pages).
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

const credits = (r: ReturnType<typeof parseChecked>) =>
  r.items.map((i) => i.sources.map((s) => [s.publication ?? null, s.date ?? null]));

describe('a byline of several reporters run into a wire dateline', () => {
  // Reuters and AP list every reporter of a story in one byline, joined by commas and "and".
  const page = [
    'World news',
    '',
    'Port operator weighs sale of its overseas terminals',
    '',
    'By Anna Kowalski, Peter Lang and Maria del Carmen Ruiz HONG KONG (Reuters) - A port operator is weighing the sale of its overseas terminals, three people said on Monday. A decision is expected',
    '',
    'Regulator fines two banks over late reports',
    '',
    'By Tom Hale and Sara Ng LONDON (AP) — The regulator fined two banks on Tuesday for filing their reports late. Both said they would',
  ].join('\n');

  it('credits the agency and keeps the text after the dateline', () => {
    const r = parseChecked(page);
    expect(credits(r)).toEqual([[['Reuters', null]], [['Associated Press', null]]]);
    expect(r.items[0]!.body[0]).toMatch(/^A port operator is weighing/);
    expect(r.items[1]!.body[0]).toMatch(/^The regulator fined two banks/);
  });
});

describe('a wire dateline whose country is a name of several words', () => {
  // AP and AFP give a city outside their lists of cities that stand alone with its country,
  // spelled out whole: `ABU DHABI, United Arab Emirates (AFP) —`, `PORT OF SPAIN, Trinidad and
  // Tobago (AP) —`.
  const page = [
    'International',
    '',
    'Quake survivors flown abroad for treatment',
    '',
    'by Hana Said Agence France-Presse ABU DHABI, United Arab Emirates (AFP) — Children injured in the quake were flown abroad for treatment on Sunday, officials said. Doctors expect',
    '',
    'Carnival organisers cut the parade route',
    '',
    'PORT OF SPAIN, Trinidad and Tobago (AP) — Carnival organisers cut the parade route by a third on Friday, citing the cost of security. Bands said',
  ].join('\n');

  it('credits the agency and keeps the text after the dateline', () => {
    const r = parseChecked(page);
    expect(credits(r)).toEqual([[['Agence France-Presse', null]], [['Associated Press', null]]]);
    expect(r.items[0]!.body[0]).toMatch(/^Children injured in the quake/);
    expect(r.items[1]!.body[0]).toMatch(/^Carnival organisers cut/);
  });
});

describe('a dateline of a date and the agency, with no city', () => {
  // `Jan 8 (Reuters) -` (Reuters copy filed from no one place) and a business wire that sets every
  // story so, its reporter's byline run in: `By Tina Morrison Jan. 8 (BusinessDesk) -`.
  const page = [
    'Retailer lifts first-half sales on steady margins',
    'By Jo Baker Jan. 8 (Kiwi Wire) - The listed retailer increased first-half sales 8.7 percent and kept its margins steady. The company will...',
    'Dollar falls to three-month low against the yen',
    'By Jo Baker Jan. 7 (Kiwi Wire) - The dollar fell to its lowest level against the yen in three months as investors sought havens...',
    'Oil steadies after a week of losses',
    'Jan 7 (Reuters) - Oil prices steadied on Thursday after falling for five days in a row, traders said...',
  ].join('\n');

  it('credits the agency; the date has no year on a page that states none', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => i.title)).toEqual([
      'Retailer lifts first-half sales on steady margins',
      'Dollar falls to three-month low against the yen',
      'Oil steadies after a week of losses',
    ]);
    expect(credits(r)).toEqual([[['Kiwi Wire', null]], [['Kiwi Wire', null]], [['Reuters', null]]]);
    expect(r.items[0]!.body[0]).toMatch(/^The listed retailer/);
    expect(r.items[2]!.body[0]).toMatch(/^Oil prices steadied/);
  });

  it('takes no undated name in parentheses after a byline for an agency', () => {
    const r = parseChecked(
      [
        'Council approves new budget',
        '',
        'By Jane Smith (Staff) - The council approved the budget on Monday.',
      ].join('\n'),
    );
    expect(r.items[0]!.sources).toEqual([]);
  });
});
