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
