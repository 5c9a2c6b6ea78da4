// A ticker's clock time glued to its headline (`20:54Bulli ...`): the page copy dropped the
// space between the time element and the headline link. Synthetic pages of that kind.
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

describe("a ticker's clock time glued to each headline", () => {
  const page = [
    'Latest news',
    '',
    '20:54Harbour cranes halted as wind gusts reach gale force',
    '',
    '(AFP) - ROTTERDAM, 27 APR - Port operators halted every crane on the main terminal on Tuesday evening as gusts passed gale force, delaying a dozen ships. (AFP).',
    '',
    '20:49Rail union calls a second strike for next week',
    '',
    '(AFP) - LYON, 27 APR - The rail union called a second two-day strike for next week after talks on pay broke down without an agreement on Tuesday. (AFP).',
    '',
    '20:42Court orders a recount in the mayoral election',
    '',
    '(AFP) - NICE, 27 APR - A court ordered a full recount of the mayoral vote on Tuesday after the runner-up contested several hundred ballots. (AFP).',
    '',
  ].join('\n');

  it('titles each item by the headline after the time', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources[0]?.publication])).toEqual([
      ['Harbour cranes halted as wind gusts reach gale force', 1, 'Agence France-Presse'],
      ['Rail union calls a second strike for next week', 1, 'Agence France-Presse'],
      ['Court orders a recount in the mayoral election', 1, 'Agence France-Presse'],
    ]);
  });

  it('keeps an AM/PM read only with its space: `10:30 AMERICA` is not a time and a headline', () => {
    const r = parseChecked(
      [
        'Latest news',
        '',
        '10:30 AMERICAS stocks open higher after jobs data',
        '',
        'Stocks across the Americas opened higher on Friday after the jobs report came in above forecasts.',
        '',
        '10:15 AMERICAS oil traders brace for storm season',
        '',
        'Oil traders across the region braced for an early storm season as forecasters raised their outlook.',
        '',
      ].join('\n'),
    );
    expect(r.items.map((i) => i.title)).toEqual([
      'AMERICAS stocks open higher after jobs data',
      'AMERICAS oil traders brace for storm season',
    ]);
  });
});
