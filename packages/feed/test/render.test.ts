import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  articles,
  cleanup,
  mount,
  next,
  part,
  parts,
  seedFeed,
  server,
  shadow,
  shown,
  titles,
  untilArticles,
} from './helpers.js';

afterEach(cleanup);

describe('the seed feed', () => {
  it('renders 8 articles with titles, publications, ISO datetimes and safe hrefs', async () => {
    const element = mount({ src: `${server()}/seed.json` });
    const loaded = await next(element, 'briefing-feed-load');
    await untilArticles(element, 8);
    const feed = seedFeed();
    expect(loaded.detail).toMatchObject({
      accepted: 8,
      rejected: 0,
      origin: 'src',
      url: `${server()}/seed.json`,
    });
    expect(titles(element)).toEqual(feed.items.map((item) => item.title));
    const publications = parts(element, 'publication').map((node) => node.textContent);
    expect(publications).toEqual(feed.items.flatMap((item) => item.sources.map((s) => s.publication)));
    const times = parts(element, 'date').map((node) => node.getAttribute('datetime'));
    expect(times).toEqual(feed.items.flatMap((item) => item.sources.map((s) => s.date)));
    expect(parts(element, 'date')[0]?.textContent).toBe('Jan 2, 2026');
    const links = parts<HTMLAnchorElement>(element, 'link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      feed.items.flatMap((item) => item.sources.map((s) => new URL(s.url!).href)),
    );
    for (const link of links) {
      expect(link.rel).toBe('noopener noreferrer');
      expect(link.target).toBe('_blank');
    }
    expect(part(element, 'title')?.textContent).toBe('Briefings');
    const feedNode = part(element, 'feed')!;
    expect(feedNode.getAttribute('role')).toBe('feed');
    expect(feedNode.getAttribute('aria-busy')).toBe('false');
    const list = articles(element);
    expect(list.map((a) => a.getAttribute('aria-posinset'))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ]);
    expect(list[0]?.getAttribute('aria-setsize')).toBe('8');
    const labelledBy = list[0]!.getAttribute('aria-labelledby')!;
    expect(shadow(element).getElementById(labelledBy)?.textContent).toBe(feed.items[0]!.title);
    // Money amounts are marked in the text, nothing converted without a currency.
    expect(parts(element, 'money-text').map((m) => m.textContent)).toEqual(
      feed.items.flatMap((item) => item.money.map((m) => m.text)),
    );
    expect(parts(element, 'money-button')).toHaveLength(0);
    // The paragraphs keep every character of the body.
    expect(parts(element, 'paragraph').map((p) => p.textContent)).toEqual(
      feed.items.flatMap((item) => item.body),
    );
  });

  it('reserves height with a skeleton while loading, then hides it', async () => {
    const element = mount({ src: `${server()}/slow?ms=400` });
    await element.updateComplete;
    expect(shown(part(element, 'skeleton'))).toBe(true);
    expect(part(element, 'feed')?.getAttribute('aria-busy')).toBe('true');
    const reserved = element.getBoundingClientRect().height;
    expect(reserved).toBeGreaterThan(300);
    await untilArticles(element, 8);
    expect(shown(part(element, 'skeleton'))).toBe(false);
    expect(element.getBoundingClientRect().height).toBeGreaterThan(reserved);
  });
});

describe('data sources', () => {
  it('takes the feed property, and it wins over src and inline data', async () => {
    const feed = seedFeed();
    feed.title = 'From the property';
    const element = mount({ src: `${server()}/slow?ms=50&title=From%20src` }, { feed });
    await untilArticles(element, 8);
    expect(part(element, 'title')?.textContent).toBe('From the property');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(part(element, 'title')?.textContent).toBe('From the property');
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const element = document.createElement('briefing-feed');
    const script = document.createElement('script');
    script.type = 'application/json';
    const feed = seedFeed();
    feed.title = 'Inline';
    script.textContent = JSON.stringify(feed);
    element.append(script);
    document.body.append(element);
    try {
      await untilArticles(element, 8);
      expect(part(element, 'title')?.textContent).toBe('Inline');
    } finally {
      element.remove();
    }
  });

  it('inline data that is not JSON: a not-json error naming no URL, and no request', async () => {
    const element = document.createElement('briefing-feed');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"title": "Inline", items: [';
    element.append(script);
    const errors: CustomEvent[] = [];
    const starts: Event[] = [];
    element.addEventListener('briefing-feed-error', (event) => errors.push(event as CustomEvent));
    element.addEventListener('briefing-feed-loadstart', (event) => starts.push(event));
    document.body.append(element);
    try {
      await expect.poll(() => errors.length).toBe(1);
      expect(errors[0]!.detail).toEqual({
        kind: 'not-json',
        message: 'The briefings could not be loaded: the server did not send JSON.',
        issues: [],
        stale: false,
      });
      expect(part(element, 'error-message')?.textContent).toBe(
        'The briefings could not be loaded: the server did not send JSON.',
      );
      expect(starts).toEqual([]);
    } finally {
      element.remove();
    }
  });

  it('shows inline data before fetching src; src then resolves its page links and is what refresh() fetches', async () => {
    // What a server-rendered page carries: the data it rendered, and where that data lives.
    const pageOne = await (await fetch(`${server()}/pages/1.json`)).json();
    pageOne.title = 'Rendered on the server';
    const element = document.createElement('briefing-feed');
    element.setAttribute('src', `${server()}/pages/1.json`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(pageOne);
    element.append(script);
    const fetches: string[] = [];
    element.addEventListener('briefing-feed-loadstart', (event) =>
      fetches.push((event as CustomEvent).detail.url),
    );
    const loaded = next(element, 'briefing-feed-load');
    document.body.append(element);
    try {
      expect((await loaded).detail.origin).toBe('inline');
      await untilArticles(element, 3);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(part(element, 'title')?.textContent).toBe('Rendered on the server');
      expect(fetches).toEqual([]);
      // "Load more" follows page.next ("2.json") from src, not from this test page.
      part<HTMLButtonElement>(element, 'more-button')?.click();
      await untilArticles(element, 6);
      expect(fetches).toEqual([`${server()}/pages/2.json`]);
      element.refresh();
      await expect.poll(() => part(element, 'title')?.textContent).toBe('Paged feed 1');
      expect(fetches).toEqual([`${server()}/pages/2.json`, `${server()}/pages/1.json`]);
    } finally {
      element.remove();
    }
  });

  it('fetches src, and a new src replaces the data', async () => {
    const element = mount({ src: `${server()}/slow?ms=1&title=First` });
    await untilArticles(element, 8);
    expect(part(element, 'title')?.textContent).toBe('First');
    element.src = `${server()}/pages/1.json`;
    await untilArticles(element, 3);
    expect(part(element, 'title')?.textContent).toBe('Paged feed 1');
  });

  it('setting the feed property later replaces what is shown', async () => {
    const element = mount({ src: `${server()}/seed.json` });
    await untilArticles(element, 8);
    const feed = seedFeed();
    feed.items = feed.items.slice(0, 2);
    element.feed = feed;
    await untilArticles(element, 2);
  });
});

describe('an untitled briefing', () => {
  it('names its article by its heading, kept out of sight, and shows its text once', async () => {
    const feed = seedFeed();
    const [titled, untitled] = feed.items;
    untitled!.untitled = true;
    untitled!.title = 'Grain output rose to a record.';
    untitled!.body = ['Grain output rose to a record. Exports fell for a third month.'];
    untitled!.money = [];
    untitled!.quantities = [];
    feed.items = [titled!, untitled!];
    const element = mount({}, { feed });
    await untilArticles(element, 2);
    const [first, second] = articles(element);
    const heading = second!.querySelector('h3')!;
    expect(heading.textContent).toBe('Grain output rose to a record.');
    expect(second!.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(heading.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(first!.querySelector('h3')!.getBoundingClientRect().width).toBeGreaterThan(1);
    expect([...second!.querySelectorAll('[part="paragraph"]')].map((p) => p.textContent)).toEqual([
      'Grain output rose to a record. Exports fell for a third month.',
    ]);
  });
});

describe('limit and paging', () => {
  it('limit caps the articles', async () => {
    const element = mount({ limit: '3' }, { feed: seedFeed() });
    await untilArticles(element, 3);
    expect(parts(element, 'more-button')).toHaveLength(0);
  });

  it('paging="more" with page-size reveals items, then follows page.next', async () => {
    const element = mount({ src: `${server()}/pages/1.json`, 'page-size': '2' });
    await untilArticles(element, 2);
    part<HTMLButtonElement>(element, 'more-button')!.click();
    await untilArticles(element, 3);
    const loaded = next(element, 'briefing-feed-load');
    part<HTMLButtonElement>(element, 'more-button')!.click();
    expect((await loaded).detail.origin).toBe('next-page');
    await untilArticles(element, 5);
    expect(titles(element).slice(2, 5)).toEqual(['Page 1 item 3', 'Page 2 item 1', 'Page 2 item 2']);
  });

  it('paging="more" without page-size appends the next feed page', async () => {
    const element = mount({ src: `${server()}/pages/1.json` });
    await untilArticles(element, 3);
    part<HTMLButtonElement>(element, 'more-button')!.click();
    await untilArticles(element, 6);
    part<HTMLButtonElement>(element, 'more-button')!.click();
    await untilArticles(element, 9);
    expect(part(element, 'more-button')).toBeNull();
    expect(articles(element)[8]?.getAttribute('aria-posinset')).toBe('9');
  });

  it('paging="pages" steps through local pages and the feed pages, both ways', async () => {
    const element = mount({ src: `${server()}/pages/1.json`, paging: 'pages', 'page-size': '2' });
    await untilArticles(element, 2);
    expect(part(element, 'page-status')?.textContent).toBe('Page 1 of 2');
    expect(part<HTMLButtonElement>(element, 'prev-button')?.disabled).toBe(true);
    part<HTMLButtonElement>(element, 'next-button')!.click();
    await untilArticles(element, 1);
    expect(titles(element)).toEqual(['Page 1 item 3']);
    part<HTMLButtonElement>(element, 'next-button')!.click();
    await next(element, 'briefing-feed-load');
    await untilArticles(element, 2);
    expect(titles(element)).toEqual(['Page 2 item 1', 'Page 2 item 2']);
    part<HTMLButtonElement>(element, 'prev-button')!.click();
    await next(element, 'briefing-feed-load');
    await untilArticles(element, 1);
    expect(titles(element)).toEqual(['Page 1 item 3']);
  });

  it('paging="pages" without page-size shows the feed page number', async () => {
    const element = mount({ src: `${server()}/pages/2.json`, paging: 'pages' });
    await untilArticles(element, 3);
    expect(part(element, 'page-status')?.textContent).toBe('Page 2 of 3');
    part<HTMLButtonElement>(element, 'next-button')!.click();
    await next(element, 'briefing-feed-load');
    await untilArticles(element, 3);
    expect(part(element, 'page-status')?.textContent).toBe('Page 3 of 3');
    expect(part<HTMLButtonElement>(element, 'next-button')?.disabled).toBe(true);
  });

  it('paging="none" shows no controls', async () => {
    const element = mount({ src: `${server()}/pages/1.json`, paging: 'none', 'page-size': '1' });
    await untilArticles(element, 3);
    expect(part(element, 'controls')).toBeNull();
  });
});

describe('search', () => {
  const type = async (element: HTMLElement, value: string) => {
    const input = part<HTMLInputElement>(element, 'search-input')!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };

  it('filters by text, by publication and by date, and says how many match', async () => {
    const element = mount({ search: true }, { feed: seedFeed() });
    await untilArticles(element, 8);
    const searched = next(element, 'briefing-feed-search');
    await type(element, 'caviar');
    expect((await searched).detail).toEqual({ query: 'caviar', matches: 1 });
    await untilArticles(element, 1);
    expect(part(element, 'search-status')?.textContent).toBe('1 of 8 briefings');
    await type(element, 'agency news');
    await untilArticles(element, 2);
    await type(element, '"news agency"');
    await untilArticles(element, 2);
    expect(titles(element)[0]).toBe(seedFeed().items[2]!.title);
    await type(element, '2026-01-03');
    await untilArticles(element, 2);
    await type(element, '"Jan 2, 2026"');
    await untilArticles(element, 2);
    await type(element, 'zzqx');
    await untilArticles(element, 0);
    expect(shown(part(element, 'empty'))).toBe(true);
    expect(part(element, 'empty')?.textContent?.trim()).toBe('No briefings match your search.');
    await type(element, '');
    await untilArticles(element, 8);
  });
});

describe('locale and strings', () => {
  it('takes the nearest lang ancestor, formats dates and ships German strings', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'de-DE';
    document.body.append(wrapper);
    try {
      const element = mount({ search: true, 'time-zone': 'Asia/Taipei' }, { feed: seedFeed() }, wrapper);
      await untilArticles(element, 8);
      expect(parts(element, 'date')[0]?.textContent).toBe('02.01.2026');
      expect(part<HTMLInputElement>(element, 'search-input')?.getAttribute('aria-label')).toBe(
        'Kurzmeldungen durchsuchen',
      );
      // generatedAt 08:00Z is 16:00 in Taipei.
      expect(part(element, 'meta')?.textContent).toContain('16:00');
      element.strings = { search: 'Finden' };
      await element.updateComplete;
      expect(part<HTMLInputElement>(element, 'search-input')?.getAttribute('aria-label')).toBe('Finden');
    } finally {
      wrapper.remove();
    }
  });

  it('an empty feed shows the empty state and the empty slot', async () => {
    const feed = seedFeed();
    feed.items = [];
    const element = mount({}, { feed });
    const slotted = document.createElement('p');
    slotted.slot = 'empty';
    slotted.textContent = 'Nothing today';
    element.append(slotted);
    await element.updateComplete;
    expect(shown(part(element, 'empty'))).toBe(true);
    const slot = part(element, 'empty')!.querySelector('slot')!;
    expect(slot.assignedElements()).toEqual([slotted]);
    expect(shown(part(element, 'feed'))).toBe(false);
  });
});

describe('long feeds', () => {
  it('virtualizes 10,000 items: only a window is in the DOM, positions stay right', async () => {
    const feed = seedFeed();
    const base = feed.items[1]!;
    feed.items = Array.from({ length: 10_000 }, (_, i) => ({ ...base, id: `n${i}`, title: `Item ${i + 1}` }));
    const element = mount({ paging: 'none' }, { feed });
    await vi.waitFor(
      async () => {
        await element.updateComplete;
        expect(part(element, 'feed')?.classList.contains('virtual')).toBe(true);
        expect(articles(element).length).toBeGreaterThan(0);
        expect(articles(element).length).toBeLessThan(200);
      },
      { timeout: 8000, interval: 50 },
    );
    const list = articles(element);
    expect(list[0]?.getAttribute('aria-setsize')).toBe('10000');
    expect(list[0]?.getAttribute('aria-posinset')).toBe('1');
  });

  it('small feeds are not virtualized', async () => {
    const element = mount({}, { feed: seedFeed() });
    await untilArticles(element, 8);
    expect(part(element, 'feed')?.classList.contains('virtual')).toBe(false);
  });
});
