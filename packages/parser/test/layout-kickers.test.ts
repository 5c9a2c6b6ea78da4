// Kickers and the marks set between them and their headlines. Small pages in the shapes real
// outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

describe('a kicker over its headline, the headline opened by the colon between them', () => {
  it('drops the colon from the title and keeps the kicker out of the items', () => {
    const page = [
      'Politik kompakt',
      '',
      'Ickinger Wahlkampf eskaliert',
      ':Angriff gegen Cornelia Zechmeister',
      '',
      'In Icking besprühen Unbekannte das Porträt der Bürgermeisterkandidatin. Die Polizei ermittelt.',
      '',
      'Politik kompakt',
      ':US-Soldat schießt auf afghanische Zivilisten',
      '',
      'Sein Motiv ist noch unklar: Ein US-Soldat hat in Kandahar auf Zivilisten geschossen. Der Mann wurde festgenommen.',
      '',
      'Politik kompakt',
      ': Viele Tote bei Luftangriffen im Jemen',
      '',
      'Im Jemen sind bei Luftangriffen mindestens 33 Menschen ums Leben gekommen. Augenzeugen berichteten von Attacken.',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Angriff gegen Cornelia Zechmeister', 1],
      ['US-Soldat schießt auf afghanische Zivilisten', 1],
      ['Viele Tote bei Luftangriffen im Jemen', 1],
    ]);
  });
});
