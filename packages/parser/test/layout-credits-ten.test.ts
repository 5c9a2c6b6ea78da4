// Credits in the forms wire copy and news-release feeds print them (session 10, issue 9): small
// pages in the outlets' layouts, written for these tests (corpus/README.md lists the real pages).
import { describe, expect, it } from 'vitest';
import { parseDate } from '../src/index.js';
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

describe('the "See more at:" line a copy-tracking script leaves under a pasted clip', () => {
  // Clips pasted from outlets whose pages append the story's address to copied text (ShareThis's
  // `– See more at:`, Tynt's `Read more at:`), reposted by a ministry's news archive.
  const page = [
    'Kenya gets Sh50bn loan for roads',
    '',
    'Kenya has signed a Sh50 billion infrastructure loan to fund part of a regional road network.',
    '',
    'The Treasury said the funds will be used to rehabilitate the road over three years.',
    '',
    '– See more at: http://www.the-star.co.ke/news/kenya-gets-sh50bn-loan-roads#sthash.hPL6YNMf.dpuf',
    '',
    'Milk processors hit by dry weather',
    '',
    'Consumption of processed milk has fallen since January because of the dry weather, data showed.',
    '',
    'Read more at: https://www.example-daily.co.ug/business/milk-processors-dry-weather',
    '',
    'Card payments slow as mobile money grows',
    '',
    'Card payments rose only marginally in the first four months of the year, the central bank said.',
  ].join('\n');

  it('credits the clip with the address, its outlet the host, and opens the next item', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Kenya gets Sh50bn loan for roads', 2],
      ['Milk processors hit by dry weather', 1],
      ['Card payments slow as mobile money grows', 1],
    ]);
    expect(r.items.map((i) => i.sources.map((s) => [s.publication, s.url]))).toEqual([
      [
        [
          'the-star.co.ke',
          'http://www.the-star.co.ke/news/kenya-gets-sh50bn-loan-roads#sthash.hPL6YNMf.dpuf',
        ],
      ],
      [['example-daily.co.ug', 'https://www.example-daily.co.ug/business/milk-processors-dry-weather']],
      [],
    ]);
  });
});

describe("a news release's lead naming its issuer", () => {
  // Newswire syndicators pass releases on under the dated dateline and "<issuer> issued the
  // following news release[ on <date>]:"; the page's edition date says the year.
  const page = [
    'Monday - March 4, 2024',
    '',
    'Higher Education News',
    '',
    'State college opens a new nursing school',
    'DAYTON, Ohio, March 3 -- The State College of Ohio issued the following news release on March 2, 2024:',
    '',
    'The college opened a nursing school on its Dayton campus, the first in the county.',
    '',
    'Classes begin in the autumn with 120 places.',
    '',
    'Enrollment rises at a small private university',
    'FRESNO, California, March 3 -- Valley Pacific University issued the following news:',
    '',
    'Enrollment of first-year students rose 12 percent this year, the university said.',
  ].join('\n');

  it('credits the issuer with the date the lead states, else the dateline’s, and keeps the lead out of the text', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['State college opens a new nursing school', 2],
      ['Enrollment rises at a small private university', 1],
    ]);
    expect(credits(r)).toEqual([
      [['The State College of Ohio', '2024-03-02']],
      [['Valley Pacific University', '2024-03-03']],
    ]);
  });
});

describe('the words a fixed-length teaser cut stops on', () => {
  // A broadcaster's business listing cuts every teaser at a fixed length; three of them stop
  // just after a full stop, on the first words of the next sentence. All different, none an
  // outlet: no credit (a digest's glued credits repeat a handful of names, as "The Fin" does).
  const page = [
    'Shilling gains against the dollar on inflows',
    'NAIROBI, Kenya, Mar 9 - The shilling gained 10 cents against the dollar on Friday on inflows from exporters and remittances. Analysts',
    'Women won 30,000 tenders since 2013, Treasury says',
    'NAIROBI, Kenya, Mar 8 - Women entrepreneurs have received tenders worth Sh34 billion since a directive set aside part of the procurement budget. National Treasury Cabinet Secretary',
    'China says it is ready for a trade war',
    'BEIJING, China, Mar 8 - China warned on Thursday that everyone would be harmed by a trade war, as figures showed a robust trade surplus. Chinese Foreign',
  ].join('\n');

  it('keeps them in the text and credits nothing', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => i.sources.length)).toEqual([0, 0, 0]);
    expect(r.items[1]!.body[0]).toMatch(/National Treasury Cabinet Secretary$/);
  });

  it('still reads a digest’s repeated glued credits', () => {
    const digest = [
      'Morning Headlines',
      '',
      'Banks lift lending rates',
      'The big four banks lifted their variable lending rates by a quarter point on Friday. The Fin',
      'Miner posts record profit',
      'The miner posted a record half-year profit on strong iron ore prices and lifted its dividend. The Aus',
      'Airline adds routes to Asia',
      'The airline will add four routes to Asia next year as demand for travel recovers strongly. The Fin',
    ].join('\n');
    const r = parseChecked(digest);
    // (The first summary under the page's heading is read as its standfirst today: the items
    // after it are the ones checked.)
    expect(r.items.slice(-2).map((i) => i.sources.map((s) => s.publication))).toEqual([
      ['The Aus'],
      ['The Fin'],
    ]);
  });
});

describe("the story's address alone on its line after the text", () => {
  // A news aggregator's listing: headline, teaser, then the source story's address; the address
  // names the outlet by its host, as a linked "Source" or "Read more" does.
  const page = [
    'Government',
    'Ministry sells special licence plate numbers for $61 million',
    'The ministry said that the sale of special licence plate numbers raised $61 million over the year...',
    'https://www.postkhmer.com/national/2021-10-01-0856-224490.html',
    'Two investment projects worth $33 million approved',
    'Two investment projects with a total capital of $33.1 million were approved by the council...',
    'https://www.example-times.com.kh/50946061/two-projects-approved/',
  ].join('\n');

  it('credits each item with the address and the host as its outlet', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => i.sources.map((s) => [s.publication, s.url]))).toEqual([
      [['postkhmer.com', 'https://www.postkhmer.com/national/2021-10-01-0856-224490.html']],
      [['example-times.com.kh', 'https://www.example-times.com.kh/50946061/two-projects-approved/']],
    ]);
    // The address's date (2021-10-01) is no date the credit states.
    expect(r.items[0]!.sources[0]!.date).toBeUndefined();
  });
});

describe('an HTML card’s "MM/DD HH:MM" timestamp on an edition page', () => {
  // A Korean daily brief's cards: the outlet and a month/day timestamp with no year over the
  // headline; the edition heading states the full date, so the year is certain. Korean (as
  // Japanese and Chinese) orders a date year, month, day: `02/08` is 8 February.
  const card = (outlet: string, time: string, title: string, n: number) =>
    `<div class="card"><div class="meta"><span class="press">${outlet}</span> <span class="dot">·</span> <span class="time">${time}</span></div><a class="btnOpen" href="https://news.example.kr/article/${n}">원문 열기</a><div class="ttl">${title}</div><div class="sum">설을 앞두고 과일 가격이 안정세를 보이고 있으며, 정부는 할인 지원을 확대하기로 했다. 축산물 가격은 여전히 높은 수준이다.</div></div>`;
  const html = `<html><body><h1>[2026-02-09 농산물 뉴스 Brief]</h1><section>${card('농민신문', '02/08 13:45', '설맞이 레드향 출하 현장 가보니', 1)}${card('아시아경제', '02/07 14:39', '대형마트 찾은 장관 "할인지원 효과 체감할 것"', 2)}${card('연합뉴스', '02/08 07:00', '설 성수품 가격, 한우·계란 비싸고 농산물은 안정세', 3)}</section></body></html>`;

  it('dates each credit with its month and day and the edition’s year', () => {
    const r = parseChecked(html, { format: 'html' });
    expect(r.items.map((i) => i.sources.map((s) => [s.publication, s.date ?? null]))).toEqual([
      [['농민신문', '2026-02-08']],
      [['아시아경제', '2026-02-07']],
      [['연합뉴스', '2026-02-08']],
    ]);
  });

  it('reads a month/day only with its clock time, and only when the order is known', () => {
    expect(parseDate('02/08', { year: 2026, dayFirst: false }).ok).toBe(false);
    expect(parseDate('02/08 13:45', { year: 2026 }).ok).toBe(false);
    expect(parseDate('02/08 13:45', { year: 2026, dayFirst: false })).toMatchObject({
      ok: true,
      date: '2026-02-08',
    });
    expect(parseDate('25/08 13:45', { year: 2026 })).toMatchObject({ ok: true, date: '2026-08-25' });
  });
});

describe('a byline that names an outlet', () => {
  // AP's roundups and reprinted wire copy are signed by the agency itself; a paper's staff
  // byline names the agency whose copy it draws on (`Staff writer, with CNA`).
  const page = [
    'Business news',
    '',
    'Stocks rise as inflation cools',
    'By The Associated Press',
    '',
    'Stocks rose on Tuesday after data showed inflation cooled more than expected in May.',
    '',
    'Exports hit a record in March',
    'By Lin Mei-hua / Staff writer, with CNA',
    '',
    'Exports rose for a fifth month in March to a record, the finance ministry said on Monday.',
    '',
    'Council approves the budget',
    'By Jane Doe',
    '',
    'The council approved the budget on Monday after a long debate over road repairs.',
  ].join('\n');

  it('credits the outlet the byline names, and no one for a reporter alone', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => i.sources.map((s) => s.publication))).toEqual([
      ['Associated Press'],
      ['Central News Agency'],
      [],
    ]);
    expect(r.items.map((i) => i.body.length)).toEqual([1, 1, 1]);
  });
});

describe("a year-less dateline on a page whose teasers end with the item's full date", () => {
  // A video and news listing prints each teaser with its date glued after the last sentence;
  // the wire dateline inside gives the day without the year.
  const page = [
    'Police recover a cache of arms after a gunfight',
    '',
    'Ranchi, Sep 21 (ANI): After a brief exchange of fire, the police recovered a large cache of arms and explosives on Saturday. Sep 21, 2013',
    '',
    'India to raise the expansion of the Security Council',
    '',
    'New Delhi, Sep 21 (ANI): India will raise the expansion of the United Nations Security Council at the General Assembly, the foreign secretary said. Sep 21, 2013',
  ].join('\n');

  it('dates the dateline with the year the page states', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => i.sources.map((s) => [s.publication, s.date ?? null]))).toEqual([
      [['Asian News International', '2013-09-21']],
      [['Asian News International', '2013-09-21']],
    ]);
  });
});

describe("a lead picture's caption run into the teaser before the dateline", () => {
  // A listing that scrapes each story's first lines takes the lead picture's caption and credit
  // with them; the story's wire dateline follows, maybe after the reporter's byline.
  const page = [
    'Minister launches a news channel',
    '',
    'The minister at a press conference after the launch of the channel. Photo courtesy of Pacific Wire. SUVA, June 25 (PacWire) — The state broadcaster today launched a news channel, its third…',
    '',
    'Former premier retires from politics',
    '',
    'File photo of the former premier at a meeting in the capital. Photo: Pacific Wire. By Ana Tui APIA, June 25 (PacWire) — The former premier has decided to retire from politics after four decades…',
  ].join('\n');

  it('credits the agency of the dateline and keeps the caption with the text', () => {
    const r = parseChecked(page);
    expect(credits(r)).toEqual([[['PacWire', null]], [['PacWire', null]]]);
    expect(r.items.map((i) => i.body.length)).toEqual([1, 1]);
    expect(r.items[0]!.body[0]).toMatch(/^The minister at a press conference .* The state broadcaster today/);
  });
});

describe('an "Author, Outlet | Story | Date" credit whose outlet has a possessive', () => {
  // A daily briefing's credit rows name the writer, then the outlet: a possessive
  // (`Rodale's Organic Life`, `Barron's`) names a title, never the writer.
  const page = [
    'Daily Briefing',
    '',
    'Gardeners mark a day without clothes',
    "Jean Nick, Rodale's Organic Life | World Naked Gardening Day | May 6, 2017",
    'Gardeners around the world will work in the nude on Saturday, organisers said...',
    '',
    'Why the bond market is nervous',
    "Jane Doe, Barron's Weekly Review | Bonds | May 5, 2017",
    'Bond traders fear that inflation will return faster than central banks expect...',
  ].join('\n');

  it('credits the outlet, not the writer', () => {
    const r = parseChecked(page);
    expect(credits(r)).toEqual([
      [["Rodale's Organic Life", '2017-05-06']],
      [["Barron's Weekly Review", '2017-05-05']],
    ]);
  });
});

describe("an item's source row with words after its link", () => {
  // A daily brief closes each item with `<p class="source">` links; one row adds a note after
  // the outlet's link (`NWS Tucson Forecast API`).
  const html = `<html><body><h1>Daily brief</h1><div class="brief">
<p><strong>Council adopts data-centre rules.</strong> The council adopted rules for large data centres on Tuesday after months of debate.</p>
<p class="source"><a href="https://news.example.org/council-rules">Valley Public Media</a></p>
<h2>Weather</h2>
<p>Mostly sunny and hot today, with a high near 108 and light winds from the north-northwest.</p>
<p>Storm chances build early next week as temperatures ease, with showers likely on Monday.</p>
<p class="source"><a href="https://forecast.example.gov/city">Weather Service Office</a> Forecast API</p>
</div></body></html>`;

  it('credits the linked outlet, the note left out of its name', () => {
    const r = parseChecked(html, { format: 'html' });
    expect(r.items.map((i) => [i.body.length, i.sources.map((s) => [s.publication, s.url])])).toEqual([
      [1, [['Valley Public Media', 'https://news.example.org/council-rules']]],
      [2, [['Weather Service Office', 'https://forecast.example.gov/city']]],
    ]);
  });
});
