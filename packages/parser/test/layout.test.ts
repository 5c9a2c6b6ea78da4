// Layout kinds the parser reads without a `Source:` line, each on a small page written in the
// shape real outlets use (see corpus/README.md for the pages these kinds were found on).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCitation, parsePage } from '../src/index.js';
import { parseChecked as parse } from './layout-helpers.js';

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

  it('knows the dollar of papers of the dollar countries on generic domains', () => {
    const text = 'Property sales rise\n\nDevelopers sold homes worth $1.2 billion in November.';
    const afr = parse(text, { url: 'https://www.afr.com/politics/news-in-brief' }).items[0]!.money[0]!.amount;
    expect([afr.currency, afr.resolved?.reason]).toEqual([
      'AUD',
      'the page is from The Australian Financial Review (AU), where $ is AUD',
    ]);
    expect(
      parse(text, { url: 'https://www.theglobeandmail.com/business/' }).items[0]!.money[0]!.amount.currency,
    ).toBe('CAD');
  });

  it('reads a bare $ as the local dollar of the country domain the page URL is under', () => {
    const text = 'Property sales rise\n\nDevelopers sold homes worth $1.2 billion in November.';
    const au = parse(text, { url: 'https://mobile.example.net.au/news/business' });
    expect(au.items[0]!.money[0]!.amount).toMatchObject({ currency: 'AUD', min: 1.2e9 });
    expect(au.items[0]!.money[0]!.amount.resolved?.reason).toBe(
      'the page is from a .au address (AU), where $ is AUD',
    );
    expect(parse(text, { url: 'https://news.example.hk/biz' }).items[0]!.money[0]!.amount.currency).toBe(
      'HKD',
    );
    // A country without a dollar of its own, and a generic domain, say nothing about `$`.
    expect(parse(text, { url: 'https://news.example.co.uk/biz' }).items[0]!.money[0]!.amount.currency).toBe(
      'USD',
    );
    expect(parse(text, { url: 'https://news.example.com/biz' }).items[0]!.money[0]!.amount.currency).toBe(
      'USD',
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

  it('reads "- Headline — deck" items on a page set that way, and a dateline before a dash as no headline', () => {
    // Digests that print "headline — one sentence" (The Wire China's roundup); Malay Mail's
    // "KUALA LUMPUR, Feb 5 — text" is a dateline.
    const r =
      parse(`- China's Economy Shows Fresh Signs of Weakness in Factories, Consumer Spending — The latest data will heap further pressure on policy makers.
- China's Slowing Economy Spells Trouble for Dry-Bulk Shipping — The world's biggest commodity importer is slowing down, sending rates lower.
- Foreign investors sell China shares at record pace in August — Outflows of $12bn come as Beijing's support measures fail.`);
    expect(r.items.map((i) => [i.title, i.body])).toEqual([
      [
        "China's Economy Shows Fresh Signs of Weakness in Factories, Consumer Spending",
        ['The latest data will heap further pressure on policy makers.'],
      ],
      [
        "China's Slowing Economy Spells Trouble for Dry-Bulk Shipping",
        ["The world's biggest commodity importer is slowing down, sending rates lower."],
      ],
      [
        'Foreign investors sell China shares at record pace in August',
        ["Outflows of $12bn come as Beijing's support measures fail."],
      ],
    ]);
    // The list marks and the dashes are layout: the page's chrome keeps them.
    expect(r.page.chrome.filter((c) => c === '-')).toHaveLength(3);
    const dated = parse(`Rafizi: Trade wars just part of global economy

KUALA LUMPUR, Feb 5 — Malaysia is on track to meet its 2025 growth target despite the risks posed by the tariff war, said the minister.

Fireball on Lekas highway: Five pulled from burning car

KUALA LUMPUR, Feb 5 — Five individuals, including two children, were rescued by firefighters after their car crashed and caught fire.`);
    expect(dated.items.map((i) => i.title)).toEqual([
      'Rafizi: Trade wars just part of global economy',
      'Fireball on Lekas highway: Five pulled from burning car',
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
    // The same briefing on two pages keeps its text on both: a paragraph said twice is no template.
    expect(r.items.filter((i) => i.body.length === 0)).toEqual([]);
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
  it('reads an edition heading dated in figures, day first, as the listing header', () => {
    const r = parsePage(`Daily Courier edition of 16-09-22

Prime minister meets the Belarus president on the summit's sidelines

By Staff Reporter

ISLAMABAD: The prime minister on Thursday had a bilateral meeting with the president of Belarus.`);
    expect(r.page.header).toBe('Daily Courier edition of 16-09-22');
    expect(r.items.map((i) => i.title)).toEqual([
      "Prime minister meets the Belarus president on the summit's sidelines",
    ]);
  });
});
