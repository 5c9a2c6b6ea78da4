import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { BriefingFeed } from '@briefing/schema';
import { createStaticRates } from '@briefing/rates';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { renderBriefingFeed, renderBriefingPage, styleHashes } from '../../src/ssr/index.js';

const require = createRequire(import.meta.url);

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const seed = (): BriefingFeed =>
  JSON.parse(
    readFileSync(require.resolve('@briefing/schema/fixtures/should-pass/seed-feed.json'), 'utf8'),
  ) as BriefingFeed;

/** Every element of a parse5 tree, template contents (declarative shadow roots) included. */
function elements(node: Node): Element[] {
  const out: Element[] = [];
  const visit = (current: Node) => {
    if ('tagName' in current) out.push(current);
    if ('childNodes' in current) for (const child of current.childNodes) visit(child);
    if ('content' in current && current.content) visit(current.content as Node);
  };
  visit(node);
  return out;
}

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const text = (node: Node): string =>
  'value' in node && node.nodeName === '#text'
    ? node.value
    : 'childNodes' in node
      ? node.childNodes.map(text).join('')
      : '';

describe('renderBriefingFeed', () => {
  it("renders the element's shadow content as declarative shadow DOM, with the feed embedded", async () => {
    const html = await renderBriefingFeed(seed(), { src: 'feed.json' });
    const all = elements(parse(html));
    const host = all.find((e) => e.tagName === 'briefing-feed') as Element;
    expect(attr(host, 'src')).toBe('feed.json');
    expect(attr(host, 'lang')).toBe('en');
    expect(attr(host, 'time-zone')).toBe('UTC');
    const template = host.childNodes.find((n) => n.nodeName === 'template') as Element;
    expect(attr(template, 'shadowrootmode')).toBe('open');
    const articles = elements(template).filter((e) => e.tagName === 'article');
    expect(articles).toHaveLength(8);
    const firstTitle = elements(articles[0] as Element).find((e) => e.tagName === 'h3') as Element;
    expect(text(firstTitle)).toBe(
      'China Becomes World’s Leading Caviar Exporter as Luxury Delicacy Goes East',
    );
    const links = elements(template)
      .filter((e) => e.tagName === 'a' && attr(e, 'part') === 'link')
      .map((e) => attr(e, 'href'));
    expect(links[0]).toBe('https://rfi.my/CJgd');
    expect(links).toHaveLength(8);
    // "Updated" in the time zone written on the tag, so the browser shows the same text.
    expect(text(elements(template).find((e) => e.tagName === 'time') as Element)).toBe(
      'Jan 5, 2026, 8:00 AM',
    );
    const data = host.childNodes.find((n) => n.nodeName === 'script') as Element;
    expect(attr(data, 'type')).toBe('application/json');
    expect(JSON.parse(text(data))).toEqual(seed());
  });

  it('resolves the conversions on the server, so the HTML already shows them', async () => {
    const rates = createStaticRates({ base: 'EUR', rates: { USD: 2, TWD: 40 } });
    const html = await renderBriefingFeed(seed(), { currency: 'usd', rates });
    const chips = elements(parse(html))
      .filter((e) => attr(e, 'part') === 'money-button')
      .map((e) => text(e));
    // 3,000 to 9,000 euros at 2 dollars a euro (the element's compact format).
    expect(chips[0]).toBe('≈ $6.0–18.0K');
    expect(chips.every((chip) => chip !== '…')).toBe(true);
  });

  it('keeps hostile text inert: a title cannot close the data block or add elements', async () => {
    const hostile = [
      '</script><script>alert(1)</script>',
      '<!--<script>',
      '</briefing-feed><img src=x onerror=alert(1)>',
      'a\u2028b\u2029c & "quotes" \'single\'',
      '<template shadowrootmode="open"><b>x</b></template>',
    ];
    const feed = seed();
    hostile.forEach((title, index) => {
      (feed.items[index] as { title: string }).title = title;
    });
    const html = await renderBriefingFeed(feed);
    const all = elements(parse(`<!doctype html><body>${html}</body>`));
    expect(all.filter((e) => e.tagName === 'script')).toHaveLength(1);
    expect(all.filter((e) => e.tagName === 'img')).toHaveLength(0);
    expect(all.filter((e) => e.tagName === 'template')).toHaveLength(1);
    const data = all.find((e) => e.tagName === 'script') as Element;
    expect(
      JSON.parse(text(data))
        .items.slice(0, 5)
        .map((item: { title: string }) => item.title),
    ).toEqual(hostile);
    const titles = all.filter((e) => e.tagName === 'h3').map((e) => text(e));
    expect(titles.slice(0, 5)).toEqual(hostile);
  });
});

describe('renderBriefingPage', () => {
  const template = `<!doctype html><html lang="de"><head><title>Site</title>
<!-- not this one: <briefing-feed></briefing-feed> -->
</head><body><h1>News</h1>
<briefing-feed id="news" class="wide" src="/data/feed.json" currency="EUR" search></briefing-feed>
<footer>end</footer></body></html>`;

  it("renders into the site's own page: the tag's attributes configure it, the others stay", async () => {
    const rates = createStaticRates({ base: 'EUR', rates: { USD: 2 } });
    const page = await renderBriefingPage(seed(), {
      template,
      rates,
      alternates: { rss: 'feed.rss.xml', atom: 'feed.atom.xml', jsonFeed: 'feed.feed.json' },
    });
    const all = elements(parse(page));
    const host = all.filter((e) => e.tagName === 'briefing-feed');
    expect(host).toHaveLength(1);
    const tag = host[0] as Element;
    expect([attr(tag, 'id'), attr(tag, 'class'), attr(tag, 'src'), attr(tag, 'currency')]).toEqual([
      'news',
      'wide',
      '/data/feed.json',
      'EUR',
    ]);
    expect(attr(tag, 'search')).toBe('');
    // The page's <html lang="de"> is what the element would inherit in the browser.
    expect(attr(tag, 'lang')).toBe('de');
    expect(page).toContain('Aktualisiert');
    expect(all.some((e) => e.tagName === 'input' && attr(e, 'part') === 'search-input')).toBe(true);
    expect(page).toContain('<!-- not this one: <briefing-feed></briefing-feed> -->');
    expect(text(all.find((e) => e.tagName === 'footer') as Element)).toBe('end');
    const alternates = all
      .filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'alternate')
      .map((e) => [attr(e, 'type'), attr(e, 'href')]);
    expect(alternates).toEqual([
      ['application/rss+xml', 'feed.rss.xml'],
      ['application/atom+xml', 'feed.atom.xml'],
      ['application/feed+json', 'feed.feed.json'],
    ]);
    const preloads = all.filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'modulepreload');
    expect(preloads.map((e) => attr(e, 'href'))).toEqual(['briefing-feed/validator.js']);
    const scripts = all.filter((e) => e.tagName === 'script').map((e) => [attr(e, 'type'), attr(e, 'src')]);
    expect(scripts).toEqual([
      ['application/ld+json', undefined],
      ['module', 'briefing-feed/briefing-feed.js'],
      ['application/json', undefined],
    ]);
  });

  it('renders each tag; feedFor picks the feed by src, or leaves a tag to the browser', async () => {
    const other = seed();
    other.title = 'Other feed';
    other.items = other.items.slice(0, 2);
    const page = await renderBriefingPage(seed(), {
      template: `<html><head></head><body>
<briefing-feed src="a.json"></briefing-feed>
<briefing-feed src="b.json"></briefing-feed>
<briefing-feed src="elsewhere.json"></briefing-feed></body></html>`,
      feedFor: (src) => (src === 'a.json' ? seed() : src === 'b.json' ? other : undefined),
    });
    const all = elements(parse(page));
    const hosts = all.filter((e) => e.tagName === 'briefing-feed');
    expect(hosts.map((host) => attr(host, 'src'))).toEqual(['a.json', 'b.json', 'elsewhere.json']);
    const articles = hosts.map((host) => elements(host).filter((e) => e.tagName === 'article').length);
    expect(articles).toEqual([8, 2, 0]);
    expect(page).toContain('<briefing-feed src="elsewhere.json"></briefing-feed>');
    const ld = all.find(
      (e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json',
    ) as Element;
    expect(JSON.parse(text(ld))['@graph']).toHaveLength(10);
  });

  it('names what is missing from a template', async () => {
    await expect(
      renderBriefingPage(seed(), { template: '<html><head></head><body></body></html>' }),
    ).rejects.toThrow('the page template has no <briefing-feed></briefing-feed> tag');
    await expect(
      renderBriefingPage(seed(), { template: '<body><briefing-feed></briefing-feed></body>' }),
    ).rejects.toThrow('the page template has no </head>');
  });

  it("gives the CSP hash of the element's inline styles", async () => {
    const page = await renderBriefingPage(seed());
    const hashes = styleHashes(page);
    expect(hashes).toHaveLength(1);
    expect(hashes[0]).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    // Checked with: printf 'a{}' | openssl dgst -sha256 -binary | base64 (one entry per distinct style).
    expect(styleHashes('<style>a{}</style><style>a{}</style>')).toEqual([
      "'sha256-X1RutGBrXCt9KkSaXMK7tHftWiRscFHOhxsS8tv8hBk='",
    ]);
  });
});
