// Headings set in a page's own way: kickers and the colon between them and their headlines,
// stories headed by a phrase closed by a colon. Small pages in the shapes real outlets use.
import { describe, expect, it } from 'vitest';
import { parseChecked, THREE_HEADLINES, THREE_SUMMARIES } from './layout-helpers.js';

describe('a kicker over its headline, the headline opened by the colon between them', () => {
  it('drops the colon from the title and keeps the kicker out of the items', () => {
    const page = [
      'Politik kompakt',
      '',
      'Ickinger Wahlkampf eskaliert',
      ':Angriff gegen Cornelia Zechmeister',
      '',
      'In Icking besprühen Unbekannte das Porträt der Bürgermeisterkandidatin. Die Polizei ermittelt.',
      '',
      'Politik kompakt',
      ':US-Soldat schießt auf afghanische Zivilisten',
      '',
      'Sein Motiv ist noch unklar: Ein US-Soldat hat in Kandahar auf Zivilisten geschossen. Der Mann wurde festgenommen.',
      '',
      'Politik kompakt',
      ': Viele Tote bei Luftangriffen im Jemen',
      '',
      'Im Jemen sind bei Luftangriffen mindestens 33 Menschen ums Leben gekommen. Augenzeugen berichteten von Attacken.',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Angriff gegen Cornelia Zechmeister', 1],
      ['US-Soldat schießt auf afghanische Zivilisten', 1],
      ['Viele Tote bei Luftangriffen im Jemen', 1],
    ]);
  });
});

describe('stories headed by a short phrase closed by a colon', () => {
  it('makes each such heading a title when the page heads three stories or more so', () => {
    const page = [
      '5 things you need to know for your new day',
      '',
      "It's Monday, and here are the stories to know for your new day.",
      '',
      'Hard line out of Washington:',
      '',
      'In just a few days, the tone from the United States has changed. Pressure is building for the White House to act.',
      '',
      'The government says there is no way it has used chemical weapons, but an official says evidence has been collected.',
      '',
      'At all costs:',
      '',
      'Firefighters are making progress against a blaze that is less than a third contained, officials said on Sunday.',
      '',
      'So many questions:',
      '',
      'We are still in shock over the story about the boy who shot his grandmother after playing a video game.',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Hard line out of Washington:', 2],
      ['At all costs:', 1],
      ['So many questions:', 1],
    ]);
  });

  it('leaves lines that introduce a quote inside an article alone: the page stays one article', () => {
    const page = [
      'Minister defends the budget',
      '',
      'The finance minister defended the budget on Monday against criticism from the opposition parties.',
      '',
      'The statement said:',
      '',
      '"We have made the choices that protect the most vulnerable households in the country this winter."',
      '',
      'The opposition leader wrote:',
      '',
      '"This budget fails the families it claims to protect, and the minister knows it very well."',
      '',
      'A spokesman added:',
      '',
      '"The vote will take place next week, and we expect the budget to pass with a clear majority."',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items).toEqual([]);
    expect(r.unparsed.map((u) => u.text.slice(0, 19))).toContain('The statement said:');
  });
});

describe('teasers cut at one fixed length, mid-word', () => {
  const cut = (s: string) => s.slice(0, 160);
  const teasers = [
    'Turkish President Recep Tayyip Erdogan addresses a group meeting of his party in Ankara, where he announced on Wednesday that his government plans to hold the vote in May as planned despite the earthquakes.',
    'A train arrives at a station of the Big Circle Line in Moscow, which on Wednesday opened the seventy-kilometre line, the longest subway line in the world, after more than ten years of building work.',
    'Chinese President Xi Jinping holds a welcoming ceremony for the Belarusian president in Beijing, the capital of China, before the two leaders held talks on trade, energy and their security cooperation.',
  ];
  const page = [
    'Erdogan says Turkey to hold elections on May 14 despite quakes',
    cut(teasers[0]!),
    'Moscow opens the world’s longest subway line',
    cut(teasers[1]!),
    'Xi holds talks with Belarusian president',
    cut(teasers[2]!),
  ].join('\n');

  it('ends each teaser at the cut, so the headline under it opens the next item', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Erdogan says Turkey to hold elections on May 14 despite quakes', 1],
      ['Moscow opens the world’s longest subway line', 1],
      ['Xi holds talks with Belarusian president', 1],
    ]);
  });
});

describe('a badge glued to the headline, and the relative time row under the text', () => {
  it('takes `new` off the title and reads `- 1 hour ago 16 May 25, 3:52pm -` as furniture', () => {
    const page = [
      'Times of India',
      '',
      '  • newInside story: How, and why, the fast bowler broke down again',
      "The bowler's comeback was cut short by injury after he played only two matches this season for his side.",
      '  - 1 hour ago 16 May 25, 3:52pm -',
      '  • newElon Musk responds to a former FBI director’s post',
      'A cryptic post featuring seashells arranged as numbers drew a reply from the billionaire on Thursday night.',
      '  - 2 hours ago 16 May 25, 3:43pm -',
      "  • new'West trying to pit India against China': Russian minister",
      'The Russian foreign minister accused the West of trying to drive a wedge between the two neighbours.',
      '  - 2 hours ago 16 May 25, 3:34pm -',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Inside story: How, and why, the fast bowler broke down again', 1],
      ['Elon Musk responds to a former FBI director’s post', 1],
      ["'West trying to pit India against China': Russian minister", 1],
    ]);
  });

  it('keeps a headline that opens with a lower-case brand (`iPhone`, `eBay`) whole', () => {
    const page = [
      'iPhone sales slump in China as rivals cut prices',
      '',
      'Apple shipped fewer phones in China in the first quarter as local rivals cut their prices, a survey said.',
      '',
      'eBay to cut jobs as growth slows',
      '',
      'The online marketplace will cut about a thousand jobs, it said on Tuesday, as its sales growth slowed again.',
    ].join('\n');
    expect(parseChecked(page).items.map((i) => i.title)).toEqual([
      'iPhone sales slump in China as rivals cut prices',
      'eBay to cut jobs as growth slows',
    ]);
  });
});

describe('a numbered briefing whose items are sentences, some with no text under them', () => {
  it('numbers each item, though two numbered lines stand together', () => {
    // The evening and morning briefings of daily newsletters number their items, each headline a
    // sentence; an item may be its headline alone.
    const text = [
      'Good evening. Here’s the latest at the end of Thursday.',
      '1. The central bank raised interest rates again.',
      THREE_SUMMARIES[0]!,
      '2. A port strike entered its second week.',
      '3. A chipmaker lifted its annual sales forecast.',
      THREE_SUMMARIES[2]!,
    ].join('\n');
    expect(parseChecked(text).items.map((i) => [i.title, i.body.length])).toEqual([
      ['The central bank raised interest rates again.', 1],
      ['A port strike entered its second week.', 0],
      ['A chipmaker lifted its annual sales forecast.', 1],
    ]);
  });

  it('opens no item at a short unpunctuated line inside a numbered item', () => {
    // A quote closed by its speaker's name, no full stop, reads like a headline; in a numbered
    // list the next item is the next number.
    const text = [
      '1. The central bank raised interest rates again',
      '',
      THREE_SUMMARIES[0]!,
      '',
      '“We will do what it takes to bring prices down,” the governor said of the decision on Thursday',
      '',
      'An official statement from the bank will be available on Friday morning.',
      '',
      '2. A port strike entered its second week',
      '',
      THREE_SUMMARIES[1]!,
      '',
      '3. A chipmaker lifted its annual sales forecast',
      '',
      THREE_SUMMARIES[2]!,
    ].join('\n');
    expect(parseChecked(text).items.map((i) => i.title)).toEqual([
      'The central bank raised interest rates again',
      'A port strike entered its second week',
      'A chipmaker lifted its annual sales forecast',
    ]);
  });

  it('reads numbers on consecutive lines throughout as a list inside one item', () => {
    const text = [
      THREE_HEADLINES[0]!,
      '',
      THREE_SUMMARIES[0]!,
      '1. Rates rose a quarter point.',
      '2. Inflation stayed high.',
      '3. The labour market is tight.',
    ].join('\n');
    expect(parseChecked(text).items.map((i) => i.title)).toEqual([THREE_HEADLINES[0]]);
  });
});

describe('video cards: a link slug over the headline, a date stamp after the text', () => {
  it('reads the slug as furniture and the date stamp as the end of the text', () => {
    const slug = (h: string) => `${h.toLowerCase().replaceAll(' ', '-')} Play`;
    const text = THREE_HEADLINES.flatMap((h, k) => [
      slug(h),
      '',
      h,
      '',
      `New Delhi, Sep 21 (ANI): ${THREE_SUMMARIES[k]} Sep 21, 2013`,
    ]).join('\n');
    const r = parseChecked(text);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)])).toEqual(
      THREE_HEADLINES.map((h) => [h, 1, ['Asian News International']]),
    );
    expect(r.page.chrome).toContain('port-strike-enters-its-second-week Play');
  });

  it('keeps a date after a headline that closes with a quote as part of the headline line', () => {
    const text = [
      'Rwanda calls the count of new graves "disrespectful" Sep 06, 2025',
      '',
      THREE_SUMMARIES[0]!,
      '',
      `${THREE_HEADLINES[1]!} Sep 06, 2025`,
      '',
      THREE_SUMMARIES[1]!,
    ].join('\n');
    expect(parseChecked(text).items.map((i) => i.body.length)).toEqual([1, 1]);
  });
});

describe('an agency picture’s caption over the listing', () => {
  it('is furniture, not an item, as `Photo taken on ... shows ...`', () => {
    const text = [
      'Photo taken on Nov. 17, 2023, shows Himeji Castle in the western Japan city of Himeji ahead of the holidays.',
      '',
      'The following is the latest list of selected news summaries by our news service.',
      '',
      ...THREE_HEADLINES.flatMap((h, k) => ['----------', '', h, '', THREE_SUMMARIES[k]!, '']),
    ].join('\n');
    const r = parseChecked(text);
    expect(r.items.map((i) => i.title)).toEqual(THREE_HEADLINES);
    expect(r.page.chrome[0]).toMatch(/^Photo taken on Nov\. 17, 2023/);
  });
});
