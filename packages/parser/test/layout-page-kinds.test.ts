// Furniture and page kinds: template lines, header stacks, non-listings, teasers, timestamps, tags, live blogs.
// Each kind on a small page written in the shape real outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked as parse } from './layout-helpers.js';

describe('template furniture and header stacks', () => {
  // A listing whose every item ends with the same short link line ("W140 Full Story"), and whose
  // first headline sits tight under two section labels: the shape of wire-fed regional portals.
  const listing = `Middle East
Latest stories
Rain Floods Coastal Towns as Storm Lingers

Heavy rain flooded three coastal towns on Thursday as the storm stalled offshore.

Officials said roads would stay closed until Saturday.

W140 Full Story
Ports Reopen After Strike Ends

Dock workers returned on Friday after a two-week strike over pay ended in a deal.

W140 Full Story
Central Bank Holds Rates Steady

The central bank kept its main rate unchanged for a third meeting on Wednesday.

W140 Full Story`;

  it('reads a short line repeated around every item as furniture and a tight header stack as labels', () => {
    const r = parse(listing);
    expect(r.items.map((i) => i.title)).toEqual([
      'Rain Floods Coastal Towns as Storm Lingers',
      'Ports Reopen After Strike Ends',
      'Central Bank Holds Rates Steady',
    ]);
    expect(r.items.map((i) => i.body.length)).toEqual([2, 1, 1]);
  });

  it('keeps a citation repeated under every item as a citation, not furniture', () => {
    const r = parse(
      'Rain Floods Coastal Towns\n\nHeavy rain flooded three towns on Thursday.\n\nSource: Reuters\n\nPorts Reopen After Strike\n\nDock workers returned on Friday.\n\nSource: Reuters\n\nBank Holds Rates Steady\n\nThe bank kept its rate on Wednesday.\n\nSource: Reuters',
    );
    expect(r.items.map((i) => [i.title, i.sources.map((s) => s.publication)])).toEqual([
      ['Rain Floods Coastal Towns', ['Reuters']],
      ['Ports Reopen After Strike', ['Reuters']],
      ['Bank Holds Rates Steady', ['Reuters']],
    ]);
  });
});

describe('pages that are not listings', () => {
  it('gives no briefing for one long article cut inside its next section', () => {
    const article = [
      'How to Read the Morning News in Ten Minutes',
      '',
      ...Array.from(
        { length: 7 },
        (_, k) => `Step ${k + 1} of the routine is explained here at some length for readers.\n`,
      ),
      'Second, verification status. Some stories are conf',
    ].join('\n');
    const r = parse(article);
    expect(r.items).toEqual([]);
    expect(r.unparsed[0]).toMatchObject({
      text: 'How to Read the Morning News in Ten Minutes',
      reason: 'one long text with no citation is the only item: an article, not a listing of briefings',
    });
  });

  it('reads loading placeholders as furniture and a section name over its blurb as no briefing', () => {
    const r = parse(
      '香港\n\n聚焦香港本地民生、公共政策、交通與社區新聞。\n\n載入中…正在整理本版…\n\n正在載入香港版…',
    );
    expect(r.items).toEqual([]);
    expect(r.page.chrome).toEqual(['載入中…正在整理本版…', '正在載入香港版…']);
  });
});

describe('teasers and timestamps', () => {
  // A list of teasers, each cut by the site and closed by its "Full Story" link, with a timestamp
  // under each headline (news-agency topic pages and Taipei Times' lists print them so).
  const teasers = `Strategic observation

Cease-fire in the south could usher in a new understanding

2017-07-10 03:28:00

Since the war entered its seventh year, the main talk about a solution was the need for consensus. Full Story

After the victory, the country faces the challenges of reconstruction

2017-07-10 01:47:02

Liberating the city is a great victory, but the war-torn country still faces huge challenges, alsoFULL STORY

Heritage listing rewards years of protection efforts

2017-07-09 20:40:10

Upon hearing the news that the site was put on the list, the ranger was as proud as could be. Full Story`;

  it('ends each teaser at its read-more link and keeps the timestamp as the published date', () => {
    const r = parse(teasers);
    expect(r.items.map((i) => [i.title, i.published, i.sources.length, i.body.length])).toEqual([
      ['Cease-fire in the south could usher in a new understanding', '2017-07-10', 0, 1],
      ['After the victory, the country faces the challenges of reconstruction', '2017-07-10', 0, 1],
      ['Heritage listing rewards years of protection efforts', '2017-07-09', 0, 1],
    ]);
    expect(r.items.map((i) => i.incomplete)).toEqual([undefined, undefined, undefined]);
  });
});
describe('category tags between a headline and its text', () => {
  it('reads "• Contracts" under a headline as furniture, stacked tags too', () => {
    const r = parse(`Latest news headlines from Business News.

Perenti chief to depart, succession search begins

  • Contracts

Global mining services group Perenti has started the search for a new chief executive.

At Close of Business podcast October 10 2025

  • Podcasts
  • Podcasts/At Close of Business

Two reporters discuss how a former journalist built a marketing agency with national reach.`);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Perenti chief to depart, succession search begins', 1],
      ['At Close of Business podcast October 10 2025', 1],
    ]);
    // The intro line above the first headline is the standfirst, chrome in reading order.
    expect(r.page.chrome).toEqual([
      'Latest news headlines from Business News.',
      '• Contracts',
      '• Podcasts',
      '• Podcasts/At Close of Business',
    ]);
  });
});

describe('timestamps under the text', () => {
  it('reads "28 September 2020 | 7:30 am" after the text as the published date, never as the next headline', () => {
    const r = parse(`Malaysia News

Malaysia reports 150 new infections, highest in two weeks

New infections rose to 150 on Sunday, the health ministry said.

28 September 2020 | 7:30 am

Former premier will not contest in next election

The former prime minister said he would not stand again.

28 September 2020 | 1:02 am`);
    expect(r.items.map((i) => [i.title, i.published, i.body.length])).toEqual([
      ['Malaysia reports 150 new infections, highest in two weeks', '2020-09-28', 1],
      ['Former premier will not contest in next election', '2020-09-28', 1],
    ]);
  });
  it('reads a date followed by its reading time ("August 3, 2023 3 min read") as the published date', () => {
    const r = parse(`Economy

Central bank holds its policy rate for a third month

The central bank kept its key rate unchanged on Thursday, citing slowing inflation.

August 3, 2023 3 min read

Port operator posts a record first-half profit

Container volumes rose by a fifth as shipping lines returned to the port.

July 28, 2023 2 min read`);
    expect(r.items.map((i) => [i.title, i.published, i.body.length])).toEqual([
      ['Central bank holds its policy rate for a third month', '2023-08-03', 1],
      ['Port operator posts a record first-half profit', '2023-07-28', 1],
    ]);
  });
});

describe('live blogs', () => {
  it('reads a headline over a byline as a post even after furniture, and "Loading" as furniture', () => {
    const r = parse(`Key posts

Latest posts

What happened today

By Alexander Darling

Thanks for joining us today! We will have more for you in the next live coverage.

Surgeon who went viral. Now he has left the hospital

By Hannah Hammoud

Loading

The Melbourne surgeon featured in a video has left his job, the hospital said.`);
    expect(r.items.map((i) => [i.title, i.by])).toEqual([
      ['What happened today', 'By Alexander Darling'],
      ['Surgeon who went viral. Now he has left the hospital', 'By Hannah Hammoud'],
    ]);
  });
});
describe('a timestamp closing each item', () => {
  it('reads the headline right after "Published: ..." as the next item, with no blank line between', () => {
    const r = parse(`China loads missiles into new silos near Mongolia: report

China has reportedly loaded over 100 new missiles into border silos.
Published: December 22, 2025, 9:15 pm
Israel calls UN-backed famine report biased

Israeli officials criticised the report on Monday, citing increased aid deliveries.
Published: December 22, 2025, 7:35 pm`);
    expect(r.items.map((i) => [i.title, i.published])).toEqual([
      ['China loads missiles into new silos near Mongolia: report', '2025-12-22'],
      ['Israel calls UN-backed famine report biased', '2025-12-22'],
    ]);
  });
});
describe('picture credits and ">> Full Text" links', () => {
  it('reads "Cebas/Getty Images" as a photo credit and ">> Full Text" as the end of a teaser', () => {
    const r = parse(`Small-town newspaper rewrites its obituary

Dec 12, 2023
The paper was a "ghost paper" under its corporate owner. Now it has rebounded.
Cebas/Getty Images

Hedge funds set their sights on local newspapers

Jan 15, 2019
A fund has offered $1.3 billion for a newspaper publisher. Critics say beware.

Has Korea Gotten Any Safer in the Last 20 Years?
Twenty years ago today, a bridge over the river collapsed. The press lamented it. >> Full Text

N.Korea 'Building New Submarine'
An expert on the military claims to have evidence of a new submarine. >> Full Text`);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Small-town newspaper rewrites its obituary', 1],
      ['Hedge funds set their sights on local newspapers', 1],
      ['Has Korea Gotten Any Safer in the Last 20 Years?', 1],
      ["N.Korea 'Building New Submarine'", 1],
    ]);
    expect(r.page.chrome).toContain('Cebas/Getty Images');
  });
});

describe('Chinese running text', () => {
  it('reads a long Chinese paragraph cut by the page end as text, not as a headline', () => {
    const r = parse(`KLM buys cooking oil
沪2000吨’地沟油’飞上天

KLM – Royal Dutch Airlines – will purchase 2,000 tons of recycled cooking oil from China and convert it into aviation fuel.

据新华网报道,荷兰皇家航空公司将从中国采购2000吨地沟油,将其转化成航空用油。据悉,该公司每年对此油需求量达12万吨。7月中旬左右,2000吨产自上海的废弃油就将开始`);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['KLM buys cooking oil 沪2000吨’地沟油’飞上天', 2],
    ]);
  });
});

describe('timestamps that head their items', () => {
  it('gives each item the timestamp above its headline when the page starts with one', () => {
    const r = parse(`BRIEF NEWS
Apr 24, 2019 12:09 PM PT

Cango Declares Cash Dividend

Cango announced today a special cash dividend of 12.5 cents per share.



Apr 23, 2019 9:05 AM PT

Small Lenders' Capital Requirements Will Be Eased

BEIJING (Reuters) - Capital requirements for some small banks in China will be eased.`);
    expect(r.items.map((i) => [i.title, i.published])).toEqual([
      ['Cango Declares Cash Dividend', '2019-04-24'],
      ["Small Lenders' Capital Requirements Will Be Eased", '2019-04-23'],
    ]);
  });
});

describe('newspaper CMS datelines and tags above the headline', () => {
  it('reads "11:03 PM, Dec. 31, 2012 | Comments" as the date and "• Filed Under" as a tag', () => {
    const r = parse(`Business briefs

11:03 PM, Dec. 31, 2012  |  Comments
  • Filed Under

Stocks jump on signs of 'fiscal cliff' deal

The stock market shot higher Monday afternoon, in the year's final hour of trading.`);
    expect(r.items.map((i) => [i.title, i.published])).toEqual([
      ["Stocks jump on signs of 'fiscal cliff' deal", '2012-12-31'],
    ]);
    expect(r.page.chrome).toContain('11:03 PM, Dec. 31, 2012  |  Comments');
  });
});

describe('running text above the first headline', () => {
  it("reads a lead sentence over the listing as the page's standfirst, not as the first title", () => {
    // Digests that open with the day's lead sentence (The Business Times' Daily Debrief) and CMS
    // notices set above a briefs page (Montgomery Advertiser's "You will be redirected...").
    const r =
      parse(`Employment fell by a record 103,500 in the second quarter of the year, four times the previous record.

Mapletree Industrial Trust to buy US data centre for up to US$262.1m

MAPLETREE Industrial Trust is proposing to acquire a data centre and office in the US state of Virginia.

Hong Lai Huat unit to buy Cambodia land plot for US$22.5m

THE mainboard-listed company said in a bourse filing on Saturday that the subsidiary acquired the land plot.`);
    expect(r.items.map((i) => i.title)).toEqual([
      'Mapletree Industrial Trust to buy US data centre for up to US$262.1m',
      'Hong Lai Huat unit to buy Cambodia land plot for US$22.5m',
    ]);
    expect(r.page.chrome).toContain(
      'Employment fell by a record 103,500 in the second quarter of the year, four times the previous record.',
    );
  });

  it('keeps running text with its credit under it as the text of an item the page cut open', () => {
    // Global Times' list pages: "  • headline", the text, "By Outlet | date" under it.
    const r =
      parse(`China will champion the overseas expansion of big data firms, the minister said on Thursday in Guiyang.
By Global Times | 2022/5/27 0:54:45
  • Carriers are expected to add international flights

    Some Chinese carriers are expected to increase international flights after the State Council's meeting.
    By Global Times | 2022/5/26 21:10:02`);
    expect(r.page.chrome).toEqual([]);
    expect(r.items[0]!.title.slice(0, 30)).toBe('China will champion the overse');
    expect(r.items[0]!.sources.map((s) => [s.publication, s.date])[0]).toEqual([
      'Global Times',
      '2022-05-27',
    ]);
  });
});

describe('category rows with a timestamp, and "read more" links naming the outlet', () => {
  it('reads "Category | Section Date @ time" as the next item\'s date and "|Read more >|Outlet" as its credit', () => {
    // Clipping archives (Building A New Malaysia's "ANM in the News") and aggregator snippets.
    const r = parse(`New Malaysia | Reforms: Amend Laws Dec 20, 2018 @ 20:05

Senate passes AUKU (Amendment) Bill 2018

The Senate today passed the Universities and University Colleges (Amendment) Bill 2018. |Read more >|SunDaily


New Malaysia | New Initiatives: FELDA Dec 19, 2018 @ 18:57

Govt sets aside RM77m to help Felda settlers

The Government is shelling out RM77 million to help settlers with their debts. |Read more > |TheStar`);
    expect(r.items.map((i) => [i.title, i.published, i.sources.map((s) => s.publication), i.body])).toEqual([
      [
        'Senate passes AUKU (Amendment) Bill 2018',
        '2018-12-20',
        ['SunDaily'],
        ['The Senate today passed the Universities and University Colleges (Amendment) Bill 2018.'],
      ],
      [
        'Govt sets aside RM77m to help Felda settlers',
        '2018-12-19',
        ['TheStar'],
        ['The Government is shelling out RM77 million to help settlers with their debts.'],
      ],
    ]);
  });
});

describe('headlines in heading brackets', () => {
  it('reads each line set wholly in 【】 as a headline, with its translation and notes under it', () => {
    // Japanese and Chinese news blogs mark each headline so; no blank lines, no full stops.
    const r = parse(`さて、今夜のニュース見出しです:
【Japanese firms to downgrade earnings forecasts】
⇒邦人企業、収益見通しを下方修正
例)TOTO社が25% テルモ社11%も下方修正です
【Fishermen demand compensation】
⇒漁師ら、補償を要求
【Japan FM: Water release not illegal 】
⇒松本外相談、「汚染水の排水違法ではない」`);
    expect(r.items.map((i) => [i.title, i.body])).toEqual([
      [
        '【Japanese firms to downgrade earnings forecasts】 ⇒邦人企業、収益見通しを下方修正',
        ['例)TOTO社が25% テルモ社11%も下方修正です'],
      ],
      ['【Fishermen demand compensation】 ⇒漁師ら、補償を要求', []],
      ['【Japan FM: Water release not illegal 】 ⇒松本外相談、「汚染水の排水違法ではない」', []],
    ]);
  });
});

describe('items numbered in sequence', () => {
  it('opens an item at each number of a 1, 2, 3 sequence, whatever the numbered line ends with', () => {
    // English-learning pages of Taiwanese outlets number Chinese headlines ending in a full stop.
    const r = parse(`一起看BBC的頭條新聞。
1. 中日兩國船隻在有主權爭議的島嶼附近對峙,兩國緊張關係進一步惡化。
Chinese and Japanese boats face off near disputed islands as feud worsens.
路透社報導指出,中國與日本就海上衝突提出了相互矛盾的說法。
2. 香港多棟大樓遭大火吞噬後,數百人失蹤。
Hundreds missing after fire engulfs Hong Kong tower blocks.
3. 星巴克因被控違反勞動法,將支付紐約市員工 3,500 萬美元。
Starbucks to pay NYC workers $35m after alleged labour law violations.`);
    expect(r.items.map((i) => i.title)).toEqual([
      '中日兩國船隻在有主權爭議的島嶼附近對峙,兩國緊張關係進一步惡化。',
      '香港多棟大樓遭大火吞噬後,數百人失蹤。',
      '星巴克因被控違反勞動法,將支付紐約市員工 3,500 萬美元。',
    ]);
  });

  it('reads numbers on consecutive lines as a list inside one item, not as items', () => {
    const r = parse(`Dollar showing renewed strength

The dollar rose against the euro and the yen on Tuesday as traders bet on higher rates.
1. Reuters, March 4, 2008
2. Bloomberg, March 4, 2008
3. MarketWatch, March 4, 2008`);
    expect(r.items.map((i) => i.title)).toEqual(['Dollar showing renewed strength']);
  });
});

describe('a date field run into the first headline', () => {
  it('reads "date 2021-08-23 Headline" as the date and the headline', () => {
    // Archived listings whose text copy lost the break after the date field (The Business
    // Times' Daily Debrief, MarketScreener's news highlights).
    const r = parse(` date 2021-08-23 Spark Infrastructure to Recommend KKR Led $3.71 Billion Takeover Offer

Spark Infrastructure Group said it would recommend a takeover offer by a KKR-led consortium.

Ampol Makes $1.37 Billion Offer For New Zealand's Z Energy

Fuel retailer Z Energy said Australian petroleum company Ampol made a takeover offer.`);
    expect(r.items.map((i) => [i.title, i.published])).toEqual([
      ['Spark Infrastructure to Recommend KKR Led $3.71 Billion Takeover Offer', '2021-08-23'],
      ["Ampol Makes $1.37 Billion Offer For New Zealand's Z Energy", undefined],
    ]);
  });
});

describe('a headline printed twice', () => {
  it('opens an item at a headline said twice in a row, even after a teaser the site cut', () => {
    // Section pages of news portals print the image link's text, then the headline link.
    const r = parse(`India tells Canada to remove 41 of its 62 diplomats

TORONTO (AP) — India has told Canada to remove 41 of its 62 diplomats in the country, an official said Tuesday, as a diplomatic crisis over the killing of a Sikh separatist in Canada widened and both governments traded accusations about the investigation and an
Thunder Bay to host Canadian women's curling championship in 2025

Thunder Bay to host Canadian women's curling championship in 2025

THUNDER BAY, Ont. — Thunder Bay will host the 2025 Scotties Tournament of Hearts, Curling Canada said.`);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['India tells Canada to remove 41 of its 62 diplomats', 1],
      ["Thunder Bay to host Canadian women's curling championship in 2025", 1],
    ]);
  });
});

describe('one-sentence briefs under "Also:"', () => {
  it('reads each sentence under the label as an item of its own', () => {
    // Newsletters' lists of briefs too short for a headline (TIME's Morning Brief).
    const r = parse(`America falls in list of best countries
The U.S. has dropped to seventh place in a new ranking of the best countries in the world.
Also:
At least 30 people are dead after gunmen attacked a military hospital in Afghanistan.
A train smashed into a bus in Mississippi, killing at least four people.
The Morning Brief is published Mondays through Fridays. Email the writer at brief@example.com.`);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['America falls in list of best countries', 1],
      ['At least 30 people are dead after gunmen attacked a military hospital in Afghanistan.', 1],
      ['A train smashed into a bus in Mississippi, killing at least four people.', 1],
    ]);
    // A sentence with no headline is the brief's title and its text: untitled, its body the sentence.
    expect(r.items.map((i) => i.untitled)).toEqual([undefined, true, true]);
    expect(r.items[2]!.body).toEqual([
      'A train smashed into a bus in Mississippi, killing at least four people.',
    ]);
  });

  it('leaves a label outside the vocabulary over sentences as text', () => {
    const r = parse(`Rail investment hits a record

Background:
Railway investment reached a record high in 2025, the ministry said.
The network grew by 3,000 kilometres of new line.`);
    expect(r.items.map((i) => i.title)).toEqual(['Rail investment hits a record']);
  });
});

describe('a dated log: each line its date, then its headline', () => {
  it('makes each dated line an item titled by the text after its date, dated by it', () => {
    const page = [
      'Mining news',
      '',
      'September 19, 2019 First Quantum Minerals draws takeover interest',
      'September 19, 2019 US, Australia to unveil plan to improve rare earth supply',
      'September 18, 2019 Newmont offered $25 million in social projects to end mine conflict',
    ].join('\n');
    const r = parse(page);
    expect(r.items.map((i) => [i.title, i.published])).toEqual([
      ['First Quantum Minerals draws takeover interest', '2019-09-19'],
      ['US, Australia to unveil plan to improve rare earth supply', '2019-09-19'],
      ['Newmont offered $25 million in social projects to end mine conflict', '2019-09-18'],
    ]);
    expect(r.items[2]!.money.map((m) => [m.text, m.amount.currency])).toEqual([['$25 million', 'USD']]);
  });

  it('needs three such lines in a row: two dated sentences in a paragraph stay text', () => {
    const page = [
      'Central bank raises interest rates again',
      '',
      'September 19, 2019 The central bank raised its policy rate by a quarter point on Thursday.',
      'September 20, 2019 Markets fell as investors weighed the decision and what it means.',
    ].join('\n');
    expect(parse(page).items.map((i) => [i.title, i.body.length])).toEqual([
      ['Central bank raises interest rates again', 2],
    ]);
  });
});

describe('an archive of a digest’s issues', () => {
  it('makes each edition heading of the series an item over its excerpt, none the page header', () => {
    const page = [
      'Taiwan Headlines, Mar. 20, 2021',
      '',
      'The vaccine has completed locally required tests, and is expected to be rolled out next week […]',
      '',
      'Taiwan Headlines, Feb. 20, 2021',
      '',
      'A rapid vaccination efficacy test was developed, and the chipmaker is ahead of schedule […]',
      '',
      'Taiwan Headlines, Jan. 7',
      '',
      'Data released by the statistics office show wages rose for a fifth straight year […]',
    ].join('\n');
    const r = parse(page);
    expect(r.page.header).toBeUndefined();
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Taiwan Headlines, Mar. 20, 2021', 1],
      ['Taiwan Headlines, Feb. 20, 2021', 1],
      ['Taiwan Headlines, Jan. 7', 1],
    ]);
  });

  it('reads issue headings with day-first dates, under the page title naming the series', () => {
    const page = [
      'Daily Brief',
      '',
      'Daily Brief - Thursday 10th October, 2019',
      '',
      'The manufacturing sector accounts for close to ten per cent of output, economists say... Read more',
      '',
      '10th October 2019',
      '',
      'Daily Brief - Tuesday 8th October, 2019',
      '',
      'The association is concerned over a plan to settle tax refunds with a $3 billion bond... Read more',
      '',
      '8th October 2019',
      '',
      'Daily Brief - Monday 7th October, 2019',
      '',
      'The high commissioner says his country is the fastest growing large economy in the world. Read more',
      '',
      '7th October 2019',
    ].join('\n');
    expect(parse(page).items.map((i) => i.title)).toEqual([
      'Daily Brief - Thursday 10th October, 2019',
      'Daily Brief - Tuesday 8th October, 2019',
      'Daily Brief - Monday 7th October, 2019',
    ]);
  });

  it('leaves a row of outlet and day-first date under each headline a credit', () => {
    const page = [1, 2, 3]
      .flatMap((k) => [
        `Headline number ${['one', 'two', 'three'][k - 1]} about the economy`,
        `Morning Mail Weekly - ${k}th October, 2019`,
        'The central bank raised its policy rate by a quarter point on Thursday, citing inflation.',
        '',
      ])
      .join('\n');
    expect(parse(page).items.map((i) => i.title)).toEqual([
      'Headline number one about the economy',
      'Headline number two about the economy',
      'Headline number three about the economy',
    ]);
  });

  it('leaves an outlet and date closing each item a credit', () => {
    const page = [1, 2, 3]
      .flatMap((k) => [
        `Headline number ${['one', 'two', 'three'][k - 1]} about the economy`,
        '',
        'The central bank raised its policy rate by a quarter point on Thursday, citing inflation.',
        '',
        `Global Times, 0${k}.02.2023`,
        '',
      ])
      .join('\n');
    expect(parse(page).items.map((i) => i.sources.map((s) => [s.publication, s.date]))).toEqual([
      [['Global Times', '2023-02-01']],
      [['Global Times', '2023-02-02']],
      [['Global Times', '2023-02-03']],
    ]);
  });
});

describe('a digest’s own title over its standfirst', () => {
  const items = [
    'Treasury yields climb to a two-month high',
    'Yields rose as oil prices lifted inflation worries among investors on Tuesday.',
    '',
    'Oil prices rise on Middle East tension',
    'Crude climbed for a third day as traders weighed supply risks in the region.',
  ];

  it('is the page header, not a first briefing', () => {
    const r = parse(
      [
        'Tucson Daily Brief',
        'A warm Sunday-morning roundup of the city, sent to your inbox every week.',
        '',
        ...items,
      ].join('\n'),
    );
    expect(r.items.map((i) => i.title)).toEqual([
      'Treasury yields climb to a two-month high',
      'Oil prices rise on Middle East tension',
    ]);
  });

  it('leaves a first headline that names no digest a briefing', () => {
    const r = parse(
      [
        'Tucson council approves a new budget',
        'The council approved a budget of $2 billion on Sunday evening.',
        '',
        ...items,
      ].join('\n'),
    );
    expect(r.items.map((i) => i.title)).toEqual([
      'Tucson council approves a new budget',
      'Treasury yields climb to a two-month high',
      'Oil prices rise on Middle East tension',
    ]);
  });
});
