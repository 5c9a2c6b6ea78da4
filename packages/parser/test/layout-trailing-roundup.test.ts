// A roundup article: its own headline and standfirst over the items it numbers, each closed by
// a `(Source: X)` credit (the trailing-agency kind). Small pages in the shapes real outlets use
// (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked, THREE_HEADLINES, THREE_SUMMARIES } from './layout-helpers.js';

describe("a roundup's own headline over its numbered items", () => {
  const items = THREE_HEADLINES.map(
    (h, k) => `${k + 1}. ${h}\n\n${THREE_SUMMARIES[k]}\n\n(Source: ${['Mint', 'The Hindu', 'Reuters'][k]})`,
  ).join('\n\n');

  it('is the page header, not a briefing', () => {
    const r = parseChecked(
      `Biz Brief: Rates Rise Again; Port Strike Drags On\n\nCatch all the top business headlines of the day here.\n\n${items}\n`,
    );
    expect(r.items.map((i) => [i.title, i.sources.map((s) => s.publication)])).toEqual([
      ['Central bank raises interest rates again', ['Mint']],
      ['Port strike enters its second week', ['The Hindu']],
      ['Chipmaker lifts its annual sales forecast', ['Reuters']],
    ]);
  });

  it('stays an item when it has a text of its own (two paragraphs)', () => {
    const r = parseChecked(
      `Markets slide as oil jumps\n\nStocks fell on Monday as crude rose.\n\nTraders said the selling was broad.\n\n${items}\n`,
    );
    expect(r.items.map((i) => i.title)).toEqual(['Markets slide as oil jumps', ...THREE_HEADLINES]);
  });
});

describe("a paper's name under each item's text", () => {
  // A reprint site's category page: `• Headline`, paragraphs, then the paper's name on a line of
  // its own under the text, over the next headline.
  const page = [
    '• Central bank raises interest rates again',
    '',
    'KUALA LUMPUR – The central bank raised its policy rate by a quarter point on Thursday.',
    '',
    'It cited sticky inflation and a strong labour market.',
    'Harian Pagi',
    '• Port strike enters its second week',
    '',
    'KOTA BHARU – Dock workers extended their strike on Monday, leaving ships offshore.',
    'Harian Pagi',
    '• Chipmaker lifts its annual sales forecast',
    '',
    'The company lifted its annual sales forecast after orders from data centres surged.',
    '',
  ].join('\n');

  it('credits each item to it when the page prints it under two items or more', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)])).toEqual([
      ['Central bank raises interest rates again', 2, ['Harian Pagi']],
      ['Port strike enters its second week', 1, ['Harian Pagi']],
      ['Chipmaker lifts its annual sales forecast', 1, []],
    ]);
  });

  it('leaves a name printed once as it was (a label between items)', () => {
    const once = page.replace('Harian Pagi\n• Port', 'Harian Petang\n• Port');
    const r = parseChecked(once);
    expect(r.items[0]!.sources).toEqual([]);
  });
});

describe('a link out to the full story, in Portuguese or Spanish', () => {
  // A daily press review: headline, summary, then `Leia a notícia completa no <paper> (acesso
  // pago)` on its own line, over the next headline.
  const page = [
    'Jogo online rendeu 334 milhões ao Estado em 2024',
    'Os portugueses gastaram 70 milhões de euros por dia no jogo online em 2024, um número recorde.',
    'Leia a notícia completa no Jornal de Notícias (acesso indisponível)',
    '“Falta regulamentação para penhorar criptoativos”',
    'A bastonária defende que sem regulamentação é impossível proceder à penhora de ativos digitais.',
    'Lea la nota completa en El Universal',
    '',
  ].join('\n\n');

  it('credits the summary above to the paper it names, the access note left out', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)])).toEqual([
      ['Jogo online rendeu 334 milhões ao Estado em 2024', 1, ['Jornal de Notícias']],
      ['“Falta regulamentação para penhorar criptoativos”', 1, ['El Universal']],
    ]);
  });
});
