// Trailing-agency and section-listing pages in forms no corpus page shows yet: wire-fed portals
// of the Maghreb, the Gulf, Africa and Asia, written here in their layouts with literal values.
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

const sources = (r: ReturnType<typeof parseChecked>) =>
  r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)]);

describe("a national agency's initials glued after the last sentence, no dash", () => {
  // Maghreb and African portals reprint one agency's story per item and sign it with the
  // agency's initials after the last full stop (`... said. MAP`, `... Tuesday. TAP`).
  const page = [
    'Morocco, Tunisia agree to boost trade',
    'Rabat - Morocco and Tunisia agreed on Monday to boost bilateral trade and remove non-tariff barriers, the foreign ministry said. MAP',
    "Tunisia's central bank cuts key rate",
    "Tunis - Tunisia's central bank cut its key interest rate by 50 basis points to 7.5 percent on Tuesday. TAP",
    'Algeria gas exports to Italy rise',
    'Algiers - Algerian gas exports to Italy rose 10 percent in October, state energy firm Sonatrach said. APS',
    '',
  ].join('\n');

  it('reads each as the credit that closes its item', () => {
    expect(sources(parseChecked(page, { url: 'https://maghreb.example/economy/' }))).toEqual([
      ['Morocco, Tunisia agree to boost trade', 1, ['MAP']],
      ["Tunisia's central bank cuts key rate", 1, ['TAP']],
      ['Algeria gas exports to Italy rise', 1, ['APS']],
    ]);
  });
});
