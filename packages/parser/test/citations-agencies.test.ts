// The national news agencies as credits (src/agencies.ts): small pages in the forms their wire
// copy prints, datelines with the agency (`KUWAIT, Nov 30 (KUNA) --`) and closing credits.
import { describe, expect, it } from 'vitest';
import { lookupPublication } from '../src/index.js';
import { parseChecked } from './layout-helpers.js';

/** Title, paragraph count, and each citation's publication and country, per briefing. */
const brief = (page: string) =>
  parseChecked(page).items.map((i) => [
    i.title,
    i.body.length,
    i.sources.map((s) => `${s.publication ?? '-'}/${s.country ?? '-'}`),
  ]);

describe('national news agencies in the publication table', () => {
  it('reads the agency of a dateline as the national agency, with its country', () => {
    const page = [
      'Regional business wire',
      '',
      'Kuwait holds its discount rate',
      '',
      "KUWAIT, Nov 30 (KUNA) -- Kuwait's central bank kept its discount rate unchanged on Monday, citing stable inflation.",
      '',
      'Qatar signs gas supply deal',
      '',
      'DOHA, Nov 30 (QNA) - Qatar signed a long-term gas supply deal with a European utility on Monday.',
      '',
      'Saudi cabinet approves budget',
      '',
      'RIYADH, Nov 30 (SPA) -- The Saudi cabinet approved the 2027 budget at its weekly session on Monday.',
      '',
      'Tunisia trade deficit narrows',
      '',
      "Tunis, Nov 30 (TAP) - Tunisia's trade deficit narrowed in the first ten months of the year, official data showed.",
      '',
      'Jordan inflation eases',
      '',
      "Amman, Nov 30 (Petra) -- Jordan's inflation rate eased to 1.6 percent in October, the statistics department said.",
      '',
      'Suez Canal revenue rises',
      '',
      "Cairo, Nov 30 (MENA) - Egypt's Suez Canal revenue rose in November as traffic recovered, the authority said.",
      '',
      'Turkish inflation slows',
      '',
      "ANKARA (AA) - Turkey's annual inflation slowed to 45 percent in November, the statistics office said.",
    ].join('\n');
    expect(brief(page)).toEqual([
      ['Kuwait holds its discount rate', 1, ['Kuwait News Agency/KW']],
      ['Qatar signs gas supply deal', 1, ['Qatar News Agency/QA']],
      ['Saudi cabinet approves budget', 1, ['Saudi Press Agency/SA']],
      ['Tunisia trade deficit narrows', 1, ['Tunis Afrique Presse/TN']],
      ['Jordan inflation eases', 1, ['Jordan News Agency/JO']],
      ['Suez Canal revenue rises', 1, ['Middle East News Agency/EG']],
      ['Turkish inflation slows', 1, ['Anadolu Agency/TR']],
    ]);
  });

  it('reads a closing `(MAP)`, `— WAM` or `(IRNA)` as the national agency', () => {
    const page = [
      'Regional business wire',
      '',
      'Phosphate exports rise',
      '',
      "Morocco's phosphate exports rose sharply in the first nine months of the year. (MAP)",
      '',
      'New digital payment rules',
      '',
      'The UAE central bank issued new rules for digital payments on Monday. — WAM',
      '',
      'Iran issues exchange rules',
      '',
      'The Central Bank of Iran issued new foreign exchange rules on Sunday. (IRNA)',
    ].join('\n');
    expect(brief(page)).toEqual([
      ['Phosphate exports rise', 1, ['Maghreb Arabe Presse/MA']],
      ['New digital payment rules', 1, ['Emirates News Agency/AE']],
      ['Iran issues exchange rules', 1, ['Islamic Republic News Agency/IR']],
    ]);
  });

  it('matches a short name that is also a word only as the agency writes it, in capitals', () => {
    const page = [
      'Regional business wire',
      '',
      'Ministry opens data portal',
      '',
      'The ministry said readers can follow new tables through the RSS feed it opened on Monday.',
      '',
      'Lenders expand in the region',
      '',
      'Banks from the Gulf are expanding across the MENA region as oil revenue rises. (map)',
      '',
      'Resort chain adds hotels',
      '',
      'The chain will open a hotel in Muscat next year, it said. (Spa)',
    ].join('\n');
    expect(brief(page)).toEqual([
      ['Ministry opens data portal', 1, []],
      ['Lenders expand in the region', 1, []],
      ['Resort chain adds hotels', 1, []],
    ]);
    expect(
      ['MAP', 'map', 'Map', 'SPA', 'spa', 'Petra', 'petra'].map((n) => lookupPublication(n)?.name),
    ).toEqual([
      'Maghreb Arabe Presse',
      undefined,
      undefined,
      'Saudi Press Agency',
      undefined,
      'Jordan News Agency',
      undefined,
    ]);
  });
});

describe('a dateline whose day carries its English ordinal', () => {
  it('reads `ABU DHABI, 30th November, 2026 (WAM) --` and `Islamabad, November 29th (APP):` as the credit, with the date', () => {
    const r = parseChecked(
      [
        'Regional business wire',
        '',
        'New digital payment rules',
        '',
        'ABU DHABI, 30th November, 2026 (WAM) -- The UAE central bank issued new rules for digital payments on Monday.',
        '',
        'Remittances reach a record',
        '',
        'Islamabad, November 29th (APP): Remittances sent home by overseas workers reached a record in November, the central bank said.',
      ].join('\n'),
    );
    expect(
      r.items.map((i) => [i.title, i.body, i.sources.map((s) => [s.publication, s.date ?? null])]),
    ).toEqual([
      [
        'New digital payment rules',
        ['The UAE central bank issued new rules for digital payments on Monday.'],
        [['Emirates News Agency', '2026-11-30']],
      ],
      [
        'Remittances reach a record',
        ['Remittances sent home by overseas workers reached a record in November, the central bank said.'],
        [['Associated Press of Pakistan', '2026-11-29']],
      ],
    ]);
  });
});

describe('the close of wire copy: end mark and sign-off, slashes, a closed-up double hyphen', () => {
  it('reads `(Ends) WAM/editor`, `(End) KUNA`, `/SPA/` and `.--KUNA` as the credits that close their items', () => {
    const page = [
      'Regional business wire',
      '',
      'New digital payment rules',
      '',
      'The UAE central bank issued new rules for digital payments on Monday. (Ends) WAM/Tariq Alfaham',
      '',
      'Kuwait holds its discount rate',
      '',
      "Kuwait's central bank kept its discount rate unchanged on Monday, citing stable inflation. (End) KUNA",
      '',
      'Saudi cabinet approves budget',
      '',
      'The Saudi cabinet approved the 2027 budget at its weekly session on Monday. /SPA/',
      '',
      'Kuwait crude output rises',
      '',
      'The oil ministry said crude output rose to 2.5 million barrels a day last month.--KUNA',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body, i.sources.map((s) => [s.publication, s.raw])])).toEqual([
      [
        'New digital payment rules',
        ['The UAE central bank issued new rules for digital payments on Monday.'],
        [['Emirates News Agency', '(Ends) WAM/Tariq Alfaham']],
      ],
      [
        'Kuwait holds its discount rate',
        ["Kuwait's central bank kept its discount rate unchanged on Monday, citing stable inflation."],
        [['Kuwait News Agency', '(End) KUNA']],
      ],
      [
        'Saudi cabinet approves budget',
        ['The Saudi cabinet approved the 2027 budget at its weekly session on Monday.'],
        [['Saudi Press Agency', '/SPA/']],
      ],
      [
        'Kuwait crude output rises',
        ['The oil ministry said crude output rose to 2.5 million barrels a day last month.'],
        [['Kuwait News Agency', '--KUNA']],
      ],
    ]);
  });

  it('leaves a slash or an end mark before a word that names no agency in the text', () => {
    const page = [
      'Regional business wire',
      '',
      'Port adds a berth',
      '',
      'The port authority said the new berth opens next month. /Update/',
      '',
      'Airline adds flights',
      '',
      'The airline will add three weekly flights to Nairobi from January. (Ends) Airport',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.flatMap((i) => i.sources)).toEqual([]);
  });
});
