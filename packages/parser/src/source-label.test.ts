import { describe, expect, it } from 'vitest';
import { splitPagesSync, startsWithSourceKeyword, stripSourceLabel } from './index.js';
import { isBracketedSourceLabel } from './source-label.js';

/** Line, then: starts with the label? the text after it, is the label bracketed? */
const CASES: [string, boolean, string, boolean][] = [
  ['Source: Xinhua, July 2, 2013', true, 'Xinhua, July 2, 2013', false],
  ['  SOURCES : Nikkei', true, 'Nikkei', false],
  ['source：新华社', true, '新华社', false],
  ['[Source: Xinhua]', true, 'Xinhua]', true],
  [' ( Sources: Reuters)', true, 'Reuters)', true],
  // A paragraph that mentions sources, a label with no colon or further in, a doubled bracket.
  ['Sources said the talks would resume.', false, 'Sources said the talks would resume.', false],
  ['Source Xinhua', false, 'Source Xinhua', false],
  ['According to the report. Source: Xinhua', false, 'According to the report. Source: Xinhua', false],
  ['[[Source: Xinhua]]', false, '[[Source: Xinhua]]', false],
  ['[Xinhua]', false, '[Xinhua]', false],
  // The label in the languages of bilingual and regional pages, and "Via:".
  ['來源：中央社', true, '中央社', false],
  ['（资料来源：新华社）', true, '新华社）', true],
  ['出典: 共同通信', true, '共同通信', false],
  ['출처: 연합뉴스', true, '연합뉴스', false],
  ['Fuente: EFE', true, 'EFE', false],
  ['Via: The Verge', true, 'The Verge', false],
  ['Courtesy: The Hindu', true, 'The Hindu', false],
  [
    'Via the company’s website, users can order.',
    false,
    'Via the company’s website, users can order.',
    false,
  ],
  ['', false, '', false],
  // Each opening the label can have, in either case, after any white space (the first-character test).
  ['quellen: dpa', true, 'dpa', false],
  ['FONTE: Lusa', true, 'Lusa', false],
  ['【來源：中央社】', true, '中央社】', true],
  ['\u00a0\tSource: AFP', true, 'AFP', false],
  ['1. Source: AFP', false, '1. Source: AFP', false],
  ['"Source: AFP"', false, '"Source: AFP"', false],
];

describe('the citation label ("Source:", "Via:", "來源："..., either colon, bracketed or not, at the start)', () => {
  it.each(CASES)('%j', (line, starts, rest, bracketed) => {
    expect(startsWithSourceKeyword(line)).toBe(starts);
    expect(stripSourceLabel(line)).toBe(rest);
    expect(isBracketedSourceLabel(line)).toBe(bracketed);
  });
});

describe('the page splitter reads the label by the same rule', () => {
  it('cuts an over-long page after a bracketed or full-width-colon label line as after "Source:"', () => {
    const text = 'T1\nbody\n[Source: Xinhua]\n\nT2\nbody\nsource：新华社\n\nT3\nSources said no.\n\nT4\n';
    expect(splitPagesSync(text, { maxPageChars: 5 })).toEqual([
      { text: 'T1\nbody\n[Source: Xinhua]', startLine: 1 },
      { text: 'T2\nbody\nsource：新华社', startLine: 5 },
      { text: 'T3\nSources said no.\n\nT4', startLine: 9 },
    ]);
  });
});
