import { validateFeed } from '@briefing/schema';
import { describe, expect, it } from 'vitest';
import { parsePage, toFeed } from '../src/index.js';
import { accountedCharacters, nonWhitespace } from './helpers.js';

/** Parses, and checks the two promises every page keeps: nothing lost, a valid feed. */
function parse(text: string, options: Parameters<typeof parsePage>[1] = {}) {
  const result = parsePage(text, options);
  expect(accountedCharacters(result)).toBe(nonWhitespace(text));
  const v = validateFeed(toFeed(result, { generatedAt: '2026-01-05T08:00:00Z' }));
  expect(v.issues).toEqual([]);
  return result;
}

const caviar = `China Becomes World’s Leading Caviar Exporter as Luxury Delicacy Goes East

Chinese-produced caviar is making significant inroads into the luxury food market.

Chinese caviar prices range from 3,000 to 9,000 euros ($3,150 to $9,450) per kilogram.

Source: Radio France International, January 2, 2026
https://rfi.my/CJgd`;

const rail = `China’s Railway Investment Reaches Record High Despite Mounting Debt Concerns

China’s railway investment reached a record high in 2025.

Only a handful of routes are profitable.

Source: Central News Agency (Taiwan), January 4, 2026
https://www.cna.com.tw/news/acn/202601040175.aspx`;

describe('page structure', () => {
  it('reads other listing headers', () => {
    const r = parse(`Skip to content\n\nEconomy/Resources - 3. page\n\n${caviar}`);
    expect(r.page).toMatchObject({ title: 'Economy/Resources', number: 3, chrome: ['Skip to content'] });
    expect(r.items).toHaveLength(1);
  });

  it('takes a source line right after the last paragraph, with no blank line', () => {
    const r = parse(`${caviar.replace('kilogram.\n\nSource', 'kilogram.\nSource')}\n\n${rail}`);
    expect(r.items.map((i) => i.body.length)).toEqual([2, 2]);
    expect(r.items[0]!.sources[0]!.publication).toBe('Radio France International');
  });

  it('reads a page with no blank lines at all', () => {
    const text = `Briefings - 2. page\n${caviar}\n${rail}`.replace(/\n\n/g, '\n');
    const r = parse(text);
    expect(r.page.number).toBe(2);
    expect(r.items.map((i) => i.title)).toEqual([
      'China Becomes World’s Leading Caviar Exporter as Luxury Delicacy Goes East',
      'China’s Railway Investment Reaches Record High Despite Mounting Debt Concerns',
    ]);
    expect(r.items.map((i) => i.body.length)).toEqual([2, 2]);
    expect(r.items[1]!.sources[0]!.date).toBe('2026-01-04');
  });

  it('handles CRLF line ends and trailing spaces', () => {
    const text = `Briefings - 2. page  \r\n\r\n${caviar}\n\n${rail}`.replace(/\n/g, '   \r\n');
    const r = parse(text);
    expect(r.items).toHaveLength(2);
    expect(r.items[0]!.title).toBe(
      'China Becomes World’s Leading Caviar Exporter as Luxury Delicacy Goes East',
    );
    expect(r.items[0]!.sources[0]!.raw).toBe(
      'Source: Radio France International, January 2, 2026\nhttps://rfi.my/CJgd',
    );
    expect(r.items[1]!.sources[0]!.url).toBe('https://www.cna.com.tw/news/acn/202601040175.aspx');
  });

  it('keeps sentences glued without a space as written', () => {
    const r = parse(
      rail.replace(
        'in 2025.',
        'in 2025, at 901.5 billion yuan (approximately $124 billion).The figure rose 6 percent.',
      ),
    );
    expect(r.items[0]!.body[0]).toBe(
      'China’s railway investment reached a record high, at 901.5 billion yuan (approximately $124 billion).The figure rose 6 percent.'.replace(
        'high,',
        'high in 2025,',
      ),
    );
  });

  it('splits a source glued to the end of the last paragraph', () => {
    const r = parse(
      `Xinhua Touts Harvest\n\nGrain output rose 2 percent to 700 million tons.Source: Xinhua, July 22, 2013\nhttp://news.xinhuanet.com/english/china/2013-07/22/c_132562134.htm`,
    );
    expect(r.items[0]!.body).toEqual(['Grain output rose 2 percent to 700 million tons.']);
    expect(r.items[0]!.sources[0]).toMatchObject({ publication: 'Xinhua', date: '2013-07-22' });
  });

  it('reads a page that starts with blank lines', () => {
    const r = parse(`\n\n   \n\nSkip to content\n\nBriefings - 2. page\n\n${caviar}`);
    expect(r.page.chrome).toEqual(['Skip to content']);
    expect(r.items).toHaveLength(1);
    expect(r.items[0]!.title).toMatch(/^China Becomes/);
  });

  it('keeps a title repeated on the next line once, and reports the repeat', () => {
    const title = 'China Becomes World’s Leading Caviar Exporter as Luxury Delicacy Goes East';
    const r = parse(caviar.replace(title, `${title}\n${title}`));
    expect(r.items[0]!.title).toBe(title);
    expect(r.items[0]!.body).toHaveLength(2);
    expect(r.unparsed).toEqual([{ text: title, line: 2, reason: 'the title repeated on the next line' }]);
    expect(r.issues.map((i) => i.code)).toContain('repeated-title');
  });

  it('keeps a briefing cut off at the end of the page, marked incomplete, with no invented citation', () => {
    const cut = `${caviar}\n\nChina Heightens Silver Export Controls in Line with Rare Earth Standards\n\nSingapore’s primary Chinese language newspaper Lianhe Zaobao recently reported that China has tightened its`;
    const r = parse(cut);
    expect(r.items).toHaveLength(2);
    const last = r.items[1]!;
    expect(last.incomplete).toBe(true);
    expect(last.sources).toEqual([]);
    expect(last.body).toEqual([
      'Singapore’s primary Chinese language newspaper Lianhe Zaobao recently reported that China has tightened its',
    ]);
    expect(r.issues).toContainEqual(
      expect.objectContaining({ code: 'incomplete-briefing', item: 1, line: 10 }),
    );
    expect(r.items[0]!.incomplete).toBeUndefined();
  });

  it('puts trailing pagination into the chrome', () => {
    const r = parse(`${caviar}\n\n« Previous\n\n1 2 3 … 40\n\nNext »`);
    expect(r.items).toHaveLength(1);
    expect(r.page.chrome).toEqual(['« Previous', '1 2 3 … 40', 'Next »']);
    // Both pager links on one line, as blogs print them.
    const both = parse(`${caviar}\n\n« Previous  Next »\n\n‹ Prev | Next ›`);
    expect(both.items).toHaveLength(1);
    expect(both.page.chrome).toEqual(['« Previous  Next »', '‹ Prev | Next ›']);
  });

  it('puts a newsletter’s sign-off and feedback prompts into the chrome', () => {
    const r = parse(
      `${caviar}\n\n👋 That's a wrap! Thank you for reading.\n\nGot feedback? Write to us at news@example.org.\n\n☕ Enjoying the read?\n\nHow did you like today's newsletter?`,
    );
    expect(r.items).toHaveLength(1);
    expect(r.page.chrome).toEqual(
      expect.arrayContaining([
        "👋 That's a wrap! Thank you for reading.",
        'Got feedback? Write to us at news@example.org.',
        '☕ Enjoying the read?',
        "How did you like today's newsletter?",
      ]),
    );
  });

  it('joins a hard-wrapped paragraph and gives stable, unique ids', () => {
    const text = `Untitled Outlet Piece\n\nThe ministry said on Monday that exports\nof gallium would be licensed.\n\nSource: Example Weekly, March 3, 2025\n\nUntitled Outlet Piece\n\nA second piece with the same title.\n\nSource: Example Weekly, March 4, 2025`;
    const r = parse(text);
    expect(r.items[0]!.body).toEqual([
      'The ministry said on Monday that exports of gallium would be licensed.',
    ]);
    expect(r.items[0]!.id).toMatch(/^briefing-[0-9a-f]{8}$/);
    expect(r.items[1]!.id).toBe(`${r.items[0]!.id}-2`);
    expect(parse(text).items.map((i) => i.id)).toEqual(r.items.map((i) => i.id));
  });

  it('puts a second listing header (two pages pasted together) into the chrome', () => {
    const r = parse(`Briefings - 2. page\n\n${caviar}\n\nSkip to content\n\nBriefings - 3. page\n\n${rail}`);
    expect(r.page).toMatchObject({ title: 'Briefings', number: 2 });
    expect(r.page.chrome).toEqual(['Skip to content', 'Briefings - 3. page']);
    expect(r.items).toHaveLength(2);
  });

  it('fills money through the money extractor, unless money: false', () => {
    const text = `${caviar}\n\n${rail}`;
    const withMoney = parsePage(text);
    const without = parsePage(text, { money: false });
    expect(without.items.every((i) => i.money.length === 0 && i.quantities.length === 0)).toBe(true);
    expect(withMoney.items.map((i) => ({ ...i, money: [], quantities: [] }))).toEqual(without.items);
  });

  it('never throws on empty or odd input', () => {
    for (const text of [
      '',
      '   \n\n',
      'Source:',
      'https://example.com',
      '\u0000\u200b',
      'Briefings - 0. page',
    ]) {
      expect(() => parse(text)).not.toThrow();
    }
    expect(parse('Source: Xinhua, July 2, 2013').unparsed[0]?.reason).toBe(
      'a citation with no briefing before it',
    );
  });
});
