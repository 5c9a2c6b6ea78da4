// A column of headless briefs ("business in brief", a week's round-up), each a paragraph of its
// own with no headline, credit, dateline or bullet, told apart from one article's paragraphs.
// Small pages in the shapes real outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

describe('a round-up column of headless briefs, one paragraph each', () => {
  const page = [
    'Friday 22nd September 2000 |',
    'Text too small? |',
    'Harbour Ports posted a $60.6 million pre-tax profit for the June year, lifting the funds available for grants to $815.2 million. It paid out only $4.9 million over the year.',
    'National Post lost $3.8 million in the third quarter, blaming lower mail volumes on the flat economy and electronic substitution.',
    'Southern Cross made history with a third application to the Commerce Commission for clearance to buy its biggest competitor.',
    'Norske Skog Australasia signed contracts with three newspaper groups for the supply of newsprint from its mills.',
    'Capital Properties drew criticism from the market surveillance panel for publishing untrue accounts.',
    'Dairy Board lawyers lodged a challenge to the validity of patents held by a rival over research into milk and health.',
    'Aquarium operator Aquari',
  ].join('\n');

  it('makes each paragraph an item, titled by its first sentence, the page cut inside the last', () => {
    const r = parseChecked(page, { url: 'https://news.example.co.nz/roundup' });
    expect(r.items.map((i) => [i.title, i.body])).toEqual([
      [
        'Harbour Ports posted a $60.6 million pre-tax profit for the June year, lifting the funds available for grants to $815.2 million.',
        [
          'Harbour Ports posted a $60.6 million pre-tax profit for the June year, lifting the funds available for grants to $815.2 million. It paid out only $4.9 million over the year.',
        ],
      ],
      [
        'National Post lost $3.8 million in the third quarter, blaming lower mail volumes on the flat economy and electronic substitution.',
        [
          'National Post lost $3.8 million in the third quarter, blaming lower mail volumes on the flat economy and electronic substitution.',
        ],
      ],
      [
        'Southern Cross made history with a third application to the Commerce Commission for clearance to buy its biggest competitor.',
        [
          'Southern Cross made history with a third application to the Commerce Commission for clearance to buy its biggest competitor.',
        ],
      ],
      [
        'Norske Skog Australasia signed contracts with three newspaper groups for the supply of newsprint from its mills.',
        [
          'Norske Skog Australasia signed contracts with three newspaper groups for the supply of newsprint from its mills.',
        ],
      ],
      [
        'Capital Properties drew criticism from the market surveillance panel for publishing untrue accounts.',
        [
          'Capital Properties drew criticism from the market surveillance panel for publishing untrue accounts.',
        ],
      ],
      [
        'Dairy Board lawyers lodged a challenge to the validity of patents held by a rival over research into milk and health.',
        [
          'Dairy Board lawyers lodged a challenge to the validity of patents held by a rival over research into milk and health.',
        ],
      ],
      ['Aquarium operator Aquari', ['Aquarium operator Aquari']],
    ]);
    expect(r.items[1]!.money.map((m) => [m.text, m.amount.currency])).toEqual([['$3.8 million', 'NZD']]);
  });
});

describe('one article set a paragraph per line, read as an article, not as briefs', () => {
  const wire = [
    'Motorplex last night posted a quarterly profit that was twice Wall Street estimates on strong demand for its phones.',
    "The world's number two handset maker forecast stronger-than-expected sales in its current fourth quarter.",
    'Shares of Motorplex rose almost 3 per cent in heavy trade as optimism on the results outweighed a ratings downgrade.',
    'Analysts were satisfied with the results but wary about the outlook for the handset unit in the fourth quarter.',
    'Motorplex, which moved up its reporting date by a day, reported a net profit of $116 million, or 5 cents a share.',
    'Excluding one-time items, Motorplex posted a profit of six cents a share, double what analysts had expected.',
    'Sales for the quarter rose almost 5 per cent to $6.83 billion on demand in Asia and Latin America.',
  ];

  it('leaves an article whose paragraphs open on the subject named before as one text', () => {
    const r = parseChecked(wire.join('\n'));
    expect(r.items).toEqual([]);
  });

  it('leaves an article with a quoted or a pronoun-led paragraph as one text', () => {
    const quoted = [
      'Harbour Ports posted a record profit for the June year as container volumes rose through its terminals.',
      'Southern Cross Freight said it would move more of its cargo through the port next year.',
      '“These were really good numbers across the board, and we expect more of the same,” said analyst Jo Evans.',
      'Port Authority figures showed volumes up 12 per cent in the second half of the year.',
      'Capital Markets Group kept its rating on the bonds the port sold in March, citing steady earnings.',
      'National Freight Union members voted to accept a two-year pay offer from the operator.',
      'Coastal Shipping Lines added a weekly call at the port from January, its first in a decade.',
    ];
    expect(parseChecked(quoted.join('\n')).items).toEqual([]);
    const pronoun = [...quoted];
    pronoun[2] =
      'It said the terminals handled more ships in the year than in any year before, a record for the port.';
    expect(parseChecked(pronoun.join('\n')).items).toEqual([]);
  });
});
