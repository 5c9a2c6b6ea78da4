// Which currency a bare sign is on local-money pages: the evidence a briefing or its page gives.
// Each kind on a small page written in the shape real outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { extractMoney, parsePage } from '../src/index.js';

/** [title start, mention text, currency] for every money mention of the page. */
function moneyOf(text: string, url?: string): [string, string, string][] {
  const r = parsePage(text, url === undefined ? {} : { url });
  return r.items.flatMap((b) =>
    b.money.map((m) => [b.title.slice(0, 20), m.text, m.amount.currency] as [string, string, string]),
  );
}

describe('a bare amount written again with its own sign in the same briefing', () => {
  it('takes the currency the body writes for a headline figure (an Australian page, US$ in the body)', () => {
    const page = `Miner makes $800 million investment in US copper

Today the miner announced that it will invest more than US$800 million (AU$1.18 billion) in its Utah operation. Shares closed at $4.03.

Retailer posts $250 million loss

The retailer posted a $250 million loss for the half.
`;
    expect(moneyOf(page, 'https://markets.example.com.au/brief')).toEqual([
      ['Miner makes $800 mil', '$800 million', 'USD'],
      ['Miner makes $800 mil', 'US$800 million (AU$1.18 billion)', 'USD'],
      ['Miner makes $800 mil', '$4.03', 'AUD'],
      ['Retailer posts $250 ', '$250 million', 'AUD'],
      ['Retailer posts $250 ', '$250 million', 'AUD'],
    ]);
  });

  it('takes the currency of a stated conversion so written (a Malaysian digest, S$ in brackets)', () => {
    const page = `Close to $168,000 collected in donations

A fund drive in Johor collected RM500,000 (S$168,000) for flood victims, organisers said.
`;
    expect(moneyOf(page)).toEqual([
      ['Close to $168,000 co', '$168,000', 'SGD'],
      ['Close to $168,000 co', 'RM500,000 (S$168,000)', 'MYR'],
    ]);
  });
});

describe('the dollar countries are every region whose currency CLDR names a dollar', () => {
  it('reads a bare $ as the Fijian dollar on a page that names Fiji most (no address country)', () => {
    const page = `Fiji Airways adds flights to Tokyo

Fiji Airways will add three weekly flights from Nadi, the airline said.

Power utility returns to profit

The Fijian utility posted a net profit of $7.17 million for 2024, after losses in two years.

Tourism arrivals slow

Arrivals to Fiji slowed in October, the statistics bureau said.
`;
    expect(moneyOf(page)).toEqual([['Power utility return', '$7.17 million', 'FJD']]);
  });

  it('reads a name that CLDR writes with "&" in the press form with "and" (Trinidad and Tobago)', () => {
    const page = `Now government wants $2.6 billion more

The Government of Trinidad and Tobago will seek $2.6 billion more in a supplementary appropriation.

Energy output falls

Trinidad and Tobago's gas output fell again, the energy ministry said; Trinidad and Tobago exports fell too.
`;
    expect(moneyOf(page)).toEqual([
      ['Now government wants', '$2.6 billion', 'TTD'],
      ['Now government wants', '$2.6 billion', 'TTD'],
    ]);
  });

  it('does not count a longer region name that starts with a dollar country (Dominican Republic)', () => {
    const page = `Resort group expands

The Dominican Republic resort group will spend $300 million on hotels in the Dominican Republic.

Airport traffic rises

Traffic at the Dominican Republic's airports rose 8 per cent.
`;
    expect(moneyOf(page)).toEqual([['Resort group expands', '$300 million', 'USD']]);
  });
});

describe('a dollar named as a topic, not as an amount', () => {
  // A Hong Kong business page: bare `$` for the local dollar, `US$` for the US one.
  const page = `Central bank buys $2.355b to defend currency peg

The HKD fell as the greenback gained strength after the market turmoil.

Bank eyes US$500m bond

The lender plans a US$500m bond and a $1b loan, it said.
`;
  it('leaves the page’s bare $ as it is when the briefing names that dollar only as a topic', () => {
    expect(moneyOf(page)).toEqual([
      ['Central bank buys $2', '$2.355b', 'HKD'],
      ['Bank eyes US$500m bo', 'US$500m', 'USD'],
      ['Bank eyes US$500m bo', 'US$500m', 'USD'],
      ['Bank eyes US$500m bo', '$1b', 'HKD'],
    ]);
  });

  it('still reads a bare $ as the US dollar beside an amount written in the local dollar', () => {
    const other = page.replace('The HKD fell', 'HKD 3 billion left as the HKD fell');
    expect(moneyOf(other)[0]).toEqual(['Central bank buys $2', '$2.355b', 'USD']);
  });
});

describe('a local letter sign before a figure with a cents part', () => {
  it('reads the rand and naira rates written with two decimals', () => {
    const za = `Markets surge after election result

This morning the rand was at R15.21/$, its best level in two weeks. Traffic on the R15 was light.
`;
    expect(moneyOf(za, 'https://www.example.co.za/today-in-business')).toEqual([
      ['Markets surge after ', 'R15.21', 'ZAR'],
    ]);
    const ng = `Naira strengthens by N0.95 at official window

The naira gained N0.95 at the official window on Tuesday; the N4.5 engine was not affected.
`;
    expect(moneyOf(ng, 'https://markets.example.com.ng/naira')).toEqual([
      ['Naira strengthens by', 'N0.95', 'NGN'],
      ['Naira strengthens by', 'N0.95', 'NGN'],
    ]);
  });
});

describe('rupees and pesos where the page comes from', () => {
  it('reads rupees as the currency of the country the page names most', () => {
    const page = `Pakistan's exports rise

Pakistan's exports rose 9 per cent in November, the bureau said.

Govt will provide Rs1.3 billion to power users

The government will provide a supplementary grant of Rs1.3 billion for further subsidies.

Pakistani banks post record profits

Pakistani banks posted record profits, and Pakistan's central bank held its rate.
`;
    expect(moneyOf(page)).toEqual([
      ['Govt will provide Rs', 'Rs1.3 billion', 'PKR'],
      ['Govt will provide Rs', 'Rs1.3 billion', 'PKR'],
    ]);
  });

  it('reads pesos on a page from a Philippine address as the Philippine peso', () => {
    const page = `Building permits fall

Approvals were valued at 111 billion pesos in the quarter, the statistics office said.
`;
    expect(moneyOf(page, 'https://www.example.com.ph/economy')).toEqual([
      ['Building permits fal', '111 billion pesos', 'PHP'],
    ]);
  });
});

describe('a range whose bounds each carry the same rate basis', () => {
  it('reads "between NT$200 a ton and NT$1,200 a ton" as one range per ton', () => {
    const [m, ...rest] = extractMoney(
      'It raised prices by between NT$200 a ton and NT$1,200 a ton this quarter.',
    );
    expect(rest).toEqual([]);
    expect([m?.text, m?.amount.currency, m?.amount.min, m?.amount.max, m?.per]).toEqual([
      'NT$200 a ton and NT$1,200 a ton',
      'TWD',
      200,
      1200,
      'ton',
    ]);
  });

  it('keeps two amounts whose rate bases differ', () => {
    expect(extractMoney('Members pay $5 a year and $10 a month.').map((m) => m.text)).toEqual([
      '$5 a year',
      '$10 a month',
    ]);
  });
});

describe('a dollar’s cents by the dollar’s name', () => {
  it.each([
    ['Payout per unit rose to 2.26 Singapore cents.', '2.26 Singapore cents', 'SGD', 0.0226],
    ['The bid is 9 Australian cents a share.', '9 Australian cents a share', 'AUD', 0.09],
    ['Fares rose by 50 Fijian cents.', '50 Fijian cents', 'FJD', 0.5],
  ])('%s', (text, written, currency, value) => {
    const [m, ...rest] = extractMoney(text);
    expect(rest).toEqual([]);
    expect([m?.text, m?.amount.currency, m?.amount.min]).toEqual([written, currency, value]);
  });
});
