// Page furniture that must not come back as a briefing, between and after real items: pager
// rows, comment counters, share-button rows, a WordPress feed's footer, the "Most read" block
// after the listing. Small pages in the shapes real outlets use (corpus/README.md lists them).
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

const shape = (text: string) =>
  parseChecked(text).items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)]);

describe('chrome rows between and after cited items', () => {
  const page = [
    'Business briefing',
    '',
    'Port strike halts grain exports for third day',
    "Dock workers at the country's largest port stayed off the job on Wednesday, leaving dozens of grain vessels waiting at anchor as talks over pay stalled.",
    'Source: Reuters',
    '',
    'Share on Facebook Share on Twitter Email',
    '',
    'Advertisement',
    '',
    'Central bank holds rates steady at 4.5%',
    'The central bank kept its benchmark rate unchanged for a fourth straight meeting, citing sticky services inflation and a tight labour market.',
    'Source: Bloomberg',
    '',
    '12 comments',
    '',
    'Carmaker recalls 40,000 vehicles over brake fault',
    'The company said a software error could delay braking on some models sold since March and that owners would be contacted by mail.',
    'Source: AFP',
    '',
    'Most read',
    'Stocks slide as oil climbs above $90',
    'Airline shares fall after fuel warning',
    'Tech giant delays phone launch',
    'Retail sales beat forecasts in October',
    '',
    '1 2 3 Next',
  ].join('\n');

  it('keeps the three items and takes neither the "Most read" headlines nor the pager for one', () => {
    expect(shape(page)).toEqual([
      ['Port strike halts grain exports for third day', 1, ['Reuters']],
      ['Central bank holds rates steady at 4.5%', 1, ['Bloomberg']],
      ['Carmaker recalls 40,000 vehicles over brake fault', 1, ['Agence France-Presse']],
    ]);
  });
});

describe('a comment-and-embed row under each card of an uncited listing', () => {
  // A Nigerian news blog's card, and a WordPress theme's: headline, teaser, "Read More", then the
  // comment counter with the embed button and the post's time.
  const page = [
    'Man arrested over warehouse fire',
    '',
    'Police in the state capital have arrested a man suspected of starting a fire that destroyed a warehouse on Monday night.',
    'Read More',
    'Comment 0 0 Embed March 28, 2025 at 10:57 am',
    '',
    'Fuel queues return to the capital',
    '',
    'Long queues returned to filling stations on Tuesday as supply from the depots slowed again.',
    'Read More',
    'Comment 0 0 Embed March 28, 2025 at 9:54 am',
    '',
    'Naira firms against the dollar',
    '',
    'The local currency gained on the parallel market on Wednesday as the central bank sold more dollars to dealers.',
    'Read More',
    '3 comments',
  ].join('\n');

  it('reads the counter as furniture, not as the next headline', () => {
    expect(shape(page)).toEqual([
      ['Man arrested over warehouse fire', 1, []],
      ['Fuel queues return to the capital', 1, []],
      ['Naira firms against the dollar', 1, []],
    ]);
  });
});

describe("a share-button row above a digest's first item", () => {
  const page = [
    'Five things you need to know today',
    '',
    'Share this article: Share Tweet Share Share Share Email Share',
    '',
    'Good morning. Here is the business news you need to start your day.',
    '',
    '1. Power utility cuts load shedding to stage two',
    '',
    'The utility said on Sunday that it would ease power cuts from Monday as units returned to service.',
    '',
    '2. Miner raises its dividend after a record half',
    '',
    'The miner lifted its interim payout by a fifth after higher metal prices lifted earnings.',
  ].join('\n');

  it('takes no button row for an item', () => {
    const titles = parseChecked(page).items.map((i) => i.title);
    expect(titles.some((t) => /share/i.test(t))).toBe(false);
    expect(titles).toContain('Miner raises its dividend after a record half');
  });
});

describe("a WordPress feed's footer under each post", () => {
  const page = [
    'Airline resumes flights to London',
    '',
    'The national carrier will fly to London four times a week from next month, its director said on Monday.',
    '',
    'The post Airline resumes flights to London appeared first on Gulf Daily.',
    '',
    'Ministers meet on water supply',
    '',
    'Ministers met on Tuesday to discuss the country’s water supply ahead of the summer peak in demand.',
    '',
    'The post Ministers meet on water supply appeared first on Gulf Daily.',
  ].join('\n');

  it('is template furniture, neither a headline nor a paragraph', () => {
    expect(shape(page)).toEqual([
      ['Airline resumes flights to London', 1, []],
      ['Ministers meet on water supply', 1, []],
    ]);
  });
});

describe('a cookie notice, a newsletter sign-up and a "Trending" block in an uncited digest', () => {
  const page = [
    'Oil prices climb as supply worries grow',
    '',
    'Crude rose for a third session on Tuesday as traders weighed new export curbs against slowing demand in Asia.',
    '',
    'We use cookies to personalise content and ads',
    '',
    'By continuing to use this site you agree to our use of cookies. Manage your preferences in the settings.',
    '',
    'Retailer to shut 40 stores next year',
    '',
    'The chain said rising rents and falling footfall had made the outlets unprofitable, putting about 900 jobs at risk.',
    '',
    'News in your inbox',
    '',
    'Get the latest business news delivered to your email inbox every morning and afternoon.',
    '',
    'Sign up now',
    '',
    'Regulator fines bank over money laundering checks',
    '',
    'The watchdog said the lender failed to check thousands of customers properly over five years.',
    '',
    'Trending now',
    'Markets rally on rate hopes',
    'Airline warns on profits',
    'Housing starts fall again',
    '',
    'Page 1 of 12',
  ].join('\n');

  it('keeps the three stories, each with its one paragraph, and nothing of the furniture', () => {
    expect(shape(page)).toEqual([
      ['Oil prices climb as supply worries grow', 1, []],
      ['Retailer to shut 40 stores next year', 1, []],
      ['Regulator fines bank over money laundering checks', 1, []],
    ]);
  });

  it('keeps a story about cookies or inboxes that is no notice', () => {
    const story = [
      'Regulator fines retailer over tracking cookies',
      '',
      'The privacy watchdog said the retailer used cookies to track shoppers without their consent for two years.',
      '',
      'Scam emails flood inboxes before tax deadline',
      '',
      'Fraudsters sent millions of fake refund notices this week, the tax office said, urging people not to click on links.',
    ].join('\n');
    expect(shape(story)).toEqual([
      ['Regulator fines retailer over tracking cookies', 1, []],
      ['Scam emails flood inboxes before tax deadline', 1, []],
    ]);
  });
});

describe("a theme's credit in the page footer", () => {
  // A Bangladeshi news site's WordPress theme, and a blog's Blogger footer: the copyright line,
  // then the template's credit.
  const items = [
    'March 4, 2026, 11:31 am',
    '',
    'Budget deficit widens on slow tax receipts',
    '',
    'Staff Correspondent: The budget deficit widened by nearly three quarters in the first seven months of the fiscal year as tax receipts lagged.',
    '',
    'Read More',
    '',
    'Powered by AI, startup wins export award',
    '',
    'Staff Correspondent: A software firm that grades garments with machine vision won this year’s export trophy for services.',
    '',
    'Read More',
    '',
    '© All rights reserved © 2023 The Daily Sky',
  ];

  it('is furniture, and a headline that opens with "Powered by" is still one', () => {
    for (const footer of ['Theme Developed BY ThemesBazar.Com', 'Proudly powered by WordPress']) {
      expect(shape([...items, footer].join('\n')).map((i) => i[0])).toEqual([
        'Budget deficit widens on slow tax receipts',
        'Powered by AI, startup wins export award',
      ]);
    }
  });
});

describe('the page end cutting one more paragraph of the last item', () => {
  // An hourly wire digest and a live blog: headline, then paragraphs set apart by blank lines;
  // the excerpt stops a few words into the next paragraph.
  const items = [
    'Rioters kill 24 in western region',
    '',
    'Rioters attacked a police station and a government building on Wednesday morning, killing 24 people, state media said.',
    '',
    'Police shot dead 11 of the attackers, the report said.',
    '',
    'Official jailed over bribery case',
    '',
    'A former district official was sentenced to 13 years in prison on Friday for taking bribes worth millions of yuan.',
    '',
  ];

  it('adds the cut words to the last item as its text, not as a new headline', () => {
    const r = parseChecked([...items, 'The 55-year-old was foun'].join('\n'));
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Rioters kill 24 in western region', 2],
      ['Official jailed over bribery case', 2],
    ]);
  });

  it('still opens a new item on a cut headline, which drops its article', () => {
    const r = parseChecked([...items, 'Floods cut rail link between two'].join('\n'));
    expect(r.items.map((i) => i.title)).toEqual([
      'Rioters kill 24 in western region',
      'Official jailed over bribery case',
      'Floods cut rail link between two',
    ]);
  });
});
