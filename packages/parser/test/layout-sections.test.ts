// Section labels over linked headlines, and short furniture between one item's text and the
// next headline. Small pages in the shapes real outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';
import { parseChecked, THREE_HEADLINES, THREE_SUMMARIES } from './layout-helpers.js';

describe('an unlinked heading over linked headlines', () => {
  // A feed-built daily brief: <h2> section labels, then one <li> per story whose headline is
  // its link, a summary and a grey "Outlet · time" row.
  const page = `<html><body><h1>Daily brief</h1>
    <h3>Markets rebound as chip stocks rally</h3>
    <p>The Nasdaq 100 rose 1.9% on Tuesday, its best day in three weeks, led by chipmakers.</p>
    <table><tr><th>Index</th><th>Close</th></tr><tr><td>Nasdaq 100</td><td>29155.18</td></tr>
    <tr><td>S&amp;P 500</td><td>7509.20</td></tr></table>
    <h2>What happened overnight</h2>
    <ul><li><a href="https://news.example/a">Treasury yields climb to a two-month high</a>
      <div>Yields rose as oil prices lifted inflation worries among investors.</div></li>
    <li><a href="https://news.example/b">Oil prices rise on Middle East tension</a>
      <div>Crude climbed for a third day as traders weighed supply risks in the region.</div></li></ul>
    <h2>AI and technology</h2>
    <ul><li><a href="https://blog.example/c">The state of simulation for physical AI</a>
      <div>An overview of simulation tools for robots and what they are used for.</div>
      <div>Example Blog · 2026-07-21 20:00 UTC</div></li></ul>
    </body></html>`;

  it('makes each linked headline an item and the heading above it no part of any title', () => {
    const r = parsePage(page, { format: 'html' });
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Markets rebound as chip stocks rally', 1],
      ['Treasury yields climb to a two-month high', 1],
      ['Oil prices rise on Middle East tension', 1],
      ['The state of simulation for physical AI', 1],
    ]);
    expect(r.items[3]!.sources.map((s) => [s.publication, s.date])).toEqual([['Example Blog', '2026-07-21']]);
  });

  it('still joins an unlinked translation under an unlinked headline', () => {
    const r = parsePage(
      `<html><body><h1>Bilingual news</h1>
      <h3>央行宣布降息</h3><h3>Central bank cuts its policy rate</h3>
      <p>The central bank cut its policy rate by a quarter point on Thursday, its first cut this year.</p>
      <h3>台股收高</h3><h3>Taiwan shares close higher</h3>
      <p>The benchmark index rose 1.2 percent as chipmakers gained on strong export orders.</p>
      </body></html>`,
      { format: 'html' },
    );
    expect(r.items.map((i) => i.title)).toEqual([
      '央行宣布降息 Central bank cuts its policy rate',
      '台股收高 Taiwan shares close higher',
    ]);
  });
});

describe('an HTML item’s source element between its headline and its text', () => {
  // A translated foreign-press brief: the linked headline in Korean, the original English
  // headline under it, a meta row whose element class names the press, then the summary.
  const item = (href: string, ko: string, en: string, press: string, summary: string) => `
    <article class="item"><a class="title" href="${href}">${ko}</a>
      <div class="orig">${en}</div>
      <div class="meta"><span class="press">${press}</span><span class="tag">외교</span></div>
      <div class="summary">${summary}</div></article>`;
  const page = `<html><body><h1>해외 언론 브리핑</h1><section><h2>아세안 2</h2>
    ${item('https://cna.example/a', '필리핀 군, 중국과 해상 충돌 중 선원 부상 주장', 'Philippine military says China injured sailor in sea clash', 'Channel NewsAsia', '필리핀 군은 중국 해안경비대가 해상 충돌 중 필리핀 선원을 구타했다고 밝혔다. 군 당국은 이번 충돌이 스프래틀리 군도 인근 해역에서 일어났으며 부상한 선원은 치료를 받고 있다고 덧붙였다.')}
    ${item('https://st.example/b', '태국, 캄보디아군 탱크 문제로 중국에 우려 제기', 'Thailand raises alarm with China over tanks to Cambodia army', 'The Straits Times', '태국 총리가 시진핑 주석과 만나 캄보디아군 탱크 문제로 우려를 표명했다. 태국 정부는 국경 지역의 긴장이 다시 높아지는 것을 막기 위해 중국 측에 협조를 요청했다고 밝혔다.')}
    ${item('https://cna.example/c', '웡 총리, 신임 영국 총리 축하 인사', 'PM Wong congratulates new UK prime minister', 'Channel NewsAsia', '싱가포르 총리가 새 영국 총리에게 축하 메시지를 전하며 양국 협력 강화를 기대했다. 두 정상은 무역과 기술 분야의 협력을 넓히는 방안을 곧 논의하기로 했다고 총리실이 전했다.')}
    </section></body></html>`;

  it('does not hide the headline’s translation: both headline lines make the title', () => {
    const r = parsePage(page, { format: 'html' });
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)])).toEqual([
      [
        '필리핀 군, 중국과 해상 충돌 중 선원 부상 주장 Philippine military says China injured sailor in sea clash',
        1,
        ['Channel NewsAsia'],
      ],
      [
        '태국, 캄보디아군 탱크 문제로 중국에 우려 제기 Thailand raises alarm with China over tanks to Cambodia army',
        1,
        ['The Straits Times'],
      ],
      [
        '웡 총리, 신임 영국 총리 축하 인사 PM Wong congratulates new UK prime minister',
        1,
        ['Channel NewsAsia'],
      ],
    ]);
  });
});

describe('short lines between an item’s text and the next headline', () => {
  it('are furniture, not paragraphs, when they lead to the next headline', () => {
    const r = parseChecked(
      [
        'Morning digest',
        '',
        'Port strike enters second week',
        '',
        'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
        '',
        'Related topics',
        'Shipping',
        'Labour',
        '',
        'Chipmaker raises forecast',
        '',
        'The company lifted its annual sales forecast after orders from data centres surged.',
      ].join('\n'),
    );
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Port strike enters second week', 1],
      ['Chipmaker raises forecast', 1],
    ]);
  });

  it('stay in the item when they open a list (a line ending in a colon)', () => {
    const r = parseChecked(
      [
        'Press releases',
        '',
        'New transport hub gets funding',
        '',
        'The fund has awarded money to support a new transport hub in the town centre.',
        '',
        'It will improve:',
        '',
        'Links between bus and rail',
        '',
        'Journey times',
        '',
        'Station Quarter upgrades',
        '',
        'Building work starts in the spring and should take about a year.',
        '',
        'Pub allocated community funding',
        '',
        'A village pub will reopen as a community hub after a grant was approved this week.',
      ].join('\n'),
    );
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['New transport hub gets funding', 6],
      ['Pub allocated community funding', 1],
    ]);
  });
});

describe('numbered items whose line runs long', () => {
  it('opens an item at each number however long the numbered line is', () => {
    // A blog's daily list of world headlines: each numbered line holds the headline, the
    // summary and a vocabulary note, well past 300 characters; a commentary paragraph follows.
    const gloss = '(disrespectful: rude; remarks: comments made in public; envoy: a diplomat sent abroad)';
    const item = (n: number, head: string) =>
      `${n}. ${head}. The foreign secretary said on Tuesday that the remarks were wrong and that the government stood by its envoy, who had written a series of frank memos about the administration that were later leaked. ${gloss}`;
    const r = parseChecked(
      [
        'World news headlines',
        '',
        item(1, 'Minister calls remarks disrespectful to the country'),
        '',
        '외무장관은 대통령의 발언이 무례하고 잘못된 것이라고 말했다.',
        '',
        item(2, 'Billionaire and former candidate dies at 89'),
        '',
        '억만장자이자 전 대선 후보가 89세로 세상을 떠났다는 소식이다.',
        '',
        item(3, 'Singer pulls out of festival after backlash'),
        '',
        '가수가 반발 여론 속에 축제 공연을 취소했다는 소식이다.',
      ].join('\n'),
    );
    expect(r.items.map((i) => i.title.slice(0, 40))).toEqual([
      'Minister calls remarks disrespectful to ',
      'Billionaire and former candidate dies at',
      'Singer pulls out of festival after backl',
    ]);
  });
});

describe('a section and an author between each headline and its text', () => {
  it('are furniture in that slot even on the item whose section and author the page shows once', () => {
    // A tag listing: headline, section, author, teaser; the page repeats "U.S." and one
    // author, and one item has "Trending" and another writer.
    const item = (head: string, section: string, author: string, teaser: string) =>
      [head, '', section, author, '', teaser, ''].join('\n');
    const r = parseChecked(
      [
        'City Council',
        '',
        item(
          'Zoo will relocate as council votes for the move',
          'U.S.',
          'Amanda Smith',
          'A new zoo is coming to the city after a long council session ended in a 4-1 vote to approve ...',
        ),
        item(
          'Council approves garbage rate hike and algae study',
          'U.S.',
          'Amanda Smith',
          'City residents will pay more for trash service beginning in July after a vote on Monday ...',
        ),
        item(
          'Mayor’s new engagement forms subject to transparency laws',
          'Trending',
          'Sarah Wilson',
          'The council’s top tech official said the administration must publicly release the information ...',
        ),
        item(
          'Council to reconsider cancer centre sales tax repeal',
          'U.S.',
          'Amanda Smith',
          'A repeal of the sales tax that pays for the cancer centre is up for reconsideration by ...',
        ),
      ].join('\n'),
    );
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Zoo will relocate as council votes for the move', 1],
      ['Council approves garbage rate hike and algae study', 1],
      ['Mayor’s new engagement forms subject to transparency laws', 1],
      ['Council to reconsider cancer centre sales tax repeal', 1],
    ]);
  });
});

describe('a source element of outlet links under a headline with no summary', () => {
  it('gives one citation per link, with its address', () => {
    // A feed-built "top events" brief: each card a rank, a headline, a count of sources and
    // the outlets that carried it, each a link whose class names it a source.
    const card = (n: number, title: string, links: [string, string][]) =>
      `<div class="event-card"><div class="event-header"><span class="event-number">#${n}</span></div>
       <h2 class="event-title">${title}</h2>
       <div class="event-meta"><span class="article-count">${links.length} articles</span></div>
       <div class="event-sources">${links
         .map(
           ([name, href]) =>
             `<a class="source-link" href="${href}"><span class="source-badge">${name}</span></a>`,
         )
         .join(' ')}</div></div>`;
    const r = parsePage(
      `<html><body><header><h1>Morning Brief</h1><div class="date">December 22, 2025</div></header>
      ${card(1, 'Coast Guard chases an oil tanker linked to Venezuela', [
        ['BBC World News', 'https://www.bbc.example/a1'],
        ['New York Times World', 'https://www.nytimes.example/a2'],
      ])}
      ${card(2, 'Nine killed in South African pub shooting', [
        ['NPR News', 'https://www.npr.example/b1'],
        ['The Guardian World', 'https://www.guardian.example/b2'],
      ])}
      ${card(3, 'Oil advances as the US pursues a third tanker', [
        ['Financial Times World', 'https://www.ft.example/c1'],
        ['Bloomberg Markets', 'https://www.bloomberg.example/c2'],
      ])}
      </body></html>`,
      { format: 'html' },
    );
    expect(r.items.map((i) => [i.title, i.sources.map((s) => s.url)])).toEqual([
      [
        'Coast Guard chases an oil tanker linked to Venezuela',
        ['https://www.bbc.example/a1', 'https://www.nytimes.example/a2'],
      ],
      [
        'Nine killed in South African pub shooting',
        ['https://www.npr.example/b1', 'https://www.guardian.example/b2'],
      ],
      [
        'Oil advances as the US pursues a third tanker',
        ['https://www.ft.example/c1', 'https://www.bloomberg.example/c2'],
      ],
    ]);
  });
});

describe('a linked source in parentheses after each paragraph', () => {
  it('is a citation of the item with its address, and leaves the paragraph', () => {
    // A city newsletter: each story's paragraphs end with the outlet they came from, linked.
    const r = parsePage(
      `<html><body><h1>Good morning</h1>
      <h2>City demands repayment of pandemic aid</h2>
      <p>The state bank expects to reclaim 325 million euros in aid from freelancers and small firms. (<a href="https://paper.example/a">Morning Post</a>)</p>
      <p>Associations say the programmes were poorly designed and penalize the cultural sector. (<a href="https://weekly.example/b">The Weekly</a>)</p>
      <h2>Club saved from closure</h2>
      <p>The club announced a long lease extension, reversing its planned closure this year. (<a href="https://radio.example/c">radio24.example</a>)</p>
      </body></html>`,
      { format: 'html' },
    );
    expect(r.items.map((i) => [i.title, i.body, i.sources.map((s) => [s.raw, s.url])])).toEqual([
      [
        'City demands repayment of pandemic aid',
        [
          'The state bank expects to reclaim 325 million euros in aid from freelancers and small firms.',
          'Associations say the programmes were poorly designed and penalize the cultural sector.',
        ],
        [
          ['(Morning Post)', 'https://paper.example/a'],
          ['(The Weekly)', 'https://weekly.example/b'],
        ],
      ],
      [
        'Club saved from closure',
        ['The club announced a long lease extension, reversing its planned closure this year.'],
        [['(radio24.example)', 'https://radio.example/c']],
      ],
    ]);
  });
});

describe('a bulleted headline and its bulleted translation', () => {
  it('are the title, not category tags, when every line of the page is bulleted', () => {
    // A bilingual lesson page: every line a list item, the English headline, its Chinese
    // translation, then English and Chinese paragraphs in turn.
    const r = parseChecked(
      [
        '  • (2008-12-22)------',
        '',
        '  • China Prepares to Send Two Giant Pandas to Taiwan',
        '  • 中國準備將兩隻大熊貓送往台灣',
        '  •   A plane from Taiwan arrived in the southern Chinese city of Chengdu today to pick up a pair of giant pandas.',
        '  • 台灣一架飛機星期一抵達中國南部城市成都,準備接收一對大熊貓去台灣。',
        '',
        '  • (2008-12-23)------',
        '',
        '  • Another Interest Rate Cut For China',
        '  • 中國再度降息',
        '  •   The slowing global economy is hurting even China’s usually strong growth, and the central bank cut rates again.',
        '  • 全球經濟放緩甚至影響到中國通常強勁的增長,央行再度降息。',
      ].join('\n'),
    );
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      // The list mark before a headline is layout (it goes to the chrome), as a list number is.
      ['China Prepares to Send Two Giant Pandas to Taiwan • 中國準備將兩隻大熊貓送往台灣', 2],
      ['Another Interest Rate Cut For China • 中國再度降息', 2],
    ]);
  });
});

describe('a section label or a clock time set right on the headline', () => {
  const H = [
    'Central bank raises rates for the first time this year',
    'Port strike enters its second week as talks stall',
  ];
  const S = [
    'The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation.',
    'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore.',
  ];

  it('a category above each headline with no blank line between them', () => {
    const r = parseChecked(
      ['Business news', '', 'Economy', H[0], '', S[0], '', 'Shipping', H[1], '', S[1]].join('\n'),
    );
    expect(r.items.map((i) => [i.title, i.body])).toEqual([
      [H[0], [S[0]]],
      [H[1], [S[1]]],
    ]);
  });

  it('a time of day above each headline, and an "Updated: 10:11 AM CDT" stamp after the text', () => {
    const r = parseChecked(
      ['Business news', '', '9:30 AM', H[0], S[0], '', '10:30 AM', H[1], S[1], 'Updated: 10:45 AM CDT'].join(
        '\n',
      ),
    );
    expect(r.items.map((i) => [i.title, i.body])).toEqual([
      [H[0], [S[0]]],
      [H[1], [S[1]]],
    ]);
  });
});

describe('headlines closed by a full stop', () => {
  const H = [
    'Central bank raises rates for the first time this year.',
    'Port strike enters its second week as talks stall.',
    'Chipmaker lifts its annual forecast on data centre demand.',
  ];
  const S = [
    'The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation and a tight labour market.',
    'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore and exporters counting the cost.',
    'The company lifted its annual sales forecast after orders from data centres surged in the quarter to a record.',
  ];

  it('are headlines on a page that sets every item so (a short sentence over a longer summary)', () => {
    const r = parseChecked(
      ['Business news', '', ...[0, 1, 2].flatMap((i) => [H[i], '', S[i], ''])].join('\n'),
    );
    expect(r.items.map((i) => [i.title, i.body])).toEqual([0, 1, 2].map((i) => [H[i], [S[i]]]));
  });

  it('stay paragraphs in an article whose paragraphs are mostly long', () => {
    const long = `${S[0]} ${S[1]}`;
    const r = parseChecked(
      [
        'Opinion',
        '',
        'Why rates still matter',
        '',
        long,
        '',
        'Markets barely moved.',
        '',
        long,
        '',
        long,
        '',
        long,
      ].join('\n'),
    );
    expect(r.items.map((i) => i.title)).toEqual(['Why rates still matter']);
  });
});

describe('run-in headlines after a mark or before a bar', () => {
  const H = THREE_HEADLINES;
  const S = THREE_SUMMARIES;
  const read = (line: (i: number) => string) =>
    parseChecked(
      ["Today's top stories", '', ...[0, 1, 2].flatMap((i) => [line(i), ''])].join('\n'),
    ).items.map((it) => [it.title, it.body]);

  it('"📈 Headline: text" and "— Headline: text": the mark is layout, the head the title', () => {
    expect(read((i) => `${['📈', '⚓', '💾'][i]} ${H[i]}: ${S[i]}`)).toEqual(
      [0, 1, 2].map((i) => [`${H[i]}:`, [S[i]]]),
    );
    expect(read((i) => `— ${H[i]}: ${S[i]}`)).toEqual([0, 1, 2].map((i) => [`${H[i]}:`, [S[i]]]));
  });

  it('"Headline | text": a bar sets the headline off as an em dash does', () => {
    expect(read((i) => `${H[i]} | ${S[i]}`)).toEqual([0, 1, 2].map((i) => [H[i], [S[i]]]));
  });
});

describe('a paragraph cut off by the page end', () => {
  it('is text, not a headline, when it ends on a word that needs more ("... assets that")', () => {
    const r = parseChecked(
      [
        'Hua Nan auctioning loans',
        'Hua Nan Financial Holdings Co, owner of the nation’s fifth-biggest bank, will sell bad loans today.',
        'The bank hired a firm to manage the auction, it said in a statement.',
        '"We are selling the bad assets that',
      ].join('\n'),
    );
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([['Hua Nan auctioning loans', 3]]);
  });
});

describe('a numbered list of headlines with nothing under them', () => {
  const page = (mark: (k: number) => string) =>
    [
      'Headline practice',
      '',
      ...THREE_HEADLINES.flatMap((h, k) => [`${mark(k)}${h}`, '- ______________________', '']),
    ].join('\n');

  it('keeps each numbered headline as an item', () => {
    expect(parseChecked(page((k) => `${k + 1}) `)).items.map((i) => [i.title, i.body.length])).toEqual(
      THREE_HEADLINES.map((h) => [h, 0]),
    );
  });

  it('leaves the same headlines unnumbered as furniture', () => {
    const r = parseChecked(page(() => ''));
    expect(r.items).toEqual([]);
    expect([...r.page.chrome, ...r.unparsed.map((u) => u.text)]).toEqual(
      expect.arrayContaining(THREE_HEADLINES),
    );
  });
});

describe('a bilingual headline list, each headline with its translation on one line', () => {
  const pairs = [
    'Fake pope held in Rome for looking like John Paul II 像若望保祿二世的假教宗在羅馬被捕',
    'General anaesthesia boosts dementia risks for elderly 全身麻醉增加年長者失智風險',
    'Has blabbermouth Harry given the game away? 長舌哈利洩漏了秘密嗎?',
  ];

  it('keeps each line as an item, with nothing under it', () => {
    expect(parseChecked(pairs.join('\n\n')).items.map((i) => [i.title, i.body.length])).toEqual(
      pairs.map((p) => [p, 0]),
    );
  });

  it('leaves sentences with their translations as text', () => {
    const text = [
      'Central bank raises interest rates again',
      '',
      'The bank raised its rate by a quarter point. 央行將利率上調一碼。',
      'Markets fell on the news in early trading. 市場早盤應聲下跌。',
      'Bonds were calm through the afternoon. 債市整個下午都很平靜。',
    ].join('\n');
    expect(parseChecked(text).items.map((i) => [i.title, i.body.length])).toEqual([
      ['Central bank raises interest rates again', 3],
    ]);
  });
});
