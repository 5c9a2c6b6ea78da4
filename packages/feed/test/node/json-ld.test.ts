import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { BriefingFeed } from '@briefing/schema';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { briefingJsonLd, feedJsonLd, jsonForScript, jsonLdScript } from '../../src/ssr/index.js';

const require = createRequire(import.meta.url);

type Node = DefaultTreeAdapterMap['node'];

const seed = (): BriefingFeed =>
  JSON.parse(
    readFileSync(require.resolve('@briefing/schema/fixtures/should-pass/seed-feed.json'), 'utf8'),
  ) as BriefingFeed;

/** The text of every <script> in an HTML document, as a browser's parser splits it. */
function scripts(html: string): { type: string | undefined; text: string }[] {
  const out: { type: string | undefined; text: string }[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node && node.tagName === 'script')
      out.push({
        type: node.attrs.find((a) => a.name === 'type')?.value,
        text: node.childNodes.map((child) => ('value' in child ? child.value : '')).join(''),
      });
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html));
  return out;
}

describe('JSON-LD', () => {
  it('describes a briefing as a NewsArticle citing and based on its sources', () => {
    const feed = seed();
    const article = briefingJsonLd(feed.items[2] as BriefingFeed['items'][number], feed, {
      pageUrl: 'https://news.example/briefings/',
      publisher: { name: 'News Example', url: 'https://news.example/' },
    });
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      identifier: 'cna.com.tw:202512200196',
      headline: 'Audio Reveals Alleged PLA Effort to Buy Overseas Opinion Leaders',
      inLanguage: 'en',
      datePublished: '2026-01-05T08:00:00Z',
      url: 'https://news.example/briefings/#cna.com.tw:202512200196',
      isBasedOn: ['https://www.cna.com.tw/news/acn/202512200196.aspx'],
      citation: [
        {
          '@type': 'CreativeWork',
          name: 'Central News Agency',
          url: 'https://www.cna.com.tw/news/acn/202512200196.aspx',
          datePublished: '2025-12-20',
          publisher: { '@type': 'Organization', name: 'Central News Agency' },
        },
      ],
      publisher: { '@type': 'Organization', name: 'News Example', url: 'https://news.example/' },
    });
    expect(String(article.articleBody)).toContain('€40,000 per month (approximately NT$1.48 million)');
  });

  it('puts every briefing of the feed in one graph', () => {
    const graph = feedJsonLd(seed());
    expect(graph['@context']).toBe('https://schema.org');
    expect(graph['@graph']).toHaveLength(8);
  });

  it('escapes hostile strings for a <script type="application/ld+json"> block, losslessly', () => {
    const hostile = [
      '</script><script>alert(1)</script>',
      '</SCRIPT ><img src=x onerror=alert(1)>',
      '<!-- <script> -->',
      ']]> & &amp; \u2028\u2029 "double" \'single\' \\ backslash',
      '<\u0000>',
    ];
    const feed = seed();
    hostile.forEach((title, index) => {
      (feed.items[index] as { title: string }).title = title;
    });
    const block = jsonLdScript(feed);
    expect(block).not.toMatch(/<(?!script type="application\/ld\+json">|\/script>$)/);
    const found = scripts(`<!doctype html><head>${block}</head><body><p>after</p></body>`);
    expect(found).toHaveLength(1);
    expect(found[0]?.type).toBe('application/ld+json');
    const graph = JSON.parse(found[0]?.text ?? '');
    expect(graph['@graph'].slice(0, 5).map((article: { headline: string }) => article.headline)).toEqual(
      hostile,
    );
  });

  it('writes <, > and & as JSON escapes', () => {
    expect(jsonForScript({ a: '</script>&\u2028' })).toBe('{"a":"\\u003c/script\\u003e\\u0026\\u2028"}');
  });
});
