// Money forms read in round fourteen, each on a small page in the layout of the outlets that write it.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';
import { money } from './money-helpers.js';

describe('the Fiji dollar as the Pacific business press writes it (F$)', () => {
  it('reads "F$220m" and "F$1.3 billion" on a business council news archive as FJD', () => {
    const page = [
      'Resort group unveils F$220m hotel project in Nadi',
      'A Suva-based conglomerate has announced a new hotel on the Coral Coast, its largest investment in a decade...',
      'Tourism sector thrives with F$1.3 billion in new projects',
      'Tourism remains a key sector, with several projects worth F$1.3 billion now under way, the minister said...',
    ].join('\n');
    expect(money(page, 'https://www.example.org.au/news/page/8')).toEqual([
      [['F$220m', 'FJD', 220000000, 220000000]],
      [
        ['F$1.3 billion', 'FJD', 1300000000, 1300000000],
        ['F$1.3 billion', 'FJD', 1300000000, 1300000000],
      ],
    ]);
  });
});

describe('a range after "ranging from" / "varying from" is one mention, not a change', () => {
  it('reads "ranging from $1.5bn to $8bn" as one range though "raise" stands earlier', () => {
    const page = [
      'Analysis: More Southeast Asian firms consider U.S. listings',
      'NY Times',
      'Southeast Asian firms are expected to raise between $300m and $1bn, with valuations ranging from $1.5bn to $8bn.',
    ].join('\n');
    expect(money(page, 'https://www.example.world/t/asia/69615')).toEqual([
      [
        ['$300m and $1bn', 'USD', 300000000, 1000000000],
        ['$1.5bn to $8bn', 'USD', 1500000000, 8000000000],
      ],
    ]);
  });

  it('keeps a change a change: "rose from $2bn to $3bn" stays two mentions', () => {
    const page = [
      'Exports climb in third quarter',
      'Exports rose from $2bn to $3bn in the quarter, the ministry said on Tuesday.',
    ].join('\n');
    expect(money(page, 'https://www.example.world/t/asia/69616')).toEqual([
      [
        ['$2bn', 'USD', 2000000000, 2000000000],
        ['$3bn', 'USD', 3000000000, 3000000000],
      ],
    ]);
  });
});

describe('a figure after "or" in the same currency is a second amount, not a conversion', () => {
  it('reads a flat price and its price per square foot as two HKD mentions', () => {
    const page = [
      'Home prices polarised after cooling measures',
      'A 451-square-foot unit in Shatin was sold at HK$5.75 million or HK$12,749 per square foot, agents said.',
      '',
      'Station site draws strong interest',
      'The site is valued at HK$9.6 to 11.1 billion, or HK$13,000 to 15,000 per square foot.',
    ].join('\n');
    expect(money(page, 'https://www.example.hk/en/blog/roundup')).toEqual([
      [
        ['HK$5.75 million', 'HKD', 5750000, 5750000],
        ['HK$12,749', 'HKD', 12749, 12749],
      ],
      [
        ['HK$9.6 to 11.1 billion', 'HKD', 9600000000, 11100000000],
        ['HK$13,000 to 15,000', 'HKD', 13000, 15000],
      ],
    ]);
  });

  it('keeps a conversion into another currency after "or" a stated conversion', () => {
    const page = [
      'Developer wins harbourfront site',
      'The developer paid HK$5.53 billion, or about US$710 million, for the site on Tuesday.',
    ].join('\n');
    const items = parsePage(page, { url: 'https://www.example.hk/en/blog/roundup' }).items;
    expect(
      items.map((i) => i.money.map((m) => [m.text, m.amount.currency, m.stated.map((s) => s.currency)])),
    ).toEqual([[['HK$5.53 billion, or about US$710 million', 'HKD', ['USD']]]]);
  });
});

describe('a currency noun that is also an English word, after a scale word (kip, kina, pula)', () => {
  it('reads "170b kip (~ US$ 21.3 mil)" and "13-24 million kip" on a Lao headline listing as LAK', () => {
    const page = [
      'Land in Vientiane soars to over 24 million kip per sqm (VT)',
      'One square metre in the Sihom area now sells for 13-24 million kip (US$1,500-3,000), an agency said...',
      '',
      '170b kip (~ US$ 21.3 mil) needed to restore flood-hit irrigation (VT)',
      'The agriculture sector has asked the government for 170 billion kip to repair irrigation systems...',
    ].join('\n');
    const items = parsePage(page, { url: 'http://www.example.la/Headlines_Jul-Sep_2011.html' }).items;
    expect(
      items.map((i) =>
        i.money.map((m) => [
          m.text,
          m.amount.currency,
          m.amount.min,
          m.amount.max,
          m.stated.map((s) => s.min),
        ]),
      ),
    ).toEqual([
      [
        ['24 million kip', 'LAK', 24000000, 24000000, []],
        ['13-24 million kip (US$1,500-3,000)', 'LAK', 13000000, 24000000, [1500]],
      ],
      [
        ['170b kip (~ US$ 21.3 mil)', 'LAK', 170000000000, 170000000000, [21300000]],
        ['170 billion kip', 'LAK', 170000000000, 170000000000, []],
      ],
    ]);
  });

  it('reads "5 million kina" on a Papua New Guinea business page as PGK', () => {
    const page = [
      'Government sets aside 5 million kina for roads',
      'The Treasurer said the 5 million kina would go to rural roads in the Highlands this year.',
    ].join('\n');
    expect(money(page, 'https://www.example.com.pg/business/')).toEqual([
      [
        ['5 million kina', 'PGK', 5000000, 5000000],
        ['5 million kina', 'PGK', 5000000, 5000000],
      ],
    ]);
  });

  it('keeps a scale before real estate, a mark or a kip without a scale no money', () => {
    const page = [
      'Housing market passes milestone',
      'Sales passed the 1 million mark as 2 million real estate deals closed; officials took a short kip at 3 pm.',
    ].join('\n');
    expect(money(page, 'https://www.example.com/news/')).toEqual([[]]);
  });
});

describe('the letter typed for a glyph sign before a round price (N500 for ₦500)', () => {
  it('reads "Now N500" and "N200 – N500" on a Nigerian page as naira', () => {
    const page = [
      'Kaduna: Five Small Tomatoes Now N500, As Prices of Onions Soar',
      'Traders said four pieces now sell for N200 – N500 in the main market, up from last month...',
    ].join('\n');
    expect(money(page, 'https://www.example.ng/category/business/page/3')).toEqual([
      [
        ['N500', 'NGN', 500, 500],
        ['N200 – N500', 'NGN', 200, 500],
      ],
    ]);
  });

  it('keeps a code that is no round hundred (N95) and a CLDR letter sign (R511, a road) no money', () => {
    const ng = [
      'Hospitals run short of masks',
      'Doctors said N95 masks were scarce in Lagos as cases rose, officials said on Monday.',
    ].join('\n');
    expect(money(ng, 'https://www.example.ng/news/')).toEqual([[]]);
    const za = [
      'Crash closes road near Hartbeespoort',
      'Traffic was diverted after a crash on the R500 near the dam, police said on Monday.',
    ].join('\n');
    expect(money(za, 'https://www.example.co.za/news/')).toEqual([[]]);
  });
});
