// Section and tag pages: the label a section page prints over its items, and what stands
// between them. Small pages in the shapes real outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked, THREE_HEADLINES, THREE_SUMMARIES } from './layout-helpers.js';

describe("a section label named by the page's address", () => {
  // A section page's first line is its label, over a photo caption (or the section's
  // description), then headline + teaser items (dev 456, 462, 494: three outlets).
  const items = THREE_HEADLINES.map((h, k) => `${h}\n\n${THREE_SUMMARIES[k]}`).join('\n\n');
  const caption = 'Dock workers at the port gate on Monday morning.';

  it('heads the listing, not an item, when the address names the section', () => {
    const r = parseChecked(`Regional News\n\n${caption}\n\n${items}\n`, {
      url: 'https://news.example/news/regional/page/702/',
    });
    expect(r.page.header).toBe('Regional News');
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual(THREE_HEADLINES.map((h) => [h, 1]));
  });

  it("reads a breadcrumb's root (`Home Business`) as part of the label", () => {
    const r = parseChecked(`Home Business\n\n${caption}\n\n${items}\n`, {
      url: 'https://news.example/topics/business/',
    });
    expect(r.page.header).toBe('Home Business');
    expect(r.items.map((i) => i.title)).toEqual(THREE_HEADLINES);
  });

  it('keeps a short first headline whose words the address does not name', () => {
    const r = parseChecked(`Regional News\n\n${THREE_SUMMARIES[0]}\n\n${items}\n`, {
      url: 'https://news.example/business/2025/12/17/',
    });
    expect(r.items[0]!.title).toBe('Regional News');
  });

  it("reads the label's country for a bare dollar, as it read it when the label was a title", () => {
    const r = parseChecked(
      [
        'Australia',
        'Latest news headlines from Business News.',
        'Miner lifts output at its Pilbara project',
        'The Perth miner said output in Western Australia rose by a tenth in the quarter.',
        'Air con company and its director fined',
        'A court in South Australia fined the director $140,000 on Thursday over the breach.',
      ].join('\n\n'),
      { url: 'https://news.example/News-Australia.html' },
    );
    expect(r.page.header).toBe('Australia');
    expect(r.items[1]!.money.map((m) => [m.text, m.amount.currency])).toEqual([['$140,000', 'AUD']]);
  });
});

describe('category chains above the headlines', () => {
  // A category page that prints each item's categories as one run of names over its headline,
  // then the teaser the site cut with `[…]` (a repeated record: the page's repetition says it).
  const chains = [
    'Africa Headlines International Kenya',
    'Africa Business Headlines Markets',
    'Africa Headlines',
  ];
  const page = THREE_HEADLINES.map(
    (h, k) => `${chains[k]}\n\n${h}\n\n${THREE_SUMMARIES[k]!.replace(/\.$/, ' […]')}`,
  ).join('\n\n');

  it('reads each chain as furniture and the line under it as the headline', () => {
    const r = parseChecked(`${page}\n`);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual(THREE_HEADLINES.map((h) => [h, 1]));
  });

  it('leaves a lone names-only line over a headline as it was (no repetition, no chain)', () => {
    const one = `${chains[0]}\n\n${THREE_HEADLINES[0]}\n\n${THREE_SUMMARIES[0]}\n`;
    expect(parseChecked(one).items.map((i) => i.title)).toEqual([
      'Africa Headlines International Kenya Central bank raises interest rates again',
    ]);
  });
});

describe("a picture's credit above the first headline", () => {
  // A topic page: an optional `(Image: Agency/Photographer)` line over each card's headline.
  it('is furniture, and the headline under it opens the first item', () => {
    const page = [
      '(Image: AAP/Daniel Pockett)',
      'Time for a federal ICAC?',
      'Good morning, early birds. Former premiers call for a national anti-corruption body.',
      '(Image: AAP/James Ross)',
      THREE_HEADLINES[1],
      THREE_SUMMARIES[1],
      '',
    ].join('\n\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Time for a federal ICAC?', 1],
      [THREE_HEADLINES[1], 1],
    ]);
  });
});

describe('a page that bullets its headlines', () => {
  // A category page: `• Headline`, its teaser opened by a wire dateline, `Read More »`; the page
  // ends just after the last bulleted headline, inside its teaser.
  it('reads the last bulleted line as a headline, not a category tag, over its cut teaser', () => {
    const page = [
      '• Dominica launches ambitious water project',
      'ROSEAU, Dominica, CMC – Dominica on Monday launched a water project for the capital.',
      'Read More »',
      '• Caribbean reaffirms commitment to cooperate on information society',
      'MONTEVIDEO, Uruguay, CMC – The regional commission said countries would share data.',
      'Read More »',
      '• Regional countries sign ministerial declaration',
      'ST. JOHN’S, Antigua, CMC – Caribbean Community (',
    ].join('\n\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => i.title)).toEqual([
      'Dominica launches ambitious water project',
      'Caribbean reaffirms commitment to cooperate on information society',
      'Regional countries sign ministerial declaration',
    ]);
  });
});

describe('a headline printed twice, the first copy bulleted', () => {
  // A tag page: `• Headline` (the list's link), the same headline again (the post's heading),
  // then the text.
  it('keeps one copy as the title and the other out of it', () => {
    const page = THREE_HEADLINES.map((h, k) => `  • ${h}\n\n    ${h}\n\n    ${THREE_SUMMARIES[k]}`).join(
      '\n\n',
    );
    const r = parseChecked(`${page}\n`);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual(THREE_HEADLINES.map((h) => [h, 1]));
    expect(r.unparsed.map((u) => u.text)).toEqual(THREE_HEADLINES);
  });
});
