// Money forms that depend on where the text comes from or the language it is written in: a
// region's currency sign in plain letters, the decimal comma of the European press, Korean figures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCleanScan, moneyBrief } from '../../test/helpers.js';
import { parsePage } from '../index.js';
import { extractMoney } from './index.js';
import { dollarRegionNamedMost, regionNamedMost } from './page-region.js';

describe("a region's currency sign in plain letters, on a page from that region", () => {
  it.each([
    ['ZA', 'Eskom needs R20 billion to stay afloat.', 'R20 billion', 'ZAR', 2e10],
    ['TH', 'The ministry will borrow B986bn this year.', 'B986bn', 'THB', 9.86e11],
    ['TH', 'Exports reached Bt 5 billion in May.', 'Bt 5 billion', 'THB', 5e9],
    ['KR', 'Each household gets W50,000 in vouchers.', 'W50,000', 'KRW', 50000],
    ['PH', 'The port will cost P2.5 billion.', 'P2.5 billion', 'PHP', 2.5e9],
    ['BW', 'Debswana paid P2.5 billion in royalties.', 'P2.5 billion', 'BWP', 2.5e9],
    ['NG', 'The state borrowed N5 billion.', 'N5 billion', 'NGN', 5e9],
    ['ZM', 'The mine owes K10 million in taxes.', 'K10 million', 'ZMW', 1e7],
    ['KE', 'Women won tenders worth Sh34Bn since 2013.', 'Sh34Bn', 'KES', 3.4e10],
    ['UG', 'The budget sets aside Shs 2 trillion for roads.', 'Shs 2 trillion', 'UGX', 2e12],
  ])('%s: %s', (country, sentence, text, currency, value) => {
    expect(moneyBrief(sentence, { pageCountry: country })).toEqual([[text, currency, value, value]]);
  });

  it('says why the letter is that currency', () => {
    const [m] = extractMoney('Eskom needs R20 billion.', { pageCountry: 'ZA' });
    expect(m?.amount.resolved).toEqual({
      symbol: 'R',
      candidates: ['ZAR'],
      reason: '"R" before a figure is ZAR (R), the currency of ZA, where the text comes from',
    });
  });

  it("takes the text's own country before the page's", () => {
    expect(moneyBrief('The port will cost P2.5 billion.', { country: 'PH', pageCountry: 'BW' })).toEqual([
      ['P2.5 billion', 'PHP', 2.5e9, 2.5e9],
    ]);
  });

  it('reads both bounds of a range and both sides of a change', () => {
    expect(moneyBrief('Bids ranged from R5 billion to R7 billion.', { pageCountry: 'ZA' })).toEqual([
      ['R5 billion to R7 billion', 'ZAR', 5e9, 7e9],
    ]);
    expect(moneyBrief('Debt rose from B850 billion to B900 billion.', { pageCountry: 'TH' })).toEqual([
      ['B850 billion', 'THB', 8.5e11, 8.5e11],
      ['B900 billion', 'THB', 9e11, 9e11],
    ]);
  });

  it('needs a scale word or a grouped figure, and a letter that stands alone', () => {
    const za = { pageCountry: 'ZA' };
    expect(moneyBrief('Take the R21 to the airport.', za)).toEqual([]);
    expect(moneyBrief('A CAR20 billion claim and the ER 5 billion plan.', za)).toEqual([]);
    expect(moneyBrief('The R 20 billion figure.', za)).toEqual([]);
    expect(moneyBrief('B52 bombers flew over.', { pageCountry: 'TH' })).toEqual([]);
  });

  it('is no money without the region', () => {
    expect(moneyBrief('Eskom needs R20 billion to stay afloat.')).toEqual([]);
    expect(moneyBrief('Eskom needs R20 billion to stay afloat.', { pageCountry: 'US' })).toEqual([]);
  });

  it('never throws and slices back on any mix of letters and figures (fast-check)', () => {
    const pieces = fc.constantFrom(
      'R',
      'B',
      'Bt',
      'W',
      'P',
      ' ',
      '5',
      '20',
      '1,000',
      '.5',
      ' billion',
      'bn',
      '-',
      ' to ',
      'x',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 25 }),
        fc.constantFrom('ZA', 'TH', 'KR', 'PH'),
        (parts, country) => {
          const text = parts.join('');
          expectCleanScan(text, { pageCountry: country });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the decimal comma and the scale words of the continental European press', () => {
  it.each([
    ['Die Exporte stiegen auf 75,3 Milliarden Euro.', '75,3 Milliarden Euro', 'EUR', 75.3e9],
    ['Laba naik menjadi Rp 2,5 miliar.', 'Rp 2,5 miliar', 'IDR', 2.5e9],
    ['Der Gewinn lag bei 300 Millionen Euro.', '300 Millionen Euro', 'EUR', 3e8],
    ['Die Firma zahlt 4,2 Mio. US-Dollar.', '4,2 Mio. US-Dollar', 'USD', 4.2e6],
    ['Umsatz: 5 Mrd. Euro.', '5 Mrd. Euro', 'EUR', 5e9],
    ["La start-up a levé 2,5 millions d'euros.", "2,5 millions d'euros", 'EUR', 2.5e6],
    ['El banco perdió 5 millones de euros.', '5 millones de euros', 'EUR', 5e6],
    ['Lo Stato spende 5 miliardi di euro.', '5 miliardi di euro', 'EUR', 5e9],
    ['Het kabinet trekt 1,2 miljard euro uit.', '1,2 miljard euro', 'EUR', 1.2e9],
  ])('%s', (sentence, text, currency, value) => {
    expect(moneyBrief(sentence)).toEqual([[text, currency, value, value]]);
  });

  it('reads a comma as a decimal only before a scale word, and never a three-digit group', () => {
    expect(moneyBrief('It was 2,5 km from pages 2,3 and 4.')).toEqual([]);
    expect(moneyBrief('The fund holds $2,500 million.')).toEqual([['$2,500 million', 'USD', 2.5e9, 2.5e9]]);
    expect(moneyBrief('Rund 1,6 Milliarden Besucher kamen.')).toEqual([]);
  });

  it('reads only the German plural Billionen as 10^12; "billion" stays 10^9', () => {
    expect(moneyBrief('Die Schulden: 2 Billionen Euro.')).toEqual([['2 Billionen Euro', 'EUR', 2e12, 2e12]]);
    expect(moneyBrief('Debt hit 2 billion euros.')).toEqual([['2 billion euros', 'EUR', 2e9, 2e9]]);
  });
});

describe('Korean figures: myriad groups and the currency word after them', () => {
  it.each([
    ['미국은 6,000억 달러 규모의 투자를 약속했다.', '6,000억 달러', 'USD', 6e11],
    ['총 3조5천억 달러가 필요하다.', '3조5천억 달러', 'USD', 3.5e12],
    ['EU는 1천 400억 유로를 거둬들인다.', '1천 400억 유로', 'EUR', 1.4e11],
    ['10억 달러를 투자한다.', '10억 달러', 'USD', 1e9],
    ['가격은 1만원이다.', '1만원', 'KRW', 1e4],
    ['짜장면은 7000원으로 올랐다.', '7000원', 'KRW', 7000],
    ['예산은 3조 5000억원이다.', '3조 5000억원', 'KRW', 3.5e12],
  ])('%s', (sentence, text, currency, value) => {
    expect(moneyBrief(sentence)).toEqual([[text, currency, value, value]]);
  });

  it('reads a count, a date or a word that begins with a currency syllable as no money', () => {
    expect(moneyBrief('3만 명이 모였다. 2023년 9월 20일.')).toEqual([]);
    expect(moneyBrief('그는 7000원칙을 말했다.')).toEqual([]);
  });

  it('never throws and slices back on any mix of Korean units and digits (fast-check)', () => {
    const pieces = fc.constantFrom(
      '3',
      '5',
      '1,000',
      '.5',
      '조',
      '억',
      '만',
      '천',
      '백',
      ' ',
      '원',
      '달러',
      '를',
      '칙',
      'x',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 25 }), (parts) => {
        const text = parts.join('');
        expectCleanScan(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the region a page names most, when its address does not say', () => {
  it('counts names and demonyms, and wants a clear lead', () => {
    expect(
      regionNamedMost(['Kenya Power raised tariffs.', 'Kenyan banks lent more.', 'Uganda followed.']),
    ).toEqual({
      region: 'KE',
      mentions: 2,
    });
    expect(regionNamedMost(['South African miners struck.', 'South Africa’s rand fell.'])).toEqual({
      region: 'ZA',
      mentions: 2,
    });
    // One mention, or two regions named alike: no region.
    expect(regionNamedMost(['Kenya Power raised tariffs.'])).toBeUndefined();
    expect(regionNamedMost(['Kenya and Uganda signed.', 'Kenyan and Ugandan firms agreed.'])).toBeUndefined();
  });

  it('makes a letter sign money on a page whose address names no country', () => {
    const page = [
      'Kenya Power to raise Sh50bn bond',
      '',
      'The Kenyan utility will raise Sh50bn from investors to fund new lines across Kenya.',
    ].join('\n');
    const [item] = parsePage(page, { url: 'https://news.example.com/business' }).items;
    expect(item!.money?.map((m) => [m.text, m.amount.currency])).toEqual([
      ['Sh50bn', 'KES'],
      ['Sh50bn', 'KES'],
    ]);
    // The same page from a US address: the address says where it comes from, and `Sh` is no sign there.
    const us = parsePage(page, { url: 'https://www.nytimes.com/business' }).items[0]!;
    expect(us.money ?? []).toEqual([]);
    // A country-code domain sold as a generic one (`.co`, Google's gccTLDs) says nothing of the
    // country: the text decides; under Colombia's own second level it is Colombia's.
    const generic = parsePage(page, { url: 'https://x254.co/business' }).items[0]!;
    expect(generic.money?.map((m) => m.amount.currency)).toEqual(['KES', 'KES']);
    const colombian = parsePage(page, { url: 'https://www.eltiempo.com.co/economia' }).items[0]!;
    expect(colombian.money ?? []).toEqual([]);
  });
});

describe('the cedi as Ghana’s press writes it', () => {
  it('reads GH¢ and "Ghana cedis"', () => {
    expect(moneyBrief('The NDC says the government has run up GH¢50 billion in debt.')).toEqual([
      ['GH¢50 billion', 'GHS', 5e10, 5e10],
    ]);
    expect(moneyBrief('Police intercepted 300 thousand Ghana Cedis in cash.')).toEqual([
      ['300 thousand Ghana Cedis', 'GHS', 3e5, 3e5],
    ]);
    // The cent sign alone stays a cent.
    expect(moneyBrief('He had 50¢ left.')).toEqual([['50¢', 'USD', 0.5, 0.5]]);
  });
});

describe('a conversion hedged in German', () => {
  it('reads `(rund 45 Milliarden Euro)` after an amount as its stated conversion', () => {
    const [m] = extractMoney('China sagte Hilfen von 360 Milliarden Yuan (rund 45 Milliarden Euro) zu.');
    expect([
      m!.text,
      m!.amount.currency,
      m!.stated?.map((x) => [x.text, x.currency, x.min, x.approximate]),
    ]).toEqual([
      '360 Milliarden Yuan (rund 45 Milliarden Euro)',
      'CNY',
      [['45 Milliarden Euro', 'EUR', 45e9, true]],
    ]);
  });
});

describe('the thousands dot of the continental press', () => {
  it('groups thousands before a scale word only those languages write', () => {
    expect(moneyBrief('La deuda llegó a 23.100 millones de euros.')).toEqual([
      ['23.100 millones de euros', 'EUR', 2.31e10, 2.31e10],
    ]);
    expect(moneyBrief('Der Umsatz stieg auf 1.250 Millionen Euro.')).toEqual([
      ['1.250 Millionen Euro', 'EUR', 1.25e9, 1.25e9],
    ]);
    // English and French scale words keep the dot as the decimal point.
    expect(moneyBrief('It rose to 23.100 million dollars.')).toEqual([
      ['23.100 million dollars', 'USD', 2.31e7, 2.31e7],
    ]);
  });

  it('reads every generated figure and scale cleanly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom('millones', 'Millionen', 'miliar', 'million', 'millions'),
        (a, b, scale) => {
          expectCleanScan(`Es cuesta ${a}.${String(b).padStart(3, '0')} ${scale} de euros.`);
        },
      ),
    );
  });
});

describe('the dollar country a page names most, when its address does not say', () => {
  const page = (extra = '') =>
    [
      'Council faces budget shortfall',
      '',
      `The Australian council must find $20 million after state grants to Australia's regions fell. ${extra}`,
      '',
      'Port upgrade approved',
      '',
      'Australian ministers approved a $70m upgrade of the port, the largest in Australia this decade.',
    ].join('\n');

  it('counts the names of the dollar countries, the United States under its press names too', () => {
    expect(dollarRegionNamedMost(['Australian banks', 'Australia grew', 'in Australia'])).toEqual({
      region: 'AU',
      mentions: 3,
    });
    expect(dollarRegionNamedMost(['U.S. stocks', 'the United States', 'American banks'])).toEqual({
      region: 'US',
      mentions: 3,
    });
    expect(
      dollarRegionNamedMost(['Australia and the U.S.', 'Australian and American firms']),
    ).toBeUndefined();
  });

  it('makes a bare $ that country’s dollar, and says why', () => {
    const items = parsePage(page(), { url: 'https://news.example.com/council' }).items;
    expect(items.flatMap((i) => (i.money ?? []).map((m) => [m.text, m.amount.currency]))).toEqual([
      ['$20 million', 'AUD'],
      ['$70m', 'AUD'],
    ]);
    expect(items[0]!.money![0]!.amount.resolved?.reason).toContain('names Australia');
  });

  it('leaves $ the US dollar on a page that converts other currencies into bare dollars', () => {
    const items = parsePage(page('Mining royalties reached 20 billion rand ($1.4 billion).'), {
      url: 'https://news.example.com/council',
    }).items;
    expect(items[0]!.money!.map((m) => [m.text, m.amount.currency])[0]).toEqual(['$20 million', 'USD']);
  });
});
