// Credits and text: wire copy, glued credits, sentence credits, labelled records, numbers, abbreviations, tickers.
// Each kind on a small page written in the shape real outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked as parse } from './layout-helpers.js';

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
      ['Taiwan president calls for dialogue with China', ['Reuters']],
      ['Taiwan president to pledge strong defences', ['Reuters']],
    ]);
  });

  it('reads "(Paper/Agency, By Author)" opening the text as two credits', () => {
    // Press reviews of Taiwan news credit a paper and the agency it reprints so.
    const r = parse(`  • Caribbean Ally to be an Advocate for Taiwan: Bowman (2019-10-13)
    (Taipei Times/CNA, By Staff Writer) St Vincent and the Grenadines will advocate more strongly for Taiwan.`);
    expect(r.items[0]!.sources.map((s) => [s.publication, s.date, s.raw])).toEqual([
      ['Taipei Times', undefined, '(Taipei Times/'],
      ['Central News Agency', undefined, 'CNA, By Staff Writer)'],
    ]);
    // The date after the headline dates the item, not the credits (the corpus convention).
    expect(r.items[0]!.published).toBe('2019-10-13');
  });

  it('reads a dated dateline with no dash after it ("Taipei, Nov. 21 (CNA) A team...")', () => {
    // Focus Taiwan prints CNA's dateline so.
    const r = parse(`Taiwan students' device wins silver at international competition

Taipei, Nov. 21 (CNA) A team of students from National Chung Cheng University won a silver medal.`);
    expect(r.items.map((i) => [i.sources.map((s) => [s.publication, s.raw]), i.body])).toEqual([
      [
        [['Central News Agency', 'Taipei, Nov. 21 (CNA)']],
        ['A team of students from National Chung Cheng University won a silver medal.'],
      ],
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
  it("reads an outlet's name followed by a company suffix as the sentence's subject, not a credit", () => {
    // Brief-news listings of company announcements (166: "Baidu Inc. (Nasdaq: BIDU), China's ...").
    const r = parse(`Baidu to report first quarter results

Baidu Inc. (Nasdaq: BIDU), China's top search engine, announced on Friday that it will report results on May 16.`);
    expect(r.items.map((i) => [i.sources.length, i.body[0]])).toEqual([
      [
        0,
        "Baidu Inc. (Nasdaq: BIDU), China's top search engine, announced on Friday that it will report results on May 16.",
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

  it('reads a credit glued to the sentence with no space ("...disappeared too.(AFP)")', () => {
    // Text copies of bilingual news blogs lose the space before the credit.
    const r = parse(`In Mexico, those searching for missing relatives can vanish too

Two more brothers started looking for them but disappeared too.(AFP)`);
    expect(r.items.map((i) => [i.sources.map((s) => s.publication), i.body])).toEqual([
      [['Agence France-Presse'], ['Two more brothers started looking for them but disappeared too.']],
    ]);
  });
});
describe('records of labelled fields', () => {
  it('reads Source:/Title:/Snippet:/Read full article: records between rules, the date row as the item date', () => {
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
      r.items.map((i) => [
        i.title,
        i.body,
        i.published,
        i.sources.map((s) => [s.publication, s.date, s.url]),
      ]),
    ).toEqual([
      [
        'SA treasurer attacks Chinese government over smelter woes',
        ["The treasurer said the smelter's troubles were made in Beijing."],
        // The date row dates the record (the item), not the source it names.
        '2026-05-04',
        [['ABC News', undefined, 'https://www.abc.net.au/news/2026-05-04/sa-treasurer/106637626']],
      ],
      [
        'Policeman turned PR adviser set for top government media role',
        ['He is expected to take up the role as early as Tuesday.'],
        '2026-05-04',
        [
          [
            'South China Morning Post',
            undefined,
            'https://www.scmp.com/news/hong-kong/politics/article/3352301/tse',
          ],
        ],
      ],
    ]);
  });
});

describe('records of labelled fields, hard-wrapped', () => {
  it('joins a field value folded onto the next lines, and a link label with its URL on the next line', () => {
    const r = parse(`----------------------------------------
[2026-05-04 11:12 UTC+10:00] [General] [Factuality: 92]
Source: South China Morning Post
Title: China's Wu edges ahead of Murphy in final of World Snooker
Championship
Snippet: Wu Yize takes three-frame lead into Monday's last session,
could become only second Chinese player to claim title
Read full article:
https://www.scmp.com/sport/article/3352302/wu-edges-ahead
----------------------------------------
[2026-05-04 11:02 UTC+10:00] [Hong Kong] [Factuality: 100]
Source: South China Morning Post
Title: Policeman turned PR adviser set for top government media role
Snippet: He is expected to take up the role as early as Tuesday.
Read full article:
https://www.scmp.com/news/article/3352301/tse
----------------------------------------`);
    expect(r.items.map((i) => [i.title, i.body, i.sources.map((s) => s.url)])).toEqual([
      [
        "China's Wu edges ahead of Murphy in final of World Snooker Championship",
        [
          "Wu Yize takes three-frame lead into Monday's last session, could become only second Chinese player to claim title",
        ],
        ['https://www.scmp.com/sport/article/3352302/wu-edges-ahead'],
      ],
      [
        'Policeman turned PR adviser set for top government media role',
        ['He is expected to take up the role as early as Tuesday.'],
        ['https://www.scmp.com/news/article/3352301/tse'],
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

describe('press-release wire datelines', () => {
  it('reads "September 16, 2025 /EINPresswire.com/ --" inside a teaser as the source, dated', () => {
    const r = parse(`Roanoke Partners with Catalis to Modernize Tax Software

Collaboration sets the stage for a modern tax solution. ROANOKE, VA, UNITED STATES, September 16, 2025 /EINPresswire.com/ -- Catalis, a software company, announced a partnership.

Drugmaker Opens Research Site in Boston

BOSTON, Jan. 5, 2026 /PRNewswire/ -- The company opened a research site on Monday.`);
    expect(r.items.map((i) => [i.title, i.sources.map((s) => [s.publication, s.date])])).toEqual([
      ['Roanoke Partners with Catalis to Modernize Tax Software', [['EINPresswire.com', '2025-09-16']]],
      ['Drugmaker Opens Research Site in Boston', [['PRNewswire', '2026-01-05']]],
    ]);
  });
});

describe('bylines with a time', () => {
  it('reads "By Global Times | date" as a dated source and "By Hui Qing | date" as a byline', () => {
    const r = parse(`  • Carriers expected to add international flights

  Some Chinese carriers are expected to add more international flights next month.

  By Global Times | 2022/5/27 0:45:32

  • IPEF can hardly make dent in cooperation with ASEAN

  China has outpaced Japan to become the most important partner of the bloc.

  By Hui Qing | 2022/5/26 23:42:16`);
    expect(r.items.map((i) => [i.sources.map((s) => [s.publication, s.date]), i.by])).toEqual([
      [[['Global Times', '2022-05-27']], undefined],
      [[], 'By Hui Qing | 2022/5/26 23:42:16'],
    ]);
  });
});

describe('press releases mirrored with their source under the headline', () => {
  it('reads Title / Source: X / Title again / text / NNNN as one cited item per release', () => {
    const r = parse(`Working Group distributes tote bags to pupils

Source: Hong Kong Government special administrative region

Working Group distributes tote bags to pupils
The convenor said the bags would be handed out to 200,000 pupils this term.
Issued at HKT 16:30

NNNN

External merchandise trade statistics for May 2025

Source: Hong Kong Government special administrative region

External merchandise trade statistics for May 2025
In May 2025, the value of total exports of goods increased by 15.5% to $434.1 billion.`);
    expect(r.items.map((i) => [i.title, i.sources.map((s) => s.publication)])).toEqual([
      ['Working Group distributes tote bags to pupils', ['Hong Kong Government']],
      ['External merchandise trade statistics for May 2025', ['Hong Kong Government']],
    ]);
    expect(r.items[1]!.money.map((m) => [m.text, m.amount.currency])).toEqual([['$434.1 billion', 'HKD']]);
  });
});

describe('national news agencies', () => {
  it.each([
    ['New Delhi, Dec 3 (IANS): India said on Monday it would raise spending.', 'Indo-Asian News Service'],
    ['KUALA LUMPUR, Dec 3 (Bernama) -- Malaysia said on Monday it would raise spending.', 'Bernama'],
    [
      'NEW DELHI: India said on Monday it would raise spending. (PTI) The plan starts in April.',
      'Press Trust of India',
    ],
    ['BERLIN (dpa) - Germany said on Monday it would raise spending.', 'Deutsche Presse-Agentur'],
  ])('%s', (text, publication) => {
    const r = parse(`Government raises spending\n\n${text}`);
    expect(r.items[0]!.sources.map((s) => s.publication)).toEqual([publication]);
  });
});

describe('column rubrics in CJK brackets', () => {
  it('keeps "《中英對照讀新聞》" before a headline out of the title', () => {
    const r =
      parse(`《中英對照讀新聞》In Mexico, those searching for missing relatives can vanish too 在墨西哥,尋找失蹤親友的人也會跟著消失

Maria Herrera is scraping at the earth on a hill in southern Mexico, looking for her missing sons.`);
    expect(r.items.map((i) => i.title)).toEqual([
      'In Mexico, those searching for missing relatives can vanish too 在墨西哥,尋找失蹤親友的人也會跟著消失',
    ]);
    expect(r.page.chrome).toEqual(['《中英對照讀新聞》']);
  });
});

describe("the outlet under the headline and the story's link after the text", () => {
  it('reads them as one credit with its URL', () => {
    // Curated digests (The China Brief): headline, outlet, paragraphs, then the link alone.
    const r = parse(`Jack Ma returns to Alibaba campus, as China moves to boost business confidence
South China Morning Post
Jack Ma, the founder of Alibaba Group, recently visited the company's campus in Hangzhou.
This appearance follows Alibaba's significant internal restructuring.
https://www.scmp.com/tech/big-tech/article/3288737/jack-ma-returns-alibaba-campus
Why are top scientists leaving the West for China?
South China Morning Post
Star geometer Sun Song has returned to China after over a decade in the US.
https://www.scmp.com/news/china/science/article/3288700/top-scientists`);
    expect(
      r.items.map((i) => [i.title.slice(0, 20), i.body.length, i.sources.map((s) => [s.publication, s.url])]),
    ).toEqual([
      [
        'Jack Ma returns to A',
        2,
        [
          [
            'South China Morning Post',
            'https://www.scmp.com/tech/big-tech/article/3288737/jack-ma-returns-alibaba-campus',
          ],
        ],
      ],
      [
        'Why are top scientis',
        1,
        [
          [
            'South China Morning Post',
            'https://www.scmp.com/news/china/science/article/3288700/top-scientists',
          ],
        ],
      ],
    ]);
  });
});

describe("a paper's short name glued after each summary", () => {
  const digest = (tail: string) => `Morning Headlines

WA spending up another gear

Western Australia Premier Roger Cook has vowed to shift infrastructure spending up another gear as the state grows. ${tail}

Demand for business loans spikes

Commonwealth Bank chief Matt Comyn says the strong jobs market is driving robust demand for corporate loans. The Fin

Industry super funds weighed ASX takeover

A consortium of superannuation funds considered lobbing a takeover bid for ASX Ltd late last year. The Aus`;

  it('reads the tails as credits where the page ends three summaries or more so', () => {
    // Press digests that summarise several papers ("The Fin", "The Aus").
    const r = parse(digest('The Fin'));
    expect(r.items.map((i) => [i.title, i.sources.map((s) => s.publication)])).toEqual([
      ['WA spending up another gear', ['The Fin']],
      ['Demand for business loans spikes', ['The Fin']],
      ['Industry super funds weighed ASX takeover', ['The Aus']],
    ]);
  });

  it('reads "Full Story" after a summary as the teaser\'s link, not as a credit', () => {
    const r = parse(digest('Full Story'));
    expect(r.items[0]!.sources).toEqual([]);
    expect(r.items[0]!.body[0]!.endsWith('Full Story')).toBe(true);
  });
});

describe('credit rows with dashes between their fields', () => {
  it('reads "Outlet - Date - Section" under a headline as a dated credit', () => {
    // Regional portals reprinting wire copy (Okanagan Edge's Business Buzz).
    const r = parse(`Moving on net neutrality
The Canadian Press - Mar 06, 2018 - Business Buzz

Washington became the first state Monday to set up its own net-neutrality requirements.

GTA home sales down 35%
The Canadian Press - Mar 05, 2018 - Business Buzz

Canada's largest real estate board says home sales in the Greater Toronto Area fell nearly 35 per cent.`);
    expect(r.items.map((i) => [i.title, i.sources.map((s) => [s.publication, s.date])])).toEqual([
      ['Moving on net neutrality', [['The Canadian Press', '2018-03-06']]],
      ['GTA home sales down 35%', [['The Canadian Press', '2018-03-05']]],
    ]);
  });
});

describe('the year of year-less datelines', () => {
  it("takes the year of the page's own full dates when no citation states one", () => {
    // Wire pages date their edition in the heading and their datelines without a year.
    const r = parse(`World news, December 11, 2018

Trump meets Xi in Buenos Aires

BUENOS AIRES, Dec 10 (Reuters) - US President Donald Trump met Chinese President Xi Jinping on Monday for talks.

China cuts tariffs on US cars

BEIJING, Dec 11 (Xinhua) -- China will cut tariffs on cars imported from the United States, the ministry said.`);
    expect(r.items.map((i) => i.sources.map((s) => [s.publication, s.date]))).toEqual([
      [['Reuters', '2018-12-10']],
      [['Xinhua', '2018-12-11']],
    ]);
  });
});

describe("a dollar country's national wire", () => {
  it('reads a bare $ in a Canadian Press item as the Canadian dollar', () => {
    const r = parse(`Sears payments investigated
The Canadian Press - Mar 05, 2018 - Business Buzz

Superior Court has appointed a litigation investigator to review $3 billion in payments by Sears Canada.`);
    expect(r.items[0]!.money.map((m) => [m.text, m.amount.currency])).toEqual([['$3 billion', 'CAD']]);
  });
});
