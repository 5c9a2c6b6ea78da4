import { describe, expect, it } from 'vitest';
import { startsWithSourceKeyword, stripSourceLabel } from './index.js';
import { isBracketedSourceLabel } from './source-label.js';

describe('the citation label', () => {
  it('reads "Source:" and "Sources:" at the start of a line, in any case, with either colon, bracketed or not', () => {
    for (const line of [
      'Source: Xinhua, July 2, 2013',
      'Sources: Reuters; AP',
      '  SOURCE : Nikkei',
      'source：新华社',
      '[Source: Xinhua]',
      '( Sources: Reuters)',
    ])
      expect(startsWithSourceKeyword(line), line).toBe(true);
  });

  it('does not read a paragraph that mentions sources, a label without a colon, or a label further in', () => {
    for (const line of [
      'Sources said the talks would resume.',
      'Source Xinhua',
      'According to the report. Source: Xinhua',
      'Resource: a link',
      '[[Source: Xinhua]]',
      '',
    ])
      expect(startsWithSourceKeyword(line), line).toBe(false);
  });

  it('strips the label and the space after it, and leaves other text as it is', () => {
    expect(stripSourceLabel('Source: Xinhua, July 2, 2013')).toBe('Xinhua, July 2, 2013');
    expect(stripSourceLabel('[Source: Xinhua]')).toBe('Xinhua]');
    expect(stripSourceLabel('  sources：  CNA')).toBe('CNA');
    expect(stripSourceLabel('Xinhua, July 2, 2013')).toBe('Xinhua, July 2, 2013');
  });

  it('tells a bracketed label from a plain one', () => {
    expect(isBracketedSourceLabel('[Source: Xinhua]')).toBe(true);
    expect(isBracketedSourceLabel(' (Sources: Reuters)')).toBe(true);
    expect(isBracketedSourceLabel('Source: Xinhua (Beijing)')).toBe(false);
    expect(isBracketedSourceLabel('[Xinhua]')).toBe(false);
  });
});
