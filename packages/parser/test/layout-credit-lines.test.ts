// Credit forms a listing may give an item, each on a page of three items: the outlet is read
// wherever the form puts it. Each is a convention of many outlets (named in the rule's comment).
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

const title = (i: number) =>
  `Central bank raises rates for the ${['first', 'second', 'third'][i - 1]} time this year`;
const SUMMARY =
  'The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation and a tight labour market.';

/** Titles and the (publication, date) of each item of a page of three built by `item`. */
function credits(item: (i: number) => string[]) {
  const text = ['Business news', '', ...[1, 2, 3].flatMap((i) => [...item(i), '', ''])].join('\n');
  return parseChecked(text).items.map((it) => [
    it.title,
    it.sources.map((s) => [s.publication, s.date ?? null]),
  ]);
}

const dated = [1, 2, 3].map((i) => [title(i), [['Reuters', `2025-12-0${i}`]]]);
const undated = [1, 2, 3].map((i) => [title(i), [['Reuters', null]]]);

describe('credit forms', () => {
  it('"By Reporter | Agency | Date" under the headline', () => {
    expect(credits((i) => [title(i), `By Jane Doe | Reuters | Dec ${i}, 2025`, '', SUMMARY])).toEqual(dated);
  });

  it('"Date — Agency" under the headline', () => {
    expect(credits((i) => [title(i), `Dec ${i}, 2025 — Reuters`, '', SUMMARY])).toEqual(dated);
  });

  it('"Headline (Agency)" and "Headline - Agency" (Google News titles)', () => {
    expect(credits((i) => [`${title(i)} (Reuters)`, '', SUMMARY])).toEqual(undated);
    expect(credits((i) => [`${title(i)} - Reuters`, '', SUMMARY])).toEqual(undated);
  });

  it('"Posted by Agency on Date" under the headline', () => {
    expect(credits((i) => [title(i), `Posted by Reuters on December ${i}, 2025`, '', SUMMARY])).toEqual(
      dated,
    );
  });

  it('"Via Agency" after the text', () => {
    expect(credits((i) => [title(i), '', SUMMARY, 'Via Reuters'])).toEqual(undated);
  });

  it('"Agency - 2 hours ago" under the headline', () => {
    expect(credits((i) => [title(i), `Reuters - ${i} hours ago`, '', SUMMARY])).toEqual(undated);
  });

  it('"... market. — Agency" glued after the last sentence', () => {
    expect(credits((i) => [title(i), '', `${SUMMARY} — Reuters`])).toEqual(undated);
  });

  it('"(Agency, Date)" alone on a line after the text', () => {
    expect(
      credits((i) => [`• ${title(i)}`, `  ${SUMMARY}`, `  (Reuters, Dec. ${i}, 2025)`]).map(([, s]) => s),
    ).toEqual(dated.map(([, s]) => s));
  });

  it('a Markdown source line in italics or bold', () => {
    expect(credits((i) => [title(i), SUMMARY, '*Source: Reuters*'])).toEqual(undated);
    expect(credits((i) => [title(i), SUMMARY, `**Source:** Reuters, December ${i}, 2025`])).toEqual(dated);
  });

  it('"(With inputs from Agency)" after the text (Indian papers)', () => {
    const ptI = [1, 2, 3].map((i) => [title(i), [['Press Trust of India', null]]]);
    expect(credits((i) => [title(i), '', SUMMARY, '', '(With inputs from PTI)'])).toEqual(ptI);
    expect(credits((i) => [title(i), '', SUMMARY, 'With agency inputs from PTI'])).toEqual(ptI);
  });

  it('a joint credit of two agencies after the text, kept as written', () => {
    expect(credits((i) => [title(i), '', SUMMARY, '', 'AFP-JIJI']).map(([, s]) => s)).toEqual([
      [['AFP-JIJI', null]],
      [['AFP-JIJI', null]],
      [['AFP-JIJI', null]],
    ]);
    expect(credits((i) => [title(i), '', SUMMARY, '(NNA/Kyodo)']).map(([, s]) => s)).toEqual([
      [['NNA/Kyodo', null]],
      [['NNA/Kyodo', null]],
      [['NNA/Kyodo', null]],
    ]);
  });

  it('names no source when the name is no known outlet', () => {
    // Acronyms joined by a hyphen, none a known outlet: no joint credit.
    expect(credits((i) => [title(i), '', SUMMARY, '', 'US-EU']).map(([, s]) => s)).toEqual([[], [], []]);
    expect(
      credits((i) => [title(i), '', SUMMARY, '(With inputs from our bureau)']).map(([, s]) => s),
    ).toEqual([[], [], []]);
    expect(credits((i) => [title(i), 'Via our correspondent', '', SUMMARY]).map(([, s]) => s)).toEqual([
      [],
      [],
      [],
    ]);
    expect(credits((i) => [`${title(i)} (analysis)`, '', SUMMARY]).map(([, s]) => s)).toEqual([[], [], []]);
  });
});
