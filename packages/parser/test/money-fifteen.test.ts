// Money forms read in round fifteen (a breadth pass: forms real outlets print that no corpus page
// shows yet), each on a small page in the layout of the outlets that write it.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';
import { money } from './money-helpers.js';

describe('codes and signs that are words too, read before a figure with a scale', () => {
  it('reads Morocco\'s "MAD 1.2 billion" and "MAD750m" as dirhams, not a bare "MAD 5"', () => {
    const page = [
      'Morocco earmarks MAD 1.2 billion for rural roads',
      'RABAT - The government has set aside MAD 1.2 billion for rural roads in 2025, the minister said on Tuesday.',
      '',
      'Tangier port posts record year',
      'Revenue at the port rose to MAD750m, while fans went MAD 5 times over the local derby, the report said.',
    ].join('\n');
    expect(money(page, 'https://www.example.ma/economy/page/3')).toEqual([
      [
        ['MAD 1.2 billion', 'MAD', 1200000000, 1200000000],
        ['MAD 1.2 billion', 'MAD', 1200000000, 1200000000],
      ],
      [['MAD750m', 'MAD', 750000000, 750000000]],
    ]);
  });

  it('reads "CFA25bn" as the franc of the page\'s zone, and not "CFA 2" alone', () => {
    const page = [
      'Senegal: BOAD lends CFA25bn to rice farmers',
      'The West African Development Bank lends CFA25bn to rice farmers in the Senegal River valley, ahead of the CFA 2 summit.',
      '',
      'Cameroon: CFA 100 billion bond opens',
      'The treasury opened a CFA 100 billion bond on the regional market in Douala on Monday.',
    ].join('\n');
    expect(money(page, 'https://www.example.sn/en/business')).toEqual([
      [
        ['CFA25bn', 'XOF', 25000000000, 25000000000],
        ['CFA25bn', 'XOF', 25000000000, 25000000000],
      ],
      [
        ['CFA 100 billion', 'XOF', 100000000000, 100000000000],
        ['CFA 100 billion', 'XOF', 100000000000, 100000000000],
      ],
    ]);
  });

  it('reads the Ethiopian press\'s "Br2 billion" as birr', () => {
    const page = [
      'Dam gets Br2 billion more',
      'Addis Abeba - Parliament has approved Br2 billion more for the dam, and Br 450 million for its transmission lines.',
    ].join('\n');
    expect(money(page, 'https://www.example.et/news')).toEqual([
      [
        ['Br2 billion', 'ETB', 2000000000, 2000000000],
        ['Br2 billion', 'ETB', 2000000000, 2000000000],
        ['Br 450 million', 'ETB', 450000000, 450000000],
      ],
    ]);
  });
});

describe('a conversion set off between commas or dashes (an apposition)', () => {
  const stated = (text: string, url: string) =>
    parsePage(text, { url }).items.map((i) =>
      i.money.map((m) => [m.text, m.amount.currency, m.stated.map((s) => [s.text, s.currency, s.min])]),
    );

  it('reads ", about $350 million," and "— roughly $3.9 billion —" as stated conversions', () => {
    const page = [
      'Chinese carmaker buys stake in Hungarian battery plant',
      'BEIJING, March 3 (Xinhua) -- The carmaker paid 2.5 billion yuan, about 350 million U.S. dollars, for a 30 percent stake in the plant.',
      '',
      'Airbus books record orders',
      'TOULOUSE, March 3 -- The planemaker booked €3.5 billion — roughly $3.9 billion — in new orders at the show.',
    ].join('\n');
    expect(stated(page, 'https://www.example.cn/english/business')).toEqual([
      [
        [
          '2.5 billion yuan, about 350 million U.S. dollars',
          'CNY',
          [['350 million U.S. dollars', 'USD', 350000000]],
        ],
      ],
      [['€3.5 billion — roughly $3.9 billion', 'EUR', [['$3.9 billion', 'USD', 3900000000]]]],
    ]);
  });

  it('keeps two amounts where the apposition is not closed or keeps the currency', () => {
    const page = [
      'Rival pay gap widens',
      'The firm paid its chief €50,000, about $20,000 more than its rival, while the fund spent 2 billion yuan, about 300 million yuan of it on roads.',
    ].join('\n');
    expect(stated(page, 'https://www.example.com/business')).toEqual([
      [
        ['€50,000', 'EUR', []],
        ['$20,000', 'USD', []],
        ['2 billion yuan', 'CNY', []],
        ['300 million yuan', 'CNY', []],
      ],
    ]);
  });
});

describe('press signs CLDR lacks, written by two outlets or more of a country', () => {
  it("reads Israel's NIS with a scale or a grouped figure, and not the EU's NIS 2 directive", () => {
    const page = [
      'Cabinet approves NIS 1.2 billion for northern towns',
      'JERUSALEM - The cabinet approved NIS 1.2 billion for towns near the border; rents there rose to NIS 5,400, while firms must comply with NIS 2 by October.',
    ].join('\n');
    expect(money(page, 'https://www.example.co.il/business/')).toEqual([
      [
        ['NIS 1.2 billion', 'ILS', 1200000000, 1200000000],
        ['NIS 1.2 billion', 'ILS', 1200000000, 1200000000],
        ['NIS 5,400', 'ILS', 5400, 5400],
      ],
    ]);
  });

  it("reads Turkey's TL and \"liras\", Rwanda's Rwf and Frw and Zimbabwe's ZiG", () => {
    const page = [
      'Ankara sets aside TL1.2 billion for quake housing',
      'The ministry will spend TL1.2 billion, or 40 million liras a month, on housing; TL 3 members met on Monday.',
      '',
      'Kigali budget adds Rwf50 billion for roads',
      'The city will spend Rwf50 billion on roads and Frw 2 billion on drainage, the mayor said.',
      '',
      'Harare raises school fees to ZiG1,500',
      'Fees at government schools rise to ZiG1,500 a term, the ministry said on Monday.',
    ].join('\n');
    expect(money(page, 'https://www.example.com/africa-and-europe/business')).toEqual([
      [
        ['TL1.2 billion', 'TRY', 1200000000, 1200000000],
        ['TL1.2 billion', 'TRY', 1200000000, 1200000000],
        ['40 million liras a month', 'TRY', 40000000, 40000000],
      ],
      [
        ['Rwf50 billion', 'RWF', 50000000000, 50000000000],
        ['Rwf50 billion', 'RWF', 50000000000, 50000000000],
        ['Frw 2 billion', 'RWF', 2000000000, 2000000000],
      ],
      [
        ['ZiG1,500', 'ZWG', 1500, 1500],
        ['ZiG1,500', 'ZWG', 1500, 1500],
      ],
    ]);
  });
});

describe("CLDR's accented currency nouns, with and without their accents", () => {
  it('reads "bolivars", "córdobas", "cordobas" and "krónur", and not a "Córdoba" or "colons" without a scale', () => {
    const page = [
      'Venezuela raises minimum wage to 130 bolivars',
      'CARACAS (Reuters) - The government raised the minimum wage to 130 bolivars a month; Nicaragua budgeted 1.2 billion córdobas and Iceland 40 billion krónur, as 3 Córdoba fans and 2 colons went unnoticed.',
      '',
      'Managua approves 2 billion cordobas for roads',
      'The assembly approved 2 billion cordobas for rural roads and 5 million colons for the border crossing.',
    ].join('\n');
    expect(money(page, 'https://www.example.com/americas')).toEqual([
      [
        ['130 bolivars', 'VES', 130, 130],
        ['130 bolivars a month', 'VES', 130, 130],
        ['1.2 billion córdobas', 'NIO', 1200000000, 1200000000],
        ['40 billion krónur', 'ISK', 40000000000, 40000000000],
      ],
      [
        ['2 billion cordobas', 'NIO', 2000000000, 2000000000],
        ['2 billion cordobas', 'NIO', 2000000000, 2000000000],
        ['5 million colons', 'CRC', 5000000, 5000000],
      ],
    ]);
  });
});

describe('the crown named with its country, as Reuters and the Czech English-language press write it', () => {
  it('reads Swedish, Norwegian and Czech crowns with their conversions, and not a bare "crowns"', () => {
    const page = [
      'Nordic lender buys Czech payments firm',
      'STOCKHOLM, March 3 (Reuters) - The bank paid 30 billion Swedish crowns ($2.8 billion) for the firm, which earned 4 billion Czech crowns last year, after winning three crowns at the fintech awards.',
      '',
      'Oslo fund cuts stake',
      'The fund sold shares worth 12 billion Norwegian crowns, it said on Monday.',
    ].join('\n');
    expect(money(page, 'https://www.example.com/business/finance')).toEqual([
      [
        ['30 billion Swedish crowns ($2.8 billion)', 'SEK', 30000000000, 30000000000],
        ['4 billion Czech crowns', 'CZK', 4000000000, 4000000000],
      ],
      [['12 billion Norwegian crowns', 'NOK', 12000000000, 12000000000]],
    ]);
  });
});

describe('the hedge abbreviated or signed in a bracketed conversion', () => {
  it('reads "(c. £9.5m)", "(est. €11 million)" and "(≈ €11 million)" as approximate conversions', () => {
    const page = [
      'Midlands engineer sold to US rival',
      'The group sold its engineering arm for $12m (c. £9.5m), after a rival paid $12 million (est. €11 million) and a fund $12 million (≈ €11 million).',
    ].join('\n');
    const items = parsePage(page, { url: 'https://www.example.co.uk/business/deals' }).items;
    expect(
      items.map((i) =>
        i.money.map((m) => [m.text, m.stated.map((s) => [s.text, s.currency, s.min, s.approximate])]),
      ),
    ).toEqual([
      [
        ['$12m (c. £9.5m)', [['£9.5m', 'GBP', 9500000, true]]],
        ['$12 million (est. €11 million)', [['€11 million', 'EUR', 11000000, true]]],
        ['$12 million (≈ €11 million)', [['€11 million', 'EUR', 11000000, true]]],
      ],
    ]);
  });
});
