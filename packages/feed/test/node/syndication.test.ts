import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { BriefingFeed } from '@briefing/schema';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import {
  type JsonFeed,
  syndicationFileName,
  toAtom,
  toJsonFeed,
  toRss,
} from '../../src/syndication/index.js';

const require = createRequire(import.meta.url);

const seed = (): BriefingFeed =>
  JSON.parse(
    readFileSync(require.resolve('@briefing/schema/fixtures/should-pass/seed-feed.json'), 'utf8'),
  ) as BriefingFeed;
const SITE = 'https://news.example/briefings/';

const SEED_TITLES = [
  'China Becomes World’s Leading Caviar Exporter as Luxury Delicacy Goes East',
  'Leaked Report: CCP Shifts From Mass Messaging to Targeting Influential Overseas Social Media Accounts',
  'Audio Reveals Alleged PLA Effort to Buy Overseas Opinion Leaders',
];

describe.each([
  ['RSS 2.0', toRss, 'rss'],
  ['Atom 1.0', toAtom, 'atom'],
] as const)('%s', (_name, write, type) => {
  it('parses back with @rowanmanning/feed-parser: 8 items with titles, links and cited sources', () => {
    const parsed = parseFeed(write(seed(), { siteUrl: SITE }));
    expect(parsed.meta.type).toBe(type);
    expect(parsed.title).toBe('Briefings');
    expect(parsed.items).toHaveLength(8);
    expect(parsed.items.slice(0, 3).map((item) => item.title)).toEqual(SEED_TITLES);
    expect(parsed.items[0]?.url).toBe('https://news.example/briefings/#rfi.my:CJgd');
    // The citation is a link in the content, and the conversion stays as written.
    expect(parsed.items[0]?.content).toContain(
      '<a href="https://rfi.my/CJgd">Radio France International</a>',
    );
    expect(parsed.items[0]?.content).toContain('3,000 to 9,000 euros ($3,150 to $9,450) per kilogram');
    expect(parsed.self).toBe(`https://news.example/briefings/feed.${type}.xml`);
  });

  it('links the previous and next pages with rel="prev" and rel="next"', () => {
    const feed = seed();
    feed.page = { number: 2, prev: 'page-1.json', next: 'page-3.json?x=1&y=2' };
    const xml = write(feed, { siteUrl: SITE });
    const element = type === 'rss' ? 'atom:link' : 'link';
    expect(xml).toContain(
      `<${element} href="https://news.example/briefings/page-3.${type}.xml?x=1&amp;y=2" rel="next"/>`,
    );
    expect(xml).toContain(
      `<${element} href="https://news.example/briefings/page-1.${type}.xml" rel="prev"/>`,
    );
    expect(parseFeed(xml).items).toHaveLength(8);
  });

  it('keeps hostile text as text', () => {
    const feed = seed();
    const hostile = ']]><script>alert(1)</script> & <b>';
    (feed.items[0] as { title: string }).title = hostile;
    (feed.items[0] as { body: string[] }).body = [hostile];
    const xml = write(feed, { siteUrl: SITE });
    const parsed = parseFeed(xml);
    expect(parsed.items).toHaveLength(8);
    expect(parsed.items[0]?.title).toBe(hostile);
    // The paragraph is escaped HTML inside the entry (the parser decodes it again for display).
    expect(xml).toContain('<p>]]&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;</p>');
  });

  it('needs an absolute site URL and says so', () => {
    expect(() => write(seed())).toThrow("a syndicated feed needs the site's URL");
    expect(() => write(seed(), { siteUrl: '/relative/' })).toThrow(
      'the site URL must be an absolute http(s) URL; got "/relative/"',
    );
  });
});

/** The rules of JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) this document must follow. */
function jsonFeedProblems(doc: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  const absolute = (value: unknown) => typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value);
  if (doc.version !== 'https://jsonfeed.org/version/1.1') problems.push('version');
  if (typeof doc.title !== 'string' || doc.title === '') problems.push('title');
  for (const key of ['home_page_url', 'feed_url', 'next_url'])
    if (key in doc && !absolute(doc[key])) problems.push(key);
  if ('author' in doc) problems.push('author is deprecated in 1.1 (authors)');
  if (!Array.isArray(doc.items)) return [...problems, 'items'];
  const ids = new Set<string>();
  for (const [index, item] of (doc.items as Record<string, unknown>[]).entries()) {
    if (typeof item.id !== 'string' || item.id === '') problems.push(`items[${index}].id`);
    else if (ids.has(item.id)) problems.push(`items[${index}].id repeats`);
    else ids.add(item.id);
    if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string')
      problems.push(`items[${index}] has no content_html or content_text`);
    for (const key of ['date_published', 'date_modified'])
      if (key in item && !rfc3339.test(String(item[key]))) problems.push(`items[${index}].${key}`);
    for (const key of ['url', 'external_url'])
      if (key in item && !absolute(item[key])) problems.push(`items[${index}].${key}`);
  }
  return problems;
}

describe('JSON Feed 1.1', () => {
  it('follows the JSON Feed 1.1 rules, with 8 items', () => {
    const feed = seed();
    feed.page = { number: 2, prev: 'page-1.json', next: 'page-3.json' };
    const doc = JSON.parse(JSON.stringify(toJsonFeed(feed, { siteUrl: SITE }))) as JsonFeed;
    expect(jsonFeedProblems(doc as unknown as Record<string, unknown>)).toEqual([]);
    expect(doc.items).toHaveLength(8);
    expect(doc.next_url).toBe('https://news.example/briefings/page-3.feed.json');
    expect(doc.feed_url).toBe('https://news.example/briefings/feed.feed.json');
    expect(doc.items[0]).toMatchObject({
      id: 'rfi.my:CJgd',
      url: 'https://news.example/briefings/#rfi.my:CJgd',
      external_url: 'https://rfi.my/CJgd',
      date_published: '2026-01-05T08:00:00.000Z',
      language: 'en',
    });
    expect(doc.items[0]?.content_text).toContain(
      'Source: Radio France International, 2026-01-02, https://rfi.my/CJgd',
    );
  });

  it('the rules catch a broken document', () => {
    expect(
      jsonFeedProblems({
        version: 'https://jsonfeed.org/version/1',
        title: '',
        items: [{ id: 'a' }, { id: 'a' }],
      }),
    ).toEqual([
      'version',
      'title',
      'items[0] has no content_html or content_text',
      'items[1].id repeats',
      'items[1] has no content_html or content_text',
    ]);
  });
});

describe('syndicationFileName', () => {
  it('names each format beside the feed', () => {
    expect(syndicationFileName('feed.json', 'rss')).toBe('feed.rss.xml');
    expect(syndicationFileName('page-1.json', 'atom')).toBe('page-1.atom.xml');
    expect(syndicationFileName('feed.json', 'jsonfeed')).toBe('feed.feed.json');
  });
});

describe('an untitled briefing (the page printed no headline)', () => {
  const untitled = (): BriefingFeed => {
    const feed = seed();
    const first = feed.items[0] as BriefingFeed['items'][number];
    feed.items = [
      {
        ...first,
        title: 'Caviar prices fell by a third this year.',
        untitled: true,
        body: ['Caviar prices fell by a third this year. Exporters blamed a glut of farmed roe.'],
      },
      feed.items[1] as BriefingFeed['items'][number],
    ];
    return feed;
  };

  it('JSON Feed leaves out its title, which would repeat the text’s first sentence', () => {
    const doc = JSON.parse(JSON.stringify(toJsonFeed(untitled(), { siteUrl: SITE }))) as JsonFeed;
    expect(jsonFeedProblems(doc as unknown as Record<string, unknown>)).toEqual([]);
    expect(doc.items[0]).not.toHaveProperty('title');
    expect(doc.items[0]?.content_text).toContain(
      'Caviar prices fell by a third this year. Exporters blamed a glut of farmed roe.',
    );
    expect(doc.items[1]?.title).toBe(
      'Leaked Report: CCP Shifts From Mass Messaging to Targeting Influential Overseas Social Media Accounts',
    );
  });

  it('RSS leaves out its <title> and keeps the description; Atom keeps the title it requires', () => {
    const rss = toRss(untitled(), { siteUrl: SITE });
    const rssItem = rss.slice(rss.indexOf('<item>'), rss.indexOf('</item>'));
    expect(rssItem).not.toContain('<title>');
    expect(rssItem).toContain('Exporters blamed a glut of farmed roe.');
    const parsedRss = parseFeed(rss);
    expect(parsedRss.items).toHaveLength(2);
    expect(parsedRss.items[1]?.title).toBe(
      'Leaked Report: CCP Shifts From Mass Messaging to Targeting Influential Overseas Social Media Accounts',
    );
    const atom = parseFeed(toAtom(untitled(), { siteUrl: SITE }));
    expect(atom.items[0]?.title).toBe('Caviar prices fell by a third this year.');
  });
});
