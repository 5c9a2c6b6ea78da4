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
      ['Morocco, Tunisia agree to boost trade', 1, ['Maghreb Arabe Presse']],
      ["Tunisia's central bank cuts key rate", 1, ['Tunis Afrique Presse']],
      ['Algeria gas exports to Italy rise', 1, ['APS']],
    ]);
  });
});

describe('a category row in capitals over every card, the first one too', () => {
  // `ECONOMY` / headline / date / teaser, then `MINING` over the next card: the section row that
  // opens every card (news themes' kicker; Latin American and African portals' section rows).
  // Under one card's text and over the next headline it is no agency's sign-off: the first card
  // has one too, with no text above it.
  const page = [
    'Latest News',
    'ECONOMY',
    'Peru central bank holds rate at 4.25 percent',
    '30 November 2026',
    "Peru's central bank kept its benchmark interest rate at 4.25 percent on Thursday, citing stable inflation expectations.",
    'MINING',
    "Chile's Codelco output falls for third month",
    '29 November 2026',
    "Copper output at Chile's state miner Codelco fell 4 percent in October from a year earlier, official data showed.",
    'TRADE',
    'Colombia coffee exports rise 15 percent',
    '28 November 2026',
    "Colombia's coffee exports rose 15 percent in November, the national coffee federation said.",
    '',
  ].join('\n');

  it("credits no card with the next card's category", () => {
    expect(sources(parseChecked(page, { url: 'https://andes.example/latest/' }))).toEqual([
      ['Peru central bank holds rate at 4.25 percent', 1, []],
      ["Chile's Codelco output falls for third month", 1, []],
      ['Colombia coffee exports rise 15 percent', 1, []],
    ]);
  });

  it("still reads wire initials under each text as credits when the page's label in capitals stands apart", () => {
    const signed = [
      'Home',
      'REGIONAL NEWS',
      '',
      'Qatar Airways adds flights to Nairobi',
      'Qatar Airways will add three weekly flights to Nairobi from January, the carrier said in a statement.',
      'QNA',
      'Saudi inflation eases to 1.9 percent',
      'Consumer prices in Saudi Arabia rose 1.9 percent year on year in October, the statistics authority said.',
      'SPA',
      'Kuwait signs energy pact with Riyadh',
      'Kuwait and Saudi Arabia signed a memorandum on joint oil field development on Sunday, officials said.',
      'KUNA',
      '',
    ].join('\n');
    expect(sources(parseChecked(signed, { url: 'https://gulf.example/region/' })).map((s) => s[2])).toEqual([
      ['Qatar News Agency'],
      ['Saudi Press Agency'],
      ['Kuwait News Agency'],
    ]);
  });
});

describe('a meta row split by bars under each headline', () => {
  // `By X | date | Category` under the headline: a section page's entry meta (WordPress themes,
  // African and Asian portals' cards). Its last field is a category, not the outlet of a
  // `Headline | Outlet` line: the headline above stays the title.
  const page = [
    'Home » Business » Economy',
    '',
    'Economy',
    '',
    'Kenya shilling weakens as dollar demand rises',
    'By Staff Writer | November 30, 2026 | Economy',
    'The Kenyan shilling weakened against the dollar on Monday as importers rushed to buy hard currency ahead of the year-end.',
    'Read more',
    '',
    'Uganda coffee exports jump 20 percent',
    'By Our Reporter | November 29, 2026 | Agriculture',
    "Uganda's coffee exports rose 20 percent in October to 700,000 bags, the coffee authority said.",
    'Read more',
    '',
    'Tanzania to build railway link to Burundi',
    'By Correspondent | 28 Nov 2026 | Infrastructure',
    'Tanzania signed a deal with a Chinese firm on Friday to build a railway link to its neighbour Burundi.',
    'Read more',
    '',
  ].join('\n');

  it('keeps the headlines as titles and credits no category', () => {
    expect(sources(parseChecked(page, { url: 'https://eastafrica.example/business/economy/' }))).toEqual([
      ['Kenya shilling weakens as dollar demand rises', 1, []],
      ['Uganda coffee exports jump 20 percent', 1, []],
      ['Tanzania to build railway link to Burundi', 1, []],
    ]);
  });
});

describe('a dated dateline naming an agency the table does not know, with no dash', () => {
  // `ASTANA, Nov 30 (Kazinform) Rail ...`: the city, the date and the agency in parentheses,
  // then the first sentence, as Central Asian, Latin American and African national agencies
  // set their copy (Kazinform, UzA, Kabar); the date makes the shape specific enough.
  const page = [
    'Kazakhstan rail freight rises 8 percent',
    'ASTANA, Nov 30 (Kazinform) Rail freight volumes in Kazakhstan rose 8 percent in ten months, the national rail company said.',
    'Uzbekistan to issue Eurobonds',
    'TASHKENT, Nov 30 (UzA) Uzbekistan plans to issue Eurobonds early next year, the finance ministry said.',
    'Kyrgyzstan signs hydro deal with China',
    'Bishkek, 30 November (Kabar) Kyrgyzstan signed a deal with a Chinese company to build a hydro power plant.',
    'Tajikistan holds cotton prices',
    'DUSHANBE, Nov 30 (Friday) Tajikistan kept its state cotton purchase prices unchanged for next season, officials said.',
    '',
  ].join('\n');

  it('credits the agency, not a weekday', () => {
    expect(sources(parseChecked(page, { url: 'https://centralasia.example/economy/' }))).toEqual([
      ['Kazakhstan rail freight rises 8 percent', 1, ['Kazinform']],
      ['Uzbekistan to issue Eurobonds', 1, ['UzA']],
      ['Kyrgyzstan signs hydro deal with China', 1, ['Kabar News Agency']],
      ['Tajikistan holds cotton prices', 1, []],
    ]);
  });
});

describe('a dated dateline whose city holds a lower-case particle', () => {
  // `Rio de Janeiro, Nov 30 (Prensa Latina) ...`, `Dar es Salaam, Nov 29 (Xinhua) ...`: Latin
  // American and East African datelines in title case, a particle inside the city's name.
  const page = [
    "Brazil's Petrobras raises diesel prices",
    'Rio de Janeiro, Nov 30 (Prensa Latina) Brazilian state oil firm Petrobras said on Monday it would raise diesel prices at its refineries.',
    'Tanzania opens new port terminal',
    'Dar es Salaam, Nov 29 (Xinhua) Tanzania opened a new container terminal at its main port on Sunday, the ports authority said.',
    'Chile copper output falls 3 percent',
    'Copper production in Chile fell 3 percent in October from a year earlier, the national statistics institute said. (EFE)',
    '',
  ].join('\n');

  it('credits the agency in the parentheses', () => {
    expect(sources(parseChecked(page, { url: 'https://south.example/economy/' }))).toEqual([
      ["Brazil's Petrobras raises diesel prices", 1, ['Prensa Latina']],
      ['Tanzania opens new port terminal', 1, ['Xinhua']],
      ['Chile copper output falls 3 percent', 1, ['EFE']],
    ]);
  });
});

describe('a dateline with the agency between slashes', () => {
  // `MOSCOW, November 30. /TASS/. ...` (TASS's English copy), `TORONTO, Nov. 29, 2026 /CNW/ - ...`
  // (the press-release wires: PR Newswire, CNW): the city in capitals, the date, the agency
  // between slashes, then the text.
  const page = [
    "Russia's central bank holds key rate",
    'MOSCOW, November 30. /TASS/. The Bank of Russia kept its key rate at 16 percent on Friday, it said in a statement.',
    'Globex opens plant in Monterrey',
    'TORONTO, Nov. 29, 2026 /CNW/ - Globex Inc. said it opened a new plant in Monterrey, Mexico, creating 500 jobs.',
    'Ukraine grain exports rise 10 percent',
    "KYIV, Nov 28 /Ukrinform/. Ukraine's grain exports rose 10 percent in November from a year earlier, the ministry said.",
    '',
  ].join('\n');

  it('credits the agency and keeps the text after it', () => {
    const r = parseChecked(page, { url: 'https://wires.example/economy/' });
    expect(sources(r)).toEqual([
      ["Russia's central bank holds key rate", 1, ['TASS']],
      ['Globex opens plant in Monterrey', 1, ['CNW']],
      ['Ukraine grain exports rise 10 percent', 1, ['Ukrinform']],
    ]);
    expect(r.items[1]!.sources[0]!.date).toBe('2026-11-29');
    expect(r.items[0]!.body[0]).toBe(
      'The Bank of Russia kept its key rate at 16 percent on Friday, it said in a statement.',
    );
  });
});
