// Listing cards whose headline and one-sentence summary came out on one line with a space
// between (a mining news archive's dated log, a city magazine's story list: corpus/README.md).
import { describe, expect, it } from 'vitest';
import { gluedDekAt } from '../src/layout/glued-deks.js';
import { parseChecked } from './layout-helpers.js';

describe('gluedDekAt', () => {
  it('finds the summary at the first capitalised function word after a sentence-case headline', () => {
    const line = 'Port operator posts record profit on container boom The company handled 12 million boxes.';
    expect(line.slice(gluedDekAt(line))).toBe('The company handled 12 million boxes.');
  });

  it('ends a question headline at its question mark', () => {
    const line = 'Should you be taking caffeine before working out? If you train early, read on first.';
    expect(line.slice(gluedDekAt(line))).toBe('If you train early, read on first.');
  });

  it("finds a summary naming the headline's subject again, but not a name after a preposition", () => {
    const line = 'Nordic Copper draws takeover interest Nordic Copper runs two open-pit mines in Sweden.';
    expect(line.slice(gluedDekAt(line))).toBe('Nordic Copper runs two open-pit mines in Sweden.');
    expect(gluedDekAt('Nordic Copper sells its stake to rival from Nordic countries for cash')).toBe(-1);
  });

  it('never splits a title-case headline or running text with a sentence end before the word', () => {
    expect(gluedDekAt('Fed Raises Rates As Inflation Persists In Most Regions Of The Country')).toBe(-1);
    expect(gluedDekAt('Shares rose on Monday. The company said it would hire 200 engineers this year.')).toBe(
      -1,
    );
  });
});

describe('a column of cards, headline and summary on one line', () => {
  const page = [
    'Tesla wins its tweet trial as the jury sides with its chief executive It took the jurors under two hours to decide.',
    'Mafia boss captured after years hiding out as a pizza chef Another arrest came from a story about a restaurant.',
    'What is the deal with the balloon that flew over Montana? On Thursday officials said they were tracking it.',
    'Women in business network returns for its second year The community was founded to help women start firms.',
  ].join('\n');

  it('makes each line a briefing: the headline its title, the summary its text', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body])).toEqual([
      [
        'Tesla wins its tweet trial as the jury sides with its chief executive',
        ['It took the jurors under two hours to decide.'],
      ],
      [
        'Mafia boss captured after years hiding out as a pizza chef',
        ['Another arrest came from a story about a restaurant.'],
      ],
      [
        'What is the deal with the balloon that flew over Montana?',
        ['On Thursday officials said they were tracking it.'],
      ],
      [
        'Women in business network returns for its second year',
        ['The community was founded to help women start firms.'],
      ],
    ]);
  });

  it('leaves paragraphs that name a paper mid-sentence whole', () => {
    const article = [
      'The central bank raised its policy rate on Thursday, officials told The Associated Press after the meeting.',
      'Markets had priced in the move, a currency trader told The Wall Street Journal on Friday morning.',
      'Inflation stayed far too high, the governor told The Financial Times before the vote.',
    ].join('\n');
    const r = parseChecked(article);
    for (const item of r.items) expect(item.title).toMatch(/\.$/);
    expect(r.items.map((i) => i.title)).not.toContain(
      'The central bank raised its policy rate on Thursday, officials told',
    );
  });
});

describe('a dated log whose lines glue the summary to the headline', () => {
  const page = [
    'September 19, 2019 Nordic Copper draws takeover interest Nordic Copper runs two open-pit mines in Sweden.',
    'September 19, 2019 Sasol said to plan sale of its coal mining unit The unit had turnover of 20 billion rand ($1.4 billion) last year.',
    'September 18, 2019 Lucara finds another big diamond at its Karowe mine The mine has yielded 22 large diamonds this year.',
  ].join('\n');

  it('titles each item by its headline and keeps the summary as its text', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body, i.published])).toEqual([
      [
        'Nordic Copper draws takeover interest',
        ['Nordic Copper runs two open-pit mines in Sweden.'],
        '2019-09-19',
      ],
      [
        'Sasol said to plan sale of its coal mining unit',
        ['The unit had turnover of 20 billion rand ($1.4 billion) last year.'],
        '2019-09-19',
      ],
      [
        'Lucara finds another big diamond at its Karowe mine',
        ['The mine has yielded 22 large diamonds this year.'],
        '2019-09-18',
      ],
    ]);
  });
});
