// Generated HTML news digests (RSS-to-HTML pages, news top-10 newsletters, AI daily pages).
// Each kind on a small page written in the shape real outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';

const shape = (html: string) =>
  parsePage(html, { format: 'html' }).items.map((i) => [
    i.title,
    i.body.length,
    i.sources.map((s) => [s.publication, s.url]),
  ]);

describe('headline-only items credited by their outlet element', () => {
  // RSS-to-HTML digests: one row link holding the headline span and a meta row "Outlet · time".
  const row = (href: string, title: string, time: string) =>
    `<li><a class="row" href="${href}"><span class="row-title">${title}</span><span class="row-meta">Daily Star · ${time}</span></a></li>`;
  const rows = `<html><body><header><h1>Evening edition</h1></header><ul class="rows">
    ${row('https://star.example/a', 'Flood waters recede in the northern districts', '12:50')}
    ${row('https://star.example/b', 'Rail fares to rise from next month', '12:42')}
    ${row('https://star.example/c', 'Short story', '12:38')}
    ${row('https://star.example/d', 'Exporters ask for cheaper gas supply', '12:22')}
    </ul></body></html>`;

  it('reads a row link of headline and meta row as one item credited by the outlet, linked to the row', () => {
    expect(shape(rows)).toEqual([
      ['Flood waters recede in the northern districts', 0, [['Daily Star', 'https://star.example/a']]],
      ['Rail fares to rise from next month', 0, [['Daily Star', 'https://star.example/b']]],
      ['Short story', 0, [['Daily Star', 'https://star.example/c']]],
      ['Exporters ask for cheaper gas supply', 0, [['Daily Star', 'https://star.example/d']]],
    ]);
  });

  // News top-10 newsletters: the headline link, then the outlet's span on the same line; the same
  // outlet may credit several items.
  const li = (href: string, title: string, press: string) =>
    `<li><div class="news-content"><a class="title" href="${href}">${title} - ${press}</a> <span class="source">${press}</span></div></li>`;
  const top = `<html><body><h1>Morning newsletter</h1><div class="desc">Top 5 news of the day</div><ul>
    ${li('https://news.example/1', 'Arson suspect on subway line held', 'Daily Economy')}
    ${li('https://news.example/2', 'Former presidents join final rally', 'Capital Times')}
    ${li('https://news.example/3', 'Last campaign day in the capital', 'Morning Post')}
    ${li('https://news.example/4', 'Results expected around midnight', 'Capital Times')}
    ${li('https://news.example/5', 'Fingerprint tests ordered on ballots', 'Morning Post')}
    </ul></body></html>`;

  it('reads a headline with its outlet span as one item, the outlet its credit, the headline link its URL', () => {
    expect(shape(top)).toEqual([
      ['Arson suspect on subway line held - Daily Economy', 0, [['Daily Economy', 'https://news.example/1']]],
      [
        'Former presidents join final rally - Capital Times',
        0,
        [['Capital Times', 'https://news.example/2']],
      ],
      ['Last campaign day in the capital - Morning Post', 0, [['Morning Post', 'https://news.example/3']]],
      ['Results expected around midnight - Capital Times', 0, [['Capital Times', 'https://news.example/4']]],
      [
        'Fingerprint tests ordered on ballots - Morning Post',
        0,
        [['Morning Post', 'https://news.example/5']],
      ],
    ]);
  });

  // A card's meta row holding a badge, the outlet and the time stays one line (its credit).
  it('keeps a meta row of badge, outlet and time as one line', () => {
    const card = (press: string, title: string) =>
      `<div class="card"><div class="meta"><span class="badge">Top</span> <span class="press">${press}</span> · <span class="time">2026-02-08 13:45</span></div><div class="ttl">${title}</div><div class="sum">The ministry said on Sunday that prices would hold steady through the holiday season this year.</div></div>`;
    const r = parsePage(
      `<html><body>${card('Farmers Daily', 'Citrus shipments start early')}${card('Herald', 'Beef prices stay high')}${card('Farmers Daily', 'Egg supply recovers')}</body></html>`,
      { format: 'html', explain: true },
    );
    expect(r.explained?.filter((e) => e.class === 'citation').map((e) => e.text)).toEqual([
      'Top Farmers Daily · 2026-02-08 13:45',
      'Top Herald · 2026-02-08 13:45',
      'Top Farmers Daily · 2026-02-08 13:45',
    ]);
  });
});

describe('a byline block under a headline', () => {
  // Source lists of press reviews and link digests: `<article><h3><a>Headline</a></h3>
  // <p class=source-byline>domain · date</p></article>`, headline only.
  const card = (href: string, title: string, byline: string) =>
    `<article class='source-card'><h3><a href='${href}'>${title}</a></h3><p class='source-byline'>${byline}</p></article>`;
  const page = `<html><body><h1>Sources of the day</h1><p class='meta'>← Review · 4 sources</p><div class='grid'>${[
    card(
      'https://www.scmp.example/a',
      'Chip maker nears 2nm breakthrough, reports say',
      'scmp.example · Tue, 14 Ap',
    ),
    card(
      'https://arxiv.example/abs/1',
      'GRACE: A dynamic coreset selection framework',
      'arxiv.example · Wed, 15 Ap',
    ),
    card(
      'https://arxiv.example/abs/2',
      'SEA-Eval: A benchmark for self-evolving agents',
      'arxiv.example · Wed, 15 Ap',
    ),
    card(
      'https://news.example/x',
      'Debate: artificial intelligence in schools - KSFR',
      'news.example · Tue, 14 Ap',
    ),
  ].join('')}</div></body></html>`;

  it('reads each card as an item credited by the byline block, its outlet the part before the separator', () => {
    expect(shape(page)).toEqual([
      ['Chip maker nears 2nm breakthrough, reports say', 0, [['scmp.example', 'https://www.scmp.example/a']]],
      ['GRACE: A dynamic coreset selection framework', 0, [['arxiv.example', 'https://arxiv.example/abs/1']]],
      [
        'SEA-Eval: A benchmark for self-evolving agents',
        0,
        [['arxiv.example', 'https://arxiv.example/abs/2']],
      ],
      ['Debate: artificial intelligence in schools - KSFR', 0, [['news.example', 'https://news.example/x']]],
    ]);
  });
});

describe('a list counter outside the headline link', () => {
  // AI daily pages and ranked feed digests print the rank in an element of its own before the
  // headline link; a headline that opens with a number has it inside its link.
  const item = (n: string, href: string, title: string, outlet: string) =>
    `<div class="news-item"><div class="news-title"><span class="news-num">${n}</span> <a href="${href}">${title}</a></div><div class="news-meta"><span class="news-source-tag">${outlet}</span></div><div class="news-summary">The company said the feature lets players build games from a short text prompt on their phones.</div></div>`;
  const page = `<html><body><h1>AI daily</h1><div class="list">${[
    item('1', 'https://tc.example/a', 'Game platform adds AI creation tools', 'Tech Wire'),
    item('2', 'https://tc.example/b', 'Can a lawsuit derail the hardware plan?', 'Tech Wire'),
    item('3', 'https://verge.example/c', '10 things the new model gets right', 'The Gadget'),
  ].join('')}</div></body></html>`;

  it('drops the counter from the title and keeps a number inside the link', () => {
    expect(shape(page)).toEqual([
      ['Game platform adds AI creation tools', 1, [['Tech Wire', 'https://tc.example/a']]],
      ['Can a lawsuit derail the hardware plan?', 1, [['Tech Wire', 'https://tc.example/b']]],
      ['10 things the new model gets right', 1, [['The Gadget', 'https://verge.example/c']]],
    ]);
  });
});

describe('a Chinese "read the original" button under the text', () => {
  // Market newsletters and city-government news digests close each item with a 閱讀原文 /
  // 查看原文 button (WeChat's 阅读原文 link) that leads to the story: its host credits the item.
  const card = (title: string, why: string, href: string, label: string) =>
    `<div class="news-card"><div class="news-headline">${title}</div><div class="news-why">💡 為什麼重要：${why}</div><a class="read-more" href="${href}">${label}</a></div>`;
  const page = `<html><body><h1>財經日報</h1><div class="section">${[
    card(
      '家居零售業績超預期',
      '業績超預期，顯示美國消費者仍然相當樂觀，零售股可望受惠。',
      'https://www.market.example/a',
      '閱讀原文 →',
    ),
    card(
      'AI 對經濟的影響',
      'AI 對美國經濟的影響越來越大，可能會改變傳統產業的格局。',
      'https://news.city.example/b?n=1&s=2',
      '查看官方原文與聯絡人',
    ),
    card(
      '日本減持美國國債',
      '日本和中國減持美國國債，可能推升長期利率並影響匯率走勢。',
      'https://www.market.example/c',
      '閱讀原文 →',
    ),
  ].join('')}</div></body></html>`;

  it('credits each item with the host of its button link', () => {
    expect(shape(page)).toEqual([
      ['家居零售業績超預期', 1, [['market.example', 'https://www.market.example/a']]],
      ['AI 對經濟的影響', 1, [['news.city.example', 'https://news.city.example/b?n=1&s=2']]],
      ['日本減持美國國債', 1, [['market.example', 'https://www.market.example/c']]],
    ]);
  });
});
