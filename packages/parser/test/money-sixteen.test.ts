// Money forms read in round sixteen (session 13's new outlets), each on a small page in the layout
// of the outlets that write it.
import { describe, expect, it } from 'vitest';
import { money } from './money-helpers.js';

describe("a currency's minor unit by its press name (pesewas, paisa/paisas/paise)", () => {
  it('reads "60 pesewas" on a Ghanaian business listing as GHS 0.60', () => {
    const page = [
      'Business',
      '',
      'Bread prices to go up by 50 pesewas from Monday',
      'Bakers in Accra say a loaf will cost 50 pesewas more as flour prices climb for a third month...[Read More]',
      '',
      'Transport fares rise',
      'Drivers will charge 80 pesewas more on short routes, the union said on Friday...[Read More]',
    ].join('\n');
    expect(money(page, 'https://www.example.com.gh/category/business/')).toEqual([
      [
        ['50 pesewas', 'GHS', 0.5, 0.5],
        ['50 pesewas', 'GHS', 0.5, 0.5],
      ],
      [['80 pesewas', 'GHS', 0.8, 0.8]],
    ]);
  });

  it('reads "35-paisa" and "35 paisas" on a Pakistani page as PKR 0.35, "20 paise" on an Indian one as INR', () => {
    const pk = [
      'Home / Business',
      '',
      'Consumers to get 35-paisa relief in power tariff',
      'ISLAMABAD: The regulator cut the tariff by 35 paisas for Pakistan’s consumers on account of fuel adjustment…',
      'Read More »',
    ].join('\n');
    expect(money(pk, 'https://www.example.com.pk/category/business/')).toEqual([
      [
        ['35-paisa', 'PKR', 0.35, 0.35],
        ['35 paisas', 'PKR', 0.35, 0.35],
      ],
    ]);
    const india = [
      'Markets',
      '',
      'Petrol price raised',
      'NEW DELHI: Petrol will cost 20 paise more in Delhi from Tuesday, India’s oil marketers said.',
    ].join('\n');
    expect(money(india, 'https://www.example.in/markets/')).toEqual([[['20 paise', 'INR', 0.2, 0.2]]]);
  });
});

describe('a bare $ in an item credited to a US or London outlet on a page of a dollar country', () => {
  it('reads "$11.4 Billion ... (Bloomberg)" on a .ca link digest as USD, an uncredited item as CAD', () => {
    const page = [
      'Wednesday morning articles',
      '',
      '  • How Big Bets Fueled a $4.2 Billion Fortune: A look inside a hedge fund and its founder’s returns. (Bloomberg)',
      '  • Stocks Slide as Investors Weigh Rate Path: Markets fell for a third day as bond yields climbed. (Wall Street Journal)',
      '  • Our office news: The firm donated $5,000 to the local food bank this winter.',
    ].join('\n');
    expect(money(page, 'https://www.example.ca/news')).toEqual([
      [['$4.2 Billion', 'USD', 4.2e9, 4.2e9]],
      [],
      [['$5,000', 'CAD', 5000, 5000]],
    ]);
  });
});
