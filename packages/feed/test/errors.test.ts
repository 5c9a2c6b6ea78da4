import { afterEach, describe, expect, it } from 'vitest';
import {
  articles,
  cleanup,
  mount,
  next,
  part,
  seedFeed,
  server,
  shown,
  titles,
  untilArticles,
} from './helpers.js';

afterEach(cleanup);

describe('load failures', () => {
  it.each([
    ['404', '/status/404', 'http', 404, 'the server answered 404'],
    ['500', '/status/500', 'http', 500, 'the server answered 500'],
    ['network error', '/network-error', 'network', undefined, 'the network request failed'],
    ['non-JSON', '/not-json', 'not-json', undefined, 'did not send JSON'],
  ])('%s: readable reason, Retry button, error event', async (_name, path, kind, status, words) => {
    const element = mount({ src: `${server()}${path}` });
    const error = await next(element, 'briefing-feed-error');
    await element.updateComplete;
    expect(error.detail.kind).toBe(kind);
    expect(error.detail.status).toBe(status);
    expect(error.detail.stale).toBe(false);
    expect(error.detail.url).toBe(`${server()}${path}`);
    expect(shown(part(element, 'error'))).toBe(true);
    expect(part(element, 'error-message')?.textContent).toContain(words);
    expect(shown(part(element, 'retry-button'))).toBe(true);
    expect(shown(part(element, 'skeleton'))).toBe(false);
    expect(articles(element)).toHaveLength(0);
  });

  it('an invalid feed is explained with the path of each problem', async () => {
    const element = mount({}, { feed: { schemaVersion: 2, title: '', items: 'nope' } });
    const error = await next(element, 'briefing-feed-error');
    await element.updateComplete;
    expect(error.detail.kind).toBe('invalid-feed');
    expect(error.detail.issues.map((issue) => issue.pointer)).toEqual(
      expect.arrayContaining(['/schemaVersion', '/title', '/items', '/generatedAt']),
    );
    expect(part(element, 'error-message')?.textContent).toContain('not a valid briefing feed');
    expect(part(element, 'error')?.textContent).toContain('schemaVersion must be 1');
  });

  it('lenient: valid items render, invalid ones are reported and counted, never silently dropped', async () => {
    const feed = seedFeed() as unknown as { items: Record<string, unknown>[] };
    feed.items[1]!.title = '';
    (feed.items[4]!.sources as Record<string, unknown>[])[0]!.url = 'javascript:alert(1)';
    const element = mount();
    const load = next(element, 'briefing-feed-load');
    const error = next(element, 'briefing-feed-error');
    element.feed = feed;
    expect((await load).detail).toMatchObject({ accepted: 6, rejected: 2 });
    const detail = (await error).detail;
    expect(detail.kind).toBe('invalid-items');
    expect(detail.issues.map((issue) => issue.pointer)).toEqual(['/items/1/title', '/items/4/sources/0/url']);
    await untilArticles(element, 6);
    expect(part(element, 'notice')?.textContent).toContain('2 briefing(s) in this feed could not be shown');
    expect(part(element, 'notice')?.textContent).toContain('items[4].sources[0].url');
    expect(titles(element)).not.toContain(seedFeed().items[1]!.title);
  });
});

describe('races, retry and stale data', () => {
  it('a newer src wins over a slower older one', async () => {
    const element = mount({ src: `${server()}/slow?ms=800&title=Old` });
    await element.updateComplete;
    let loads = 0;
    element.addEventListener('briefing-feed-load', () => loads++);
    element.src = `${server()}/slow?ms=10&title=New`;
    await untilArticles(element, 8);
    expect(part(element, 'title')?.textContent).toBe('New');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(part(element, 'title')?.textContent).toBe('New');
    expect(loads).toBe(1);
  });

  it('Retry recovers after a failure', async () => {
    const element = mount({ src: `${server()}/sequence/retry-${Math.random()}?codes=500,200` });
    await next(element, 'briefing-feed-error');
    await element.updateComplete;
    const loaded = next(element, 'briefing-feed-load');
    part<HTMLButtonElement>(element, 'retry-button')!.click();
    await loaded;
    await untilArticles(element, 8);
    expect(shown(part(element, 'error'))).toBe(false);
  });

  it('a failed refresh keeps the last good items and offers Retry', async () => {
    const element = mount({ src: `${server()}/sequence/refresh-${Math.random()}?codes=200,503,200` });
    await untilArticles(element, 8);
    const error = next(element, 'briefing-feed-error');
    element.refresh();
    expect((await error).detail).toMatchObject({ kind: 'http', status: 503, stale: true });
    await element.updateComplete;
    expect(articles(element)).toHaveLength(8);
    expect(shown(part(element, 'error'))).toBe(false);
    const notice = part(element, 'notice')!;
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('showing the last briefings');
    const loaded = next(element, 'briefing-feed-load');
    notice.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await loaded;
    await element.updateComplete;
    expect(part(element, 'notice')).toBeNull();
    expect(articles(element)).toHaveLength(8);
  });

  it('a failed next page keeps the items and the button', async () => {
    const feed = seedFeed();
    feed.page = { number: 1, next: `${server()}/status/500` };
    const element = mount({}, { feed });
    await untilArticles(element, 8);
    const error = next(element, 'briefing-feed-error');
    part<HTMLButtonElement>(element, 'more-button')!.click();
    expect((await error).detail).toMatchObject({ kind: 'http', stale: true });
    await element.updateComplete;
    expect(articles(element)).toHaveLength(8);
    expect(part<HTMLButtonElement>(element, 'more-button')?.disabled).toBe(false);
  });
});
