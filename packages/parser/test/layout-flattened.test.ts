// Pages saved as text from a rendered site: a heading's text run into its link's, navigation
// left over a section. Small pages in the shapes real outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked, THREE_HEADLINES, THREE_SUMMARIES } from './layout-helpers.js';

describe('a headline said twice on one line', () => {
  it('titles the item once, with a space, with none, and with a comment counter after', () => {
    const page = [
      'Markets back to homepage',
      '',
      `${THREE_HEADLINES[0]} ${THREE_HEADLINES[0]}(0)`,
      '',
      THREE_SUMMARIES[0],
      '',
      'Source : Example Wire',
      '',
      `${THREE_HEADLINES[1]}${THREE_HEADLINES[1]}`,
      '',
      THREE_SUMMARIES[1],
      '',
      'Source : Example Wire',
      '',
      `${THREE_HEADLINES[2]} ${THREE_HEADLINES[2]} (12)`,
      '',
      THREE_SUMMARIES[2],
      '',
      'Source : Example Wire',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources[0]?.publication])).toEqual([
      ['Central bank raises interest rates again', 1, 'Example Wire'],
      ['Port strike enters its second week', 1, 'Example Wire'],
      ['Chipmaker lifts its annual sales forecast', 1, 'Example Wire'],
    ]);
    expect(r.page.chrome).toContain('Markets back to homepage');
    expect(r.page.chrome).toContain('Central bank raises interest rates again(0)');
  });

  it('leaves a headline that only repeats a word alone', () => {
    const r = parseChecked(
      [
        'Bye bye',
        '',
        'Sing sing prison to close its doors',
        '',
        THREE_SUMMARIES[0],
        '',
        'Source: Example Wire',
      ].join('\n'),
    );
    expect(r.items.map((i) => i.title)).toEqual(['Sing sing prison to close its doors']);
  });
});

describe('headlines closed by a full stop, on a page with no blank lines', () => {
  it('reads the rhythm of short sentence over longer paragraph as headline and text', () => {
    const page = ['Top news', '', ...THREE_HEADLINES.flatMap((h, k) => [`${h}.`, THREE_SUMMARIES[k]!])].join(
      '\n',
    );
    expect(parseChecked(page).items.map((i) => [i.title, i.body])).toEqual(
      THREE_HEADLINES.map((h, k) => [`${h}.`, [THREE_SUMMARIES[k]]]),
    );
  });

  it('leaves a page of paragraphs, some of them short, as paragraphs', () => {
    const page = [
      'Central bank raises interest rates again',
      'The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation.',
      'Markets fell.',
      'Stocks in Tokyo and Seoul slid as investors weighed the decision and what it means for growth.',
      'Bonds were calm, and the yen was steady against the dollar through the afternoon session.',
    ].join('\n');
    expect(parseChecked(page).items.map((i) => [i.title, i.body.length])).toEqual([
      ['Central bank raises interest rates again', 4],
    ]);
  });
});

describe('headlines with the blank line after them, not before', () => {
  it('opens an item at each headline set right under the text above', () => {
    const page = ['Top news', '', ...THREE_HEADLINES.flatMap((h, k) => [h, '', THREE_SUMMARIES[k]!])].join(
      '\n',
    );
    expect(parseChecked(page).items.map((i) => [i.title, i.body])).toEqual(
      THREE_HEADLINES.map((h, k) => [h, [THREE_SUMMARIES[k]]]),
    );
  });

  it('keeps a page that also sets a blank line before its headlines as before', () => {
    const page = [
      'Top news',
      '',
      THREE_HEADLINES[0],
      '',
      THREE_SUMMARIES[0],
      'A short line closing the text',
      '',
      THREE_SUMMARIES[1],
      '',
      THREE_HEADLINES[2],
      '',
      THREE_SUMMARIES[2],
    ].join('\n');
    expect(parseChecked(page).items.map((i) => i.title)).toEqual([THREE_HEADLINES[0], THREE_HEADLINES[2]]);
  });
});

describe('bulleted briefs, each closed by its own credit', () => {
  const briefs = [
    'Thousands of police officers gathered on Sunday for the wake of a city policeman killed last week.',
    'President Putin signed a new military doctrine that names the alliance as the top threat.',
    'The search for a missing jet carrying 162 people resumed at dawn with ships and planes.',
  ];

  it('makes each bullet an item titled by its text, with its credit', () => {
    const page = [
      'World News',
      '',
      `■ ${briefs[0]} (AP)`,
      `■ ${briefs[1]} (AP)`,
      `■ ${briefs[2]} — Reuters`,
    ].join('\n');
    expect(parseChecked(page).items.map((i) => [i.title, i.sources.map((s) => s.publication)])).toEqual([
      [briefs[0], ['Associated Press']],
      [briefs[1], ['Associated Press']],
      [briefs[2], ['Reuters']],
    ]);
  });

  it('reads the list flattened onto one line, with a section label run in after a credit', () => {
    const page = `Markets ■ ${briefs[0]} (Taiwan News) World News ■ ${briefs[1]} (AP) ■ ${briefs[2]} (AP)`;
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.sources.map((s) => s.publication)])).toEqual([
      [briefs[0], ['Taiwan News']],
      [briefs[1], ['Associated Press']],
      [briefs[2], ['Associated Press']],
    ]);
    expect([r.page.header, ...r.page.chrome]).toEqual(expect.arrayContaining(['Markets', 'World News']));
  });

  it('leaves a row of short links set apart by bullets as one line', () => {
    const r = parseChecked(
      ['Home • News • Sport • Business • Opinion', '', THREE_HEADLINES[0], '', THREE_SUMMARIES[0]].join('\n'),
    );
    expect(r.items.map((i) => i.title)).toEqual([THREE_HEADLINES[0]]);
    expect([r.page.header, ...r.page.chrome]).toContain('Home • News • Sport • Business • Opinion');
  });
});
