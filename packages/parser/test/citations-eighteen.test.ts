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
