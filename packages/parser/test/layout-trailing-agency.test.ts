// Credits after the text (the trailing-agency kind): small pages in the shapes real outlets use
// (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';
import { sentenceEnds } from '../src/layout/features.js';

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

describe('a German brief signed after its last sentence (agency short name or the writer’s initials)', () => {
  // A German daily's briefs column: headline, one paragraph with a city dateline, and the
  // signature after the last sentence with no dash: `dpa` for agency copy, initials otherwise.
  const page = [
    'Nachrichten',
    '',
    'Industrie meldet mehr Aufträge',
    '',
    'Wiesbaden - Die deutsche Industrie hat im Mai mehr Aufträge erhalten als im Vormonat. Das Plus lag bei 2,1 Prozent, wie das Statistische Bundesamt mitteilte. dpa',
    '',
    'Bahn verkauft mehr Fahrkarten',
    '',
    'Berlin - Die Bahn hat im ersten Halbjahr so viele Fahrkarten verkauft wie nie zuvor. Der Umsatz stieg auf 1,2 Milliarden Euro. kph',
    '',
    'Mieten steigen weiter',
    '',
    'München - Die Mieten in den großen Städten sind im Frühjahr erneut gestiegen. Besonders stark legten sie in München, Frankfurt und Stuttgart zu, wie aus einer Auswertung von Inseraten hervorgeht. Mieter müssen dort im Schnitt deutlich mehr zahlen als vor',
  ].join('\n');

  it('ends each brief at its signature, and credits the agency but not the writer', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)])).toEqual([
      ['Industrie meldet mehr Aufträge', 1, ['Deutsche Presse-Agentur']],
      ['Bahn verkauft mehr Fahrkarten', 1, []],
      ['Mieten steigen weiter', 1, []],
    ]);
    expect(r.items[0]!.sources[0]!.raw).toBe('dpa');
    expect(r.items[0]!.body[0]).toMatch(/mitteilte\.$/);
  });

  it('reads no credit from a last word that names no outlet', () => {
    const r = parseChecked(
      [
        'Trade notes',
        '',
        'Exports rise for a third month',
        '',
        'Shipments abroad rose by 4% in May, with most of the growth in goods sold to China.',
        '',
        'Port traffic slows in June',
        '',
        'Container volumes fell slightly in June, the port authority said. Shipping',
      ].join('\n'),
    );
    expect(r.items.map((i) => i.sources.length)).toEqual([0, 0]);
  });
});

describe('one agency credited in the dateline and again after the text', () => {
  it('gives one citation, the closing credit as written', () => {
    const r = parseChecked(
      [
        'Jakarta expects heavy traffic around the stadium tonight',
        '',
        'Jakarta (ANTARA) - Police expect heavy traffic around the main stadium on Saturday evening as fans arrive for the final.',
        '',
        'Officers will close two roads near the stadium from 5 pm, the city police chief said.',
        '',
        '(ANTARA)',
        '',
        'Bandung opens its new bus terminal',
        '',
        'Bandung (ANTARA) - The city opened its new intercity bus terminal on Friday after two years of work.',
        '',
        '(ANTARA)',
      ].join('\n'),
    );
    expect(r.items.map((i) => i.sources.map((s) => [s.publication, s.raw]))).toEqual([
      [['Antara', '(ANTARA)']],
      [['Antara', '(ANTARA)']],
    ]);
  });

  it('keeps two dated credit lines written alike: two reports of one outlet', () => {
    const r = parseChecked(
      [
        'Outbound group travel is back',
        '',
        'Group tours abroad resume this week, and two cities will launch tourism campaigns in March',
        '',
        'CGTN, 06.02.2023',
        '',
        'CGTN, 06.02.2023',
      ].join('\n'),
    );
    expect(r.items[0]!.sources.map((s) => [s.publication, s.date])).toEqual([
      ['CGTN', '2023-02-06'],
      ['CGTN', '2023-02-06'],
    ]);
  });

  it('keeps two credits of one outlet with different dates', () => {
    const r = parseChecked(
      [
        'Ceasefire talks resume in Cairo',
        '',
        'Negotiators returned to Cairo on Tuesday for a new round of talks on a ceasefire.',
        '',
        'Sources:',
        '1. Reuters, January 2, 2024',
        '2. Reuters, January 3, 2024',
      ].join('\n'),
    );
    expect(r.items[0]!.sources.map((s) => s.date)).toEqual(['2024-01-02', '2024-01-03']);
  });
});

describe('a feed item credited at both ends of its text, and a meta row after it', () => {
  // A press-release aggregator: headline, one paragraph opened by the issuing institution in
  // parentheses and closed by the feed's "(Source: ...)", then the feed's meta row.
  const item = (title: string, text: string, feed: string, date: string) => [
    title,
    `(University of Ottawa) ${text} (Source: EurekAlert! - ${feed})`,
    `Source: EurekAlert! - ${feed} - ${date} Category: Health Source Type: news`,
    '',
  ];
  const page = [
    ...item(
      'Heart surgery stalled as the pandemic spread',
      'Hospitals scaled back heart surgery as the pandemic hit, a review found.',
      'Medicine and Health',
      'May 28, 2020',
    ),
    ...item(
      'Researchers find a new sex hormone in zebrafish',
      'Biologists found new functions of a gene that regulate how fish mate.',
      'Medicine and Health',
      'May 25, 2020',
    ),
    ...item(
      'Substituting the next-best protein',
      'A protein close to dystrophin may take its place in weakened muscles.',
      'Medicine and Health',
      'April 24, 2020',
    ),
  ].join('\n');

  it('credits the institution, then the feed once, dated by its meta row without the category fields', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => i.sources.map((s) => [s.publication, s.date ?? null]))).toEqual([
      [
        ['University of Ottawa', null],
        ['EurekAlert! - Medicine and Health', '2020-05-28'],
      ],
      [
        ['University of Ottawa', null],
        ['EurekAlert! - Medicine and Health', '2020-05-25'],
      ],
      [
        ['University of Ottawa', null],
        ['EurekAlert! - Medicine and Health', '2020-04-24'],
      ],
    ]);
    expect(r.items[0]!.body).toEqual([
      'Hospitals scaled back heart surgery as the pandemic hit, a review found.',
    ]);
  });
});

describe('a dash credit naming two sources joined by a slash', () => {
  it('gives one citation per name, the note in parentheses left with the last', () => {
    const r = parseChecked(
      [
        'Airline and loyalty firm launch a service to buy miles',
        'The airline’s frequent flyer programme and a loyalty software firm said members can now buy miles online.',
        '— Asia Travel Today/ PR Newswire (media release)',
        '',
        'Singapore will honour its water agreement',
        'Singapore will fully honour the terms of its water agreement with Malaysia, the foreign minister said on Monday.',
        '— The Business Times',
      ].join('\n'),
    );
    expect(r.items.map((i) => i.sources.map((s) => [s.publication, s.raw]))).toEqual([
      [
        ['Asia Travel Today', '— Asia Travel Today/'],
        ['PR Newswire', 'PR Newswire (media release)'],
      ],
      [['The Business Times', '— The Business Times']],
    ]);
  });
});

describe('a press clipping credited with its paper, section and page', () => {
  it('reads the paper as the citation', () => {
    const r = parseChecked(
      [
        'EXPORTACIONES CRECEN 8%',
        'Las exportaciones crecieron 8% en noviembre frente al mismo mes del año pasado, informó el banco central. (Gestión, Economía, Pág.6)',
        'MINERÍA LIDERA LA INVERSIÓN',
        'La inversión minera sumó la mayor parte de la inversión privada del año, según el ministerio del sector. (El Comercio, Día 1, p. 12)',
      ].join('\n'),
    );
    expect(r.items.map((i) => [i.title, i.sources.map((s) => [s.publication, s.raw])])).toEqual([
      ['EXPORTACIONES CRECEN 8%', [['Gestión', '(Gestión, Economía, Pág.6)']]],
      ['MINERÍA LIDERA LA INVERSIÓN', [['El Comercio', '(El Comercio, Día 1, p. 12)']]],
    ]);
  });
});

describe('an image’s alt text run into the first headline', () => {
  it('leaves the alt text (the page’s own title again) out of the title', () => {
    const r = parseChecked(
      [
        'Vietnam Morning News For March 3',
        '',
        'Vietnam Morning News For March 3',
        'Advertisement',
        '',
        'Vietnam morning newsVietnam Raises Its Growth Target For The Year',
        'The government raised its growth target to 7 percent on Monday after exports rose faster than expected.',
        '— Reuters',
        '',
        'Hanoi opens its second metro line',
        'The city opened its second metro line on Sunday, eight years after construction began.',
        '— VnExpress',
      ].join('\n'),
    );
    expect(r.items.map((i) => i.title)).toEqual([
      'Vietnam Raises Its Growth Target For The Year',
      'Hanoi opens its second metro line',
    ]);
  });

  it('keeps a name with an inner capital in the headline', () => {
    const r = parseChecked(
      [
        'Tech Morning News',
        '',
        'LinkedIn adds a jobs feature for students',
        'The network added a feature that lists internships for students, it said on Tuesday.',
        '— Reuters',
        '',
        'Chipmaker lifts its annual sales forecast',
        'The company lifted its annual sales forecast after orders from data centres surged.',
        '— Bloomberg',
      ].join('\n'),
    );
    expect(r.items[0]!.title).toBe('LinkedIn adds a jobs feature for students');
  });
});

describe('a summary closed by the link to the outlet’s full report', () => {
  it('credits the outlet the link names, in a run of credited headless paragraphs', () => {
    const r = parseChecked(
      [
        'Diplomacy',
        '',
        'The foreign minister pledged to encourage investment in three West African countries hit by the outbreak. (AP)',
        '',
        'The ministry said a series of official exchanges would take place this month before the state visit. (CCTV)',
        '',
        'Economy and business',
        '',
        'The central bank devalued the currency on Tuesday, setting the daily mid point a record 1.86 per cent weaker. Read full SCMP report',
        '',
        'Factory-gate prices fell again in July, data over the weekend showed, adding to pressure for more stimulus. (Reuters)',
      ].join('\n'),
    );
    expect(r.items.map((i) => i.sources.map((s) => [s.publication, s.raw]))).toEqual([
      [['Associated Press', '(AP)']],
      [['CCTV', '(CCTV)']],
      [['South China Morning Post', 'Read full SCMP report']],
      [['Reuters', '(Reuters)']],
    ]);
  });
});

describe('a paragraph signed off by its agency', () => {
  it('has ended its sentence: it is text, not a headline', () => {
    expect(
      sentenceEnds('Prices rose 4.2 percent in August, data published by the ministry showed. — AFP'),
    ).toBe(true);
    expect(sentenceEnds('The lender reported higher profits, the company said. -- Reuters')).toBe(true);
    expect(sentenceEnds('Markets rally as the central bank holds rates — AFP')).toBe(false);
  });

  it('keeps each credited entry of a dated timeline with its own text', () => {
    const r = parseChecked(
      [
        'October 13, 2023',
        '',
        'JPMorgan Chase reports another quarter of strong profit growth but warns inflation could persist.',
        '',
        'The lender reported third-quarter profits of $13.2 billion, up 35 percent from a year earlier, helped by higher interest rates on its loans. — AFP',
        '',
        'October 10, 2023',
        '',
        'The International Monetary Fund cuts its growth forecast for China to 5.0 percent from 5.2 percent.',
        '',
        'With a property crisis weighing on household confidence, the fund also cut its estimate for next year to 4.2 percent from 4.5 percent. — AFP',
      ].join('\n'),
    );
    expect(r.items.map((i) => [i.title.slice(0, 40), i.sources.map((s) => s.raw)])).toEqual([
      ['JPMorgan Chase reports another quarter o', ['— AFP']],
      ['The International Monetary Fund cuts its', ['— AFP']],
    ]);
  });
});
