// Layout kinds the parser reads without a `Source:` line, each on a small page written in the
// shape real outlets use (see corpus/README.md for the pages these kinds were found on).
import { readFileSync } from 'node:fs';
import { validateFeed } from '@briefing/schema';
import { describe, expect, it } from 'vitest';
import { parseCitation, parsePage, toFeed } from '../src/index.js';
import { accountedCharacters, nonWhitespace } from './helpers.js';

function parse(text: string, options: Parameters<typeof parsePage>[1] = {}) {
  const result = parsePage(text, options);
  if (options.format !== 'html') expect(accountedCharacters(result)).toBe(nonWhitespace(text));
  expect(validateFeed(toFeed(result, { generatedAt: '2026-11-29T08:00:00Z' })).issues).toEqual([]);
  return result;
}

describe('headline + summary digests (no citations)', () => {
  const digest = `Business
Oil slips to $45 on demand concerns, set for weekly rise
Oil dipped to around $45 a barrel on Friday on worries that a demand recovery would slow.
Hikma raises drug sales outlook as profit jumps on pandemic demand
Hikma Pharmaceuticals raised the annual sales outlook for two of its biggest divisions on Friday.
Foreign staff at EU firms in Shanghai still unable to return, business group says
Over half of European companies in China's financial hub of Shanghai still have foreign staff who are una`;

  it('finds every item, reads the label as the listing header, and marks the cut one', () => {
    const r = parse(digest);
    expect(r.page).toMatchObject({ title: 'Business', header: 'Business' });
    expect(r.items.map((i) => i.title)).toEqual([
      'Oil slips to $45 on demand concerns, set for weekly rise',
      'Hikma raises drug sales outlook as profit jumps on pandemic demand',
      'Foreign staff at EU firms in Shanghai still unable to return, business group says',
    ]);
    expect(r.items.map((i) => i.body.length)).toEqual([1, 1, 1]);
    expect(r.items.map((i) => [i.uncited, i.incomplete])).toEqual([
      [true, undefined],
      [true, undefined],
      [undefined, true],
    ]);
    expect(r.items[0]!.money.map((m) => [m.text, m.amount.currency, m.amount.min])).toEqual([
      ['$45', 'USD', 45],
      ['$45 a barrel', 'USD', 45],
    ]);
  });

  it('keeps a hard-wrapped sentence together: a short line that carries on in lower case is no headline', () => {
    const r = parse(
      'Export Rules Tighten\n\nThe ministry said on Monday that exports\nof gallium would be licensed.\n\nIt gave no date.',
    );
    expect(r.items).toHaveLength(1);
    expect(r.items[0]!.body).toEqual([
      'The ministry said on Monday that exports of gallium would be licensed.',
      'It gave no date.',
    ]);
  });
});

describe('citation styles other than "Source:"', () => {
  it('reads wire datelines at the start of the text, keeping the text', () => {
    const r = parse(`Paraguay rioters storm Congress; Senate votes to amend constitution

ASUNCION (Reuters) - Protesters stormed and set fire to Paraguay's Congress on Friday.

Read more

China downplays tensions with U.S. as Xi prepares to meet Trump

BEIJING/WASHINGTON (Reuters) - Beijing sought to play down tensions with the United States on Friday.`);
    expect(r.items.map((i) => i.sources.map((s) => [s.publication, s.raw]))).toEqual([
      [['Reuters', 'ASUNCION (Reuters) -']],
      [['Reuters', 'BEIJING/WASHINGTON (Reuters) -']],
    ]);
    expect(r.items[0]!.body).toEqual(["Protesters stormed and set fire to Paraguay's Congress on Friday."]);
    expect(r.page.chrome).toEqual(['Read more']);
  });

  it('reads a dash credit, a bracketed source and a piped source line', () => {
    const r = parse(`Grain output rises

Grain output rose for the fifth year.

— Xinhua

Rail investment hits a record

Railway investment reached a record high. [Source: Caixin]

Chip exports slow

Chip exports slowed in November.

Source: Nikkei | 2025-12-14`);
    expect(
      r.items.map((i) => [i.title, i.sources[0]?.publication, i.sources[0]?.date, i.sources[0]?.raw]),
    ).toEqual([
      ['Grain output rises', 'Xinhua', undefined, '— Xinhua'],
      ['Rail investment hits a record', 'Caixin', undefined, '[Source: Caixin]'],
      ['Chip exports slow', 'Nikkei', '2025-12-14', 'Source: Nikkei | 2025-12-14'],
    ]);
    expect(r.items[1]!.body).toEqual(['Railway investment reached a record high.']);
  });

  it('reads a credit block under the headline: outlet, date line, byline', () => {
    const r = parse(`Business and Finance

IDB approves 756 aid requests

STAYING AFLOAT: IDB has issued NT$734 million in subsidies to help companies pay wages

Taipei Times
Date: May 08, 2020
By: Natasha Li / Staff reporter

Photo: Huang Pei-chun, Taipei Times

The Industrial Development Bureau has approved 756 of 1,224 applications, it said yesterday.
[FULL  STORY]`);
    expect(r.page.title).toBe('Business and Finance');
    expect(r.items).toHaveLength(1);
    const item = r.items[0]!;
    expect(item.title).toBe(
      'IDB approves 756 aid requests STAYING AFLOAT: IDB has issued NT$734 million in subsidies to help companies pay wages',
    );
    expect(item.sources.map((s) => [s.publication, s.date, s.raw])).toEqual([
      ['Taipei Times', '2020-05-08', 'Taipei Times\nDate: May 08, 2020'],
    ]);
    expect(item.by).toBe('By: Natasha Li / Staff reporter');
    expect(item.body).toEqual([
      'The Industrial Development Bureau has approved 756 of 1,224 applications, it said yesterday.',
    ]);
    expect(r.page.chrome).toEqual(['Photo: Huang Pei-chun, Taipei Times', '[FULL  STORY]']);
  });

  it('reads "[Outlet] - date" and "Author, Outlet | slug | Date" credit lines', () => {
    const r = parse(`Flu outbreaks surge at Hong Kong schools as cold weather warning issued
The forecaster issued the warning at 6am, expecting the weather to stay cold.
[South China Morning Post] - 2025-01-10
Terrible Idea: A New Afghan Surge
Douglas Wissing, Politico | New Afghan Surge? | May 9, 2017
The war in Afghanistan cannot be won...`);
    expect(r.items.map((i) => [i.title, i.sources[0]?.publication, i.sources[0]?.date])).toEqual([
      [
        'Flu outbreaks surge at Hong Kong schools as cold weather warning issued',
        'South China Morning Post',
        '2025-01-10',
      ],
      ['Terrible Idea: A New Afghan Surge', 'Politico', '2017-05-09'],
    ]);
  });

  it('reads a headline that names its outlet, with the date under it', () => {
    const r = parse(`China unveils bullet trains built for Indonesia: China Daily
August 5, 2022

Bullet trains for the Jakarta-Bandung line were unveiled on Friday in eastern China.`);
    expect(r.items[0]!.title).toBe('China unveils bullet trains built for Indonesia');
    expect(r.items[0]!.sources.map((s) => [s.publication, s.date, s.raw])).toEqual([
      ['China Daily', '2022-08-05', ': China Daily\nAugust 5, 2022'],
    ]);
  });
});

describe('bilingual titles, labels and furniture', () => {
  it('joins a title and its translation', () => {
    const r = parse(`Pandas overeat Zoo’s budget
大熊猫吃穷美国动物园

Lun Lun and Yang Yang, China’s giant pandas living in Atlanta Zoo, are draining the zoo’s coffers.`);
    expect(r.items.map((i) => i.title)).toEqual(['Pandas overeat Zoo’s budget 大熊猫吃穷美国动物园']);
    expect(r.items[0]!.body).toHaveLength(1);
  });

  it('gives no briefing for a page of navigation, and none for one long uncited article', () => {
    expect(parse('Home\n\nWorld News\n\nBusiness Desk\n\nContact Us').items).toEqual([]);
    const article = [
      'How to Read the News in Ten Minutes',
      ...Array.from(
        { length: 7 },
        (_, k) => `This is paragraph ${k + 1} of a long explainer on reading news.`,
      ),
    ].join('\n\n');
    const r = parse(article);
    expect(r.items).toEqual([]);
    expect(r.unparsed).toHaveLength(8);
    expect(r.unparsed[0]!.reason).toBe(
      'one long text with no citation is the only item: an article, not a listing of briefings',
    );
  });
});

describe('HTML: bold leads and source-link lines', () => {
  it('reads <p><strong>Title.</strong> text</p> as an item and a line of links as its citations', () => {
    const html = `<html><body><main>
<h2>Government</h2>
<p><strong>Tucson adopts new rules for large-scale data centers.</strong> The city has approved new regulations, according to AZPM.</p>
<p class="source"><a href="https://news.azpm.org/p/230756">AZPM</a></p>
<p><strong>Republican leaders defend voucher ballot measure.</strong> Legislative leaders deny the claim, Arizona Mirror reported.</p>
<p class="source"><a href="https://azmirror.com/2026/08/07/gop">Arizona Mirror</a>, <a href="https://tucson.com/x">Arizona Daily Star</a></p>
</main></body></html>`;
    const r = parse(html, { format: 'html' });
    expect(r.page.header).toBe('Government');
    expect(
      r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => [s.publication, s.url])]),
    ).toEqual([
      [
        'Tucson adopts new rules for large-scale data centers.',
        1,
        [['AZPM', 'https://news.azpm.org/p/230756']],
      ],
      [
        'Republican leaders defend voucher ballot measure.',
        1,
        [
          ['Arizona Mirror', 'https://azmirror.com/2026/08/07/gop'],
          ['Arizona Daily Star', 'https://tucson.com/x'],
        ],
      ],
    ]);
  });
});

describe('page context for a bare $', () => {
  const page = `Central bank buys $2.355b to defend weak currency

The HKMA bought HK$2.355 billion of local dollars; a US$1 billion bond was also priced.

Property sales rise

Developers sold homes worth $1.2 billion in November.`;

  it('reads a bare $ as the page’s other dollar when the page marks US dollars as such, with the reason', () => {
    const r = parse(page);
    const bare = r.items[1]!.money[0]!;
    expect(bare.amount.currency).toBe('HKD');
    expect(bare.amount.resolved?.reason).toBe(
      'the page marks US dollars as such and writes HKD elsewhere, so its bare $ is HKD',
    );
  });

  it('reads a bare $ as the local dollar of the outlet the page URL names', () => {
    const r = parse('Property sales rise\n\nDevelopers sold homes worth $1.2 billion in November.', {
      url: 'https://www.straitstimes.com/business/briefs',
    });
    expect(r.items[0]!.money[0]!.amount).toMatchObject({ currency: 'SGD', min: 1.2e9 });
    expect(r.items[0]!.money[0]!.amount.resolved?.reason).toBe(
      'the page is from The Straits Times (SG), where $ is SGD',
    );
  });

  it('without such evidence a bare $ stays the US dollar', () => {
    const r = parse('Property sales rise\n\nDevelopers sold homes worth $1.2 billion in November.');
    expect(r.items[0]!.money[0]!.amount.currency).toBe('USD');
  });
});

describe('credit lines that name the author first', () => {
  it('takes the outlet, not the author, as the publication', () => {
    const c = parseCitation('Evan Osnos, The New Yorker | How Trump Could Get Fired | May 7, 2017').citation;
    expect([c.publication, c.date]).toEqual(['The New Yorker', '2017-05-07']);
    expect(c.notes).toContain('extra words in the citation: "author: Evan Osnos"');
    expect(parseCitation('Source: Xinhua, July 22, 2013').citation.publication).toBe('Xinhua');
  });
});

describe('run-in headlines, glued wire credits, wrapped text, dotted dates', () => {
  it('reads "Title: text ... - AFP" items on a page set that way', () => {
    const r = parse(`Top foreign stories

China cuts 2014 GDP growth: China on Monday lowered its growth figure for last year by 10 basis points to 7.3%, authorities said. - AFP

Toshiba posts net loss, revamps board: Toshiba Corp posted a net loss for the last business year and named a new board after an accounting scandal. - Reuters`);
    expect(r.items.map((i) => [i.title, i.body, i.sources.map((s) => [s.publication, s.raw])])).toEqual([
      [
        'China cuts 2014 GDP growth:',
        [
          'China on Monday lowered its growth figure for last year by 10 basis points to 7.3%, authorities said.',
        ],
        [['Agence France-Presse', '- AFP']],
      ],
      [
        'Toshiba posts net loss, revamps board:',
        [
          'Toshiba Corp posted a net loss for the last business year and named a new board after an accounting scandal.',
        ],
        [['Reuters', '- Reuters']],
      ],
    ]);
  });

  it('takes a single "Word: text" line as text, not as a run-in headline', () => {
    const r = parse(
      'Rail investment hits a record\n\nBackground: Railway investment reached a record high in 2025, the ministry said.',
    );
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([['Rail investment hits a record', 1]]);
  });

  it('reads a headline over hard-wrapped text between rules', () => {
    const r = parse(`----------
Japan conveys "concern" over China gov't ships sailing thru straits

TOKYO - Tokyo has conveyed its "concern" to Beijing over the
recent passage of two Chinese coast guard ships through straits.
----------
U.S. Navy destroyer monitored Chinese carrier in Taiwan Strait: report

TAIPEI - The U.S. Navy sent a destroyer to monitor the carrier as
it sailed through the Taiwan Strait, a report said on Tuesday.`);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Japan conveys "concern" over China gov\'t ships sailing thru straits', 1],
      ['U.S. Navy destroyer monitored Chinese carrier in Taiwan Strait: report', 1],
    ]);
  });

  it('reads "Outlet, 02.02.2023" with the day first', () => {
    expect(parseCitation('Global Times, 02.02.2023').citation.date).toBe('2023-02-02');
    expect(parseCitation('CGTN, 06.07.2022').citation.date).toBe('2022-07-06');
  });
});

describe('dates in credit lines', () => {
  it('reads a time with its zone in parentheses', () => {
    const c = parseCitation('Source: BBC News - China | 17 Jan 2020 | 8:40 pm(NZT)').citation;
    expect([c.publication, c.date]).toEqual(['BBC', '2020-01-17']);
    expect(c.notes).toContain('time as written: 8:40 pm NZT');
  });
});

describe('run-in headlines need the page to be set that way', () => {
  it('two seed pages pasted together still give 8 + 8 briefings ("posted on X: ..." is a sentence)', () => {
    const seed = readFileSync(new URL('./fixtures/000_1eb645631e89ee3f.txt', import.meta.url), 'utf8');
    const r = parsePage(`${seed}\n${seed.replace('Briefings - 2. page', 'Briefings - 3. page')}`);
    expect(r.items).toHaveLength(16);
    expect(r.items.filter((i) => i.title.startsWith('Elon Musk'))).toEqual([]);
  });
});

describe('several "Outlet, Date" lines under one item', () => {
  it('reads each as a source of the item above', () => {
    const r = parsePage(`After 30 years, the US will again have a military presence in the Philippines

Washington could send troops and equipment 800 km off the coast of Taiwan, a spokesperson said.

Global Times, 02.02.2023

South China Morning Post, 05.02.2023

China informed the US that the balloon entered its airspace by accident

The Pentagon said the balloon posed no military threat.

Global Times, 06.07.2022`);
    expect(r.items.map((i) => [i.title.slice(0, 20), i.sources.map((s) => [s.publication, s.date])])).toEqual(
      [
        [
          'After 30 years, the ',
          [
            ['Global Times', '2023-02-02'],
            ['South China Morning Post', '2023-02-05'],
          ],
        ],
        ['China informed the U', [['Global Times', '2022-07-06']]],
      ],
    );
  });
});

describe('edition headings and calls to action', () => {
  it('reads a dated edition heading at the top as the listing header, and drops newsletter prompts', () => {
    const r = parsePage(`China: Daily Scan, August 12, 2020

Any attempt that challenges the one-China principle is doomed to fail

The spokesperson said on Tuesday that the principle is the basis of relations.

Subscribe to The Week`);
    expect(r.page.header).toBe('China: Daily Scan, August 12, 2020');
    expect(r.items.map((i) => i.title)).toEqual([
      'Any attempt that challenges the one-China principle is doomed to fail',
    ]);
    expect(r.page.chrome).toEqual(['Subscribe to The Week']);
  });
});

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

describe('fixed-width wire copy', () => {
  it('joins a line wrapped before a capitalised word, and reads "by denying..." as text, not a byline', () => {
    const r = parse(`Watchdog says dissident was denied care

Taipei - Reporters Without Borders, which advocates freedom of
information around the world, on Tuesday accused the authorities
by denying him proper medical care during his incarceration.
"We can clearly state that he was murdered by the lack of care," the
Paris-headquartered media rights watchdog said at a press conference.`);
    expect(r.items).toHaveLength(1);
    expect(r.items[0]!.by).toBeUndefined();
    expect(r.items[0]!.body).toEqual([
      'Taipei - Reporters Without Borders, which advocates freedom of information around the world, on Tuesday accused the authorities by denying him proper medical care during his incarceration.',
      '"We can clearly state that he was murdered by the lack of care," the Paris-headquartered media rights watchdog said at a press conference.',
    ]);
  });
});

describe('credits glued to the text', () => {
  it('reads a wire dateline ending in a colon as a credit, not a run-in headline', () => {
    const r = parse(`• Taiwan president calls for dialogue with China
    TAIPEI, October 10 (Reuters): Taiwan wants to have dialogue with China on an equal basis, the president said on Saturday.
  • Taiwan president to pledge strong defences
    TAIPEI, October 9 (Reuters): The president will pledge to strengthen the island's defences in a major speech on Saturday.`);
    expect(r.items.map((i) => [i.title, i.sources.map((s) => s.publication)])).toEqual([
      ['• Taiwan president calls for dialogue with China', ['Reuters']],
      ['• Taiwan president to pledge strong defences', ['Reuters']],
    ]);
  });

  it('reads a known outlet or a piped credit row run into the first sentence', () => {
    const r = parse(`Vaccine appears safe in early trial

Reuters A Chinese experimental vaccine was shown to be safe in an early stage clinical trial, researchers said.

Maritime Silk Road expo sees growth

Richard Butler | China Daily | Sept 26th 2017 The 2017 Maritime Silk Road Expo drew more exhibitors than last year.`);
    expect(r.items.map((i) => [i.title, i.sources.map((s) => [s.publication, s.date]), i.body[0]])).toEqual([
      [
        'Vaccine appears safe in early trial',
        [['Reuters', undefined]],
        'A Chinese experimental vaccine was shown to be safe in an early stage clinical trial, researchers said.',
      ],
      [
        'Maritime Silk Road expo sees growth',
        [['China Daily', '2017-09-26']],
        'The 2017 Maritime Silk Road Expo drew more exhibitors than last year.',
      ],
    ]);
  });
});

describe('sources credited sentence by sentence', () => {
  it('reads each "(Outlet)" after a sentence as a citation and takes it out of the text', () => {
    const r = parse(`NEWS AT A GLANCE
Dollar showing renewed strength
The dollar strengthened against the yen this morning. (Bloomberg) The stronger dollar pulled back the price of oil. (AP in Yahoo! Finance) A new poll found 62 percent blame the oil industry (in part). (CNNMoney.com)
Mortgage lender posts big loss
The lender posted a wider loss on Monday. (Reuters)`);
    expect(r.items.map((i) => [i.title, i.sources.map((s) => s.raw), i.body])).toEqual([
      [
        'Dollar showing renewed strength',
        ['(Bloomberg)', '(AP in Yahoo! Finance)', '(CNNMoney.com)'],
        [
          'The dollar strengthened against the yen this morning. The stronger dollar pulled back the price of oil. A new poll found 62 percent blame the oil industry (in part).',
        ],
      ],
      ['Mortgage lender posts big loss', ['(Reuters)'], ['The lender posted a wider loss on Monday.']],
    ]);
  });
});

describe('HTML items read as records', () => {
  const card = (press: string, time: string, href: string, title: string, sum: string) => `
    <div class="card"><div class="cardTop"><div class="meta"><span class="badge">Top</span>
      <span class="press">${press}</span> · <span class="time">${time}</span></div>
      <a class="btnOpen" href="${href}">Open</a></div>
      <div class="ttl">${title}</div>
      <div class="sum">${sum}</div></div>`;
  const cards = `<html><body><h1>Farm news brief</h1><section class="sec"><div class="secHead">Prices</div>
    ${card('Farmers Daily', '2026-02-08 13:45', 'https://farm.example/a1', 'Citrus shipments start early this year', 'Growers began shipping high-quality citrus ahead of the holiday, with prices holding steady across the region.')}
    ${card('Seoul Economic', '2026-02-07 14:39', 'https://econ.example/b2', 'Discounts on produce to widen next week', 'The ministry said discounts on fruit gift sets will grow next week as supply rises ahead of the holiday.')}
    ${card('Herald Business', '2026-02-08 08:13', 'https://herald.example/c3', 'Beef and egg prices stay high before holiday', 'Beef and egg prices remain high while vegetable prices are stable, the agriculture ministry said on Sunday.')}
    </section></body></html>`;

  it('takes the meta row above each headline as its credit, with the link button as its URL', () => {
    const r = parsePage(cards, { format: 'html' });
    expect(
      r.items.map((i) => [i.title, i.sources.map((s) => [s.publication, s.date, s.url]), i.body.length]),
    ).toEqual([
      [
        'Citrus shipments start early this year',
        [['Farmers Daily', '2026-02-08', 'https://farm.example/a1']],
        1,
      ],
      [
        'Discounts on produce to widen next week',
        [['Seoul Economic', '2026-02-07', 'https://econ.example/b2']],
        1,
      ],
      [
        'Beef and egg prices stay high before holiday',
        [['Herald Business', '2026-02-08', 'https://herald.example/c3']],
        1,
      ],
    ]);
  });

  const post = (title: string, href: string, host: string, time: string, sum: string) => `
    <article class="post-item"><div class="post-title"><h3><a href="${href}">${title}</a></h3></div>
      <div class="post-meta"><span class="score">29</span> <span class="summit-time">${time}</span>
      <span class="host">${host}</span> <a class="share-icon" href="#x">Share</a></div>
      <div class="post-summary">${sum}</div></article>`;
  const posts = `<html><body><main>
    ${post('Canada opens work permits for tech workers', 'https://www.canada.ca/en/news/tech.html', 'canada.ca', '2023-06-29 04:19:16 UTC', 'Canada has launched its first tech talent strategy to attract workers in high-growth industries.')}
    ${post('Open dataset for instruction tuning released', 'https://erichartford.com/openorca', 'erichartford.com', '2023-06-29 01:34:16 UTC', 'The project releases an open dataset and instruction-tuned models built on it for anyone to use.')}
    ${post('Container queries come to CSS', 'https://ishadeed.com/article/state-query/', 'ishadeed.com', '2023-06-28 19:34:16 UTC', 'The browser team is experimenting with a new kind of query that styles elements by their state.')}
    </main></body></html>`;

  it('takes the meta row under each headline as its credit, with the headline link as its URL', () => {
    const r = parsePage(posts, { format: 'html' });
    expect(r.items.map((i) => [i.title, i.sources.map((s) => [s.publication, s.date, s.url])])).toEqual([
      [
        'Canada opens work permits for tech workers',
        [['canada.ca', '2023-06-29', 'https://www.canada.ca/en/news/tech.html']],
      ],
      [
        'Open dataset for instruction tuning released',
        [['erichartford.com', '2023-06-29', 'https://erichartford.com/openorca']],
      ],
      [
        'Container queries come to CSS',
        [['ishadeed.com', '2023-06-28', 'https://ishadeed.com/article/state-query/']],
      ],
    ]);
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
    // Dropped drafts (the intro line) join the chrome after the lines read as chrome in passing.
    expect(r.page.chrome).toEqual([
      '• Contracts',
      '• Podcasts',
      '• Podcasts/At Close of Business',
      'Latest news headlines from Business News.',
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

describe('records of labelled fields', () => {
  it('reads Source:/Title:/Snippet:/Read full article: records between rules, with the date row', () => {
    const r = parse(`Topic: China

----------------------------------------
[2026-05-04 11:36 UTC+10:00] [General] [Factuality: 100]
Source: ABC News
Title: SA treasurer attacks Chinese government over smelter woes
Snippet: The treasurer said the smelter's troubles were made in Beijing.
Read full article: https://www.abc.net.au/news/2026-05-04/sa-treasurer/106637626
----------------------------------------
[2026-05-04 11:02 UTC+10:00] [Hong Kong] [Factuality: 100]
Source: South China Morning Post
Title: Policeman turned PR adviser set for top government media role
Snippet: He is expected to take up the role as early as Tuesday.
Read full article: https://www.scmp.com/news/hong-kong/politics/article/3352301/tse
----------------------------------------`);
    expect(
      r.items.map((i) => [i.title, i.body, i.sources.map((s) => [s.publication, s.date, s.url])]),
    ).toEqual([
      [
        'SA treasurer attacks Chinese government over smelter woes',
        ["The treasurer said the smelter's troubles were made in Beijing."],
        [['ABC News', '2026-05-04', 'https://www.abc.net.au/news/2026-05-04/sa-treasurer/106637626']],
      ],
      [
        'Policeman turned PR adviser set for top government media role',
        ['He is expected to take up the role as early as Tuesday.'],
        [
          [
            'South China Morning Post',
            '2026-05-04',
            'https://www.scmp.com/news/hong-kong/politics/article/3352301/tse',
          ],
        ],
      ],
    ]);
  });
});

describe('numbered digests', () => {
  it('keeps the item number out of the title (it goes to the page furniture)', () => {
    const r = parse(`1. Oil slips on demand worries

Oil fell to $45 a barrel on Friday as traders weighed demand.

2) Hikma raises drug sales outlook

Hikma raised its annual sales outlook on Friday.

3 / Rich list shows losses for billionaires

The world's top 100 billionaires lost $408 billion in two months.`);
    expect(r.items.map((i) => i.title)).toEqual([
      'Oil slips on demand worries',
      'Hikma raises drug sales outlook',
      'Rich list shows losses for billionaires',
    ]);
    expect(r.page.chrome).toEqual(['1.', '2)', '3 /']);
  });
});

describe('headlines ending in an abbreviation', () => {
  it('reads "... in Washington, D.C." as a headline, not a sentence', () => {
    const r = parse(`Press Releases

Governor Advocates for Western North Carolina’s Recovery in Washington, D.C.
NORTH CAROLINA, September 17 - Today the governor and local officials traveled to Washington to meet lawmakers.

Carmaker Opens Plant Near Richmond With Partner Inc.
RICHMOND, VA - The carmaker opened a plant on Monday that will employ 500 people.`);
    expect(r.items.map((i) => i.title)).toEqual([
      'Governor Advocates for Western North Carolina’s Recovery in Washington, D.C.',
      'Carmaker Opens Plant Near Richmond With Partner Inc.',
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

describe('tickers in the text', () => {
  it('reads "(NYSE: CANG)" in a first sentence as text, not as a run-in headline', () => {
    const r = parse(`Cango Declares Cash Dividend

Cango, Inc. (NYSE: CANG), an automotive platform in China, announced today a special cash dividend.

Baidu to Report First Quarter Results May 16

Baidu, Inc. (NASDAQ: BIDU), the Chinese search engine, said it would report results on May 16.`);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Cango Declares Cash Dividend', 1],
      ['Baidu to Report First Quarter Results May 16', 1],
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
