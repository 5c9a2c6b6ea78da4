// Markdown pages: digests kept as `.md` by GitHub repositories, static sites and newsletter
// tools. Read into blocks (CommonMark) and then by the same layout rules as HTML blocks.
import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown, parsePage } from '../src/index.js';
import { accountedCharacters, nonWhitespace } from './helpers.js';
import { THREE_HEADLINES, THREE_SUMMARIES } from './layout-helpers.js';

const H = THREE_HEADLINES;
const S = THREE_SUMMARIES;
const read = (lines: string[]) =>
  parsePage(['# Daily brief', '', ...lines].join('\n')).items.map((i) => [
    i.title,
    i.body,
    i.sources.map((s) => [s.publication, s.date ?? null, s.url ?? null]),
  ]);

describe('Markdown digests', () => {
  it('headings over paragraphs, with an italic credit line under the text', () => {
    expect(
      read([0, 1, 2].flatMap((i) => [`## ${H[i]}`, S[i]!, `*Reuters, December ${i + 1}, 2025*`, ''])),
    ).toEqual([0, 1, 2].map((i) => [H[i], [S[i]], [['Reuters', `2025-12-0${i + 1}`, null]]]));
  });

  it('bold run-in headlines, in a list and in paragraphs', () => {
    const expected = [0, 1, 2].map((i) => [H[i], [`— ${S[i]}`], []]);
    expect(read([0, 1, 2].map((i) => `- **${H[i]}** — ${S[i]}`))).toEqual(expected);
    expect(read([0, 1, 2].flatMap((i) => [`**${H[i]}:** ${S[i]}`, '']))).toEqual(
      [0, 1, 2].map((i) => [`${H[i]}:`, [S[i]], []]),
    );
  });

  it('a list of linked headlines run into their summaries', () => {
    expect(read([0, 1, 2].map((i) => `- [${H[i]}](https://news.example/${i}) - ${S[i]}`))).toEqual(
      [0, 1, 2].map((i) => [H[i], [S[i]], []]),
    );
  });

  it('keeps plain text pages plain: the Markdown reading needs headings, links or bold leads', () => {
    expect(looksLikeMarkdown('Markets\n\nStocks rose on Monday.\n\n# of the day: 3')).toBe(false);
    expect(looksLikeMarkdown('## One\n\ntext\n\n## Two\n\ntext')).toBe(true);
    expect(looksLikeMarkdown('See [Reuters](https://a.example/x) and\n[the AP](https://b.example/y).')).toBe(
      true,
    );
  });

  it('reports Markdown source lines, and never throws on hostile Markdown', () => {
    const r = parsePage(['# Daily brief', '', `## ${H[0]}`, '', S[0]!].join('\n'), {
      format: 'markdown',
      explain: true,
    });
    expect(r.explained!.filter((e) => e.class === 'title').map((e) => e.line)).toEqual([3]);
    const hostile = `${'> '.repeat(5000)}x\n${'['.repeat(20000)}\n${'*'.repeat(20000)}\n${'- '.repeat(3000)}y`;
    expect(() => parsePage(hostile, { format: 'markdown' })).not.toThrow();
  });

  it('reads a page as plain text when the Markdown reading would drop text (blocks nested past 100)', () => {
    const deep = `## A\n\n## B\n\n${'> '.repeat(300)}the quoted text at the bottom`;
    expect(accountedCharacters(parsePage(deep, { format: 'markdown' }))).toBe(nonWhitespace(deep));
  });
});
