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

/*
 * A news-English lesson: each numbered topic states the news in Korean, then in English after
 * `영어 표현:`, then an example sentence marked `예문:` with its translation in parentheses under
 * it. The marked example and its translation are the lesson's study notes, not the item's text.
 */
describe('marked example sentences in a lesson', () => {
  const page = [
    '이번 주 경제 뉴스 주제별 쉬운 영어 표현 모음',
    '',
    '1. 항구 파업 장기화',
    '',
    '부산항 노동자들의 파업이 2주째 이어지고 있습니다.',
    '',
    '영어 표현: The dock workers strike in Busan has entered its second week.',
    '',
    '예문: Long strikes can delay shipments across the whole region.',
    '(장기 파업은 지역 전체의 운송을 지연시킬 수 있습니다.)',
    '',
    '2. 중앙은행 금리 인상',
    '',
    '중앙은행이 기준금리를 0.25%포인트 올렸습니다.',
    '',
    '영어 표현: The central bank raised its key rate by a quarter point.',
    '',
    '예문: Higher rates often make loans more expensive for families.',
    '(금리가 오르면 가계의 대출 부담이 커지는 경우가 많습니다.)',
    '',
    '3. 반도체 수출 회복',
    '',
    '반도체 수출이 석 달 연속 증가했습니다.',
    '',
    '영어 표현: Chip exports rose for a third straight month.',
    '',
    '예문: Exports often recover before the rest of the economy does.',
    '(수출은 경제의 다른 부문보다 먼저 회복되는 경우가 많습니다.)',
  ].join('\n');

  it('counts the news in each language as the text, the example and its translation as notes', () => {
    const r = parseChecked(page);
    expect(r.items.map((b) => b.title)).toEqual([
      '항구 파업 장기화',
      '중앙은행 금리 인상',
      '반도체 수출 회복',
    ]);
    expect(r.items.map((b) => b.body.length)).toEqual([2, 2, 2]);
  });
});
