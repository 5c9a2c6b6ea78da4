// HTML headlines marked by their class, and the parts of an item's element.
// Each kind on a small page written in the shape real outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';

describe('HTML headlines marked by a title class', () => {
  // Bootstrap-style cards (an AI news digest, dev 479; the card-title link is the headline, the
  // summary and a chips row sit in a card-body that every card holds once).
  const card = (title: string, href: string, summary: string, outlet: string) => `
    <article class="card">
      <div class="card-header"><a class="card-title" href="${href}">${title}</a></div>
      <div class="card-body">
        <p class="card-summary">${summary}</p>
        <div class="chips"><span class="chip">${outlet}</span>
          <span class="chip ghost">翻訳: 日本語</span><span class="chip ghost">22時間前</span></div>
      </div>
      <div class="card-footer">出典: <a href="${href}">${href}</a></div>
    </article>`;
  const cards = `<html><body><div class="site-title">Daily AI News</div><section class="tab-panel">
    ${card('Working with safety institutes to build secure AI systems', 'https://ai.example/a', 'Openaiは、AIの安全性とセキュリティを強化するために、米国および英国の研究所とのパートナーシップの進捗を共有しています。このコラボレーションは、共同のレッドチーミングとエージェントシステムのテストを通じて新しい基準を設定しています。', 'AI Company Blog')}
    ${card('Regulators launch inquiry into chatbot companions', 'https://news.example/b', '米連邦取引委員会は、コンパニオンとして振る舞うAIチャットボットについて、複数の企業に情報提供を求めました。調査は、子どもや十代の利用者への影響と、企業が講じている安全対策に焦点を当てています。', 'AI Business News')}
    ${card('Why the cloud deal caught Wall Street by surprise', 'https://tech.example/c', '3億ドルの取引は、レガシー企業であってもAIインフラでは見落とせないことを示しています。市場はこの契約の規模と、クラウド事業の成長見通しに驚きをもって反応しました。', 'Tech Daily Japan')}
    </section></body></html>`;

  it('reads each card as one item under its title-classed headline, its summary as its text', () => {
    const r = parsePage(cards, { format: 'html' });
    expect(r.items.map((i) => [i.title, i.body[0]?.slice(0, 12), i.sources.map((s) => s.url)])).toEqual([
      [
        'Working with safety institutes to build secure AI systems',
        'Openaiは、AIの安',
        ['https://ai.example/a'],
      ],
      [
        'Regulators launch inquiry into chatbot companions',
        '米連邦取引委員会は、コン',
        ['https://news.example/b'],
      ],
      [
        'Why the cloud deal caught Wall Street by surprise',
        '3億ドルの取引は、レガシ',
        ['https://tech.example/c'],
      ],
    ]);
  });

  // A weekly digest in columns (dev 324): each column holds its header, a one-line summary and
  // an editorial box once, and several news items. The column is a section, not an item, so its
  // once-only parts stay apart from its items.
  const item = (title: string, body: string, date: string) => `
    <div class="news-item"><div class="news-row"><h4 class="news-title">${title}</h4>
      <a class="link-btn" href="https://paper.example/${date}">Original</a></div>
      <p class="news-body">${body}</p><span class="news-time">${date}</span></div>`;
  const column = (label: string, summary: string, insight: string, items: string) => `
    <div class="news-col"><div class="cat-header"><div class="cat-meta"><span class="cat-label">${label}</span>
      <span class="cat-count">2</span></div><div class="cat-summary">${summary}</div></div>
      <div class="ai-insight"><div class="ai-label">Our view</div><div class="ai-text">${insight}</div></div>
      ${items}</div>`;
  const columns = `<html><body><div class="page-header"><div class="header-brand"><div class="header-logo">N</div>
    <div><div class="header-title">Industry News Intelligence</div><div class="header-subtitle">2026wk30 · PC industry weekly</div></div></div>
    <div class="history-nav"><a href="2026wk31.html" class="week-pill">2026wk31</a><a href="2026wk29.html" class="week-pill">2026wk29</a></div>
    <div class="header-date">Updated 2026-07-20</div></div><div class="news-grid">
    ${column('Economy', 'Inflation worries return as energy prices climb', 'Rising prices may weigh on laptop demand this quarter, though spending on AI hardware keeps growing across the market.', item('US inflation expected to ease in June', 'Consumer prices are expected to rise 3.8% on the year in June as petrol prices fall after the ceasefire.', '2026-07-14') + item('Oil prices jump on renewed conflict fears', 'Oil prices rose sharply after the White House asked Congress to resume military action in the region.', '2026-07-15'))}
    ${column('Chips', 'Memory makers race to add capacity', 'Tight memory supply will raise component costs for brands, and new chips may shift the market again next year.', item('Memory maker plans IPO to fund new plants', 'The company aims to raise 29.5 billion yuan to expand its DRAM capacity through 2027.', '2026-07-16') + item('Samsung set to lead the HBM4 market', 'Analysts expect the company to take the largest share of high-bandwidth memory orders next year.', '2026-07-17'))}
    ${column('Brands', 'Price rises squeeze PC makers', 'Brands face higher costs and stricter rules in public tenders, which will test their pricing this year.', item('PC makers raise prices as parts cost more', 'Several brands raised laptop prices by up to 10% after memory and storage costs climbed again.', '2026-07-18') + item('Brand fined over public tender bids', 'A court fined the company 15 million dollars over bids it made in a public procurement tender.', '2026-07-19'))}
    </div></body></html>`;

  it("keeps a column's header, summary and editorial box out of its items", () => {
    const r = parsePage(columns, { format: 'html' });
    expect(r.items.map((i) => i.title)).toEqual([
      'US inflation expected to ease in June',
      'Oil prices jump on renewed conflict fears',
      'Memory maker plans IPO to fund new plants',
      'Samsung set to lead the HBM4 market',
      'PC makers raise prices as parts cost more',
      'Brand fined over public tender bids',
    ]);
  });
});
