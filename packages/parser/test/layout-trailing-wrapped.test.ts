// Wire clips hard-wrapped at a fixed width, closed by a trailing credit (the trailing-agency
// kind): small pages in the shapes real outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

describe('a wrapped line that breaks after a closing bracket', () => {
  // A blog clipping wire stories: headline, paragraphs wrapped at about 60 columns, then
  // `Read more at <feed>`. A line may end on a bracket the sentence runs on past.
  const page = [
    "Japan's 20-Year Bonds Decline Most in a Month",
    '',
    '(Bloomberg) -- Japanese 20-year government bonds',
    'fell the most in a month after demand dropped at an auction.',
    '',
    "The Ministry of Finance's 800 billion yen ($6.5 billion)",
    'sale drew bids worth 3.89 times the amount sold, compared with',
    '4.1 times at an auction in May.',
    '',
    'Read more at Bloomberg Bonds News',
    '',
  ].join('\n');

  it('joins the line after the bracket, in lower case, to the paragraph it carries on', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ["Japan's 20-Year Bonds Decline Most in a Month", 2],
    ]);
    expect(r.items[0]!.body[1]).toBe(
      "The Ministry of Finance's 800 billion yen ($6.5 billion) sale drew bids worth 3.89 times the amount sold, compared with 4.1 times at an auction in May.",
    );
  });

  it('keeps apart the lines of a bilingual note, each closed by its CJK gloss in brackets', () => {
    const r = parseChecked(
      [
        '2. 香港多棟大樓遭大火吞噬後,數百人失蹤。',
        'Hundreds missing after fire engulfs Hong Kong tower blocks.',
        'Hundreds → Hundreds are missing(標題省略 be 動詞)',
        'after fire engulfs → after a fire engulfed(標題用現在式)',
        '',
      ].join('\n'),
    );
    const body = r.items.flatMap((i) => i.body);
    expect(body).toContain('Hundreds → Hundreds are missing(標題省略 be 動詞)');
    expect(body).toContain('after fire engulfs → after a fire engulfed(標題用現在式)');
  });
});

describe("a live timeline's clock times before its headlines", () => {
  // A live-updates page: each item a `HH:MM   headline` line, its paragraphs, the last closed
  // by a wire credit (`-- PTI`).
  const page = [
    'LIVE',
    '23:39   Maoist surrenders in Jharkhand',
    'A Maoist belonging to a banned outfit surrendered before the police on Tuesday. -- PTI',
    '22:54   Russian tourist arrested in Goa',
    'The Goa police on Tuesday arrested a tourist for using a banned satellite phone. -- PTI',
    '',
  ].join('\n');

  it('titles each item by the headline after the time', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources[0]?.publication])).toEqual([
      ['Maoist surrenders in Jharkhand', 1, 'Press Trust of India'],
      ['Russian tourist arrested in Goa', 1, 'Press Trust of India'],
    ]);
  });

  it('keeps a lone time at the start of a headline (no timeline)', () => {
    const r = parseChecked(
      '9:30 Deadline passes for port talks\n\nDock workers extended their strike on Monday, leaving ships waiting offshore.\n',
    );
    expect(r.items.map((i) => i.title)).toEqual(['9:30 Deadline passes for port talks']);
  });
});

describe('a date field with the month only, run into the first headline', () => {
  // An archived briefs page whose text copy glued the `date 2022-09` field to the first
  // headline; each item is closed by `(Source : outlet)`.
  const rest = [
    '',
    'Au moins 35 civils ont été tués lundi dans le nord du pays, a indiqué le gouverneur. (Source : africaguinee.com)',
    '',
    'Guinée : La police dresse un bilan lourd',
    '',
    'Le bilan de la manifestation appelée lundi a été lourd, selon la police. (Source :africaguinee.com)',
    '',
  ];

  it('is split off the headline it was glued to when running text follows', () => {
    const r = parseChecked([' date 2022-09 Burkina Faso : Au moins 37 civils tués', ...rest].join('\n'));
    expect(r.items.map((i) => [i.title, i.sources.map((s) => s.publication)])).toEqual([
      ['Burkina Faso : Au moins 37 civils tués', ['africaguinee.com']],
      ['Guinée : La police dresse un bilan lourd', ['africaguinee.com']],
    ]);
  });

  it('stays with the column name after it (no item) when a headline, not text, follows', () => {
    const r = parseChecked(
      [
        ' date 2020-01 Breves económicas Jorge Eduardo Arellano',
        '',
        'Guinée : La police dresse un bilan lourd',
        ...rest.slice(4),
      ].join('\n'),
    );
    expect(r.items.map((i) => i.title)).toEqual(['Guinée : La police dresse un bilan lourd']);
  });
});
