// Citation fields, round seventeen: credit forms printed by outlets outside the corpus (found on
// real pages, each made general: a kind of credit, not one page). Each on a small page written
// in those outlets' layout; the expected values are stated literally.
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

const cited = (text: string) =>
  parseChecked(text).items.map((i) => [
    i.title,
    i.body.length,
    i.sources.map((s) => [s.publication ?? null, s.date ?? null, s.url ?? null]),
  ]);

describe('the source label in the languages of European agencies', () => {
  it('reads `Forrás:`, `Kilde:`, `Lähde:`, `Zdroj:`, `Izvor:` and `Källa:` lines as credits', () => {
    expect(
      cited(`Hírek röviden

Új adócsökkentés jön jövőre
A kormány bejelentette, hogy jövőre csökkenti a személyi jövedelemadót.
Forrás: MTI

Streiken i havnen går inn i andre uke
Havnearbeiderne forlenget streiken mandag.
Kilde: NTB

Keskuspankki nosti korkoa
Keskuspankki nosti ohjauskorkoaan neljänneksellä torstaina.
Lähde: STT

Vláda schválila rozpočet
Vláda ve středu schválila návrh státního rozpočtu na příští rok.
Zdroj: ČTK

Vlada najavila nove mjere
Vlada je danas najavila nove mjere za poticanje zapošljavanja.
Izvor: Hina

Riksbanken höjer räntan
Riksbanken höjde styrräntan med en kvarts procentenhet.
Källa: TT
`),
    ).toEqual([
      ['Új adócsökkentés jön jövőre', 1, [['Hungarian News Agency', null, null]]],
      ['Streiken i havnen går inn i andre uke', 1, [['Norsk Telegrambyrå', null, null]]],
      ['Keskuspankki nosti korkoa', 1, [['Finnish News Agency', null, null]]],
      ['Vláda schválila rozpočet', 1, [['Czech News Agency', null, null]]],
      ['Vlada najavila nove mjere', 1, [['Croatian News Agency', null, null]]],
      ['Riksbanken höjer räntan', 1, [['TT News Agency', null, null]]],
    ]);
  });

  it('reads the Cyrillic words (`Извор:`, `Източник:`), a dated credit too', () => {
    expect(
      cited(`Вести

Влада усвојила буџет
Влада Србије усвојила је предлог буџета за наредну годину.
Извор: Танјуг, 30.11.2026

Парламентът прие бюджета
Народното събрание прие бюджета на първо четене.
Източник: БТА
`),
    ).toEqual([
      ['Влада усвојила буџет', 1, [['Танјуг', '2026-11-30', null]]],
      ['Парламентът прие бюджета', 1, [['БТА', null, null]]],
    ]);
  });
});

describe("a picture's label in other languages", () => {
  it('keeps `Foto:`, `Fotó:`, `Bild:` credits out of the text and out of the sources', () => {
    expect(
      cited(`Notícias

Governo anuncia novo programa de habitação
O governo federal lançou nesta quinta-feira um programa para financiar moradias populares.
Foto: Paulo Pinto
Fonte: Agência Brasil

Drágul a tömegközlekedés januártól
A BKV jegyárai januártól tíz százalékkal emelkednek, közölte a társaság.
Fotó: Kiss Bence/444
Forrás: MTI

Bahn kündigt neue Verbindungen an
Die Bahn will im kommenden Jahr mehr Fernzüge zwischen Berlin und München anbieten.
Bild: M. Schulz/dpa
`),
    ).toEqual([
      ['Governo anuncia novo programa de habitação', 1, [['Agência Brasil', null, null]]],
      ['Drágul a tömegközlekedés januártól', 1, [['Hungarian News Agency', null, null]]],
      ['Bahn kündigt neue Verbindungen an', 1, []],
    ]);
  });
});

describe('a hat tip or a reporting credit naming an outlet', () => {
  it('reads `h/t`, `H/T:`, `With reporting by` and `Additional reporting by` an outlet as the source', () => {
    expect(
      cited(`Links of the week

Bank lifts rates to 15-year high
The central bank raised its key rate and warned inflation would stay above target.
h/t Axios

Ministers lose patience with rail operator
The operator will be taken into public ownership next month.
H/T: The Guardian

Court blocks grocery merger
A federal court blocked the merger of the two largest grocers on Friday.
With reporting by Reuters

Exports rebound in October
Exports rose 5% in October from a year earlier, the customs office said.
Additional reporting by AFP and AP
`),
    ).toEqual([
      ['Bank lifts rates to 15-year high', 1, [['Axios', null, null]]],
      ['Ministers lose patience with rail operator', 1, [['The Guardian', null, null]]],
      ['Court blocks grocery merger', 1, [['Reuters', null, null]]],
      [
        'Exports rebound in October',
        1,
        [
          ['Agence France-Presse', null, null],
          ['Associated Press', null, null],
        ],
      ],
    ]);
  });

  it('leaves a hat tip or a reporting credit naming a person without a source', () => {
    expect(
      cited(`Links of the week

Heatwave warning issued for the south
Forecasters expect temperatures above 30C on Sunday.
h/t Jane Doe

Nurses vote to strike over pay
Nurses in England backed a strike after rejecting the latest offer.
Reporting by Jane Doe
`),
    ).toEqual([
      ['Heatwave warning issued for the south', 1, []],
      ['Nurses vote to strike over pay', 1, []],
    ]);
  });
});
