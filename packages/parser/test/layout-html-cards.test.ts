// The common shapes of an HTML story card, each on a page of three: the credit (outlet, date)
// and the story link wherever the card puts them. The shapes of feed-built digests, CMS
// section pages and newsletter archives (corpus/README.md lists the real pages).
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';

const SUMMARY =
  'The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation and a tight labour market.';
const title = (i: number) =>
  `Central bank raises rates for the ${['first', 'second', 'third'][i - 1]} time this year`;
const link = (i: number) => `<a href="https://news.example/${i}">${title(i)}</a>`;

function read(card: (i: number) => string, wrap = (s: string) => s) {
  const html = `<html><body><h1>Daily brief</h1>${wrap([1, 2, 3].map(card).join('\n'))}</body></html>`;
  return parsePage(html, { format: 'html' }).items.map((item) => [
    item.title,
    item.body.length,
    item.sources.map((s) => [s.publication, s.date ?? null, s.url ?? null]),
  ]);
}

const expected = (paragraphs: number) =>
  [1, 2, 3].map((i) => [title(i), paragraphs, [['Reuters', `2025-12-0${i}`, `https://news.example/${i}`]]]);

describe('an HTML story card’s credit and link', () => {
  it('a source span and a <time> under the summary', () => {
    expect(
      read(
        (i) =>
          `<article class="post"><h2>${link(i)}</h2><p>${SUMMARY}</p><span class="source">Reuters</span> <time datetime="2025-12-0${i}">Dec ${i}</time></article>`,
      ),
    ).toEqual(expected(1));
  });

  it('an "Outlet · Date" row under the summary of a linked list item', () => {
    expect(
      read(
        (i) =>
          `<li class="item">${link(i)}<p>${SUMMARY}</p><p class="meta">Reuters · December ${i}, 2025</p></li>`,
      ),
    ).toEqual(expected(1));
  });

  it('a "By Reporter, Agency | Date" byline under the linked headline', () => {
    expect(
      read(
        (i) =>
          `<div class="story"><h3>${link(i)}</h3><div class="byline">By Jane Doe, Reuters | December ${i}, 2025</div><p>${SUMMARY}</p></div>`,
      ),
    ).toEqual(expected(1));
  });

  it('a table row of linked headline, outlet and date, with no summary', () => {
    expect(
      read(
        (i) => `<tr><td>${link(i)}</td><td>Reuters</td><td>2025-12-0${i}</td></tr>`,
        (s) => `<table>${s}</table>`,
      ),
    ).toEqual(expected(0));
  });

  it('a meta row of publisher and date above the linked headline', () => {
    expect(
      read(
        (i) =>
          `<div class="card"><div class="card-meta"><span class="publisher">Reuters</span><span class="date">2025-12-0${i}</span></div><h4 class="card-title">${link(i)}</h4><div class="card-summary">${SUMMARY}</div></div>`,
      ),
    ).toEqual(expected(1));
  });
});

describe('an HTML card that sets its headline and teaser in spans of one line', () => {
  it('reads each part-naming span as a block of its own', () => {
    const row = (i: number) =>
      `<div class="row"><span class="headline">${title(i)}</span> <span class="item-teaser">${SUMMARY}</span></div>`;
    const r = parsePage(`<html><body><h1>Daily brief</h1>${[1, 2, 3].map(row).join('\n')}</body></html>`, {
      format: 'html',
    });
    expect(r.items.map((i) => [i.title, i.body])).toEqual([1, 2, 3].map((i) => [title(i), [SUMMARY]]));
  });

  it('does not split at a span whose class only starts with a part’s name (`summary-model`)', () => {
    const r = parsePage(
      `<html><body><h1>Daily brief</h1>${[1, 2, 3]
        .map(
          (i) =>
            `<article><h2>${title(i)}</h2><p>${SUMMARY.replace('raised', '<span class="summary-model">raised</span>')}</p></article>`,
        )
        .join('\n')}</body></html>`,
      { format: 'html' },
    );
    expect(r.items.map((i) => i.body)).toEqual([1, 2, 3].map(() => [SUMMARY]));
  });
});

describe('a newsletter’s quick hits: a linked headline run into its summary', () => {
  it('takes the link’s text as the title, the mark and the bar as layout', () => {
    const hit = (i: number) => `<p>🇩🇪 ${link(i)} | ${SUMMARY}</p>`;
    const r = parsePage(
      `<html><body><h1>Daily brief</h1><h2>Quick Hits</h2>${[1, 2, 3].map(hit).join('\n')}</body></html>`,
      {
        format: 'html',
      },
    );
    expect(r.items.map((i) => [i.title, i.body])).toEqual([1, 2, 3].map((i) => [title(i), [SUMMARY]]));
    expect(r.page.chrome).toEqual(expect.arrayContaining(['🇩🇪', '|']));
  });
});

describe('an article’s own footer and time element', () => {
  it('reads the credit in an <article>’s <footer> (only the page’s footer is furniture)', () => {
    const r = parsePage(
      `<html><body><h1>Daily brief</h1>${[1, 2, 3]
        .map(
          (i) =>
            `<article><h2>${link(i)}</h2><p>${SUMMARY}</p><footer>Source: Reuters, December ${i}, 2025</footer></article>`,
        )
        .join('\n')}<footer>Source: our own archive</footer></body></html>`,
      { format: 'html' },
    );
    expect(r.items.map((i) => [i.title, i.sources.map((s) => [s.publication, s.date])])).toEqual(
      [1, 2, 3].map((i) => [title(i), [['Reuters', `2025-12-0${i}`]]]),
    );
    expect(r.page.chrome).toContain('Source: our own archive');
  });

  it('reads `<strong>Source:</strong> Reuters` as one credit line', () => {
    const r = parsePage(
      `<html><body><h1>Daily brief</h1>${[1, 2, 3]
        .map((i) => `<div><h3>${title(i)}</h3><p>${SUMMARY}</p><p><strong>Source:</strong> Reuters</p></div>`)
        .join('\n')}</body></html>`,
      { format: 'html' },
    );
    expect(r.items.map((i) => i.sources.map((s) => [s.publication, s.raw]))).toEqual(
      [1, 2, 3].map(() => [['Reuters', 'Source: Reuters']]),
    );
  });

  it('dates an item by its <time datetime> under the headline, with no source made of it', () => {
    const r = parsePage(
      `<html><body><h1>Daily brief</h1>${[1, 2, 3]
        .map(
          (i) =>
            `<article><h2>${link(i)}</h2><time datetime="2025-12-0${i}T09:00:00Z">Dec ${i}</time><p>${SUMMARY}</p></article>`,
        )
        .join('\n')}</body></html>`,
      { format: 'html' },
    );
    expect(r.items.map((i) => [i.title, i.published, i.sources])).toEqual(
      [1, 2, 3].map((i) => [title(i), `2025-12-0${i}`, []]),
    );
  });
});

describe('a short headline over its meta row', () => {
  it('is the item’s headline, not a label over the meta row', () => {
    // A news aggregator's post list: <h3> linked title, a meta row (score, user, time, host),
    // the summary. Short titles ("Writing Python Like Rust") are headlines all the same.
    const titles = [
      'Writing Python Like Rust',
      'Future CSS: State Container Queries',
      'Canada opens tech work permits',
    ];
    const post = (t: string, i: number) =>
      `<article class="post-item"><h3><a href="https://site.example/${i}">${t}</a></h3>
       <div class="post-meta"><span class="score">35</span> <span class="time">2023-06-29 01:34:16 UTC</span> <span class="host">site${i}.example</span></div>
       <div class="post-summary">${SUMMARY}</div></article>`;
    const r = parsePage(`<html><body><h1>Top stories</h1>${titles.map(post).join('\n')}</body></html>`, {
      format: 'html',
    });
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)])).toEqual(
      titles.map((t, i) => [t, 1, [`site${i}.example`]]),
    );
  });

  it('reads a summary that is a date with its full stop ("27 July 1962.") as text, not as a date line', () => {
    const post = (t: string, i: number, summary: string) =>
      `<article class="post-item"><h3><a href="https://site.example/${i}">${t}</a></h3>
       <div class="post-meta"><span class="time">2023-06-2${i} 20:34:16 UTC</span> <span class="host">site${i}.example</span></div>
       <div class="post-summary">${summary}</div></article>`;
    const r = parsePage(
      `<html><body><h1>Top stories</h1>${[
        post('The Bathyscaph Trieste: Technological and Operational Aspects (1962)', 1, '27 July 1962.'),
        post('Writing Python Like Rust', 2, SUMMARY),
        post('Future CSS: State Container Queries', 3, SUMMARY),
      ].join('\n')}</body></html>`,
      { format: 'html' },
    );
    expect(r.items[0]!.body).toEqual(['27 July 1962.']);
    expect(r.items[0]!.sources.map((s) => [s.publication, s.date])).toEqual([
      ['site1.example', '2023-06-21'],
    ]);
  });
});

describe('a "Source" or "Read more" link alone after the text', () => {
  it('credits the item with the story’s address; the outlet is the host’s', () => {
    const hosts = [
      'https://www.reuters.com/markets/a-1',
      'https://news.example.org/b-2',
      'https://www.reuters.com/world/c-3',
    ];
    const r = parsePage(
      `<html><body><h1>Daily brief</h1>${[1, 2, 3]
        .map((i) => `<h2>${title(i)}</h2><p>${SUMMARY}</p><p><a href="${hosts[i - 1]}">Source</a></p>`)
        .join('\n')}</body></html>`,
      { format: 'html' },
    );
    expect(r.items.map((i) => i.sources.map((s) => [s.publication, s.url ?? s.originalUrl]))).toEqual([
      [['Reuters', hosts[0]]],
      [['news.example.org', hosts[1]]],
      [['Reuters', hosts[2]]],
    ]);
  });
});
