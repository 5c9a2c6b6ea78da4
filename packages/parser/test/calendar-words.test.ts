import { describe, expect, it } from 'vitest';
import { calendarWord } from '../src/calendar-words.js';
import { parseChecked } from './layout-helpers.js';

describe('calendarWord: the one table of weekday and month words', () => {
  it('knows weekdays and months, named or abbreviated, in any case, with a full stop', () => {
    for (const word of ['Monday', 'TUESDAY', 'Tues', 'Thurs', 'fri', 'Sept.', 'Dec.', 'May', 'december'])
      expect(calendarWord(word), word).toBe(true);
    for (const word of ['Mondays', 'Xinhua', 'Sunrise', 'MAP', 'Marc', 'Decem', ''])
      expect(calendarWord(word), word).toBe(false);
  });

  it('with fullOnly, only a weekday written out', () => {
    expect(calendarWord('Friday', true)).toBe(true);
    expect(calendarWord('Fri', true)).toBe(false);
    expect(calendarWord('December', true)).toBe(false);
  });

  it('a dateline whose parentheses hold a weekday names no agency', () => {
    const page = [
      'Rail freight rises',
      '',
      'ASTANA, Nov 30 (Friday) Rail freight grew by a tenth this year, the ministry said.',
      '',
      'Wheat exports fall',
      '',
      'ASTANA, Nov 30 (Kazinform) Wheat exports fell by a fifth this year, the ministry said.',
    ].join('\n');
    const briefings = parseChecked(page).items;
    expect(briefings.map((b) => b.title)).toEqual(['Rail freight rises', 'Wheat exports fall']);
    expect(briefings.map((b) => b.sources.map((s) => s.publication))).toEqual([[], ['Kazinform']]);
  });
});
