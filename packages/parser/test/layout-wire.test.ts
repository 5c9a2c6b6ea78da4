// Wire stories in a listing: the dateline credit that opens each story's text.
// Small pages in the shapes real outlets use (corpus/README.md lists the pages).
import { describe, expect, it } from 'vitest';
import { parseChecked, THREE_HEADLINES, THREE_SUMMARIES } from './layout-helpers.js';

describe('a wire story’s dateline under a headline', () => {
  // A business page that cuts every teaser at a fixed length, mid-sentence, with no ellipsis.
  const page = [
    'Money',
    '',
    'Commission approves 29 power projects, valued at $636.2 million',
    '',
    '(Reuters) -The state commission approved 29 infrastructure projects worth $636.2 million, the commission said on Thursday. The projects were proposed by four utilities and "The',
    '',
    '',
    'Lone Star to sell Novo Banco to BPCE, report says',
    '',
    'LISBON (Reuters) -Private equity fund Lone Star has decided to sell its 75% stake in Novo Banco to French group BPCE, a news outlet said on Thursday. With this',
    '',
    '',
    'RBC elevates two investment bankers to unit heads',
    '',
    'By David French NEW YORK (Reuters) -RBC Capital Markets has promoted two of its investment bankers to run units advising insurance companies, a spokesperson said. Both will',
  ].join('\n');

  it('opens a new item even when the teaser above stops mid-sentence', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Commission approves 29 power projects, valued at $636.2 million', 1],
      ['Lone Star to sell Novo Banco to BPCE, report says', 1],
      ['RBC elevates two investment bankers to unit heads', 1],
    ]);
  });

  it('credits the agency, also when the reporter’s byline runs into the dateline', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => i.sources.map((s) => s.publication))).toEqual([
      ['Reuters'],
      ['Reuters'],
      ['Reuters'],
    ]);
    expect(r.items[2]!.body[0]).toMatch(/^RBC Capital Markets has promoted/);
  });

  it('does not take a byline before an unknown name in parentheses for a dateline', () => {
    const r = parseChecked(
      [
        'Local notes',
        '',
        'Council approves new budget',
        '',
        'By Jane Smith (Staff) - The council approved the budget on Monday after a long debate.',
      ].join('\n'),
    );
    expect(r.items[0]!.sources).toEqual([]);
  });
});

describe('a wire credit glued after the last sentence, and a "posted on" date', () => {
  it('reads "- Emirates News Agency, WAM –" as the credit and "posted on 19/11/2014" as a date line', () => {
    const r = parseChecked(
      [
        'Government launches its official photo account',
        '',
        'posted on 19/11/2014',
        '',
        'The government has launched its official account on a photo-sharing service to raise awareness of its work among the public.',
        'The account is the second channel for the federal government after its video channel. - Emirates News Agency, WAM –',
        '',
        '',
        'Ruler meets media personalities',
        '',
        'posted on 17/11/2014',
        '',
        'The Ruler received a group of media personalities at his office on Monday and discussed the role of the press. - Emirates News Agency, WAM –',
      ].join('\n'),
    );
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.raw)])).toEqual([
      ['Government launches its official photo account', 2, ['- Emirates News Agency, WAM –']],
      ['Ruler meets media personalities', 1, ['- Emirates News Agency, WAM –']],
    ]);
    expect(r.items[0]!.body[1]).toBe(
      'The account is the second channel for the federal government after its video channel.',
    );
  });
});

describe('news releases under dated datelines, teasers cut by "Show Full Article"', () => {
  it('opens an item at each headline over a dateline, after a teaser its link closes', () => {
    const r = parseChecked(
      [
        'Featured Stories',
        '',
        'University Offers Dual Enrollment to High School Students',
        'MEMPHIS, Tennessee, Sept. 30 -- The University issued the following news release on Sept. 29, 2023:',
        '',
        'The School of Public Health launched an initiative for high school students in the city ... Show Full Article',
        '',
        'Enrollment Strong at Pacific University',
        'FRESNO, California, Sept. 30 -- The university issued the following news:',
        '',
        'A healthy increase in undergraduate students this year is a heartening sign for the university and its ... Show Full Article',
        '',
        'Conference Will Focus on Reproductive Rights and Classroom Curricula',
        'CHICAGO, Illinois, Sept. 30 -- The university issued the following news:',
        '',
        'Reproductive rights and classroom curricula will be some of the topics discussed at the conference.',
      ].join('\n'),
    );
    expect(r.items.map((i) => i.title)).toEqual([
      'University Offers Dual Enrollment to High School Students',
      'Enrollment Strong at Pacific University',
      'Conference Will Focus on Reproductive Rights and Classroom Curricula',
    ]);
  });
});

describe('an agency credit after the last sentence', () => {
  const title = (i: number) =>
    `Central bank raises rates for the ${['first', 'second', 'third'][i - 1]} time this year`;
  const SUMMARY =
    'The central bank raised its policy rate by a quarter point on Thursday, citing sticky inflation and a tight labour market.';
  const publications = (item: (i: number) => string[]) =>
    parseChecked(['World news', '', ...[1, 2, 3].flatMap((i) => [...item(i), '', ''])].join('\n')).items.map(
      (it) => [it.title, it.sources.map((s) => s.publication), it.body],
    );

  it('after a horizontal bar (`― Bernama`, as Malaysian papers set it)', () => {
    expect(publications((i) => [title(i), '', `${SUMMARY} ― Bernama`])).toEqual(
      [1, 2, 3].map((i) => [title(i), ['Bernama'], [SUMMARY]]),
    );
  });

  it('in square brackets (`... market. [Xinhua]`)', () => {
    expect(publications((i) => [title(i), '', `${SUMMARY} [Xinhua]`])).toEqual(
      [1, 2, 3].map((i) => [title(i), ['Xinhua'], [SUMMARY]]),
    );
  });

  it('not when the words in brackets name no outlet', () => {
    expect(publications((i) => [title(i), '', `${SUMMARY} [Updated]`]).map(([, s]) => s)).toEqual([
      [],
      [],
      [],
    ]);
  });
});

describe('an AP dateline with the state or country after the city', () => {
  it.each([
    ['AUSTIN, Texas (AP) —', 'Associated Press'],
    ['SAN JOSE, Calif. (AP) —', 'Associated Press'],
    ['TAIPEI, Taiwan, Dec. 3 (CNA) --', 'Central News Agency'],
  ])('%s credits the agency and leaves the text', (lead, publication) => {
    const r = parseChecked(
      `Business\n\nFamilies sue three companies over the shooting\n\n${lead} The families sued on Friday, their lawyers said.`,
    );
    expect(r.items.map((i) => [i.sources.map((s) => [s.publication, s.raw]), i.body])).toEqual([
      [[[publication, lead]], ['The families sued on Friday, their lawyers said.']],
    ]);
  });
});

describe('AFP copy on a partner site', () => {
  it('reads AFP’s lower-case byline run into the dateline, its `City (Country) (AFP) –` dateline, and a "– dpa international" title credit', () => {
    const page = [
      'International',
      '',
      'A year after the invasion, the oil market has changed',
      '',
      'by Thomas URBAIN Agence France-Presse HOUSTON, United States (AFP) — A year after the invasion, the global oil market has been reshaped by sanctions.',
      '',
      'Nigeria postpones local state election after court ruling',
      '',
      'by Emmanuel ANULE Agence France-Presse ABUJA, Nigeria (AFP) — Nigeria’s electoral commission postponed a state election on Friday.',
      '',
      'Pre-Hispanic site for ancestor worship discovered in Peru',
      '',
      'Cajamarca (Peru) (AFP) – Archaeologists working at the site found a ceremonial platform.',
      '',
      'Malaysian PM self-isolates after possible exposure – dpa international',
      '',
      'KUALA LUMPUR — Malaysia’s prime minister tested negative but will isolate at home, his office said on Monday.',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.sources.map((s) => s.publication)])).toEqual([
      ['A year after the invasion, the oil market has changed', ['Agence France-Presse']],
      ['Nigeria postpones local state election after court ruling', ['Agence France-Presse']],
      ['Pre-Hispanic site for ancestor worship discovered in Peru', ['Agence France-Presse']],
      ['Malaysian PM self-isolates after possible exposure', ['Deutsche Presse-Agentur']],
    ]);
  });
});

describe('a news portal mixing blank-set and tight items', () => {
  it('opens an item at a headline right over a wire dateline, blank line or not', () => {
    const page = [
      'Ho Chi Minh City strengthens foothold on global tourism map',
      'HCM City (VNA) – The city’s tourism sector has undergone remarkable growth this year...',
      '',
      'Vietnam, New Zealand share experience in peacekeeping support',
      'Hanoi (VNA) – The department held an exchange in Hanoi on October 13 to share experience...',
      'Vietnam reports over 330 mln USD in losses from Typhoon Matmo',
      'HANOI, Oct. 13 (Xinhua) -- The damage caused by the typhoon was estimated at 8.7 trillion dong...',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)])).toEqual([
      ['Ho Chi Minh City strengthens foothold on global tourism map', 1, ['Vietnam News Agency']],
      ['Vietnam, New Zealand share experience in peacekeeping support', 1, ['Vietnam News Agency']],
      ['Vietnam reports over 330 mln USD in losses from Typhoon Matmo', 1, ['Xinhua']],
    ]);
  });
});

describe('a wire lead closed by a colon, under teasers cut by "Continue reading"', () => {
  // APP and IANS close the dateline with a colon (`ISLAMABAD, Dec 22 (APP):`), glued or not.
  const page = [
    'Govt committed to Balochistan development: NA Speaker',
    '',
    'ISLAMABAD, Dec 22 (APP):National Assembly Speaker Asad Qaiser said the government was committed to development. The… Continue reading Govt committed to Balochistan development: NA Speaker',
    '',
    'Federal Capital records 159 fresh corona cases in last 24 hours: NCOC',
    '',
    'ISLAMABAD, Dec 22 (APP):COVID-19 cases continued to surge in the Federal Capital with 159 new reported. He said… Continue reading Federal Capital records 159',
    '',
    'WB all praise for effective operations of Tarbela project',
    '',
    'LAHORE, Dec 22 (APP): The World Bank is all praise for the project. The… Continue reading WB all praise',
  ].join('\n');

  it('opens an item at each headline over a dateline whose agency is closed by a colon', () => {
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)])).toEqual([
      ['Govt committed to Balochistan development: NA Speaker', 1, ['Associated Press of Pakistan']],
      [
        'Federal Capital records 159 fresh corona cases in last 24 hours: NCOC',
        1,
        ['Associated Press of Pakistan'],
      ],
      ['WB all praise for effective operations of Tarbela project', 1, ['Associated Press of Pakistan']],
    ]);
  });
});

describe('a digest of headless stories, each a paragraph opened by its dateline', () => {
  it('makes each datelined paragraph of a run a story titled by its first sentence (AP digest)', () => {
    const page = [
      'BC-AS--Asian News Digest, AS',
      '',
      'August 28, 2014',
      '',
      'CANBERRA, Australia — Just weeks before the search is set to resume, an official says the search area may be extended. The analysis suggests the aircraft turned south earlier. By Rod McGuirk. SENT: 790 words, photos.',
      '',
      'ISLAMABAD — A fiery Pakistani cleric says he has “shut the door” on further talks with the government. The development is a worrisome sign. SENT: 500 words, photos.',
      '',
      'BANGKOK — A Thai court dismisses a murder case against a former prime minister. The judges ruled that the court has no authority. SENT: 260 words.',
      '',
      'PYONGYANG, North Korea — A Japanese wrestler-turned-politician arrives in North Korea with a former lineman and more than a',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['Just weeks before the search is set to resume, an official says the search area may be extended.', 1],
      ['A fiery Pakistani cleric says he has “shut the door” on further talks with the government.', 1],
      ['A Thai court dismisses a murder case against a former prime minister.', 1],
      [
        'A Japanese wrestler-turned-politician arrives in North Korea with a former lineman and more than a',
        1,
      ],
    ]);
  });

  it('credits the agency a dateline names (a world news summary)', () => {
    const page = [
      'World news summary',
      '',
      'BEIJING, Dec. 3 (Xinhua) -- China will expand its pilot free trade zones next year, the commerce ministry said on Tuesday. The zones will open to more foreign banks.',
      'NAIROBI, Dec. 3 (Xinhua) -- Kenya opened a new railway line to the border on Tuesday. The line cost 1.5 billion U.S. dollars.',
      'CAIRO, Dec. 3 (Xinhua) -- Egypt and Sudan agreed on Tuesday to resume talks on the Nile dam. Ethiopia did not comment.',
    ].join('\n');
    const r = parseChecked(page);
    expect(r.items.map((i) => [i.title, i.body.length, i.sources.map((s) => s.publication)])).toEqual([
      [
        'China will expand its pilot free trade zones next year, the commerce ministry said on Tuesday.',
        1,
        ['Xinhua'],
      ],
      ['Kenya opened a new railway line to the border on Tuesday.', 1, ['Xinhua']],
      ['Egypt and Sudan agreed on Tuesday to resume talks on the Nile dam.', 1, ['Xinhua']],
    ]);
  });

  it('leaves an article whose paragraphs carry one or two datelines as one item', () => {
    const page = [
      'Floods close schools across the region',
      '',
      'JAKARTA, Indonesia — Floods closed hundreds of schools across the region on Monday, officials said. Rain is forecast all week.',
      '',
      'SURABAYA — In the east, the river burst its banks overnight and thousands of people fled their homes. Rescue teams used boats.',
      '',
      'The weather agency expects the rain to ease by the weekend, but warned of landslides in the hills.',
    ].join('\n');
    expect(parseChecked(page).items.map((i) => [i.title, i.body.length])).toEqual([
      ['Floods close schools across the region', 3],
    ]);
  });
});

describe('teasers cut at a fixed length, each opened by a dated dateline with a spaced hyphen', () => {
  it('opens an item at each headline over `NAIROBI, Kenya, Mar 8 - `', () => {
    const page = [
      'UK minister says US tariffs are the wrong way to resolve trade issues',
      "LONDON, United Kingdom, Mar 9 - Britain's trade minister on Thursday criticised the duties on steel imports, saying it was the wrong way to resolve disputes. We can deal",
      'Women awarded 30,000 Govt tenders worth Sh34Bn since 2013',
      'NAIROBI, Kenya, Mar 8 - Women entrepreneurs have received 30,205 tenders worth Sh34 billion since the directive to set aside a share of the procurement budget in',
      'Govt to cut allocation to counties due to a Sh70Bn shortfall',
      'NAIROBI, Kenya, Mar 7 - The National Treasury has admitted that the government is running low on funds and has a deficit of Sh70 billion in its budget for',
    ].join('\n');
    const r = parseChecked(page, { url: 'https://www.capitalfm.co.ke/business/' });
    expect(r.items.map((i) => [i.title, i.body.length])).toEqual([
      ['UK minister says US tariffs are the wrong way to resolve trade issues', 1],
      ['Women awarded 30,000 Govt tenders worth Sh34Bn since 2013', 1],
      ['Govt to cut allocation to counties due to a Sh70Bn shortfall', 1],
    ]);
    expect(r.items[1]!.money.map((m) => [m.text, m.amount.currency, m.amount.min])).toEqual([
      ['Sh34Bn', 'KES', 34e9],
      ['Sh34 billion', 'KES', 34e9],
    ]);
  });
});

describe('a dateline with the agency as its last field, no parentheses', () => {
  it('reads `ROSEAU, Dominica, CMC –` and `Accra, Dec. 3, GNA -` as the credit', () => {
    const text = [
      'News',
      '',
      THREE_HEADLINES[0]!,
      '',
      `ROSEAU, Dominica, CMC – ${THREE_SUMMARIES[0]!}`,
      '',
      THREE_HEADLINES[1]!,
      '',
      `WASHINGTON, CMC – ${THREE_SUMMARIES[1]!}`,
      '',
      THREE_HEADLINES[2]!,
      '',
      `Accra, Dec. 3, GNA - ${THREE_SUMMARIES[2]!}`,
    ].join('\n');
    expect(
      parseChecked(text).items.map((i) => [i.body, i.sources.map((s) => [s.publication, s.raw])]),
    ).toEqual([
      [[THREE_SUMMARIES[0]], [['CMC', 'ROSEAU, Dominica, CMC –']]],
      [[THREE_SUMMARIES[1]], [['CMC', 'WASHINGTON, CMC –']]],
      [[THREE_SUMMARIES[2]], [['Ghana News Agency', 'Accra, Dec. 3, GNA -']]],
    ]);
  });

  it('leaves a country code after the city in the text', () => {
    const text = [THREE_HEADLINES[0]!, '', `LONDON, UK – ${THREE_SUMMARIES[0]!}`].join('\n');
    expect(parseChecked(text).items[0]!.sources).toEqual([]);
  });
});
