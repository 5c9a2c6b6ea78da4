import { readFileSync } from 'node:fs';
import { validateFeed } from '@briefing/schema';
import { describe, expect, it } from 'vitest';
import { parsePage, toFeed } from '../src/index.js';
import { accountedCharacters, nonWhitespace } from './helpers.js';

const seedPath = new URL('./fixtures/000_1eb645631e89ee3f.txt', import.meta.url);
const seed = readFileSync(seedPath, 'utf8');

const expected = [
  {
    title: 'China Becomes World’s Leading Caviar Exporter as Luxury Delicacy Goes East',
    publication: 'Radio France International',
    date: '2026-01-02',
    url: 'https://rfi.my/CJgd',
    paragraphs: 6,
    id: 'rfi.my:CJgd',
  },
  {
    title:
      'Leaked Report: CCP Shifts From Mass Messaging to Targeting Influential Overseas Social Media Accounts',
    publication: 'Epoch Times',
    date: '2025-12-23',
    url: 'https://www.epochtimes.com/b5/25/12/23/n14660760.htm',
    paragraphs: 3,
    id: 'epochtimes.com:n14660760',
  },
  {
    title: 'Audio Reveals Alleged PLA Effort to Buy Overseas Opinion Leaders',
    publication: 'Central News Agency',
    qualifier: 'Taiwan',
    date: '2025-12-20',
    url: 'https://www.cna.com.tw/news/acn/202512200196.aspx',
    paragraphs: 3,
    id: 'cna.com.tw:202512200196',
  },
  {
    title: 'China Accelerates Africa’s Digital Transformation Through Infrastructure and Innovation',
    publication: "People's Daily",
    date: '2026-01-03',
    url: 'https://paper.people.com.cn/rmrb/pc/content/202601/03/content_30128998.html',
    paragraphs: 4,
    id: 'paper.people.com.cn:content_30128998',
  },
  {
    title: 'China Heightens Silver Export Controls in Line with Rare Earth Standards',
    publication: 'Lianhe Zaobao',
    date: '2026-01-02',
    url: 'https://www.zaobao.com.sg/finance/china/story20260102-8044089',
    paragraphs: 4,
    id: 'zaobao.com.sg:story20260102-8044089',
  },
  {
    title:
      'Trump Issues Executive Order for “Companies with Ties to China” to Divest Their U.S.-related Semiconductor Chip Assets',
    publication: 'Guancha',
    date: '2026-01-03',
    url: 'https://www.toutiao.com/article/7590933838105248282',
    paragraphs: 4,
    id: 'toutiao.com:7590933838105248282',
  },
  {
    title: 'China’s Railway Investment Reaches Record High Despite Mounting Debt Concerns',
    publication: 'Central News Agency',
    qualifier: 'Taiwan',
    date: '2026-01-04',
    url: 'https://www.cna.com.tw/news/acn/202601040175.aspx',
    paragraphs: 4,
    id: 'cna.com.tw:202601040175',
  },
  {
    title: 'Chinese Media: The American “Kill Line” as Proof of the Superiority of China’s System',
    publication: 'Guancha',
    date: '2025-12-29',
    url: 'https://www.guancha.cn/Neil/2025_12_29_801980.shtml',
    paragraphs: 4,
    id: 'guancha.cn:2025_12_29_801980',
  },
];

describe('the seed page, exactly', () => {
  const result = parsePage(seed);

  it('reads the listing header and the chrome', () => {
    expect(result.page.title).toBe('Briefings');
    expect(result.page.number).toBe(2);
    expect(result.page.chrome).toEqual(['Skip to content']);
    expect(result.unparsed).toEqual([]);
  });

  it('finds the 8 briefings with their titles, sources, dates, URLs and paragraph counts', () => {
    expect(result.items).toHaveLength(8);
    result.items.forEach((item, i) => {
      const want = expected[i]!;
      expect(item.title).toBe(want.title);
      expect(item.id).toBe(want.id);
      expect(item.body).toHaveLength(want.paragraphs);
      expect(item.incomplete).toBeUndefined();
      expect(item.language).toBe('en');
      expect(item.sources).toHaveLength(1);
      const c = item.sources[0]!;
      expect(c.publication).toBe(want.publication);
      expect(c.qualifier).toBe(want.qualifier);
      expect(c.date).toBe(want.date);
      expect(c.url).toBe(want.url);
      expect(c.originalUrl).toBeUndefined();
      expect(c.raw).toBe(
        `Source: ${
          want.publication === "People's Daily"
            ? 'People’s Daily'
            : want.qualifier
              ? `${want.publication} (${want.qualifier})`
              : want.publication
        }, ${new Date(`${want.date}T00:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}\n${want.url}`,
      );
    });
  });

  it('flags Guancha on toutiao.com as an aggregator link, and checks the dates in the URLs', () => {
    const guancha = result.items[5]!.sources[0]!;
    expect(guancha.checks).toMatchObject({
      host: 'toutiao.com',
      urlMatchesPublication: false,
      aggregator: 'Toutiao',
    });
    expect(result.issues).toEqual([
      expect.objectContaining({ item: 5, code: 'url-host-mismatch', line: 80 }),
    ]);
    expect(result.items[0]!.sources[0]!.checks).toMatchObject({
      host: 'rfi.my',
      urlMatchesPublication: true,
    });
    const urlDates = result.items.map((item) => item.sources[0]!.checks?.urlDate);
    expect(urlDates).toEqual([
      undefined,
      '2025-12-23',
      '2025-12-20',
      '2026-01-03',
      '2026-01-02',
      undefined,
      '2026-01-04',
      '2025-12-29',
    ]);
    for (const item of result.items) {
      const checks = item.sources[0]!.checks!;
      if (checks.urlDate) expect(checks.urlDateMatches).toBe(true);
    }
  });

  it('keeps paragraphs exactly as written', () => {
    expect(result.items[0]!.body[0]).toBe(
      'Chinese-produced caviar is making significant inroads into the luxury food market, with China now the world’s largest exporter of this premium ingredient. According to a year-end report by French news radio Franceinfo, large-scale sturgeon farms in China continue to expand rapidly.',
    );
    expect(result.items[7]!.body.at(-1)).toMatch(/^Neil further contends .* to those at the top\.$/);
  });

  it('loses no character and makes a valid feed', () => {
    expect(accountedCharacters(result)).toBe(nonWhitespace(seed));
    const feed = toFeed(result, { generatedAt: '2026-01-05T08:00:00Z' });
    expect(feed.page).toEqual({ number: 2 });
    expect(feed.title).toBe('Briefings');
    const v = validateFeed(feed);
    expect(v.issues).toEqual([]);
    expect(v.ok).toBe(true);
  });

  it('matches the hand-made seed feed on ids, titles, bodies and citations', () => {
    const seedFeed = JSON.parse(
      readFileSync(new URL('../../schema/fixtures/should-pass/seed-feed.json', import.meta.url), 'utf8'),
    ) as { items: { id: string; title: string; body: string[]; sources: Record<string, unknown>[] }[] };
    result.items.forEach((item, i) => {
      const hand = seedFeed.items[i]!;
      expect(item.id).toBe(hand.id);
      expect(item.title).toBe(hand.title);
      expect(item.body).toEqual(hand.body);
      expect(item.sources[0]).toMatchObject(hand.sources[0]!);
    });
  });
});
