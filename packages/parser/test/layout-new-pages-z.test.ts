import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

/*
 * Headless stories each opened by a title-case place dateline and a spaced dash (`Lisboa – O
 * governo ...`, `Nelson — The council ...`), the dateline most papers outside the AP's style
 * set: a run of them is a list of stories, with each story's own furniture rows between them (a
 * byline block, a view count, media links) and, in an agenda, further stories under a bare dash
 * bullet.
 */
describe('title-case datelined stories', () => {
  // A news agency's agenda: two datelined stories, a bulleted one with an editor's note in
  // parentheses, and a last datelined story; media-link rows under each.
  const agenda = [
    'Agenda internacional de hoy',
    '',
    'MERCADOS EUROPA',
    '',
    'Lisboa – O governo aprovou esta quarta-feira um novo pacote de apoio às exportações do sector agrícola, no valor anunciado pelo ministro da Economia.',
    '',
    '(Texto)',
    '',
    'Madrid – La patronal del comercio pidió este miércoles una rebaja del impuesto sobre el valor añadido para los productos básicos durante el invierno.',
    '',
    '(Texto) (Foto)',
    '',
    '– Los sindicatos del transporte convocaron una huelga de dos días en las principales estaciones de tren del país para la próxima semana.',
    '',
    '(Texto) (Foto) (Video)',
    '',
    '(La convocatoria llega después de tres rondas de negociación sin acuerdo con la empresa pública de ferrocarriles)',
    '',
    'Buenos Aires – El banco central mantuvo sin cambios su tasa de referencia por tercer mes consecutivo, según un comunicado publicado este miércoles.',
    '',
    '(Texto) (Foto) (Vídeo) (Directo)',
  ].join('\n');

  it('reads each datelined or bulleted paragraph as a story, the rows between as furniture', () => {
    const r = parseChecked(agenda);
    expect(r.items.map((b) => b.title)).toEqual([
      'Lisboa – O governo aprovou esta quarta-feira um novo pacote de apoio às exportações do sector agrícola, no valor anunciado pelo ministro da Economia.',
      'Madrid – La patronal del comercio pidió este miércoles una rebaja del impuesto sobre el valor añadido para los productos básicos durante el invierno.',
      'Los sindicatos del transporte convocaron una huelga de dos días en las principales estaciones de tren del país para la próxima semana.',
      'Buenos Aires – El banco central mantuvo sin cambios su tasa de referencia por tercer mes consecutivo, según un comunicado publicado este miércoles.',
    ]);
    // The editor's note in parentheses is the bulleted story's second paragraph; media rows are none.
    expect(r.items.map((b) => b.body.length)).toEqual([1, 1, 2, 1]);
  });

  // A press-release site: each release one datelined paragraph, then `By`, its issuer and a
  // view count.
  const releases = [
    'Nelson — The district council has approved a new cycle lane along the waterfront, with construction to start in the spring.',
    'By',
    'Nelson District Council',
    '88 views',
    'Timaru — Ratepayers will see a smaller rise in rates this year after the council trimmed its road maintenance budget.',
    'By',
    'Timaru Ratepayers Association',
    '120 views',
    'Gisborne — A new community health clinic opens on Monday in the town centre, offering free checks for older residents.',
    'By',
    'Tairawhiti Health Trust',
    '64 views',
  ].join('\n');

  it('credits each release to the name under its byline row', () => {
    const r = parseChecked(releases);
    expect(r.items.map((b) => b.title)).toEqual([
      'Nelson — The district council has approved a new cycle lane along the waterfront, with construction to start in the spring.',
      'Timaru — Ratepayers will see a smaller rise in rates this year after the council trimmed its road maintenance budget.',
      'Gisborne — A new community health clinic opens on Monday in the town centre, offering free checks for older residents.',
    ]);
    expect(r.items.map((b) => b.sources.map((c) => c.publication))).toEqual([
      ['Nelson District Council'],
      ['Timaru Ratepayers Association'],
      ['Tairawhiti Health Trust'],
    ]);
    expect(r.items.map((b) => b.body.length)).toEqual([1, 1, 1]);
  });
});

/*
 * A headline printed again with its kicker glued before it (`Trade talksMinisters agree ...`):
 * the text copy dropped the break between the kicker and the headline's second copy. The copy
 * is the headline said again, not a headline of its own.
 */
describe('headline copies with a glued kicker', () => {
  const page = [
    'Alle Wirtschaft-Artikel',
    '',
    'Minister einigen sich auf neue Stahlquoten',
    'Minister einigen sich auf neue Stahlquoten',
    '',
    'HandelsstreitMinister einigen sich auf neue Stahlquoten',
    '',
    'Nach wochenlangen Verhandlungen haben sich die Handelsminister auf neue Quoten für Stahlimporte geeinigt. Die Regelung soll im Sommer in Kraft treten.',
    '',
    'Hafenarbeiter setzen Streik in Hamburg fort',
    '',
    'ArbeitskampfHafenarbeiter setzen Streik in Hamburg fort',
    '',
    'Die Hafenarbeiter in Hamburg haben ihren Streik am Dienstag fortgesetzt. Dutzende Schiffe warten vor der Elbmündung auf ihre Abfertigung.',
    '',
    'Zentralbank hält den Leitzins stabil',
    'Zentralbank hält den Leitzins stabil',
    '',
    'Geldpolitik EuropaZentralbank hält den Leitzins stabil',
    '',
    'Die Zentralbank hat den Leitzins zum dritten Mal in Folge unverändert gelassen. Die Inflation sei weiter rückläufig, hieß es zur Begründung.',
  ].join('\n');

  it('reads the glued copy as the headline again, each item titled once', () => {
    const r = parseChecked(page);
    expect(r.items.map((b) => b.title)).toEqual([
      'Minister einigen sich auf neue Stahlquoten',
      'Hafenarbeiter setzen Streik in Hamburg fort',
      'Zentralbank hält den Leitzins stabil',
    ]);
    expect(r.items.map((b) => b.body.length)).toEqual([1, 1, 1]);
  });
});
