// HTML items read as records.
// Each kind on a small page written in the shape real outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';

describe('HTML items read as records', () => {
  const card = (press: string, time: string, href: string, title: string, sum: string) => `
    <div class="card"><div class="cardTop"><div class="meta"><span class="badge">Top</span>
      <span class="press">${press}</span> · <span class="time">${time}</span></div>
      <a class="btnOpen" href="${href}">Open</a></div>
      <div class="ttl">${title}</div>
      <div class="sum">${sum}</div></div>`;
  const cards = `<html><body><h1>Farm news brief</h1><section class="sec"><div class="secHead">Prices</div>
    ${card('Farmers Daily', '2026-02-08 13:45', 'https://farm.example/a1', 'Citrus shipments start early this year', 'Growers began shipping high-quality citrus ahead of the holiday, with prices holding steady across the region.')}
    ${card('Seoul Economic', '2026-02-07 14:39', 'https://econ.example/b2', 'Discounts on produce to widen next week', 'The ministry said discounts on fruit gift sets will grow next week as supply rises ahead of the holiday.')}
    ${card('Herald Business', '2026-02-08 08:13', 'https://herald.example/c3', 'Beef and egg prices stay high before holiday', 'Beef and egg prices remain high while vegetable prices are stable, the agriculture ministry said on Sunday.')}
    </section></body></html>`;

  it('takes the meta row above each headline as its credit, with the link button as its URL', () => {
    const r = parsePage(cards, { format: 'html' });
    expect(
      r.items.map((i) => [i.title, i.sources.map((s) => [s.publication, s.date, s.url]), i.body.length]),
    ).toEqual([
      [
        'Citrus shipments start early this year',
        [['Farmers Daily', '2026-02-08', 'https://farm.example/a1']],
        1,
      ],
      [
        'Discounts on produce to widen next week',
        [['Seoul Economic', '2026-02-07', 'https://econ.example/b2']],
        1,
      ],
      [
        'Beef and egg prices stay high before holiday',
        [['Herald Business', '2026-02-08', 'https://herald.example/c3']],
        1,
      ],
    ]);
  });

  const post = (title: string, href: string, host: string, time: string, sum: string) => `
    <article class="post-item"><div class="post-title"><h3><a href="${href}">${title}</a></h3></div>
      <div class="post-meta"><span class="score">29</span> <span class="summit-time">${time}</span>
      <span class="host">${host}</span> <a class="share-icon" href="#x">Share</a></div>
      <div class="post-summary">${sum}</div></article>`;
  const posts = `<html><body><main>
    ${post('Canada opens work permits for tech workers', 'https://www.canada.ca/en/news/tech.html', 'canada.ca', '2023-06-29 04:19:16 UTC', 'Canada has launched its first tech talent strategy to attract workers in high-growth industries.')}
    ${post('Open dataset for instruction tuning released', 'https://erichartford.com/openorca', 'erichartford.com', '2023-06-29 01:34:16 UTC', 'The project releases an open dataset and instruction-tuned models built on it for anyone to use.')}
    ${post('Container queries come to CSS', 'https://ishadeed.com/article/state-query/', 'ishadeed.com', '2023-06-28 19:34:16 UTC', 'The browser team is experimenting with a new kind of query that styles elements by their state.')}
    </main></body></html>`;

  it('takes the meta row under each headline as its credit, with the headline link as its URL', () => {
    const r = parsePage(posts, { format: 'html' });
    expect(r.items.map((i) => [i.title, i.sources.map((s) => [s.publication, s.date, s.url])])).toEqual([
      [
        'Canada opens work permits for tech workers',
        [['canada.ca', '2023-06-29', 'https://www.canada.ca/en/news/tech.html']],
      ],
      [
        'Open dataset for instruction tuning released',
        [['erichartford.com', '2023-06-29', 'https://erichartford.com/openorca']],
      ],
      [
        'Container queries come to CSS',
        [['ishadeed.com', '2023-06-28', 'https://ishadeed.com/article/state-query/']],
      ],
    ]);
  });
});

describe('link digest items', () => {
  it('reads "Headline - Outlet (Outlet) Source" list items as briefings credited to the outlet, with the source link', () => {
    // Newsletters built from news feeds (Google News titles every story "Headline - Publisher").
    const html = `<h2>Relevant Articles</h2>
<ul><li>Pennsylvania restricts data center development - Construction &amp; Demolition Recycling <span style="color:#777">(Construction &amp; Demolition Recycling)</span> <a href="https://news.example.com/a1">Source</a> <a href="https://digest.example.org/track?id=1">[Track]</a></li>
<li>Cushman report says industrial leasing jumped 36% in first half - ROI-NJ <span>(ROI-NJ)</span> <a href="https://news.example.com/a2">Source</a> <a href="https://digest.example.org/track?id=2">[Track]</a></li>
<li>Prologis promotes Harvey, Sutton to key development roles — Prologis Inc. has announced two key promotions for its development teams... <span>(Real Estate NJ)</span> <a href="https://re-nj.example.com/prologis">Source</a></li></ul>`;
    const r = parsePage(html, { format: 'html' });
    expect(r.items.map((i) => [i.title, i.body, i.sources.map((s) => [s.publication, s.url])])).toEqual([
      [
        'Pennsylvania restricts data center development',
        [],
        [['Construction & Demolition Recycling', 'https://news.example.com/a1']],
      ],
      [
        'Cushman report says industrial leasing jumped 36% in first half',
        [],
        [['ROI-NJ', 'https://news.example.com/a2']],
      ],
      [
        'Prologis promotes Harvey, Sutton to key development roles',
        ['Prologis Inc. has announced two key promotions for its development teams...'],
        [['Real Estate NJ', 'https://re-nj.example.com/prologis']],
      ],
    ]);
  });
});

describe('bold words in a paragraph', () => {
  it('reads a bold subject the sentence runs on from as emphasis, and a bold lead ending a phrase as a run-in title', () => {
    // Market desks bold the company a card is about ("<strong>AT&T</strong> rose ..."); daily
    // briefs bold a lead that ends before the text ("<strong>Oil is the swing factor.</strong> With ...").
    const html = `<div class="card"><h3>AT&amp;T beats and adds subscribers</h3>
<p><strong>AT&amp;T</strong> rose about 2.6% to roughly $22.84 after a second-quarter beat on subscribers.</p></div>
<div class="card"><h3>GE Vernova falls despite a raised outlook</h3>
<p><strong>GE Vernova</strong> slid about 4.5% even after it raised its full-year outlook on grid demand.</p></div>
<ul><li><strong>Oil is the swing factor.</strong> With crude up more than 4%, energy names led the market.</li></ul>`;
    const r = parsePage(html, { format: 'html' });
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['AT&T beats and adds subscribers', 1],
      ['GE Vernova falls despite a raised outlook', 1],
      ['Oil is the swing factor.', 1],
    ]);
  });
});

describe('source rows under the text', () => {
  it('reads "Outlet · date time" under an item as its credit, with the headline link as URL', () => {
    // Feed digests (a daily brief built from blogs' feeds) print the source row under the summary.
    const html = `<h2>AI news</h2>
<div><h3><a href="https://openai.com/index/small-business">Introducing the ChatGPT for small business program</a></h3>
<p>OpenAI launched a program to help small businesses learn to use AI tools in their daily work.</p>
<p>OpenAI News · 2026-07-21 17:00 UTC</p></div>
<div><h3><a href="https://deepmind.google/blog/gemini-flash">Introducing new Gemini Flash models for developers</a></h3>
<p>DeepMind released new Gemini models that are faster and cheaper for developers to use.</p>
<p>DeepMind Blog · 2026-07-21 15:16 UTC</p></div>`;
    const r = parsePage(html, { format: 'html' });
    expect(r.items.map((i) => [i.title, i.sources.map((s) => [s.publication, s.date, s.url])])).toEqual([
      [
        'Introducing the ChatGPT for small business program',
        [['OpenAI News', '2026-07-21', 'https://openai.com/index/small-business']],
      ],
      [
        'Introducing new Gemini Flash models for developers',
        [['DeepMind Blog', '2026-07-21', 'https://deepmind.google/blog/gemini-flash']],
      ],
    ]);
  });
});

describe('a headline link is no source link', () => {
  it('reads a line that is one long link as the next headline, not as a line of source links', () => {
    const html = `<h2>昨夜发生了什么</h2>
<div><a href="https://www.bloomberg.com/news/articles/a1">纳斯达克100指数创三周最佳单日表现，芯片股反弹</a></div>
<div>纳斯达克100指数上涨1.93%，为近三周最大单日涨幅。芯片股在人工智能相关交易中强劲反弹，推动指数上行。</div>
<div><a href="https://www.bloomberg.com/news/articles/a2">美国10年期国债收益率升至两个月高位，油价上涨引发通胀担忧</a></div>
<div>美国国债收益率上升，反映市场对油价上涨带来的通胀风险和美联储可能加息的担忧。</div>`;
    const r = parsePage(html, { format: 'html' });
    expect(r.items.map((i) => i.title).slice(-2)).toEqual([
      '纳斯达克100指数创三周最佳单日表现，芯片股反弹',
      '美国10年期国债收益率升至两个月高位，油价上涨引发通胀担忧',
    ]);
    expect(r.items.flatMap((i) => i.sources)).toEqual([]);
  });
});
