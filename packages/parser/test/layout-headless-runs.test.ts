import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';

/* Pages of briefs with no headlines: each paragraph a story of its own, titled by its first sentence. */

describe('datelines with a spaced hyphen', () => {
  it('`KUWAIT - The ...` paragraphs in a row are headless stories, titled after the dateline', () => {
    const page = [
      'KUWAIT - The Japanese government is looking to ease travel for Kuwaitis, its ambassador said. Several measures are planned.',
      '',
      'CAIRO - Egypt and Turkey underscored the need for an immediate ceasefire in the region. The two presidents met on Wednesday.',
      '',
      'BEIRUT - At least four people were killed in artillery attacks on southern towns. A dozen others were injured.',
    ].join('\n');
    const items = parseChecked(page).items;
    expect(items.map((b) => b.title)).toEqual([
      'The Japanese government is looking to ease travel for Kuwaitis, its ambassador said.',
      'Egypt and Turkey underscored the need for an immediate ceasefire in the region.',
      'At least four people were killed in artillery attacks on southern towns.',
    ]);
  });

  it('a hyphen with no space before it is no dateline: one article stays unparsed', () => {
    const page = [
      'KUWAIT-based lenders raised their rates again this week, the central bank said on Monday.',
      '',
      'KUWAIT-based insurers followed them a day later, according to the same central bank data.',
      '',
      'KUWAIT-based brokers expect the rises to slow down next year, said the analysts at the bank.',
    ].join('\n');
    expect(parseChecked(page).items).toHaveLength(1);
  });
});

describe('headless briefs: a brief is no less one for what it quotes, repeats or is grouped under', () => {
  const brief = (subject: string) =>
    `${subject} reported a sharp rise in quarterly profit on strong demand for its products.`;
  // Three more briefs after each page's own: a page of headless briefs is read as one only once it
  // would otherwise be one long text (six paragraphs or more).
  const more = [
    '',
    `${brief('Hooli Inc')} Its rivals expect a slower year ahead of them.`,
    '',
    `${brief('Vandelay Imports')} The importer opened two new warehouses in the port.`,
    '',
    `${brief('Soylent Foods')} The firm will list its shares in the spring.`,
  ];
  const moreFirstWords = ['Hooli', 'Vandelay', 'Soylent'];

  it('the `I` and `you` of quoted speech are the speaker’s, not an essay’s voice', () => {
    const page = [
      `${brief('Acme Corp')} Analysts were surprised by the size of the gain this quarter.`,
      '',
      `${brief('Globex Holdings')} Its chief executive said: “You could think it was a fluke, but I do not.”`,
      '',
      `${brief('Umbrella Group')} The company plans to hire more staff next year.`,
      '',
      `${brief('Initech Systems')} Shares rose by a tenth in early trading on the news.`,
      ...more,
    ].join('\n');
    expect(parseChecked(page).items.map((b) => b.title)).toEqual([
      'Acme Corp reported a sharp rise in quarterly profit on strong demand for its products.',
      'Globex Holdings reported a sharp rise in quarterly profit on strong demand for its products.',
      'Umbrella Group reported a sharp rise in quarterly profit on strong demand for its products.',
      'Initech Systems reported a sharp rise in quarterly profit on strong demand for its products.',
      'Hooli Inc reported a sharp rise in quarterly profit on strong demand for its products.',
      'Vandelay Imports reported a sharp rise in quarterly profit on strong demand for its products.',
      'Soylent Foods reported a sharp rise in quarterly profit on strong demand for its products.',
    ]);
  });

  it('a paragraph printed twice is the same brief again, not a paragraph leaning on the one before', () => {
    const twice = `${brief('Umbrella Group')} The company plans to hire more staff next year.`;
    const page = [
      `${brief('Acme Corp')} Analysts were surprised by the size of the gain this quarter.`,
      '',
      twice,
      '',
      twice,
      '',
      `${brief('Initech Systems')} Shares rose by a tenth in early trading on the news.`,
      '',
      `${brief('Initech Systems')} Shares rose by a tenth in early trading on the news.`,
      ...more,
    ].join('\n');
    expect(parseChecked(page).items.map((b) => b.title.split(' ')[0])).toEqual([
      'Acme',
      'Umbrella',
      'Umbrella',
      'Initech',
      'Initech',
      ...moreFirstWords,
    ]);
  });

  it('a short label set off by blank lines between briefs is a section label', () => {
    const page = [
      `${brief('Acme Corp')} Analysts were surprised by the size of the gain this quarter.`,
      '',
      `${brief('Globex Holdings')} The board approved a larger dividend for the year.`,
      '',
      'Top News',
      '',
      `${brief('Initech Systems')} Shares rose by a tenth in early trading on the news.`,
      ...more,
    ].join('\n');
    const result = parseChecked(page);
    expect(result.items.map((b) => b.title.split(' ')[0])).toEqual([
      'Acme',
      'Globex',
      'Initech',
      ...moreFirstWords,
    ]);
    expect(result.items.map((b) => b.body.length)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('a short line packed between paragraphs is no label: the page stays one article', () => {
    const page = [
      `${brief('Acme Corp')} Analysts were surprised by the size of the gain this quarter.`,
      `${brief('Globex Holdings')} The board approved a larger dividend for the year.`,
      'Top News',
      `${brief('Initech Systems')} Shares rose by a tenth in early trading on the news.`,
      `${brief('Umbrella Group')} The company plans to hire more staff next year.`,
      `${brief('Hooli Inc')} Its rivals expect a slower year ahead of them.`,
      `${brief('Vandelay Imports')} The importer opened two new warehouses in the port.`,
    ].join('\n');
    expect(parseChecked(page).items.map((b) => b.title.split(' ')[0])).not.toContain('Initech');
  });
});
