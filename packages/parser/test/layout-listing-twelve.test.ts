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
