import { validateFeed } from '@briefing/schema';
import { describe, expect, it } from 'vitest';
import { parsePage, toFeed } from '../src/index.js';
import { accountedCharacters, nonWhitespace } from './helpers.js';

const html = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Briefings - 2. page – China Watch</title>
  <style>.skip { position: absolute; }</style>
  <script>window.dataLayer = [];</script>
</head>
<body>
  <a class="skip" href="#main">Skip to content</a>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/briefings/">Briefings</a></li></ul></nav>
  <main id="main">
    <h1>Briefings - 2. page</h1>
    <article>
      <h2><a href="/briefing/caviar">China Becomes World&rsquo;s Leading Caviar Exporter as Luxury Delicacy Goes East</a></h2>
      <p>Chinese-produced caviar is making significant inroads into the luxury food market.</p>
      <p>Chinese caviar prices range from 3,000 to 9,000 euros ($3,150 to $9,450) per kilogram, with a 250-gram box selling for 825 euros ($866).</p>
      <p>Source: Radio France International, January 2, 2026<br>
        <a href="https://rfi.my/CJgd">https://rfi.my/CJgd</a></p>
    </article>
    <article>
      <h2>Audio Reveals Alleged PLA Effort to Buy Overseas Opinion Leaders</h2>
      <p>An overseas Chinese military-focused social media commentator known as &ldquo;Speak Truthful Words Xu&rdquo; (&ldquo;說真話的徐某人&rdquo;) posted an audio recording.</p>
      <p>After the audio circulated online, Sunset Pirate deleted all of his accounts &amp; has not responded.</p>
      <p>Source: <a href="https://www.cna.com.tw/news/acn/202512200196.aspx?utm_source=newsletter">Central News Agency (Taiwan), December 20, 2025</a></p>
    </article>
  </main>
  <footer><p>&copy; 2026 China Watch. All rights reserved.</p><a href="/briefings/page/3">Next &raquo;</a></footer>
</body>
</html>`;

describe('HTML pages', () => {
  const result = parsePage(html);

  it('detects HTML and keeps the block structure', () => {
    expect(result.page).toMatchObject({ title: 'Briefings', number: 2 });
    expect(result.items.map((i) => i.title)).toEqual([
      'China Becomes World’s Leading Caviar Exporter as Luxury Delicacy Goes East',
      'Audio Reveals Alleged PLA Effort to Buy Overseas Opinion Leaders',
    ]);
    expect(result.items.map((i) => i.body.length)).toEqual([2, 2]);
    expect(result.items[1]!.body[0]).toContain('“Speak Truthful Words Xu” (“說真話的徐某人”)');
    expect(result.items[1]!.body[1]).toContain('accounts & has not');
    expect(result.unparsed).toEqual([]);
  });

  it('reads citations split by <br> and citations whose URL is only a link target', () => {
    expect(result.items[0]!.sources[0]).toMatchObject({
      publication: 'Radio France International',
      date: '2026-01-02',
      url: 'https://rfi.my/CJgd',
      raw: 'Source: Radio France International, January 2, 2026\nhttps://rfi.my/CJgd',
    });
    expect(result.items[1]!.sources[0]).toMatchObject({
      publication: 'Central News Agency',
      qualifier: 'Taiwan',
      date: '2025-12-20',
      url: 'https://www.cna.com.tw/news/acn/202512200196.aspx',
      originalUrl: 'https://www.cna.com.tw/news/acn/202512200196.aspx?utm_source=newsletter',
      checks: { urlDate: '2025-12-20', urlDateMatches: true, urlMatchesPublication: true },
    });
    expect(result.items[1]!.id).toBe('cna.com.tw:202512200196');
  });

  it('puts title, navigation, skip link and footer into the chrome, and drops scripts and styles', () => {
    expect(result.page.chrome).toEqual([
      'Briefings - 2. page – China Watch',
      'Skip to content',
      'Home',
      'Briefings',
      '© 2026 China Watch. All rights reserved.',
      'Next »',
    ]);
    expect(JSON.stringify(result)).not.toContain('dataLayer');
  });

  it('makes a valid feed; the markup read as plain text loses nothing and validates', () => {
    expect(validateFeed(toFeed(result, { generatedAt: '2026-01-05T08:00:00Z' })).ok).toBe(true);
    const asText = parsePage(html, { format: 'text' });
    expect(accountedCharacters(asText)).toBe(nonWhitespace(html));
    expect(validateFeed(toFeed(asText, { generatedAt: '2026-01-05T08:00:00Z' })).ok).toBe(true);
    expect(parsePage(html, { format: 'html' }).items).toEqual(result.items);
  });
});

describe('HTML pages: relative links and the page URL (`options.url`)', () => {
  const page = (
    head = '',
  ) => `<!DOCTYPE html><html><head>${head}<title>Briefings - 2. page</title></head><body>
    <h1>Briefings - 2. page</h1>
    <article>
      <h2><a href="/briefing/audio">Audio Reveals Alleged PLA Effort to Buy Overseas Opinion Leaders</a></h2>
      <p>An overseas commentator posted an audio recording on X on December 18.</p>
      <p>Source: <a href="/news/acn/202512200196.aspx?utm_source=feed">Central News Agency (Taiwan), December 20, 2025</a></p>
    </article>
    <article>
      <h2>China Heightens Silver Export Controls in Line with Rare Earth Standards</h2>
      <p>China has tightened its export controls on silver.</p>
      <p>Source: <a href="#top">Lianhe Zaobao, January 2, 2026</a> <a href="mailto:desk@example.com">write to us</a></p>
    </article>
  </body></html>`;

  it('resolves a relative citation link against the page URL, then canonicalizes and checks it', () => {
    const result = parsePage(page(), { url: 'https://www.cna.com.tw/list/briefings?page=2' });
    expect(result.issues.filter((i) => i.code === 'invalid-page-url')).toEqual([]);
    expect(result.items[0]!.sources[0]).toMatchObject({
      publication: 'Central News Agency',
      qualifier: 'Taiwan',
      date: '2025-12-20',
      url: 'https://www.cna.com.tw/news/acn/202512200196.aspx',
      originalUrl: 'https://www.cna.com.tw/news/acn/202512200196.aspx?utm_source=feed',
      checks: { urlMatchesPublication: true, urlDate: '2025-12-20', urlDateMatches: true },
    });
    expect(result.items[0]!.sources[0]!.notes).toContain('URL taken from the link on the citation text');
    expect(result.items[0]!.id).toBe('cna.com.tw:202512200196');
    // A link within the page and a mailto: are no citation links.
    expect(result.items[1]!.sources[0]!.url).toBeUndefined();
    expect(validateFeed(toFeed(result)).issues).toEqual([]);
  });

  it('leaves relative links out without a page URL, and says so for an unusable one', () => {
    const without = parsePage(page());
    expect(without.items[0]!.sources[0]!.url).toBeUndefined();
    expect(without.items[0]!.sources[0]).toMatchObject({
      publication: 'Central News Agency',
      date: '2025-12-20',
    });
    expect(without.items[0]!.id).toMatch(/^briefing-[0-9a-f]{8}$/);
    for (const url of ['/relative/page.html', 'ftp://example.com/', 'not a url']) {
      const r = parsePage(page(), { url });
      expect(r.items[0]!.sources[0]!.url, url).toBeUndefined();
      expect(
        r.issues.map((i) => i.code),
        url,
      ).toContain('invalid-page-url');
    }
  });

  it('follows the page’s <base href>, itself relative to the page URL', () => {
    const absolute = parsePage(page('<base href="https://www.cna.com.tw/">'));
    expect(absolute.items[0]!.sources[0]!.url).toBe('https://www.cna.com.tw/news/acn/202512200196.aspx');
    const relative = parsePage(page('<base href="/mirror/">').replace('"/news/', '"news/'), {
      url: 'https://archive.example.org/cna/index.html',
    });
    expect(relative.items[0]!.sources[0]).toMatchObject({
      url: 'https://archive.example.org/mirror/news/acn/202512200196.aspx',
      checks: { urlMatchesPublication: false },
    });
  });
});
