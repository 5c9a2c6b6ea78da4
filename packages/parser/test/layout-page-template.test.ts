import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

/*
 * The page's own item template (page regularity, the repeated record): the items the rule stack
 * read with confidence tell what this page's headlines look like, and a line of that shape left
 * inside another item's text opens an item of its own.
 */
describe('page item template', () => {
  // Four wire items, each headline over a datelined text cut mid-sentence (a teaser), the fourth
  // with no blank line above it; the fifth headline, under a cut teaser too, has no dateline
  // under it, so no rule reads it as a headline: only the page's template does.
  const page = [
    'Business news',
    '',
    'Port strike enters its second week as ships wait offshore',
    'Haiphong (Reuters) – Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore by',
    '',
    'Central bank raises interest rates for the third time this year',
    'Hanoi (AFP) – The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation in',
    '',
    'Chipmaker lifts its annual sales forecast after strong orders',
    'Da Nang (Reuters) – The company lifted its annual sales forecast after orders from data centres surged in the',
    'Coffee exporters warn of a smaller harvest after dry weather',
    'Hue (AFP) – Growers in the central highlands expect the smallest crop in a decade after months without rain, as',
    'Carmaker sells its hundred thousandth electric car at home',
    'Electric vehicles The loss-making unit overtook its rivals this quarter, its sales figures showed on Monday, while',
  ].join('\n');

  it('splits a headline of the page shape out of the text of the item before', () => {
    const r = parseChecked(page);
    expect(r.items.map((b) => b.title)).toEqual([
      'Port strike enters its second week as ships wait offshore',
      'Central bank raises interest rates for the third time this year',
      'Chipmaker lifts its annual sales forecast after strong orders',
      'Coffee exporters warn of a smaller harvest after dry weather',
      'Carmaker sells its hundred thousandth electric car at home',
    ]);
    expect(r.items.map((b) => b.body.length)).toEqual([1, 1, 1, 1, 1]);
    expect(r.items[3]!.sources.map((c) => c.publication)).toEqual(['Agence France-Presse']);
    expect(r.items[4]!.body).toEqual([
      'Electric vehicles The loss-making unit overtook its rivals this quarter, its sales figures showed on Monday, while',
    ]);
    expect(r.items[4]!.sources).toEqual([]);
  });

  // No credit, byline or date vouches for any item: the page's layout does (a blank line above
  // each headline, running text right under it), and the fifth headline, under a cut teaser with
  // no blank line, has that shape.
  const uncredited = [
    'Business',
    '',
    'Port strike enters its second week as ships wait offshore',
    'Dock workers extended their strike on Monday, leaving dozens of ships waiting offshore by…',
    '',
    'Central bank raises interest rates for the third time this year',
    'The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation in…',
    '',
    'Chipmaker lifts its annual sales forecast after strong orders',
    'The company lifted its annual sales forecast after orders from data centres surged in the…',
    '',
    'Coffee exporters warn of a smaller harvest after dry weather',
    'Growers in the central highlands expect the smallest crop in a decade after months without rain…',
    'Carmaker sells its hundred thousandth electric car at home',
    'Electric vehicles The loss-making unit overtook its rivals this quarter, its sales figures showed on Monday…',
  ].join('\n');

  it('learns the template from items its layout vouches for when nothing else does', () => {
    const r = parseChecked(uncredited);
    expect(r.items.map((b) => b.title)).toEqual([
      'Port strike enters its second week as ships wait offshore',
      'Central bank raises interest rates for the third time this year',
      'Chipmaker lifts its annual sales forecast after strong orders',
      'Coffee exporters warn of a smaller harvest after dry weather',
      'Carmaker sells its hundred thousandth electric car at home',
    ]);
    expect(r.items.map((b) => b.body.length)).toEqual([1, 1, 1, 1, 1]);
    expect(r.items[3]!.body).toEqual([
      'Growers in the central highlands expect the smallest crop in a decade after months without rain…',
    ]);
  });
});
