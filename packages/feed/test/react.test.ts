import { createElement, createRef } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { BriefingFeed as FeedData } from '@briefing/schema';
import {
  BriefingFeed,
  BriefingFeedElement,
  type BriefingFeedErrorEvent,
  type BriefingFeedLoadEvent,
  type BriefingFeedProps,
} from '../src/react.js';
// Not ./helpers.js: it imports the define entry, and this file checks that the React entry registers the tag itself.
import seedJson from '@briefing/schema/fixtures/should-pass/seed-feed.json';

const seedFeed = (): FeedData => structuredClone(seedJson) as FeedData;
const inShadow = (element: HTMLElement, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const titles = (element: HTMLElement) => inShadow(element, 'article h3').map((title) => title.textContent);

async function untilArticles(element: BriefingFeedElement, count: number): Promise<void> {
  await vi.waitFor(
    async () => {
      await element.updateComplete;
      expect(inShadow(element, 'article')).toHaveLength(count);
    },
    { timeout: 8000, interval: 20 },
  );
}

let root: Root | undefined;
let container: HTMLElement | undefined;

afterEach(() => {
  root?.unmount();
  container?.remove();
  root = container = undefined;
});

function render(element: ReturnType<typeof createElement>): void {
  container ??= document.body.appendChild(document.createElement('div'));
  root ??= createRoot(container);
  // flushSync commits now, so the layout effects that set the element's properties have run on return.
  flushSync(() => root!.render(element));
}

describe('@briefing/feed/react', () => {
  it('renders the feed from props, reports load events and follows a new feed prop', async () => {
    const seed = seedFeed();
    const onLoad = vi.fn<(event: BriefingFeedLoadEvent) => void>();
    const ref = createRef<BriefingFeedElement>();
    render(createElement(BriefingFeed, { ref, feed: seed, currency: 'EUR', onBriefingFeedLoad: onLoad }));

    const element = ref.current!;
    expect(customElements.get('briefing-feed')).toBe(BriefingFeedElement);
    expect(element).toBeInstanceOf(BriefingFeedElement);
    // Objects go in as properties, never as "[object Object]" attributes.
    expect(element.feed).toBe(seed);
    expect(element.hasAttribute('feed')).toBe(false);
    expect(element.currency).toBe('EUR');
    await untilArticles(element, 8);
    expect(titles(element)).toEqual(seed.items.map((item) => item.title));
    expect(onLoad).toHaveBeenCalledTimes(1);
    expect(onLoad.mock.calls[0]![0].detail).toMatchObject({ accepted: 8, rejected: 0, origin: 'property' });
    // The currency prop reached the element: every amount gets converted.
    await vi.waitFor(
      () => {
        const chips = inShadow(element, '[part~="money-button"]');
        expect(chips).toHaveLength(8);
        for (const chip of chips) expect(chip.textContent).not.toContain('…');
      },
      { timeout: 8000, interval: 20 },
    );

    const shorter = seedFeed();
    shorter.title = 'Three briefings';
    shorter.items = shorter.items.slice(5);
    render(createElement(BriefingFeed, { ref, feed: shorter, currency: 'EUR', onBriefingFeedLoad: onLoad }));
    expect(ref.current).toBe(element);
    await untilArticles(element, 3);
    expect(titles(element)).toEqual(shorter.items.map((item) => item.title));
    expect(element.shadowRoot!.querySelector('[part~="title"]')?.textContent).toBe('Three briefings');
    await vi.waitFor(() => expect(onLoad).toHaveBeenCalledTimes(2));
    expect(onLoad.mock.calls[1]![0].detail).toMatchObject({ accepted: 3, origin: 'property' });

    root!.unmount();
    root = undefined;
    expect(container!.querySelector('briefing-feed')).toBeNull();
    expect(ref.current).toBeNull();
    expect(element.isConnected).toBe(false);
  });

  it('adds, swaps and removes event listeners as the handler props change', async () => {
    const first = vi.fn();
    const second = vi.fn();
    const ref = createRef<BriefingFeedElement>();
    render(createElement(BriefingFeed, { ref, feed: seedFeed(), onBriefingFeedLoad: first }));
    await vi.waitFor(() => expect(first).toHaveBeenCalledTimes(1));

    render(createElement(BriefingFeed, { ref, feed: seedFeed(), onBriefingFeedLoad: second }));
    await vi.waitFor(() => expect(second).toHaveBeenCalledTimes(1));
    expect(first).toHaveBeenCalledTimes(1);

    // Without the handler prop, a new load reaches nobody.
    const after = vi.fn();
    ref.current!.addEventListener('briefing-feed-load', after);
    render(createElement(BriefingFeed, { ref, feed: seedFeed() }));
    await vi.waitFor(() => expect(after).toHaveBeenCalledTimes(1));
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('types each handler with its event detail', () => {
    expectTypeOf<BriefingFeedProps['onBriefingFeedLoad']>().toEqualTypeOf<
      ((event: BriefingFeedLoadEvent) => void) | undefined
    >();
    expectTypeOf<BriefingFeedProps['onBriefingFeedError']>().toEqualTypeOf<
      ((event: BriefingFeedErrorEvent) => void) | undefined
    >();
    expectTypeOf<BriefingFeedProps['feed']>().toEqualTypeOf<unknown>();
  });

  it('keeps its registration when the define entry loads too', async () => {
    const { defineBriefingFeed } = await import('../src/define.js');
    expect(() => defineBriefingFeed()).not.toThrow();
    expect(customElements.get('briefing-feed')).toBe(BriefingFeedElement);
  });
});
