// Citation forms real pages print that no dev page shows (round twelve of the citation pass).
// Each form on a small page written in the shape the outlets named at each test use.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';

const BANK = `The central bank kept its benchmark rate unchanged on Monday, citing steady inflation and firm growth in the second quarter.

Exporters welcomed the move, while analysts said a cut could still come before the end of the year if demand slows.`;
const ROADS = `The city council approved a new budget for road repairs after a long debate that ran late into the night on Tuesday.

Residents said the works were overdue and asked for a timetable covering the busiest roads in the centre of town.`;

/** A two-item world page, each item's credit after its text (`after`) or under its headline (`under`). */
function page(first: string, second: string, where: 'after' | 'under' = 'after'): string {
  return where === 'after'
    ? `World news\n\nCentral bank holds rates steady\n\n${BANK}\n\n${first}\n\nCity approves road repair budget\n\n${ROADS}\n\n${second}\n`
    : `World news\n\nCentral bank holds rates steady\n${first}\n\n${BANK}\n\nCity approves road repair budget\n${second}\n\n${ROADS}\n`;
}

function credits(text: string) {
  return parsePage(text, { url: 'https://example.com/world' }).items.map((i) => [
    i.title,
    i.sources.map((s) => [s.publication, s.date ?? null]),
  ]);
}

describe('credits naming several agencies', () => {
  // Arab News and Middle East papers close agency copy `AFP/Reuters` or `(AFP, dpa)`; DW closes
  // it `(AFP, Reuters, dpa)`; Indian papers `(With inputs from Reuters, AFP)`: one citation per
  // agency, as `Sources: Reuters, AP` is read.
  it('a slash between two agencies alone after the text is no city and agency', () => {
    expect(credits(page('Reuters/AFP', 'AP/Reuters'))).toEqual([
      [
        'Central bank holds rates steady',
        [
          ['Reuters', null],
          ['Agence France-Presse', null],
        ],
      ],
      [
        'City approves road repair budget',
        [
          ['Associated Press', null],
          ['Reuters', null],
        ],
      ],
    ]);
  });

  it('agencies listed in parentheses, and after "With inputs from"', () => {
    expect(credits(page('(Reuters, AFP)', '(With inputs from PTI, Reuters)'))).toEqual([
      [
        'Central bank holds rates steady',
        [
          ['Reuters', null],
          ['Agence France-Presse', null],
        ],
      ],
      [
        'City approves road repair budget',
        [
          ['Press Trust of India', null],
          ['Reuters', null],
        ],
      ],
    ]);
  });

  it('two agencies joined by a slash under the headline', () => {
    expect(credits(page('AFP/Reuters', 'AP/AFP', 'under'))).toEqual([
      [
        'Central bank holds rates steady',
        [
          ['Agence France-Presse', null],
          ['Reuters', null],
        ],
      ],
      [
        'City approves road repair budget',
        [
          ['Associated Press', null],
          ['Agence France-Presse', null],
        ],
      ],
    ]);
  });
});

describe('source labels in Malay, Indonesian and Vietnamese', () => {
  // `Sumber: Bernama` (Malaysian and Indonesian papers), `Nguồn: TTXVN` (Vietnamese ones).
  it('reads the label as "Source:"', () => {
    expect(credits(page('Sumber: Bernama', 'Nguồn: TTXVN'))).toEqual([
      ['Central bank holds rates steady', [['Bernama', null]]],
      ['City approves road repair budget', [['TTXVN', null]]],
    ]);
  });
});

describe("bylines naming the outlet as the writer's employer", () => {
  // Reuters signs staff copy `Reuters Staff`; the Indian press `ET Bureau`, `PTI Correspondent`;
  // Xinhua `Xinhua correspondent`: a byline naming an outlet credits it (corpus convention).
  it('"<Outlet> Staff" and "By <Outlet> Correspondent" under the headline', () => {
    expect(credits(page('Reuters Staff', 'By AFP Correspondent', 'under'))).toEqual([
      ['Central bank holds rates steady', [['Reuters', null]]],
      ['City approves road repair budget', [['Agence France-Presse', null]]],
    ]);
  });

  it('no outlet before the role word names no source', () => {
    // (Only the sources: a role word alone may be read as the headline's second line.)
    expect(credits(page('Staff Reporter', 'Our Correspondent', 'under')).map(([, s]) => s)).toEqual([[], []]);
  });

  // `By Jane Doe | Reuters`: the reporter's field, then the agency's, no date after it (the
  // byline rows of wire copy on Indian and Gulf news sites).
  it('"By <reporter> | <Outlet>" with no date field', () => {
    expect(credits(page('By John Smith | Reuters', 'By Jane Doe | AFP', 'under'))).toEqual([
      ['Central bank holds rates steady', [['Reuters', null]]],
      ['City approves road repair budget', [['Agence France-Presse', null]]],
    ]);
  });
});

describe("an agency's copyright line after the text", () => {
  // AFP's listings print `©AFP` under every caption (dev 325), ANTARA's stories close
  // `Copyright © ANTARA 2025` (dev 382); papers reprinting wire copy keep `(c) Reuters`.
  it('"(c) Reuters", "© AFP 2026" and "Copyright 2026 Reuters. All rights reserved."', () => {
    expect(credits(page('(c) Reuters', '© AFP 2026'))).toEqual([
      ['Central bank holds rates steady', [['Reuters', null]]],
      ['City approves road repair budget', [['Agence France-Presse', null]]],
    ]);
    expect(credits(page('Copyright 2026 Reuters. All rights reserved.', 'Copyright AFP'))).toEqual([
      ['Central bank holds rates steady', [['Reuters', null]]],
      ['City approves road repair budget', [['Agence France-Presse', null]]],
    ]);
  });

  it("a site's own footer names no known outlet: no credit", () => {
    expect(
      credits(page('© 2026 The Morning Ledger Ltd', '© All rights reserved © 2026 Daily Sky')).map(
        ([, s]) => s,
      ),
    ).toEqual([[], []]);
  });
});

describe('agencies listed with a comma, alone after the text', () => {
  // `Reuters, AFP` closing compiled copy (Gulf and South Asian papers): two agencies, not an
  // agency and the city it filed from (`Reuters, Cairo` stays one credit, without the city).
  it('gives one citation per agency; a city after the agency is no source', () => {
    expect(credits(page('Reuters, AFP', 'AP, Reuters, AFP'))).toEqual([
      [
        'Central bank holds rates steady',
        [
          ['Reuters', null],
          ['Agence France-Presse', null],
        ],
      ],
      [
        'City approves road repair budget',
        [
          ['Associated Press', null],
          ['Reuters', null],
          ['Agence France-Presse', null],
        ],
      ],
    ]);
    expect(credits(page('Reuters, Cairo', 'AFP, DHAKA', 'under')).map(([, s]) => s)).toEqual([
      [['Reuters', null]],
      [['Agence France-Presse', null]],
    ]);
  });
});

describe('a spaced slash between the outlet and its date', () => {
  // `(Source: Reuters / 30.11.2026)`, `EFE / 30/11/2026`: the slash set between spaces as a
  // field separator, as bylines set it (`By Jane Doe / Staff writer`).
  it('reads the date after the slash', () => {
    expect(credits(page('(Source: Reuters / 30.11.2026)', 'Source: AFP / 29.11.2026'))).toEqual([
      ['Central bank holds rates steady', [['Reuters', '2026-11-30']]],
      ['City approves road repair budget', [['Agence France-Presse', '2026-11-29']]],
    ]);
  });

  it('two agencies joined by a spaced slash stay two sources', () => {
    expect(credits(page('Source: Reuters / AFP', 'Source: AP / Reuters')).map(([, s]) => s)).toEqual([
      [
        ['Reuters', null],
        ['Agence France-Presse', null],
      ],
      [
        ['Associated Press', null],
        ['Reuters', null],
      ],
    ]);
  });
});

describe("the linked story's host in parentheses after the headline", () => {
  // Hacker News and Reddit print every link post `Title (host)`: the host names the site.
  it('"Headline (reuters.com)" credits the host; the title stays as written', () => {
    const text = `Top stories

Central bank holds rates steady (reuters.com)
The central bank kept its benchmark rate unchanged on Monday, citing steady inflation and firm growth.

City approves road repair budget (apnews.com)
The city council approved a new budget for road repairs after a long debate late into the night.
`;
    expect(credits(text)).toEqual([
      ['Central bank holds rates steady (reuters.com)', [['reuters.com', null]]],
      ['City approves road repair budget (apnews.com)', [['apnews.com', null]]],
    ]);
  });

  it('words in parentheses are no host', () => {
    const text = `Top stories

Central bank holds rates steady (analysis)
The central bank kept its benchmark rate unchanged on Monday, citing steady inflation and firm growth.
`;
    expect(credits(text).map(([t, s]) => [t, s])).toEqual([
      ['Central bank holds rates steady (analysis)', []],
    ]);
  });
});

describe('a meta row with both a published and an updated stamp', () => {
  // `Reuters | Published: 30 Nov 2026 | Updated: 01 Dec 2026` (news CMSs' rows, as the Times of
  // India and Gulf News print them): the credit's date is when the outlet published the story.
  it('dates the credit by the published stamp, under the headline and after the text', () => {
    expect(
      credits(
        page(
          'Reuters | Published: 30 Nov 2026 | Updated: 01 Dec 2026',
          'AFP | Published: Nov 29, 2026 | Updated: Nov 30, 2026',
          'under',
        ),
      ),
    ).toEqual([
      ['Central bank holds rates steady', [['Reuters', '2026-11-30']]],
      ['City approves road repair budget', [['Agence France-Presse', '2026-11-29']]],
    ]);
    expect(
      credits(page('Source: Reuters | Published: 30 Nov 2026 | Updated: 01 Dec 2026', 'Source: AFP')),
    ).toEqual([
      ['Central bank holds rates steady', [['Reuters', '2026-11-30']]],
      ['City approves road repair budget', [['Agence France-Presse', null]]],
    ]);
  });

  it('an updated stamp alone is still the date', () => {
    expect(
      credits(page('Xinhua | Updated: 2026-11-30 10:15', 'AFP | Updated: Nov 29, 2026', 'under')),
    ).toEqual([
      ['Central bank holds rates steady', [['Xinhua', '2026-11-30']]],
      ['City approves road repair budget', [['Agence France-Presse', '2026-11-29']]],
    ]);
  });
});
