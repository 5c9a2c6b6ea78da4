// Lines that must not come back as briefings (second precision pass of this round): stamps,
// lesson and player furniture, listing headers. Small pages in the shapes real outlets use
// (corpus/README.md lists them).
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

const shape = (text: string) =>
  parseChecked(text).items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)]);

describe('a short-year stamp between headline and text', () => {
  // An aggregator board: the headline set tight under the text above, a blank line, the
  // outlet's name alone, the post's stamp, then its summary.
  const page = [
    'Topic: Asian markets',
    '',
    'Vietnam lifts growth target as exports recover',
    '',
    '',
    '23-09-18 23:01',
    '',
    'Vietnam raised its growth goal for the year on Monday after exports rose for a third month, the planning ministry said in a statement to lawmakers.',
    'Thai baht slides to weakest level in ten months',
    '',
    '',
    '23-09-19 04:56',
    '',
    "Thailand's currency fell past 36 to the dollar on Tuesday as foreign investors sold local bonds ahead of the central bank's meeting next week.",
    'Malaysia plans new data centre rules',
    '',
    'NY Times',
    '',
    '23-09-19 04:01',
    '',
    'Malaysia will tighten water and power rules for new data centres, its digital minister said, after a wave of projects strained supplies in Johor.',
  ].join('\n');

  it('reads the stamps as dates and the tight headlines as headlines', () => {
    expect(shape(page)).toEqual([
      ['Vietnam lifts growth target as exports recover', 1, []],
      ['Thai baht slides to weakest level in ten months', 1, []],
      ['Malaysia plans new data centre rules', 1, ['The New York Times']],
    ]);
  });
});

describe("a player's controls, a breadcrumb and filing rows between and after items", () => {
  // A news site's section page: breadcrumb over the listing, a video player's controls under
  // an item, the template's tag and filing rows after each item.
  const page = [
    'Home > News > Business',
    '',
    'Port strike halts grain exports for third day',
    '',
    "Dock workers at the country's largest port stayed off the job on Wednesday, leaving dozens of grain vessels waiting at anchor as talks over pay stalled.",
    '',
    'Watch video',
    '',
    '00:00 / 03:12',
    '',
    'Tags: ports, strikes, grain',
    '',
    'Central bank holds rates steady for fourth meeting',
    '',
    'The central bank kept its benchmark rate unchanged on Thursday, citing sticky services inflation and a tight labour market in its statement.',
    '',
    'Filed under: Markets',
    '',
    'Posted in Business, World',
  ].join('\n');

  it('reads two items and no furniture as a briefing', () => {
    expect(shape(page)).toEqual([
      ['Port strike halts grain exports for third day', 1, []],
      ['Central bank holds rates steady for fourth meeting', 1, []],
    ]);
  });

  // A lesson page built on a broadcaster's bulletin: the player's buttons under the lesson's
  // text (`在线观看下载观看`), then the bulletin's lines.
  const lesson = [
    '英语学习',
    '',
    '看新闻学英语(第九讲)',
    '',
    '今天我们继续看一则英语新闻。先听一遍,再看下面的中英对照,注意新闻标题里常见的动词时态与省略用法,这是看懂英语新闻的第一步。',
    '',
    '在线观看下载观看',
    '',
    '标签：英语学习, 新闻英语',
  ].join('\n');

  it("keeps the player's buttons and the tag row out of the briefings", () => {
    expect(shape(lesson)).toEqual([['看新闻学英语(第九讲)', 1, []]]);
  });
});

describe("a wire summary's own title over the standfirst announcing its list", () => {
  // A wire service's summary page: its name, the sentence announcing the list, then the items,
  // each a headline over a datelined text.
  const page = [
    'Agency News Summary',
    '',
    'The following is the first summary of major stories moved by the agency on Monday.',
    '',
    'Central bank to offer US$2 bln in loans to banks this week',
    'SEOUL -- The central bank said Monday it will supply US$2 billion in loans to local banks this week to ease a shortage of dollars in the market.',
    '',
    'Exports fall for fifth straight month in March',
    'SEOUL -- Exports dropped 12 percent on-year in March, the fifth monthly fall in a row, as demand for chips and cars weakened, data showed Monday.',
    '',
    'Household loans rebound in February',
    'SEOUL -- Lending to households rose in February after two months of decline as home sales picked up in the capital, the central bank said.',
  ].join('\n');

  it("reads the summary's title and standfirst as the page's header", () => {
    expect(shape(page).map((i) => i[0])).toEqual([
      'Central bank to offer US$2 bln in loans to banks this week',
      'Exports fall for fifth straight month in March',
      'Household loans rebound in February',
    ]);
  });
});

describe("the site's prompts and a related block set a blank line under its label", () => {
  // A property blog's post: three items, then its "Recommended Articles" block a blank line
  // under its label, one headline cut by the page end.
  const page = [
    'Home prices slip after new cooling measures',
    'Two weeks after the government launched the new cooling measures, second-hand prices in large estates fell by about 3 per cent, agents said.',
    '',
    'Station site draws 28 tenders',
    "The rail operator's residential site at the new station received 28 tenders on Friday, more than developers expected after the market slowed.",
    '',
    'Buyer of record-priced flat named',
    'A tycoon is the buyer of the most expensive flat in the city, local newspapers said, after paying HK$1.2 billion for three units on the Peak.',
    '',
    'Recommended Articles',
    '',
    '1/26 News Roundup: Developer wins its third harbourfront site for HK$5.53b, The Pav',
  ].join('\n');

  it('reads three items', () => {
    expect(shape(page).map((i) => i[0])).toEqual([
      'Home prices slip after new cooling measures',
      'Station site draws 28 tenders',
      'Buyer of record-priced flat named',
    ]);
  });

  // A WordPress blog's subscription widget between the post's title and its items, and the
  // post's footer asking the reader to visit the site.
  const blog = [
    'Monday’s news - Sept 22',
    '',
    'Subscribe to Blog via Email',
    '',
    'Enter your email address to subscribe to this blog and receive notifications of new posts by email.',
    '',
    'Beauty queen loses title over photo row',
    'The provincial winner has been stripped of her crown after organisers said photos posted online broke the rules of the national pageant.',
    '',
    'Turtle hatchlings emerge from island nest',
    'Dozens of hawksbill hatchlings reached the sea on Sunday from the sixteenth nest found on the island this season, park officials said.',
    '',
    'For more news from the province, please visit our website at',
  ].join('\n');

  it("keeps the widget's line and the footer's prompt out of the briefings", () => {
    expect(shape(blog).map((i) => i[0])).toEqual([
      'Beauty queen loses title over photo row',
      'Turtle hatchlings emerge from island nest',
    ]);
  });
});

describe("a roundup post's contents, its headlines run together with slashes", () => {
  const page = [
    'Monday’s news - Sept 22',
    '',
    'Beauty queen loses title/Turtle hatchlings emerge on island/Top food trends/Week of heavy rains/Child caretaker job at 45,000 baht/Thais react to documentary/ECONOMY: Baht surge linked to crypto/Thailand risks credit downgrade/TOURISM: Nightlife on life support/More wind turbines for the south',
    '',
    'Beauty queen loses title over photo row',
    'The provincial winner has been stripped of her crown after organisers said photos posted online broke the rules of the national pageant.',
    '',
    'Turtle hatchlings emerge from island nest',
    'Dozens of hawksbill hatchlings reached the sea on Sunday from the sixteenth nest found on the island this season, park officials said.',
    '',
    'Heavy rains to last all week, forecasters say',
    'The weather department warned of flash floods in the east as a monsoon trough settles over the gulf, with the heaviest falls expected on Wednesday.',
  ].join('\n');

  it('reads the contents line as furniture and the three items', () => {
    expect(shape(page).map((i) => i[0])).toEqual([
      'Beauty queen loses title over photo row',
      'Turtle hatchlings emerge from island nest',
      'Heavy rains to last all week, forecasters say',
    ]);
  });
});

describe("a daily nutshell's title over the standfirst that brings the reader its list", () => {
  const page = [
    'Today’s News in a Nutshell',
    '',
    'KATHMANDU: The portal brings you a glimpse of major developments of the day in Nepal, including politics, business/economy, sports, and more.',
    '',
    'Party withdraws support, declares government a failure',
    'The party has withdrawn its support to the government, saying a year-long review found the coalition had failed to deliver on its promises.',
    '',
    'Government spending surges by 15% in last month of fiscal year',
    'Spending rose sharply in the final month of the fiscal year as ministries rushed to use their budgets before the deadline, official data show.',
    '',
    'Tourist arrivals cross one million for the first time',
    'The country welcomed more than one million foreign tourists this year, the tourism board said, the highest number since records began.',
  ].join('\n');

  it("reads the nutshell's title and standfirst as the page's header", () => {
    expect(shape(page).map((i) => i[0])).toEqual([
      'Party withdraws support, declares government a failure',
      'Government spending surges by 15% in last month of fiscal year',
      'Tourist arrivals cross one million for the first time',
    ]);
  });
});
