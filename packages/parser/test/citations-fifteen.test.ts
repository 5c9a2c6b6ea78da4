// Citation fields, round fifteen: a breadth pass over credit forms that outlets across regions
// print and no dev page shows yet. Each on a small page written in the outlets' layout; the
// expected values are stated literally.
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

const cited = (text: string) =>
  parseChecked(text).items.map((i) => [
    i.title,
    i.body.length,
    i.sources.map((s) => [s.publication, s.date ?? null, s.url ?? null]),
  ]);

describe('the source label in more languages', () => {
  it('reads `Источник:`, `Kaynak:`, `المصدر:` and `Bron:` as the source label', () => {
    // Russian, Turkish, Arabic and Dutch wire digests label each credit with their language's
    // word for "source", as English pages print `Source:`.
    expect(
      cited(`World news digest

Floods displace thousands in northern province
Heavy rains have displaced more than 12,000 people in the northern province, officials said on Saturday.
Источник: ТАСС, 20.12.2025

Central bank holds rate steady
The central bank kept its key rate unchanged at 16 percent for a third meeting.
Kaynak: Anadolu Ajansı, 20.12.2025

Port expansion approved
The cabinet approved a 2.1 billion dollar port expansion on the western coast.
المصدر: وكالة الأنباء السعودية

Farmers protest fuel prices
Hundreds of farmers drove tractors into the capital on Friday to protest fuel prices.
Bron: ANP, 19 december 2025
`),
    ).toEqual([
      ['Floods displace thousands in northern province', 1, [['ТАСС', '2025-12-20', null]]],
      ['Central bank holds rate steady', 1, [['Anadolu Agency', '2025-12-20', null]]],
      ['Port expansion approved', 1, [['وكالة الأنباء السعودية', null, null]]],
      ['Farmers protest fuel prices', 1, [['Algemeen Nederlands Persbureau', '2025-12-19', null]]],
    ]);
  });
});

describe('credit dates with the month named in more languages', () => {
  it('reads `20 декабря 2025`, `20 grudnia 2025`, `20 Aralık 2025` and `20 decembrie 2025`', () => {
    // Russian, Polish, Turkish and Romanian wire credits date the story `d MMMM y`, the Slavic
    // months in the genitive a date prints (`декабря`, not the nominative `декабрь`).
    expect(
      cited(`Regional wire

Grain exports reach record
Grain exports reached a record 60 million tonnes this season, the ministry said.
Source: TASS, 20 декабря 2025

Coal output falls
Hard coal output fell 8 percent in November from a year earlier.
Source: PAP, 19 grudnia 2025

Tourist arrivals climb
Foreign tourist arrivals rose 6 percent in November, the ministry said.
Source: Anadolu Ajansı, 18 Aralık 2025

Wage bill approved
Parliament approved a bill raising the minimum wage from January.
Source: Agerpres, 17 decembrie 2025
`),
    ).toEqual([
      ['Grain exports reach record', 1, [['TASS', '2025-12-20', null]]],
      ['Coal output falls', 1, [['Polish Press Agency', '2025-12-19', null]]],
      ['Tourist arrivals climb', 1, [['Anadolu Agency', '2025-12-18', null]]],
      ['Wage bill approved', 1, [['Agerpres', '2025-12-17', null]]],
    ]);
  });
});

describe('a link marker after the credit', () => {
  it('reads `Outlet, Date [Link]` after the text as the credit', () => {
    // Newsletters and press reviews exported as text keep the anchor's text (`[Link]`, `(link)`)
    // where the story's address was; it names nothing.
    expect(
      cited(`Morning headlines

Court rejects appeal
The supreme court rejected the appeal of the former minister on Friday.
Al Jazeera, Dec. 20, 2025 [Link]

Port strike ends
Dock workers returned to work after a three-day strike over pay.
Bangkok Post, 19 December 2025 (link)
`),
    ).toEqual([
      ['Court rejects appeal', 1, [['Al Jazeera', '2025-12-20', null]]],
      ['Port strike ends', 1, [['Bangkok Post', '2025-12-19', null]]],
    ]);
  });
});

describe('a credit date with its clock in other forms', () => {
  it('reads the date before `14h05 (GMT+7)`, `14時05分`, `14시 05분` and `à 14h05`', () => {
    // Vietnamese, Japanese, Korean and French outlets stamp the credit with the time as their
    // language writes it, the zone's offset in parentheses; the date is the credit's.
    expect(
      cited(`Tin quốc tế

Exports rise 12 percent
Vietnam's exports rose 12 percent in the first eleven months, the customs office said.
Nguồn: VnExpress, 20/12/2025 14h05 (GMT+7)

Rail line to open in March
The new rail line linking the two provinces will open in March, officials said.
Source: NHK, 2025年12月19日 14時05分

Chip plant breaks ground
Construction began on Friday on a new chip plant south of the capital.
Source: Yonhap, 2025.12.18 09시 30분

Port traffic hits record
Container traffic at the port reached a record in November.
Source : Le Quotidien, 17/12/2025 à 14h05
`),
    ).toEqual([
      ['Exports rise 12 percent', 1, [['VnExpress', '2025-12-20', null]]],
      ['Rail line to open in March', 1, [['NHK', '2025-12-19', null]]],
      ['Chip plant breaks ground', 1, [['Yonhap', '2025-12-18', null]]],
      ['Port traffic hits record', 1, [['Le Quotidien', '2025-12-17', null]]],
    ]);
  });
});

describe('a date labelled without its colon', () => {
  it('reads `Dawn, Published December 20, 2025` and `Posted on 19 Dec 2025` as the credit’s date', () => {
    // Pakistani and Nigerian dailies and WordPress themes print `Published`/`Posted on` before
    // the date with no colon; the label is no part of the outlet.
    expect(
      cited(`Pakistan news

Budget deficit narrows
The budget deficit narrowed to 2.1 percent of GDP in the first quarter.
Dawn, Published December 20, 2025

Wheat import plan approved
The cabinet approved a plan to import 500,000 tonnes of wheat.
Source: The Nation, Posted on 19 Dec 2025
`),
    ).toEqual([
      ['Budget deficit narrows', 1, [['Dawn', '2025-12-20', null]]],
      ['Wheat import plan approved', 1, [['The Nation', '2025-12-19', null]]],
    ]);
  });
});

describe('a masthead name where the credit goes', () => {
  it('reads an unlisted paper by its masthead noun after a byline, after `via`, in `Posted by`', () => {
    // Nigerian, Ugandan and Ghanaian dailies (Premium Times, Daily Monitor, The Ghanaian Times)
    // name the outlet in the byline row or a `via` line; a masthead's head noun (Times, Daily,
    // Monitor...) marks the name as a paper's. A section label in the same field (`Business`)
    // credits nothing.
    expect(
      cited(`Africa briefs

Nigeria raises power tariffs
By Ade Obi | Premium Times | December 18, 2025
Nigeria raised electricity tariffs for urban customers by 15 percent.

Kenya tea exports climb
Kenya's tea export earnings rose 9 percent in the year to November.
via Daily Monitor

Ghana cedi recovers
Posted by The Ghanaian Times on December 17, 2025
The cedi recovered 3 percent against the dollar this week.

Zambia copper output rises
By Grace Banda | Business | December 16, 2025
Copper output rose to a record 820,000 tonnes this year.
`),
    ).toEqual([
      ['Nigeria raises power tariffs', 1, [['Premium Times', '2025-12-18', null]]],
      ['Kenya tea exports climb', 1, [['Daily Monitor', null, null]]],
      ['Ghana cedi recovers', 1, [['The Ghanaian Times', '2025-12-17', null]]],
      ['Zambia copper output rises', 1, []],
    ]);
  });
});

describe('a labelled credit glued after the last sentence, without a date', () => {
  it('keeps the item and credits it from `... in October. Source: BSP`', () => {
    // Regional digests and newsletters run the credit on after the summary's last sentence
    // (`Source: BSP`, `Fuente: EFE`), no date; the line is the item's text, not a headline.
    expect(
      cited(`Regional wrap

Palm oil prices firm
Palm oil futures rose for a third day on Friday on strong export demand. -- BERNAMA

Philippine remittances rise
Cash remittances from overseas Filipinos rose 3 percent in October. Source: BSP

Peso steadies against dollar
The Mexican peso held steady against the dollar on Friday after the rate decision. Fuente: EFE

Vietnam FDI climbs
Foreign direct investment disbursement rose 9 percent in 11 months. (AFP)
`),
    ).toEqual([
      ['Palm oil prices firm', 1, [['Bernama', null, null]]],
      ['Philippine remittances rise', 1, [['BSP', null, null]]],
      ['Peso steadies against dollar', 1, [['EFE', null, null]]],
      ['Vietnam FDI climbs', 1, [['Agence France-Presse', null, null]]],
    ]);
  });
});

describe('a dash credit naming an unlisted paper by its masthead', () => {
  it('credits `... — Business Daily` and `... — Daily Mirror`, not an unshaped name', () => {
    // Kenyan and Sri Lankan business digests close each summary with the paper's name after a
    // dash; a masthead's head noun marks an outlet the table does not list. A name without one
    // (`Kommersant`) stays uncredited, as before.
    expect(
      cited(`Daily digest

Ruble firms on export revenue
The ruble firmed against the dollar on Friday as exporters sold foreign currency. — Kommersant

Tea auction prices ease
Average prices at the Mombasa tea auction eased this week on weaker demand. — Business Daily

Dollar bonds rally
Sri Lanka's dollar bonds rallied after the IMF approved the next tranche. — Daily Mirror
`),
    ).toEqual([
      ['Ruble firms on export revenue', 1, []],
      ['Tea auction prices ease', 1, [['Business Daily', null, null]]],
      ['Dollar bonds rally', 1, [['Daily Mirror', null, null]]],
    ]);
  });
});

describe('the source label set off by a spaced dash', () => {
  it('reads `Source - Reuters` and `Fuente — EFE` after the text as the credit', () => {
    // E-mail newsletters and blogs set the label off with a spaced dash in the colon's place.
    expect(
      cited(`Weekly letter

Copper hits six-month high
Copper prices climbed to a six-month high on supply worries.
Source - Reuters

Peso steadies against dollar
The Mexican peso held steady against the dollar after the rate decision.
Fuente — EFE
`),
    ).toEqual([
      ['Copper hits six-month high', 1, [['Reuters', null, null]]],
      ['Peso steadies against dollar', 1, [['EFE', null, null]]],
    ]);
  });
});
