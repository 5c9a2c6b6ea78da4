// Money forms read in round fifteen (a breadth pass: forms real outlets print that no corpus page
// shows yet), each on a small page in the layout of the outlets that write it.
import { describe, expect, it } from 'vitest';
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
