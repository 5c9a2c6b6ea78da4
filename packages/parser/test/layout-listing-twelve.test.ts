// Section listings and trailing-agency pages, round twelve: small pages in the shapes real
// outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

describe('the page end cuts the next card of a page of one-paragraph cards', () => {
  it('reads the last line, under a finished teaser, as the next headline cut off', () => {
    // A business portal's section page: each card a headline, its copy, a credit and one
    // teaser cut with an ellipsis; the next headline set tight under the teaser. The excerpt
    // stops inside the fourth headline.
    const page = [
      'Wage board receives petitions for higher minimum pay',
      '',
      'Wage board receives petitions for higher minimum pay',
      '',
      'Source: BusinessWorld Jun 18, 2026',
      '',
      'THE WAGE BOARD said it received petitions proposing in some cases more than double the current pay ...',
      'Transport department tests investor appetite for rail deals',
      '',
      'Transport department tests investor appetite for rail deals',
      '',
      'Source: BusinessWorld Jun 18, 2026',
      '',
      'THE Department of Transportation is gauging private-sector interest in running two rail lines ...',
      'Customs expects more seizures after tobacco haul',
      '',
      'Customs expects more seizures after tobacco haul',
      '',
      'Source: BusinessWorld Jun 18, 2026',
      '',
      'THE Bureau of Customs said it expects seizures of illicit goods to rise in the second half ...',
      'Regulator finds few choices for water customers',
      '',
      'Regulator finds few choices for water customers',
      '',
      'Source: BusinessWorld Jun 18, 2026',
      '',
      'THE competition regulator said the process for changing water service providers needs to be ...',
      'Carmaker expands local plant as exports gr',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Wage board receives petitions for higher minimum pay', 1],
      ['Transport department tests investor appetite for rail deals', 1],
      ['Customs expects more seizures after tobacco haul', 1],
      ['Regulator finds few choices for water customers', 1],
      ['Carmaker expands local plant as exports gr', 0],
    ]);
  });

  it('reads the date line under the last teaser as furniture, as under each card above', () => {
    // A news list: headline, one teaser, a date and reading time run together as the page's
    // copy glues them (`Nov 2, 20232 min read`), two blank lines; the
    // excerpt stops inside the next headline.
    const page = [
      'China calls for global unity at development forum',
      'With the world facing unprecedented changes, the forum heard calls to boost unity and cooperation.',
      'Dec 5, 20232 min read',
      '',
      '',
      'Leaders urge immediate ceasefire in Gaza',
      'The group of nations called for an immediate and sustained humanitarian truce on Tuesday.',
      'Nov 22, 20232 min read',
      '',
      '',
      'China says urgent steps needed to ease crisis',
      'Regional leaders are turning to Beijing to increase pressure for a ceasefire, officials said.',
      'Nov 20, 20232 min read',
      '',
      '',
      'Assistance projects helping in poverty fight',
      'China has arranged over 2,000 assistance projects in more than 120 countries over the past decade.',
      'Nov 2, 20232 min read',
      '',
      '',
      'Premier’s rem',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['China calls for global unity at development forum', 1],
      ['Leaders urge immediate ceasefire in Gaza', 1],
      ['China says urgent steps needed to ease crisis', 1],
      ['Assistance projects helping in poverty fight', 1],
      ['Premier’s rem', 0],
    ]);
  });
});

describe('a headline the page cut short with an ellipsis', () => {
  it('reads a short line ending in an ellipsis between teasers as the next headline', () => {
    // A regional section page: headline, blank line, one-sentence teaser, blank line; the card
    // trims a long headline to its width and marks the cut with an ellipsis.
    const page = [
      'Pro-government group calls for special team on postings',
      '',
      'A coalition of groups called for action by the police, the regulator and the Attorney-General.',
      '',
      'Education ministry gives over RM25m to rural schools',
      '',
      'Aid was given to 262 schools under the ministry’s special programme this year.',
      '',
      'Former premier just as much at fault as successor, says MP...',
      '',
      'The growing disaffection among voters worsens as each new prime minister takes office, the lawmaker said.',
      '',
      'While one state speaks up on autonomy, its neighbour is mute',
      '',
      'It is the activists who once led the way on autonomy and pushed for a review of the agreement.',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Pro-government group calls for special team on postings', 1],
      ['Education ministry gives over RM25m to rural schools', 1],
      ['Former premier just as much at fault as successor, says MP...', 1],
      ['While one state speaks up on autonomy, its neighbour is mute', 1],
    ]);
  });

  it('keeps a teaser’s cut tail reporting in the past tense as text', () => {
    // The same cards, the teaser run onto a second line that the page cut with an ellipsis.
    const page = [
      'Minister calls for higher wages in hotel sector',
      '',
      'The justice minister, speaking to hoteliers, says that low wages won’t make it.',
      '',
      'Minister Chuck said low wages offered...',
      '',
      'The minister added that workers deserve a fair share of the industry’s recovery this year.',
      '',
      'Police await autopsy report to conclude investigations',
      '',
      'The police said on Tuesday they were awaiting an autopsy report before closing the case.',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => i.title)).toEqual([
      'Minister calls for higher wages in hotel sector',
      'Police await autopsy report to conclude investigations',
    ]);
  });
});

describe('a feed reader’s `Feed name - date` row under each headline', () => {
  it('credits each headline with the feed named in the row under it, the weekday and time left out', () => {
    // A feed reader's category view: headline, the feed's name and the entry's time (`Feed name
    // - Thu, 2016-03-31 12:29`), the entry's text, its categories.
    const page = [
      'Indonesian News',
      '',
      'Murals brighten riverside in Yogyakarta',
      '',
      'Island Post Latest News - Thu, 2016-03-31 12:29',
      '',
      'Artists paint murals on a wall along the river in Yogyakarta on Wednesday, hoping to draw visitors.',
      '',
      'Categories: Indonesian News',
      '',
      'Tourist detained over plan to burn flag after bad trip',
      '',
      'Island Post Latest News - Thu, 2016-03-31 11:00',
      '',
      'The military command has detained a foreign tourist who planned to burn the national flag, officials said.',
      '',
      'Categories: Indonesian News',
      '',
      'Ferry operators raise fares ahead of holiday season',
      '',
      'Island Post Latest News - Wed, 2016-03-30 18:45',
      '',
      'Ferry operators raised fares by a tenth on Wednesday, citing fuel costs ahead of the holiday rush.',
      '',
      'Categories: Indonesian News',
    ].join('\n');
    const r = parseChecked(page);
    expect(
      r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => [s.publication, s.date])]),
    ).toEqual([
      ['Murals brighten riverside in Yogyakarta', 1, [['Island Post Latest News', '2016-03-31']]],
      [
        'Tourist detained over plan to burn flag after bad trip',
        1,
        [['Island Post Latest News', '2016-03-31']],
      ],
      ['Ferry operators raise fares ahead of holiday season', 1, [['Island Post Latest News', '2016-03-30']]],
    ]);
  });
});

describe('a headline over its credit row on a page of credit blocks', () => {
  it('opens an item over its `Outlet, Date` row whatever the text above ended with', () => {
    // The feed reader's category view again: the first entry's text opens with a picture's
    // caption and ends on the editor's tag, `(kes)`, not a full stop; its categories line, then
    // the next headline over its feed row.
    const page = [
      'Indonesian News',
      '',
      'Tribute concert for rock star to be streamed live',
      '',
      'Island Post Latest News - Thu, 2016-03-31 12:29',
      '',
      'A graffiti mural depicting the singer is seen on a wall in London. Since his death, the mural has become a shrine.',
      '',
      'A tribute concert to the late rock star, set to take place on April 1 in New York, will be streamed live. (kes)',
      '',
      'Categories: Indonesian News',
      '',
      'Artistic makeover',
      '',
      'Island Post Latest News - Thu, 2016-03-31 11:40',
      '',
      'Artists paint murals on a wall along the river in Yogyakarta on Wednesday, hoping to draw visitors.',
      '',
      'Categories: Indonesian News',
      '',
      'Tourist detained over plan to burn flag after bad trip',
      '',
      'Island Post Latest News - Thu, 2016-03-31 11:00',
      '',
      'The military command has detained a foreign tourist who planned to burn the national flag, officials said.',
    ].join('\n');
    const r = parseChecked(page);
    // (The categories line under the tag stays in the first item's text: not this rule's.)
    expect(r.items.map((i) => [i.title, i.sources.map((s) => s.publication)])).toEqual([
      ['Tribute concert for rock star to be streamed live', ['Island Post Latest News']],
      ['Artistic makeover', ['Island Post Latest News']],
      ['Tourist detained over plan to burn flag after bad trip', ['Island Post Latest News']],
    ]);
    expect(r.items.slice(1).map((i) => i.body.length)).toEqual([1, 1]);
  });
});

describe('a headline printed twice that names its publisher after a bar', () => {
  it('credits the publisher named after the headline, as when it is printed once', () => {
    // An aggregator's day page: each headline printed twice (the image link's text, then the
    // headline link), `| Publisher` after it, then the story's text; two stories that day.
    const page = [
      'Sunday, 28 November 2021',
      '',
      'OPEC postpones technical meetings to evaluate Omicron impact -sources | Reuters',
      'OPEC postpones technical meetings to evaluate Omicron impact -sources | Reuters',
      'OPEC and its allies have postponed technical meetings to later this week, giving more time to assess the new variant.',
      'Oil extends slide as investors weigh variant risk | Reuters',
      'Oil extends slide as investors weigh variant risk | Reuters',
      'Oil prices fell again on Monday after crashing together with other markets on Friday.',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.sources.map((s) => s.publication)])).toEqual([
      ['OPEC postpones technical meetings to evaluate Omicron impact -sources', ['Reuters']],
      ['Oil extends slide as investors weigh variant risk', ['Reuters']],
    ]);
  });
});

describe('the page end cuts the next line of a press review', () => {
  it('keeps the cut start of one more credited headline as the last item', () => {
    // A press review: the day's headlines of the national papers, each closed by its paper's
    // name in parentheses, no text under them; the excerpt stops two words into the next one.
    const page = [
      'Turkey press review',
      '',
      'Dec 11, 2017 07:05GMT, Turkey, Press Review.',
      'Full-year GDP growth may be close to 7% – ministers (Milliyet)',
      'Current account posts USD 3.8bn deficit in October (Milliyet)',
      'Israel is terror state – President Erdogan (Vatan)',
      'Bahceli reiterates possibility of alliance with AKP (Vatan)',
      'Tomato prices fall as greenhouse production rises (Star)',
      'Local bran',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => i.title).slice(-2)).toEqual([
      'Tomato prices fall as greenhouse production rises',
      'Local bran',
    ]);
    expect(r.items.at(-1)!.sources).toEqual([]);
  });
});
