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
