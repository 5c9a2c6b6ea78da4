// Credits whose date or time is set against the outlet's name with no comma between.
// Each form on a small credit or page written in the shape real outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseCitation, parsePage } from '../src/index.js';

describe('credits with the date right after the name', () => {
  it('reads a date written with the month name after the outlet, with only a space between', () => {
    const fields = (raw: string) => {
      const c = parseCitation(raw).citation;
      return [c.publication, c.date];
    };
    expect(fields('Source: BusinessWorld Jun 18, 2026')).toEqual(['BusinessWorld', '2026-06-18']);
    expect(fields('Source: Reuters 18 June 2026')).toEqual(['Reuters', '2026-06-18']);
    expect(fields('Philippine Star Tuesday, June 16, 2026')).toEqual(['The Philippine Star', '2026-06-16']);
  });

  it("reads an agency's parentheses glued to the time of its stamp", () => {
    const c = parseCitation('(Xinhua)13:42, November 30, 2020').citation;
    expect([c.publication, c.date]).toEqual(['Xinhua', '2020-11-30']);
  });

  // An aggregator of two business papers (dev 662): headline, the headline again, a source row
  // of outlet and date, then a teaser cut at a fixed length.
  const page = `PH Business News & Market Updates

Sources: BusinessWorld + Philippine Star
NCR wage petitions seeking more than double pay

NCR wage petitions seeking more than double pay

Source: BusinessWorld Jun 18, 2026

THE WAGE BOARD for Metro Manila said it received petitions proposing in some cases to more than double the region’s p...
Customs sees more goods seizures after big tobacco score

Customs sees more goods seizures after big tobacco score

Source: Philippine Star Jun 17, 2026

THE Bureau of Customs said it expects seizures of illicit goods to increase this year following major seizures ...
`;

  it("gives each item its source row's outlet and date", () => {
    const r = parsePage(page);
    expect(r.items.map((i) => [i.title, i.sources.map((s) => [s.publication, s.date])])).toEqual([
      ['NCR wage petitions seeking more than double pay', [['BusinessWorld', '2026-06-18']]],
      ['Customs sees more goods seizures after big tobacco score', [['The Philippine Star', '2026-06-17']]],
    ]);
  });
});
