// Credits after the text (the trailing-agency kind): small pages in the shapes real outlets use
// (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

describe('a bracketed "(Source X)" credit with its colon left out', () => {
  // A French press review: headline, two paragraphs, the second closed by `(Source X)`.
  const page = [
    'revue de presse',
    '',
    'Le port de Lomé bat son record de trafic',
    '',
    'Le port autonome de Lomé a traité plus de 30 millions de tonnes de marchandises l’an dernier.',
    '',
    'La direction attribue cette hausse au transbordement vers les pays du Sahel. (Source Agence Ecofin)',
    '',
    'Le Ghana relève son taux directeur',
    '',
    'La banque centrale du Ghana a relevé son taux directeur de 100 points de base mardi. (Source Jeune Afrique)',
    '',
    'Le Sénégal lance son premier satellite',
  ].join('\n');

  it('reads the name after "Source" as the item’s citation and ends the paragraph before it', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)])).toEqual([
      ['Le port de Lomé bat son record de trafic', 2, ['Agence Ecofin']],
      ['Le Ghana relève son taux directeur', 1, ['Jeune Afrique']],
      ['Le Sénégal lance son premier satellite', 0, []],
    ]);
    expect(r.items[0]!.body[1]).toBe(
      'La direction attribue cette hausse au transbordement vers les pays du Sahel.',
    );
    expect(r.items[0]!.sources[0]!.raw).toBe('(Source Agence Ecofin)');
  });

  it('leaves a sentence that only mentions a source in parentheses in the text', () => {
    const r = parseChecked(
      [
        'Tech notes',
        '',
        'Browser maker opens its code',
        '',
        'The company published the engine under a permissive licence on Monday. (Source code and build notes are on its site, it said.)',
        '',
        'Chip shortage eases for carmakers',
        '',
        'Carmakers said deliveries of chips improved in the second quarter, easing production limits.',
      ].join('\n'),
    );
    expect(r.items.map((i) => i.sources.length)).toEqual([0, 0]);
  });
});
