// Pages cut off inside an item: the first letters of a headline, a headline over the first words
// of its text, a paragraph or a credit the page end cut. Small pages in the shapes real outlets
// use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

describe('the first letters of a headline, cut off by the page end', () => {
  // An aggregator's digest: headline, summary, dash credit; the excerpt ends two letters into
  // the next headline.
  const items = [
    'Rice exports rise for a third month',
    'Vietnam shipped more rice in May than a year earlier as buyers in the region restocked.',
    '— Reuters',
    '',
    'Airline adds flights between Hanoi and Jakarta',
    'The carrier will fly the route daily from July, it said in a statement on Monday.',
    '— Anadolu Agency',
    '',
  ];

  it('keeps a one-word stub after a credited item as a cut briefing with no text', () => {
    const r = parseChecked([...items, 'AS'].join('\n'));
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)])).toEqual([
      ['Rice exports rise for a third month', 1, ['Reuters']],
      ['Airline adds flights between Hanoi and Jakarta', 1, ['Anadolu Agency']],
      ['AS', 0, []],
    ]);
  });

  it('opens it after a copyright credit line too, instead of adding it to the text above', () => {
    const page = [
      'Thousands rally in the capital over fuel prices',
      '',
      'Lagos (AFP) – Thousands of people marched through the capital on Saturday to protest against higher fuel prices.',
      '',
      '©AFP',
      '',
      'Saudi Arabia courts game developers',
      '',
      'Riyadh (AFP) – The kingdom expects about 3,000 visitors at its games festival this summer.',
      '',
      '©AFP',
      '',
      '‘Incredib',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Thousands rally in the capital over fuel prices', 1],
      ['Saudi Arabia courts game developers', 1],
      ['‘Incredib', 0],
    ]);
  });

  it('does not take furniture or the start of a sentence on the last line for a headline', () => {
    for (const last of ['Share', 'As a', 'Latest news']) {
      const r = parseChecked([...items, last].join('\n'));
      expect(r.items.map((i) => i.title)).toEqual([
        'Rice exports rise for a third month',
        'Airline adds flights between Hanoi and Jakarta',
      ]);
    }
  });
});

describe('a headline over the first words of its text, cut off by the page end', () => {
  // A regional portal's category page reprinting newspaper stories: bulleted headline, the text
  // (opened by a city dateline), the paper's name; the excerpt ends one word into the next text.
  const items = [
    'ad',
    '',
    'Category: NATIONAL',
    '',
    '  • Flood waters rise in three districts as relief centres open in Pasir Puteh',
    '',
    '    KOTA BHARU – Two relief centres were opened in Pasir Puteh today after heavy rain overnight.',
    '',
    '    Seventeen people from four families have been moved to the centres, officials said.',
    '',
    '    Harian Online',
    '  • Ministry to review school meal prices after complaints from parents in four states',
    '',
    '    PUTRAJAYA – The ministry will review the price of school meals after complaints from parents.',
    '',
    '    Harian Online',
  ];

  it('opens the headline as a cut briefing instead of adding it to the text above', () => {
    const r = parseChecked(
      [...items, '  • Schools closed as rivers burst their banks', '', '    KUALA'].join('\n'),
    );
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Flood waters rise in three districts as relief centres open in Pasir Puteh', 2],
      ['Ministry to review school meal prices after complaints from parents in four states', 1],
      ['Schools closed as rivers burst their banks', 1],
    ]);
  });

  it('leaves a last line in lower case or in Chinese (no sentence start it can tell) as text', () => {
    for (const last of ['    analysis:After decade', '    它的文字在這裡被截斷']) {
      const r = parseChecked(
        [...items, '  • Schools closed as rivers burst their banks', '', last].join('\n'),
      );
      expect(r.items.map((i) => i.title)).toEqual([
        'Flood waters rise in three districts as relief centres open in Pasir Puteh',
        'Ministry to review school meal prices after complaints from parents in four states',
      ]);
    }
  });
});

describe('a paragraph cut off by the page end on the last line, after a finished sentence', () => {
  // A broadcast script's world-news items copied onto a blog: a slug title, paragraphs, and the
  // agency credit in double parentheses (printed twice once, as copies do); the excerpt ends
  // inside the third item's paragraph.
  const page = [
    'ASIA - POVERTY',
    'The number of people in Asia living in extreme poverty fell by a third between 1990 and 2005, a United Nations report said.',
    'The report was released ahead of a summit of heads of government at the UN headquarters in New York.',
    '((AFP))',
    'WTO - FORECAST',
    'The World Trade Organization raised its forecast for growth in global trade this year to 13.5 percent.',
    '((AFP))',
    '((AFP))',
    'US - ECONOMY',
    'The recession in the United States officially ended in June 2009. That is according to the National Bureau of Economic Research, which also confirmed that the crisis had b',
  ].join('\n');

  it('reads it as the text of the slug above, not as a headline under a section label', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)])).toEqual([
      ['ASIA - POVERTY', 2, ['Agence France-Presse']],
      ['WTO - FORECAST', 1, ['Agence France-Presse']],
      ['US - ECONOMY', 1, []],
    ]);
  });
});

describe('an "(Outlet, Date)" credit cut off by the page end', () => {
  // A research institute's monthly news digest: bulleted headline, paragraph closed by the
  // credit in parentheses; the excerpt stops inside the last credit.
  const page = [
    'News Updates',
    '',
    '  • Port city opens new container terminal',
    '    The new terminal will double the port’s capacity and is due to handle its first ships next month. (China Daily, January 23, 2019)',
    '  • Rail link to the border to be finished this year',
    '    Engineers said work on the last tunnel of the line was ahead of schedule. (Xinhua, January',
  ].join('\n');

  it('credits the outlet, with no date, and keeps the paragraph without the credit', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => i.sources.map((s) => [s.publication, s.date ?? null]))).toEqual([
      [['China Daily', '2019-01-23']],
      [['Xinhua', null]],
    ]);
    expect(r.items[1]!.body).toEqual([
      'Engineers said work on the last tunnel of the line was ahead of schedule.',
    ]);
    expect(r.items[1]!.sources[0]!.raw).toBe('(Xinhua, January');
  });
});

describe('a long last line inside an item that has not reached its closing credit', () => {
  // A tag page that prints whole wire stories, each closed by a "Source:" line; the excerpt ends
  // inside the second story's third paragraph, a quote with no closing full stop yet.
  const page = [
    'Ministry to connect rural clinics by satellite',
    '',
    'KUCHING, Jan 16 (Bernama) — The Health Ministry will hold talks to bring satellite internet to rural clinics.',
    '',
    'The deputy minister said access was crucial for health workers to hold video calls with patients.',
    '',
    'Source: BERNAMA News Agency',
    '',
    'Zakat board opens third learning centre for poor urban children',
    '',
    'KUALA LUMPUR, Jan 13 (Bernama) — The zakat board opened its third learning centre for poor urban children on Friday.',
    '',
    'Its chief executive said two flats had been renovated and equipped with computers and reading rooms.',
    '',
    '“The two insurers contributed RM640,000, which includes the cost of renovation and the purchase of eq',
  ].join('\n');

  it('adds it to that item’s text instead of opening a briefing with it', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Ministry to connect rural clinics by satellite', 2],
      ['Zakat board opens third learning centre for poor urban children', 3],
    ]);
    expect(r.items[1]!.money.map((m) => m.text)).toEqual(['RM640,000']);
  });
});
