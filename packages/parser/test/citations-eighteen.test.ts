import { describe, expect, it } from 'vitest';
import { parseChecked, THREE_HEADLINES, THREE_SUMMARIES } from './layout-helpers.js';

/** A briefs page: each headline over its summary, the summary closed by `closings[k]`. */
function briefsPage(closings: readonly string[], onOwnLine: boolean): string {
  const lines = ['Business news in brief', ''];
  THREE_HEADLINES.forEach((headline, k) => {
    const closing = closings[k]!;
    if (onOwnLine) lines.push(headline, '', THREE_SUMMARIES[k]!, closing, '');
    else lines.push(headline, '', `${THREE_SUMMARIES[k]!} ${closing}`.trim(), '');
  });
  return lines.join('\n');
}

const publications = (text: string) =>
  parseChecked(text).items.map((b) => b.sources.map((s) => s.publication ?? null));

/*
 * Trailing agency credits in the sign-off place: an agency's initialism in lower case, as the
 * Central European and Nordic press signs agency copy, after the last sentence or alone on the
 * line under the text; and the short initialisms that are also words, read in capitals only.
 */
describe('trailing agency codes', () => {
  it('reads a lower-case agency code after the last sentence as the agency', () => {
    expect(publications(briefsPage(['mti', 'ntb', 'mti'], false))).toEqual([
      ['Hungarian News Agency'],
      ['Norsk Telegrambyrå'],
      ['Hungarian News Agency'],
    ]);
  });

  it('reads a lower-case agency code alone on the line under the text as the agency', () => {
    expect(publications(briefsPage(['ntb', 'mti', 'ntb'], true))).toEqual([
      ['Norsk Telegrambyrå'],
      ['Hungarian News Agency'],
      ['Norsk Telegrambyrå'],
    ]);
  });

  it('reads AP, DW and CP in capitals only: `Dw` and `Cp` under a text name no outlet', () => {
    const page = briefsPage(['— AP', 'Dw', 'Cp'], true).replace(`.\n— AP`, `. — AP`);
    expect(publications(page)).toEqual([['Associated Press'], [], []]);
  });
});

/*
 * The outlet and the date of a credit set apart by a spaced slash or dash instead of a comma,
 * in parentheses after the last sentence or alone under the text, as wire mirrors and CMS
 * credit rows print it: the date is the credit's. Without a comma only a known outlet counts.
 */
describe('credits whose date follows a spaced slash or dash', () => {
  const dated = (text: string) =>
    parseChecked(text).items.map((b) => b.sources.map((s) => [s.publication ?? null, s.date ?? null]));

  it('reads `(Xinhua / 2 May 2024)` after the last sentence', () => {
    const page = briefsPage(['(Xinhua / 2 May 2024)', '(AFP / 3 May 2024)', '(Reuters / 4 May 2024)'], false);
    expect(dated(page)).toEqual([
      [['Xinhua', '2024-05-02']],
      [['Agence France-Presse', '2024-05-03']],
      [['Reuters', '2024-05-04']],
    ]);
  });

  it('reads `(AFP - 3 May 2024)` alone under the text', () => {
    const page = briefsPage(['(Xinhua - 2 May 2024)', '(AFP – 3 May 2024)', '(Reuters / 4 May 2024)'], true);
    expect(dated(page)).toEqual([
      [['Xinhua', '2024-05-02']],
      [['Agence France-Presse', '2024-05-03']],
      [['Reuters', '2024-05-04']],
    ]);
  });
});

/*
 * Headless stories under date headers, each opened by a wire dateline naming its agency (a
 * journalist's blog reposting an agency's features): running text where a headline would stand.
 * A headline never opens with a dateline, so each is a story titled by its first sentence after
 * the dateline, credited to the agency with the dateline's date.
 */
describe('headless stories opened by a wire dateline', () => {
  const page = [
    'Saturday, March 9, 2024',
    '',
    '',
    'Kuala Lumpur, Mar 9, 2024 (Bernama) - The state utility will spend more on grid upgrades this year as demand from new data centres rises. The plan covers substations in three states.',
    '        Officials said the first contracts would be awarded before the end of the second quarter.',
    '',
    'Friday, March 8, 2024',
    '',
    '',
    'Penang, Mar 8, 2024 (Bernama)- Chip packaging firms on the island reported higher orders in the first two months of the year. Exports rose for a third month.',
    '        The industry group expects hiring to pick up in the second half of the year.',
    '',
  ].join('\n');

  it('titles each story by its first sentence and credits the agency with its date', () => {
    const r = parseChecked(page);
    expect(r.items.map((b) => b.title)).toEqual([
      'The state utility will spend more on grid upgrades this year as demand from new data centres rises.',
      'Chip packaging firms on the island reported higher orders in the first two months of the year.',
    ]);
    expect(r.items.map((b) => b.sources.map((s) => [s.publication ?? null, s.date ?? null]))).toEqual([
      [['Bernama', '2024-03-09']],
      [['Bernama', '2024-03-08']],
    ]);
    expect(r.items.map((b) => b.body.length)).toEqual([2, 2]);
  });
  it('reads a story too long for a headline, opened by the agency after the date, the same way', () => {
    const sentence =
      'The regional court on Thursday remanded two traders into custody for allegedly smuggling fuel across the border at night.';
    const more =
      ' The prosecutor told the court that the police had acted on a tip off and seized several containers of petrol and diesel from a warehouse near the market, and that further arrests were expected in the coming weeks as the investigation widened to other towns in the region and to the transport companies involved.';
    const long = `Accra, Jan. 9, GNA - ${sentence}${more}${more}`;
    const r = parseChecked([long, ''].join('\n'));
    expect(r.items.map((b) => b.title)).toEqual([sentence]);
    expect(r.items.map((b) => b.sources.map((s) => s.publication ?? null))).toEqual([['Ghana News Agency']]);
  });
});

/*
 * The dash credit glued after the last sentence with the copy's date after a comma (`... said.
 * — Xinhua, 2 May 2024`), as the same credit alone under the text carries it: the date, in any
 * form the date reader knows, is the citation's.
 */
describe('a dated dash credit after the last sentence', () => {
  it('keeps the date of `— Xinhua, 2 May 2024`, `--Bernama, 3 de mayo de 2024`, `– dpa, 4. Mai 2024`', () => {
    const page = briefsPage(
      ['— Xinhua, 2 May 2024', '--Bernama, 3 de mayo de 2024', '– dpa, 4. Mai 2024'],
      false,
    );
    expect(
      parseChecked(page).items.map((b) => b.sources.map((s) => [s.publication ?? null, s.date ?? null])),
    ).toEqual([
      [['Xinhua', '2024-05-02']],
      [['Bernama', '2024-05-03']],
      [['Deutsche Presse-Agentur', '2024-05-04']],
    ]);
  });
});
