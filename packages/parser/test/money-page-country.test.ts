// Rupees, pounds, pesos, francs and kroner where the item's credit names no country: the page's
// country (its address, or the country its briefings name most) says whose they are.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';

const money = (text: string, url: string) =>
  parsePage(text, { url }).items.flatMap((i) => i.money.map((m) => [m.text, m.amount.currency]));

describe('a bare rupee or pound on a page whose address names its country', () => {
  it('reads rupees on a .pk page as Pakistani', () => {
    const page =
      'Power sector faces losses\n\nThe power sector faces Rs560 billion in losses this year, the ministry said.';
    expect(money(page, 'https://www.paktimes.pk/category/business/')).toEqual([['Rs560 billion', 'PKR']]);
    const r = parsePage(page, { url: 'https://www.paktimes.pk/category/business/' });
    expect(r.items[0]!.money[0]!.amount.resolved?.reason).toBe(
      'the page (country PK, by its address or the country its briefings name most) uses the local rupee',
    );
  });

  it('reads pounds on an .eg page as Egyptian', () => {
    const page =
      'Wheat imports rise\n\nThe ministry will spend 5 billion pounds on wheat imports this year, it said on Sunday.';
    expect(money(page, 'https://www.example.com.eg/economy')).toEqual([['5 billion pounds', 'EGP']]);
  });

  it('keeps the rupee Indian on a page with no country', () => {
    const page =
      'Power sector faces losses\n\nThe power sector faces Rs560 billion in losses this year, the ministry said.';
    expect(money(page, 'https://www.example.com/business')).toEqual([['Rs560 billion', 'INR']]);
  });
});

describe('an item naming its own country on a page of many countries', () => {
  const page = [
    'Africa business',
    '',
    'Nigerian states pay N21.62 billion in external debt deductions',
    'The states paid N21.62 billion in the first quarter, the debt office said on Monday.',
    '',
    'Ghana: most public sector workers earn less than ¢3000 a month',
    'A survey found 87 per cent of public workers earn below ¢3000, the statistics service said.',
    '',
    'Kenya raises its fuel levy',
    'The treasury will collect Sh50 billion more a year from the levy, officials said on Friday.',
  ].join('\n');

  it("reads each item's letter sign or cent sign by the one country it names", () => {
    expect(money(page, 'https://www.example.com/topics/business/')).toEqual([
      ['N21.62 billion', 'NGN'],
      ['N21.62 billion', 'NGN'],
      ['¢3000 a month', 'GHS'],
      ['¢3000', 'GHS'],
      ['Sh50 billion', 'KES'],
    ]);
  });

  it('keeps a cent sign after the figure a US cent', () => {
    const us = 'Gas prices fall\n\nA gallon of gas fell 50¢ in a week across the country, the survey found.';
    expect(money(us, 'https://www.example.com/business')).toEqual([['50¢', 'USD']]);
  });
});
