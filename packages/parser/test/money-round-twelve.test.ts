// Money forms read in round twelve, each on a small page in the layout of the outlets that write it.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';

const money = (text: string, url: string) =>
  parsePage(text, { url }).items.map((i) =>
    i.money.map((m) => [m.text, m.amount.currency, m.amount.min, m.amount.max]),
  );

describe('thousands grouped by a space (SI, CLDR group symbol of fr, ru, pl, sv...)', () => {
  it('reads "500 000 FCFA" and "1 250 000 €" as one figure on a Francophone news listing', () => {
    const page = [
      'Une amende pour les commerçants',
      'Les commerçants fautifs paieront une amende de 500 000 FCFA, a annoncé le ministère.',
      '',
      'Le budget de la mairie adopté',
      'Le conseil a voté une enveloppe de 1\u202f250\u202f000 € pour les écoles et 12 500,50 € de frais.',
    ].join('\n');
    expect(money(page, 'https://www.example.sn/actualites/')).toEqual([
      [['500 000 FCFA', 'XOF', 500000, 500000]],
      [
        ['1\u202f250\u202f000 €', 'EUR', 1250000, 1250000],
        ['12 500,50 €', 'EUR', 12500.5, 12500.5],
      ],
    ]);
  });

  it('keeps figures apart when the groups are not three digits ("In 2020 500 euros")', () => {
    const page = ['Les dons en hausse', 'En 2020 500 euros ont été versés par chaque donateur.'].join('\n');
    expect(money(page, 'https://www.example.fr/actualites/')).toEqual([[['500 euros', 'EUR', 500, 500]]]);
  });
});
