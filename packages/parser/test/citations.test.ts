import { validateBriefing, validateFeed } from '@briefing/schema';
import { describe, expect, it } from 'vitest';
import {
  canonicalizeUrl,
  lookupPublication,
  PUBLICATIONS,
  parseCitation,
  parseDate,
  parsePage,
  publicationForHost,
  toFeed,
  urlDate,
} from '../src/index.js';
import { accountedCharacters, nonWhitespace } from './helpers.js';

function parse(text: string, options: Parameters<typeof parsePage>[1] = {}) {
  const result = parsePage(text, options);
  expect(accountedCharacters(result)).toBe(nonWhitespace(text));
  expect(validateFeed(toFeed(result, { generatedAt: '2026-01-05T08:00:00Z' })).issues).toEqual([]);
  return result;
}

const body = `Beijing Pledges Support for Grain Farmers

The State Council said subsidies for grain farmers would rise this year, according to the report.`;

describe('citation variants on a page', () => {
  it('reads a Sources: list of several outlets, each with its own URL', () => {
    const r = parse(`${body}

Sources:
1. Xinhua, July 22, 2013
http://news.xinhuanet.com/english/china/2013-07/22/c_132562134.htm
2. Global Times, July 23, 2013
http://www.globaltimes.cn/content/798465.shtml
3. "Grain output hits record," China Daily, July 23, 2013
http://www.chinadaily.com.cn/china/2013-07/23/content_16812345.htm`);
    const sources = r.items[0]!.sources;
    expect(sources.map((s) => s.publication)).toEqual(['Xinhua', 'Global Times', 'China Daily']);
    expect(sources.map((s) => s.date)).toEqual(['2013-07-22', '2013-07-23', '2013-07-23']);
    expect(sources[0]!.raw).toBe(
      'Sources:\n1. Xinhua, July 22, 2013\nhttp://news.xinhuanet.com/english/china/2013-07/22/c_132562134.htm',
    );
    expect(sources[0]!.checks).toMatchObject({
      urlMatchesPublication: true,
      urlDate: '2013-07-22',
      urlDateMatches: true,
    });
    expect(sources[2]!.title).toBe('Grain output hits record');
    expect(r.items[0]!.id).toBe('news.xinhuanet.com:c_132562134');
  });

  it('reads Source:X without a space, and a quoted article title before the outlet', () => {
    const r = parse(
      `${body}\n\nSource:Xinhua, July 22, 2013\n\n${body.replace('Beijing', 'Ministry')}\n\nSource: "China to raise grain purchase prices," Xinhua, July 22, 2013.`,
    );
    expect(r.items[0]!.sources[0]).toMatchObject({ publication: 'Xinhua', date: '2013-07-22' });
    expect(r.items[1]!.sources[0]).toMatchObject({
      publication: 'Xinhua',
      title: 'China to raise grain purchase prices',
      date: '2013-07-22',
    });
  });

  it('reads a publication with no date, and a citation with no URL', () => {
    const r = parse(`${body}\n\nSource: Caixin`);
    const c = r.items[0]!.sources[0]!;
    expect(c).toMatchObject({ publication: 'Caixin', country: 'CN' });
    expect(c.date).toBeUndefined();
    expect(c.url).toBeUndefined();
    expect(c.notes).toContain('no date in the citation');
  });

  it('keeps extra words before the comma as a note', () => {
    const r = parse(`${body}\n\nSource: Global Times reprinted on Sina, November 7, 2013`);
    const c = r.items[0]!.sources[0]!;
    expect(c).toMatchObject({ publication: 'Global Times', date: '2013-11-07' });
    expect(c.notes).toContain('words after the publication name: "reprinted on Sina"');
  });

  it('reports an empty publication but keeps the date', () => {
    const r = parse(`${body}\n\nSource:, November 7, 2013`);
    const c = r.items[0]!.sources[0]!;
    expect(c.publication).toBeUndefined();
    expect(c.date).toBe('2013-11-07');
    expect(r.issues.map((i) => i.code)).toContain('empty-publication');
  });

  it('reads a bare outlet and date line followed by a URL, with no Source: keyword', () => {
    const r = parse(
      `${body}\n\nSouth China Morning Post, March 3, 2025\nhttps://www.scmp.com/news/china/politics/article/3300971/beijing-grain?utm_source=twitter&utm_medium=social`,
    );
    const c = r.items[0]!.sources[0]!;
    expect(c).toMatchObject({
      publication: 'South China Morning Post',
      date: '2025-03-03',
      url: 'https://www.scmp.com/news/china/politics/article/3300971/beijing-grain',
      originalUrl:
        'https://www.scmp.com/news/china/politics/article/3300971/beijing-grain?utm_source=twitter&utm_medium=social',
      country: 'HK',
    });
    expect(r.items[0]!.body).toHaveLength(1);
  });

  it('reads an inline parenthetical citation at the end of the last paragraph', () => {
    const r = parse(`Chinese Steel Tariffs Bite in the Midwest

Steelworkers in Gary, Indiana, say orders have fallen since the tariffs took effect. (Chicago Tribune, 4 March 2018)

Second Briefing Title

More text here.

Source: Reuters, March 5, 2018`);
    expect(r.items).toHaveLength(2);
    expect(r.items[0]!.body).toEqual([
      'Steelworkers in Gary, Indiana, say orders have fallen since the tariffs took effect.',
    ]);
    expect(r.items[0]!.sources[0]).toMatchObject({
      publication: 'Chicago Tribune',
      date: '2018-03-04',
      raw: '(Chicago Tribune, 4 March 2018)',
    });
  });

  it('reads a date after a spaced dash, the last dash when the name holds one', () => {
    const dated = (line: string) => {
      const c = parseCitation(line).citation;
      return [c.publication, c.date ?? null];
    };
    expect(dated('Source: Reuters - Dec 3, 2025')).toEqual(['Reuters', '2025-12-03']);
    expect(dated('Source: EurekAlert! - Medicine and Health - May 25, 2020')).toEqual([
      'EurekAlert! - Medicine and Health',
      '2020-05-25',
    ]);
    // No date after the dash: the dash stays in the name's words.
    expect(dated('Source: Hindustan Times - Delhi')).toEqual(['Hindustan Times', null]);
  });

  it('fills a year-less date from the context year, and says so', () => {
    const r = parse(`${body}\n\nSource: Reuters, Nov. 22`, { year: 2025 });
    const c = r.items[0]!.sources[0]!;
    expect(c.date).toBe('2025-11-22');
    expect(c.notes).toContain('year 2025 taken from context ("Nov. 22")');
  });

  it('reports a truncated date and never guesses the year', () => {
    const r = parse(
      `${body}\n\nSource: Xinhua, December 3, 202\nhttp://www.xinhuanet.com/politics/2023-12/03/c_1130000000.htm`,
    );
    const c = r.items[0]!.sources[0]!;
    expect(c.date).toBeUndefined();
    expect(c.publication).toBe('Xinhua');
    expect(r.issues).toContainEqual(expect.objectContaining({ code: 'truncated-date', item: 0 }));
  });
});

describe('parseCitation', () => {
  it('names the qualifier and the canonical outlet', () => {
    const { citation } = parseCitation('Source: Central News Agency (Taiwan), December 20, 2025');
    expect(citation).toMatchObject({
      publication: 'Central News Agency',
      qualifier: 'Taiwan',
      country: 'TW',
    });
    expect(parseCitation('Source: People’s Daily, January 3, 2026').citation.publication).toBe(
      "People's Daily",
    );
    expect(parseCitation('Source: People Daily, January 3, 2026').citation.publication).toBe(
      "People's Daily",
    );
  });

  it('reads credits labelled and dated in Chinese and Japanese', () => {
    expect(parseCitation('來源：中央社 2025年12月20日').citation).toMatchObject({
      publication: 'Central News Agency',
      date: '2025-12-20',
    });
    expect(parseCitation('（资料来源：新华社）').citation).toMatchObject({ publication: 'Xinhua' });
    expect(parseCitation('出典：共同通信，2024年3月1日').citation).toMatchObject({
      publication: '共同通信',
      date: '2024-03-01',
    });
  });

  it('flags an aggregator host and a generic shortener', () => {
    const guancha = parseCitation(
      'Source: Guancha, January 3, 2026\nhttps://www.toutiao.com/article/7590933838105248282',
    );
    expect(guancha.citation.checks).toEqual({
      host: 'toutiao.com',
      urlMatchesPublication: false,
      aggregator: 'Toutiao',
    });
    expect(guancha.issues.map((i) => i.code)).toEqual(['url-host-mismatch']);
    const bitly = parseCitation('Source: Reuters, May 2, 2024\nhttps://bit.ly/3xYzAbC');
    expect(bitly.citation.checks).toMatchObject({ urlMatchesPublication: false, aggregator: 'Bitly' });
    const rfi = parseCitation('Source: RFI, January 2, 2026\nhttps://rfi.my/CJgd');
    expect(rfi.citation).toMatchObject({
      publication: 'Radio France International',
      checks: { urlMatchesPublication: true },
    });
  });

  it('finds no shortener or outlet under a host named like an object property', () => {
    for (const host of ['constructor', 'tostring', '__proto__', 'hasownproperty']) {
      const { citation } = parseCitation(`Source: Xinhua, July 22, 2013\nhttp://${host}/a/b`);
      expect(citation.checks?.aggregator, host).toBeUndefined();
      expect(citation.checks?.urlMatchesPublication, host).toBe(false);
      const briefing = {
        id: 'x',
        title: 't',
        body: ['b'],
        sources: [citation],
        language: 'en',
        money: [],
        quantities: [],
      };
      expect(validateBriefing(briefing).issues, host).toEqual([]);
    }
  });

  it('checks the date in the URL against the cited one', () => {
    const off = parseCitation(
      'Source: Lianhe Zaobao, January 3, 2026\nhttps://www.zaobao.com.sg/finance/china/story20260102-8044089',
    );
    expect(off.citation.checks).toMatchObject({ urlDate: '2026-01-02', urlDateMatches: false });
    expect(off.citation.notes).toContain('the URL date is one day off the cited date (time zones?)');
    expect(off.issues.map((i) => i.code)).toContain('url-date-mismatch');
  });

  it('takes the URL from an HTML link when none is written', () => {
    const { citation } = parseCitation('Source: Taipei Times, May 1, 2025', {
      links: ['https://www.taipeitimes.com/News/taiwan/archives/2025/05/01/2003836173'],
    });
    expect(citation.checks).toMatchObject({
      urlMatchesPublication: true,
      urlDate: '2025-05-01',
      urlDateMatches: true,
    });
  });

  it('infers the publication from the URL host when the line names none', () => {
    const { citation } = parseCitation('https://www.rfa.org/mandarin/yataibaodao/2025/06/02/china-story/');
    expect(citation).toMatchObject({ publication: 'Radio Free Asia', country: 'US' });
    expect(citation.notes).toContain('publication inferred from the URL host rfa.org');
  });
});

describe('parseDate', () => {
  const cases: [string, string][] = [
    ['January 2, 2026', '2026-01-02'],
    ['March 07, 2011', '2011-03-07'],
    ['2 January 2026', '2026-01-02'],
    ['Tuesday, 20 January 2015', '2015-01-20'],
    ['Tuesday, January 20, 2015', '2015-01-20'],
    ['Jan. 2, 2026', '2026-01-02'],
    ['Sept. 30, 2024', '2024-09-30'],
    ['2019-04-10', '2019-04-10'],
    ['2019/04/10', '2019-04-10'],
    ['January 2, 2026 01:36', '2026-01-02'],
    ['2 January 2026, 10:15 AEST', '2026-01-02'],
    // The long date of Chinese, Japanese and Korean, with a weekday or a time after it.
    ['2026年2月8日', '2026-02-08'],
    ['2020年9月28日（一）', '2020-09-28'],
    ['2023年1月15日(日)', '2023-01-15'],
    ['2026년 2월 8일', '2026-02-08'],
    ['2020年9月28日 7:30', '2020-09-28'],
    ['January 2, 2026 UTC', '2026-01-02'],
    ['2019-04-10T08:00:00Z', '2019-04-10'],
    ['March 3, 2025, 6:30 p.m. EST', '2025-03-03'],
  ];
  it.each(cases)('reads %s', (text, iso) => {
    const d = parseDate(text);
    expect(d).toMatchObject({ ok: true, date: iso, yearInferred: false });
  });

  it('keeps the time as written', () => {
    expect(parseDate('2 January 2026, 10:15 AEST')).toMatchObject({ time: '10:15 AEST' });
  });

  it('needs a context year for Nov. 22, and flags it', () => {
    expect(parseDate('Nov. 22')).toMatchObject({ ok: false, code: 'no-year' });
    expect(parseDate('Nov. 22', { year: 2025 })).toEqual({
      ok: true,
      date: '2025-11-22',
      yearInferred: true,
    });
  });

  it('rejects truncated and impossible dates instead of guessing', () => {
    expect(parseDate('December 3, 202')).toMatchObject({ ok: false, code: 'truncated' });
    expect(parseDate('February 30, 2024')).toMatchObject({ ok: false, code: 'invalid' });
    expect(parseDate('February 29, 2024')).toMatchObject({ ok: true, date: '2024-02-29' });
    expect(parseDate('Xinhua')).toMatchObject({ ok: false, code: 'not-a-date' });
  });
});

describe('URLs', () => {
  it('canonicalizes scheme and host case and drops tracking parameters, keeping the original', () => {
    const c = canonicalizeUrl(
      'HTTPS://WWW.Reuters.com:443/world/china/story-2025-01-02/?utm_source=x&id=7&fbclid=abc',
    );
    expect(c).toEqual({
      url: 'https://www.reuters.com/world/china/story-2025-01-02/?id=7',
      original: 'HTTPS://WWW.Reuters.com:443/world/china/story-2025-01-02/?utm_source=x&id=7&fbclid=abc',
      host: 'reuters.com',
      changed: true,
    });
    expect(canonicalizeUrl('https://rfi.my/CJgd')).toMatchObject({ changed: false });
    expect(canonicalizeUrl('https://example.com/a?utm_medium=x')?.url).toBe('https://example.com/a');
    expect(canonicalizeUrl('javascript:alert(1)')).toBeUndefined();
    expect(canonicalizeUrl('ftp://example.com/file')).toBeUndefined();
    expect(canonicalizeUrl('(https://example.com/a).')?.original).toBe('https://example.com/a');
  });

  it.each([
    ['https://www.cna.com.tw/news/acn/202512200196.aspx', '2025-12-20'],
    ['https://www.zaobao.com.sg/finance/china/story20260102-8044089', '2026-01-02'],
    ['https://www.epochtimes.com/b5/25/12/23/n14660760.htm', '2025-12-23'],
    ['https://www.guancha.cn/Neil/2025_12_29_801980.shtml', '2025-12-29'],
    ['https://paper.people.com.cn/rmrb/pc/content/202601/03/content_30128998.html', '2026-01-03'],
    ['https://www.reuters.com/world/china/2025/06/02/x/', '2025-06-02'],
  ])('finds the date in %s', (url, iso) => {
    expect(urlDate(url)).toBe(iso);
  });

  it('finds no date where there is none', () => {
    expect(urlDate('https://www.toutiao.com/article/7590933838105248282')).toBeUndefined();
    expect(urlDate('https://rfi.my/CJgd')).toBeUndefined();
  });
});

describe('the publication table', () => {
  it('covers at least 60 outlets with domains, country and unique names', () => {
    expect(PUBLICATIONS.length).toBeGreaterThanOrEqual(60);
    const names = new Set(PUBLICATIONS.map((p) => p.name));
    expect(names.size).toBe(PUBLICATIONS.length);
    for (const p of PUBLICATIONS) {
      expect(p.domains.length).toBeGreaterThan(0);
      expect(p.country).toMatch(/^[A-Z]{2}$/);
    }
    for (const name of [
      'Xinhua',
      "People's Daily",
      'Global Times',
      'China Daily',
      'CCTV',
      'CGTN',
      'Caixin',
      'The Paper',
      'Guancha',
      'Sina',
      'Sohu',
      'NetEase',
      'Tencent',
      'Toutiao',
      'Qiushi',
      'PLA Daily',
      'Lianhe Zaobao',
      'Ming Pao',
      'SCMP',
      'HK01',
      'Central News Agency',
      'Focus Taiwan',
      'Taipei Times',
      'Liberty Times',
      'United Daily News',
      'Epoch Times',
      'NTD',
      'Radio Free Asia',
      'Voice of America',
      'Radio France International',
      'BBC',
      'Deutsche Welle',
      'NHK',
      'Kyodo',
      'Nikkei',
      'Reuters',
      'AP',
      'AFP',
      'Bloomberg',
      'WSJ',
      'NYT',
      'Financial Times',
    ]) {
      expect(lookupPublication(name), name).toBeDefined();
    }
  });

  it('maps hosts to outlets, the longest domain first', () => {
    expect(publicationForHost('mp.weixin.qq.com')?.name).toBe('WeChat');
    expect(publicationForHost('news.qq.com')?.name).toBe('Tencent');
    expect(publicationForHost('paper.people.com.cn')?.name).toBe("People's Daily");
    expect(publicationForHost('example.org')).toBeUndefined();
  });
});

describe('slashed dates in the order of the outlet’s country', () => {
  it.each([
    ['South China Morning Post, 9/01/2025', '2025-01-09'],
    ['Reuters, 9/01/2025', '2025-01-09'],
    ['CNN, 9/01/2025', '2025-09-01'],
    ['Unknown Gazette, 20/01/2025', '2025-01-20'],
    ['Unknown Gazette, 01/20/2025', '2025-01-20'],
    ['Unknown Gazette, 9/01/2025', undefined],
  ])('%s', (text, date) => {
    expect(parseCitation(text).citation.date).toBe(date);
  });
});
