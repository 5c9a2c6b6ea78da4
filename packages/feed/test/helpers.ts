import type { BriefingFeed } from '@briefing/schema';
import { inject, vi } from 'vitest';
import '../src/define.js';
import type { BriefingFeedElement } from '../src/index.js';
import seedJson from '@briefing/schema/fixtures/should-pass/seed-feed.json';

export const server = (): string => inject('serverUrl');

/** A fresh deep copy of the seed feed (8 items). */
export const seedFeed = (): BriefingFeed => structuredClone(seedJson) as BriefingFeed;

const mounted: HTMLElement[] = [];

/** Creates a `<briefing-feed>` with attributes (and optional properties), attached to the page. */
export function mount(
  attributes: Record<string, string | true> = {},
  properties: Partial<Record<keyof BriefingFeedElement, unknown>> = {},
  container: HTMLElement = document.body,
): BriefingFeedElement {
  const element = document.createElement('briefing-feed');
  for (const [name, value] of Object.entries(attributes))
    element.setAttribute(name, value === true ? '' : value);
  Object.assign(element, properties);
  container.append(element);
  mounted.push(element);
  return element;
}

export function cleanup(): void {
  for (const element of mounted.splice(0)) element.remove();
}

export const shadow = (element: HTMLElement): ShadowRoot => {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
};

export const articles = (element: HTMLElement) => [...shadow(element).querySelectorAll('article')];
export const titles = (element: HTMLElement) =>
  articles(element).map((article) => article.querySelector('h3')?.textContent ?? '');
export const part = <T extends Element = HTMLElement>(element: HTMLElement, name: string) =>
  shadow(element).querySelector<T>(`[part~="${name}"]`);
export const parts = <T extends Element = HTMLElement>(element: HTMLElement, name: string) => [
  ...shadow(element).querySelectorAll<T>(`[part~="${name}"]`),
];
/** Visible: not inside a `hidden` ancestor in the shadow tree. */
export const shown = (node: Element | null): boolean => !!node && !node.closest('[hidden]');

/** Waits for a `briefing-feed-*` event. */
export function next<K extends keyof GlobalEventHandlersEventMap>(
  element: HTMLElement,
  type: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => element.addEventListener(type, resolve, { once: true }));
}

/** Resolves once the element shows `count` articles. */
export async function untilArticles(element: BriefingFeedElement, count: number): Promise<void> {
  await vi.waitFor(
    async () => {
      await element.updateComplete;
      if (articles(element).length !== count)
        throw new Error(`expected ${count} articles, got ${articles(element).length}`);
    },
    { timeout: 8000, interval: 20 },
  );
}

/** Resolves once every money chip shows a value (rates answered). */
export async function untilConverted(element: BriefingFeedElement): Promise<HTMLButtonElement[]> {
  let chips: HTMLButtonElement[] = [];
  await vi.waitFor(
    async () => {
      await element.updateComplete;
      chips = parts<HTMLButtonElement>(element, 'money-button');
      if (chips.length === 0 || chips.some((chip) => chip.textContent?.includes('…')))
        throw new Error('converting');
    },
    { timeout: 8000, interval: 20 },
  );
  return chips;
}

/**
 * Resolves once the open popover shows the conversion details: they come with the conversions module
 * (src/money-converter.ts), which may still be loading when a chip is clicked.
 */
export async function untilDetails(element: BriefingFeedElement): Promise<HTMLElement> {
  let popover: HTMLElement | null = null;
  await vi.waitFor(
    async () => {
      await element.updateComplete;
      popover = element.shadowRoot!.querySelector<HTMLElement>('[part="popover"]');
      if (!popover?.querySelector('dl')) throw new Error('no details yet');
    },
    { timeout: 8000, interval: 20 },
  );
  return popover!;
}
