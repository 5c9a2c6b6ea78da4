// Credit forms a listing may give an item, each on a page of three items: the outlet is read
// wherever the form puts it. Each is a convention of many outlets (named in the rule's comment).
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

const title = (i: number) =>
  `Central bank raises rates for the ${['first', 'second', 'third'][i - 1]} time this year`;
const SUMMARY =
  'The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation and a tight labour market.';

/** Titles and the (publication, date) of each item of a page of three built by `item`. */
function credits(item: (i: number) => string[]) {
  const text = ['Business news', '', ...[1, 2, 3].flatMap((i) => [...item(i), '', ''])].join('\n');
  return parseChecked(text).items.map((it) => [
    it.title,
    it.sources.map((s) => [s.publication, s.date ?? null]),
  ]);
}

/** A page of three items, each with `line` alone after its text. */
const afterText = (line: string) =>
  ['Business news', '', ...[1, 2, 3].flatMap((i) => [title(i), '', SUMMARY, '', line, ''])].join('\n');

const dated = [1, 2, 3].map((i) => [title(i), [['Reuters', `2025-12-0${i}`]]]);
const undated = [1, 2, 3].map((i) => [title(i), [['Reuters', null]]]);

describe('credit forms', () => {
  it('"By Reporter | Agency | Date" under the headline', () => {
    expect(credits((i) => [title(i), `By Jane Doe | Reuters | Dec ${i}, 2025`, '', SUMMARY])).toEqual(dated);
  });

  it('"Date — Agency" under the headline', () => {
    expect(credits((i) => [title(i), `Dec ${i}, 2025 — Reuters`, '', SUMMARY])).toEqual(dated);
  });

  it('"Headline (Agency)" and "Headline - Agency" (Google News titles)', () => {
    expect(credits((i) => [`${title(i)} (Reuters)`, '', SUMMARY])).toEqual(undated);
    expect(credits((i) => [`${title(i)} - Reuters`, '', SUMMARY])).toEqual(undated);
  });

  it('"Posted by Agency on Date" under the headline', () => {
    expect(credits((i) => [title(i), `Posted by Reuters on December ${i}, 2025`, '', SUMMARY])).toEqual(
      dated,
    );
  });

  it('"Via Agency" after the text', () => {
    expect(credits((i) => [title(i), '', SUMMARY, 'Via Reuters'])).toEqual(undated);
  });

  it('"Agency - 2 hours ago" under the headline', () => {
    expect(credits((i) => [title(i), `Reuters - ${i} hours ago`, '', SUMMARY])).toEqual(undated);
  });

  it('"... market. — Agency" glued after the last sentence', () => {
    expect(credits((i) => [title(i), '', `${SUMMARY} — Reuters`])).toEqual(undated);
  });

  it('"(Agency, Date)" alone on a line after the text', () => {
    expect(
      credits((i) => [`• ${title(i)}`, `  ${SUMMARY}`, `  (Reuters, Dec. ${i}, 2025)`]).map(([, s]) => s),
    ).toEqual(dated.map(([, s]) => s));
  });

  it('a Markdown source line in italics or bold', () => {
    expect(credits((i) => [title(i), SUMMARY, '*Source: Reuters*'])).toEqual(undated);
    expect(credits((i) => [title(i), SUMMARY, `**Source:** Reuters, December ${i}, 2025`])).toEqual(dated);
  });

  it('"(With inputs from Agency)" after the text (Indian papers)', () => {
    const ptI = [1, 2, 3].map((i) => [title(i), [['Press Trust of India', null]]]);
    expect(credits((i) => [title(i), '', SUMMARY, '', '(With inputs from PTI)'])).toEqual(ptI);
    expect(credits((i) => [title(i), '', SUMMARY, 'With agency inputs from PTI'])).toEqual(ptI);
  });

  it('a joint credit of two agencies after the text', () => {
    expect(credits((i) => [title(i), '', SUMMARY, '', 'AFP-JIJI']).map(([, s]) => s)).toEqual([
      [['AFP-JIJI', null]],
      [['AFP-JIJI', null]],
      [['AFP-JIJI', null]],
    ]);
    // Two agencies joined by a slash are two sources, one citation each (as `(LV/VT)` and
    // `— AFP/Reuters` are read; the corpus annotates every source an item credits).
    expect(credits((i) => [title(i), '', SUMMARY, '(NNA/Kyodo)']).map(([, s]) => s)).toEqual([
      [
        ['NNA', null],
        ['Kyodo News', null],
      ],
      [
        ['NNA', null],
        ['Kyodo News', null],
      ],
      [
        ['NNA', null],
        ['Kyodo News', null],
      ],
    ]);
  });

  it('names no source when the name is no known outlet', () => {
    // Acronyms joined by a hyphen, none a known outlet: no joint credit.
    expect(credits((i) => [title(i), '', SUMMARY, '', 'US-EU']).map(([, s]) => s)).toEqual([[], [], []]);
    expect(
      credits((i) => [title(i), '', SUMMARY, '(With inputs from our bureau)']).map(([, s]) => s),
    ).toEqual([[], [], []]);
    expect(credits((i) => [title(i), 'Via our correspondent', '', SUMMARY]).map(([, s]) => s)).toEqual([
      [],
      [],
      [],
    ]);
    expect(credits((i) => [`${title(i)} (analysis)`, '', SUMMARY]).map(([, s]) => s)).toEqual([[], [], []]);
  });
});

describe('credits after the text, round five', () => {
  it('"... inflation.—Xinhua" with the dash closed up', () => {
    expect(credits((i) => [title(i), '', `${SUMMARY}—Xinhua`]).map(([, s]) => s)).toEqual([
      [['Xinhua', null]],
      [['Xinhua', null]],
      [['Xinhua', null]],
    ]);
  });

  it('"(AFP, Reuters, dpa)" after the last sentence: one citation per agency, each piece as written', () => {
    const text = [
      'Business news',
      '',
      ...[1, 2, 3].flatMap((i) => [title(i), '', `${SUMMARY} (AFP, Reuters, dpa)`, '']),
    ].join('\n');
    const r = parseChecked(text);
    expect(r.items.map((it) => it.sources.map((s) => [s.publication, s.raw]))).toEqual(
      [1, 2, 3].map(() => [
        ['Agence France-Presse', '(AFP,'],
        ['Reuters', 'Reuters,'],
        ['Deutsche Presse-Agentur', 'dpa)'],
      ]),
    );
    expect(r.items.map((it) => it.body)).toEqual([1, 2, 3].map(() => [SUMMARY]));
  });

  it('"Sources: AFP, Reuters" after the text: one citation per agency', () => {
    expect(credits((i) => [title(i), '', SUMMARY, '', 'Sources: AFP, Reuters']).map(([, s]) => s)).toEqual(
      [1, 2, 3].map(() => [
        ['Agence France-Presse', null],
        ['Reuters', null],
      ]),
    );
    // Not every listed name an outlet: one citation, as before.
    expect(
      credits((i) => [title(i), '', SUMMARY, '', 'Source: Xinhua, Beijing']).map(([, s]) => s?.length),
    ).toEqual([1, 1, 1]);
  });

  it('"(Reporting by …; Editing by …)" after the text stays with its item, never a headline', () => {
    const r = parseChecked(afterText('(Reporting by Jane Doe; Editing by Tom Hogue)'));
    expect(r.items.map((it) => [it.title, it.body.length])).toEqual([1, 2, 3].map((i) => [title(i), 1]));
  });
});

describe('"<Agency> contributed to this report."', () => {
  it('credits the agency after the text, and names no source for a person', () => {
    expect(
      credits((i) => [title(i), '', SUMMARY, '', 'The Associated Press contributed to this report.']).map(
        ([, s]) => s,
      ),
    ).toEqual([1, 2, 3].map(() => [['Associated Press', null]]));
    const r = parseChecked(afterText('Staff writer Jane Doe contributed to this report.'));
    expect(r.items.map((it) => it.sources.length)).toEqual([0, 0, 0]);
  });
});

describe('headless paragraphs each closed by its own credit, under section labels', () => {
  const page = [
    'August 11: Central bank devalues yuan',
    '',
    'Politics and policy',
    '',
    "The government's vague online censorship policies have forced large social media services to self-censor. (The New York Times)",
    '',
    'Diplomacy',
    '',
    'Foreign Minister Wang Yi has pledged to encourage Chinese enterprises to invest in West Africa. He ended his tour in Guinea. (AP)',
    '',
    'The Foreign Ministry said a series of official exchanges with the United States would take place this month. (CCTV)',
  ].join('\n');

  it('makes each a story titled by its first sentence, credited to its outlet', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)])).toEqual([
      [
        "The government's vague online censorship policies have forced large social media services to self-censor.",
        1,
        ['The New York Times'],
      ],
      [
        'Foreign Minister Wang Yi has pledged to encourage Chinese enterprises to invest in West Africa.',
        1,
        ['Associated Press'],
      ],
      [
        'The Foreign Ministry said a series of official exchanges with the United States would take place this month.',
        1,
        ['CCTV'],
      ],
    ]);
  });

  it('leaves credited paragraphs under their own headlines as those headlines’ text', () => {
    const headed = [
      'Censorship rules push platforms to self-censor',
      '',
      "The government's vague online censorship policies have forced large social media services to self-censor. (The New York Times)",
      '',
      'Wang Yi urges investment in West Africa',
      '',
      'Foreign Minister Wang Yi has pledged to encourage Chinese enterprises to invest in West Africa. (AP)',
      '',
      'China and US plan official exchanges',
      '',
      'The Foreign Ministry said a series of official exchanges with the United States would take place this month. (CCTV)',
    ].join('\n');
    expect(parseChecked(headed).items.map((i) => [i.title, i.body.length])).toEqual([
      ['Censorship rules push platforms to self-censor', 1],
      ['Wang Yi urges investment in West Africa', 1],
      ['China and US plan official exchanges', 1],
    ]);
  });
});

describe('the agency and the city it filed from, between headline and text', () => {
  it('reads `Reuters, Cairo` and `PTI. London` as the credit, the city left out of it', () => {
    const page = [
      'News In Brief',
      '',
      'Food security in the Middle East deteriorating',
      'Reuters, Cairo',
      'Food security in the Middle East and North Africa is quickly deteriorating, the United Nations said on Thursday.',
      '',
      'Brainwashed children back in UK',
      'PTI. London',
      'Hundreds of British citizens who returned from Syria have brought back children, a new report warned today.',
      '',
      '16 feared dead after South Korean fire',
      'AP, Seoul',
      'A fire broke out Thursday at an eight-story building in the central South Korean city of Jecheon, officials said.',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)])).toEqual([
      ['Food security in the Middle East deteriorating', 1, ['Reuters']],
      ['Brainwashed children back in UK', 1, ['Press Trust of India']],
      ['16 feared dead after South Korean fire', 1, ['Associated Press']],
    ]);
  });

  it('reads `México / AFP` (the city, a slash, the agency) as the credit', () => {
    const page = [
      'Breves económicas',
      '',
      'Desaceleración económica de EU resfriará a México',
      '',
      'México / AFP',
      '',
      'La desaceleración de la economía en Estados Unidos no provocará una pulmonía en México, admitió el secretario.',
      '',
      'Gobierno argentino rechaza el monitoreo del FMI',
      '',
      'BUENOS AIRES / AP',
      '',
      'El gobierno argentino no acepta ningún monitoreo de su economía por parte del Fondo Monetario Internacional.',
    ].join('\n');
    expect(
      parseChecked(page).items.map((i) => [i.body.length, i.sources.map((s) => [s.publication, s.raw])]),
    ).toEqual([
      [1, [['Agence France-Presse', 'México / AFP']]],
      [1, [['Associated Press', 'BUENOS AIRES / AP']]],
    ]);
  });
});

describe('source groups', () => {
  // An aggregator's or press review's headlines under the outlet they come from (The Wire China's
  // roundup, Indian news aggregators): the outlet's name heads each group and credits its items.
  const page = [
    'Good morning. Here are the top business headlines from the leading papers.',
    'Subscribers get this list by email every day.',
    'The Wall Street Journal',
    `- ${title(1)} — ${SUMMARY}`,
    `- ${title(2)} — ${SUMMARY}`,
    'Financial Times',
    `- ${title(3)} — ${SUMMARY}`,
    '- Port strike enters its second week',
  ].join('\n');

  it('credits each bulleted item with the outlet heading its group, and leaves the preamble to the chrome', () => {
    const r = parseChecked(page);
    expect(r.items.map((it) => [it.title, it.sources.map((s) => s.publication)])).toEqual([
      [title(1), ['The Wall Street Journal']],
      [title(2), ['The Wall Street Journal']],
      [title(3), ['Financial Times']],
      ['Port strike enters its second week', ['Financial Times']],
    ]);
    expect(r.page.chrome).toContain(
      'Good morning. Here are the top business headlines from the leading papers.',
    );
    expect(r.items[0]!.sources[0]!.raw).toBe('The Wall Street Journal');
    expect(r.items[0]!.sources[0]!.notes).toContain(
      'credited by the outlet heading a group of items (written once, over the group)',
    );
  });

  it('keeps a bulleted headline with only a timestamp under it as an item of the group', () => {
    const text = [
      'Times of India',
      '',
      `• ${title(1)}`,
      SUMMARY,
      '- 1 hour ago',
      `• ${title(2)}`,
      '- 2 hours ago',
      `• ${title(3)}`,
      SUMMARY,
    ].join('\n');
    expect(
      parseChecked(text).items.map((it) => [it.title, it.body.length, it.sources.map((s) => s.publication)]),
    ).toEqual([
      [title(1), 1, ['The Times of India']],
      [title(2), 0, ['The Times of India']],
      [title(3), 1, ['The Times of India']],
    ]);
  });

  it("reads an outlet name under a text, with no bulleted list under it, as that text's credit", () => {
    const text = [title(1), '', SUMMARY, '', 'Reuters', '', title(2), '', SUMMARY, '', 'Reuters'].join('\n');
    expect(parseChecked(text).items.map((it) => it.sources.map((s) => s.publication))).toEqual([
      ['Reuters'],
      ['Reuters'],
    ]);
  });
});

describe('a link out to the outlet', () => {
  it('"Continue reading at Outlet" after the text credits an item that names no source', () => {
    expect(
      credits((i) => [
        title(i),
        SUMMARY,
        `Continue reading at ${['The Hindu', 'Business Standard', 'Mint'][i - 1]}`,
      ]),
    ).toEqual([
      [title(1), [['The Hindu', null]]],
      [title(2), [['Business Standard', null]]],
      [title(3), [['Mint', null]]],
    ]);
  });

  it('is furniture under an item credited already by its wire lead', () => {
    const r = parseChecked(
      [1, 2, 3]
        .flatMap((i) => [title(i), '', `(Reuters) - ${SUMMARY}`, '', 'Read more at Reuters Africa', ''])
        .join('\n'),
    );
    expect(r.items.map((it) => it.sources.map((s) => s.publication))).toEqual([
      ['Reuters'],
      ['Reuters'],
      ['Reuters'],
    ]);
    expect(r.page.chrome).toContain('Read more at Reuters Africa');
  });
});

describe('a paper’s name in parentheses opening each summary', () => {
  it('credits each item when three or more summaries open so, known outlets or not', () => {
    const papers = ['Jamaica Gleaner', 'Trinidad Guardian', 'Jamaica Gleaner'];
    expect(credits((i) => [title(i), '', `(${papers[i - 1]}) ${SUMMARY}`])).toEqual(
      [1, 2, 3].map((i) => [title(i), [[papers[i - 1], null]]]),
    );
  });

  it('leaves a one-word label in parentheses in the text, however often it opens one', () => {
    expect(credits((i) => [title(i), '', `(Updated) ${SUMMARY}`])).toEqual(
      [1, 2, 3].map((i) => [title(i), []]),
    );
  });

  it('leaves a lone parenthesis opening a text in the text', () => {
    const r = parseChecked([title(1), '', `(Updated) ${SUMMARY}`, '', title(2), '', SUMMARY].join('\n'));
    expect(r.items.map((it) => [it.sources.length, it.body[0]!.startsWith('(Updated)')])).toEqual([
      [0, true],
      [0, false],
    ]);
  });
});

describe('a labelled credit in parentheses ending the text', () => {
  it('credits the item whatever ends the sentence before it, the French spaced colon too', () => {
    const ends = [' (Source :africaguinee.com)', ' (Source: Reuters)', '. (Fuente: EFE)'];
    expect(credits((i) => [title(i), '', `${SUMMARY.slice(0, -1)}${ends[i - 1]}`])).toEqual([
      [title(1), [['africaguinee.com', null]]],
      [title(2), [['Reuters', null]]],
      [title(3), [['EFE', null]]],
    ]);
  });
});
