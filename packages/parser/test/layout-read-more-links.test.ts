// A teaser's "read more" link, set alone under the teaser or glued to the next card's headline.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';

describe('"read more" links between cards', () => {
  // A regional news site's latest posts (dev 538): each teaser cut mid-sentence, its link glued
  // to the next card's headline by text extraction. The last headline ends in `ago`, which
  // makes no line a relative timestamp unless the stamp is the whole line.
  const page = `Latest Posts
Parents end fundraiser for toddler after campaign raised RM105,000
KUALA LUMPUR, — The parents of a 19-month-old girl battling cancer have decided to end their public fundraiser to cover her treatment costs. The campaign has
Read moreMissing boys found with injuries, claim they ran away due to bullying
KUALA LUMPUR, — City police said that the four boys reported missing from a religious school here were found with injuries, the police chief
Read morePM says RM20m for water pumps approved ages ago
KOTA BARU, — The Prime Minister said the RM20 million allocation for the purchase of 20 water pumps, announced in May, had long been
Read more`;

  it('sets the link apart and reads each cut teaser as its card text', () => {
    const r = parsePage(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Parents end fundraiser for toddler after campaign raised RM105,000', 1],
      ['Missing boys found with injuries, claim they ran away due to bullying', 1],
      ['PM says RM20m for water pumps approved ages ago', 1],
    ]);
    expect(r.items[2]!.money.map((m) => [m.text, m.amount.currency])).toEqual([
      ['RM20m', 'MYR'],
      ['RM20 million', 'MYR'],
    ]);
  });
});

describe('read-more links with their arrow or page pointer, glued to the next card', () => {
  // A Vietnamese aggregator's `Read More »`, an Indian one's `More »` and a South African
  // e-paper's `Read Full Story (Page 1)`, each glued to the next card's headline.
  it('sets `Read More »` apart from the headline after it', () => {
    const page = `Business
Airbus may delay some 2023 jet deliveries
Airbus may delay some deliveries planned for this year because of supply problems, its chief executive said on Tuesday, adding that the planemaker was studying the matter.
Read More »Winter cold to bite northern Vietnam starting Tuesday
A cold front will bring temperatures as low as 8 degrees Celsius to the northern mountains from Tuesday, forecasters said on Sunday.
Read More »Fuller scores late for Costa Rica to stun sluggish Japan
Keysher Fuller scored late in the second half as Costa Rica beat Japan 1-0 on Sunday to keep alive their hopes of reaching the knockout stage.
Read More »`;
    expect(parsePage(page).items.map((i) => [i.title, i.body.length])).toEqual([
      ['Airbus may delay some 2023 jet deliveries', 1],
      ['Winter cold to bite northern Vietnam starting Tuesday', 1],
      ['Fuller scores late for Costa Rica to stun sluggish Japan', 1],
    ]);
  });

  it('sets `More »` and `Read Full Story (Page 1)` apart, and keeps the money with its card', () => {
    const page = `State Aids drug suppliers fall into business rescue
Two of the pharmaceutical companies that won a slice of the latest Aids drug tender are in business rescue and have been unable to reliably supply the state, officials said...
Read Full Story (Page 1)Fossil fuels feast on R110bn in subsidies
South Africa spent nearly R200bn on energy subsidies in 2025, with most of it going to fossil fuels, slowing down the country’s climate goals, a new report finds...
More »Police may be on hook for R56bn
Claims against the police service have risen sharply over five years and now stand at a sum that could swallow a large part of its budget, the minister said...
More »`;
    const r = parsePage(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['State Aids drug suppliers fall into business rescue', 1],
      ['Fossil fuels feast on R110bn in subsidies', 1],
      ['Police may be on hook for R56bn', 1],
    ]);
    expect(r.items[1]!.money.map((m) => [m.text, m.amount.currency, m.amount.min])).toEqual([
      ['R110bn', 'ZAR', 110000000000],
      ['R200bn', 'ZAR', 200000000000],
    ]);
  });
});

describe('a paragraph under the "read more" link that closes every card', () => {
  // A blog's category page (dev 710): the copy lost two cards' headlines, so their teasers sit
  // right under the link closing the card above. Each is a card of its own, titled by its first
  // sentence.
  it('opens a headless card under the link', () => {
    const page = `English Section

Wrong to call it a bail out of the fund

The new minister has made allegations that the previous government had to bail out the fund's debts, to the tune of RM 7 billion. Not only is this misleading, it is an attempt to obscure the facts …

Read More »


Take this year-end quiz to see if you can tell fact from fiction. Post-truth was the dictionary's word of the year, a sign of how little facts count in shaping opinion …

Read More »

How the deputy slit his own throat

His first shot was to announce that he is going to be a half-term deputy, which surprised his own party and pleased nobody at all …

Read More »`;
    expect(parsePage(page).items.map((i) => i.title)).toEqual([
      'Wrong to call it a bail out of the fund',
      'Take this year-end quiz to see if you can tell fact from fiction.',
      'How the deputy slit his own throat',
    ]);
  });

  // A bank's news cards (dev 716): headline and teaser on one line, the link glued to the next
  // card (set apart by `splitGluedLinks`); every card, the first too, is titled by its first sentence.
  it('reads one-line cards between the links as headless cards', () => {
    const page = `Group plans Tk 100b fresh investment. The industrial units the group is undertaking are import-substitution ones for local consumption and export, its chairman said on Sunday at a press conference in the capital, adding that the ventures would create thousands of jobs
Read MoreGovernment eyes $2b export earnings from jute products. Textiles and Jute Minister said the government aims to raise yearly export earnings from jute and jute goods to $2.0 billion within the next two to three years, as demand for natural fibres grows in Europe and elsewhere
Read MoreIncome tax collection surges 16% in the first half. The government's income tax collection during the first six months of the current fiscal year has exhibited a notable increase compared with the previous year, according to sources within the revenue board
Read More`;
    const r = parsePage(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Group plans Tk 100b fresh investment.', 1],
      ['Government eyes $2b export earnings from jute products.', 1],
      ['Income tax collection surges 16% in the first half.', 1],
    ]);
    expect(r.items[1]!.money.map((m) => m.text)).toEqual(['$2b', '$2.0 billion']);
  });
});
