// Citation fields, round eleven: credit forms read as general conventions (dates in either order,
// credit blocks under the headline, sentence credits). Each on a small page written in the shape
// real outlets use; the expected values are stated literally.
import { describe, expect, it } from 'vitest';
import { parseChecked as parse } from './layout-helpers.js';

const cited = (text: string) =>
  parse(text).items.map((i) => [i.title, i.sources.map((s) => [s.publication, s.date ?? null])]);

describe('wire datelines with the day first', () => {
  it('reads `BERLIN, 4 June (dpa) -` and `New Delhi [India], June 4 (ANI):` as dated wire credits', () => {
    // dpa's and AFP's English services and Reuters UK put the day first; ANI sets the country in
    // square brackets after the city.
    expect(
      cited(`World News

German factory orders fall again
BERLIN, 4 June 2024 (dpa) - German factory orders fell for the fourth month in a row in April, the statistics office said on Tuesday.

India monsoon arrives early in Kerala
New Delhi [India], June 4, 2024 (ANI): The monsoon reached the coast of Kerala two days earlier than usual, the weather office said.

Tokyo stocks rise
TOKYO, 5 June (Reuters) - Japanese shares rose on Wednesday as exporters gained.
`),
    ).toEqual([
      ['German factory orders fall again', [['Deutsche Presse-Agentur', '2024-06-04']]],
      ['India monsoon arrives early in Kerala', [['Asian News International', '2024-06-04']]],
      ['Tokyo stocks rise', [['Reuters', '2024-06-05']]],
    ]);
  });
});

describe('numeric dates in either order', () => {
  it("reads a date whose two numbers could each be the month in the order of the page's other dates", () => {
    // Clipping services and regional papers write `DD/MM/YYYY`; a page keeps one order, so the
    // credit whose date has a day over 12 decides the one whose date does not.
    expect(
      cited(`Business News

Central bank holds rates steady

The central bank kept its key rate unchanged on Tuesday, citing slowing inflation and steady growth.

Source: The Daily Courier, 08/03/2017

Port traffic rises in May

Container traffic at the port rose 5 percent in May from a year earlier, the port authority said.

Source: Harbour Times, 18/03/2017
`),
    ).toEqual([
      ['Central bank holds rates steady', [['The Daily Courier', '2017-03-08']]],
      ['Port traffic rises in May', [['Harbour Times', '2017-03-18']]],
    ]);
  });

  it('keeps the outlet of a credit whose date order is unknown, and leaves the date out', () => {
    const r = parse(`Business News

Central bank holds rates steady

The central bank kept its key rate unchanged on Tuesday, citing slowing inflation and steady growth.

Source: The Daily Courier, 08/03/2017
`);
    expect(r.items.map((i) => i.sources.map((s) => [s.publication, s.date ?? null]))).toEqual([
      [['The Daily Courier', null]],
    ]);
    expect(r.issues.map((x) => x.code)).toContain('date-order-unknown');
  });
});

describe('the note of where a text was first published', () => {
  it('reads "This article was first published in X on D" and "originally published by X" as the credit', () => {
    // Asia News Network partners, The Conversation and CalMatters close syndicated copy so.
    expect(
      cited(`Asia Briefing

Central bank holds rates steady

The central bank kept its key rate unchanged on Tuesday, citing slowing inflation and steady growth.

This article was first published in The Borneo Courier on June 4, 2024.

Water rates to rise in July

The state water utility will raise household rates by 4 percent from July, it said on Monday.

This story was originally published by Valley Ledger.
`),
    ).toEqual([
      ['Central bank holds rates steady', [['The Borneo Courier', '2024-06-04']]],
      ['Water rates to rise in July', [['Valley Ledger', null]]],
    ]);
  });

  it('reads the Chinese note `本文<date>發布於<outlet>` of a bilingual repost as its dated credit', () => {
    // FT Chinese's bilingual articles, reposted by blogs, end with this note.
    expect(
      cited(`01
俄羅斯下令從赫爾松撤軍
Russia's defence minister has ordered troops to withdraw from the southern city of Kherson.
俄羅斯國防部長已下令從烏克蘭南部城市赫爾松撤軍。
——本文2022年11月10日發布於某某中文網,英文原題為Russia orders retreat from Kherson
02
拜登表示希望競選連任
Joe Biden said he wants to run for a second term in the White House.
喬•拜登表示,他希望競選連任。
`),
    ).toEqual([
      ['俄羅斯下令從赫爾松撤軍', [['某某中文網', '2022-11-10']]],
      ['拜登表示希望競選連任', []],
    ]);
  });
});

describe('sentence credits of one paragraph', () => {
  it('reads a name credited after a sentence like a known outlet in the same paragraph as a credit too', () => {
    // Press reviews that stitch reports into one paragraph (The Week's "news at a glance", link
    // blogs) credit each sentence in parentheses; the table knows some outlets, not all.
    expect(
      cited(`NEWS AT A GLANCE

Lender posts big loss

The mortgage lender posted a quarterly loss of $3.31 billion on writedowns. (Bloomberg) The loss was much wider than analysts had expected. (Harbour Ledger) Shares fell 12 percent in early trading.

Oil slips as dollar firms

Oil prices slipped on Tuesday as the dollar strengthened (in early trade) against major currencies.
`),
    ).toEqual([
      [
        'Lender posts big loss',
        [
          ['Bloomberg', null],
          ['Harbour Ledger', null],
        ],
      ],
      ['Oil slips as dollar firms', []],
    ]);
  });
});

describe('credit blocks under the headline', () => {
  it('reads `Outlet, Date` between each headline and its text as the credit, on a page that sets them so', () => {
    // Clipping services and press reviews (VIF's daily scans, Indonesian clipping pages) set the
    // outlet and its date on a line of their own under each headline.
    expect(
      cited(`Update News

Ministers to tighten bilateral ties
Harbour Ledger, 08/03/2017

The president will welcome two visiting leaders on Wednesday at the state palace.

Ocean region summit opens
Valley Post, 14/03/2017

Leaders of the ocean rim opened their first summit on Tuesday.
`),
    ).toEqual([
      ['Ministers to tighten bilateral ties', [['Harbour Ledger', '2017-03-08']]],
      ['Ocean region summit opens', [['Valley Post', '2017-03-14']]],
    ]);
  });

  it('keeps one such line under one headline a deck', () => {
    const r = parse(`Update News

Ministers to tighten bilateral ties
Harbour Ledger, 08/03/2017

The president will welcome two visiting leaders on Wednesday at the state palace.
`);
    expect(r.items.map((i) => [i.title, i.sources.length])).toEqual([
      ['Ministers to tighten bilateral ties Harbour Ledger, 08/03/2017', 0],
    ]);
  });
});
