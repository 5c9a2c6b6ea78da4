// The npm entry for server-rendered pages, as built (the bundler must keep Lit's hydration support
// ahead of the element): it is imported before anything else that loads Lit (each browser test
// file runs in its own page, so this file's module graph starts here).
import '../dist/hydrate.js';
import { expect, it } from 'vitest';
import { server } from './helpers.js';

it('adopts a server-rendered <briefing-feed> in place: same nodes, no fetch, then live', async () => {
  const html = await (await fetch(`${server()}/ssr-fragment`)).text();
  const host = document.createElement('div');
  // setHTMLUnsafe parses declarative shadow DOM, as the HTML parser does for a page.
  host.setHTMLUnsafe(html);
  const element = host.querySelector('briefing-feed') as HTMLElement & {
    hasUpdated: boolean;
    updateComplete: Promise<boolean>;
  };
  const root = element.shadowRoot as ShadowRoot;
  const before = [...root.querySelectorAll('article, [part="money-button"], [part="title"]')];
  expect(before.filter((node) => node.localName === 'article')).toHaveLength(8);
  const chips = before
    .filter((node) => node.getAttribute('part') === 'money-button')
    .map((node) => node.textContent);
  const loadstarts: unknown[] = [];
  element.addEventListener('briefing-feed-loadstart', (event) => loadstarts.push(event));
  document.body.append(host);
  try {
    await expect.poll(() => element.hasUpdated).toBe(true);
    await element.updateComplete;
    expect(element.shadowRoot).toBe(root);
    const after = [...root.querySelectorAll('article, [part="money-button"], [part="title"]')];
    expect(after.length).toBe(before.length);
    expect(after.every((node, index) => node === before[index])).toBe(true);
    expect(loadstarts).toEqual([]);
    // Once the rates arrive the same chip nodes are rendered again by the browser. Their text is the
    // browser's Intl formatting, which may differ from Node's ICU in a digit ("€110.0B" / "€110B").
    await new Promise((resolve) => setTimeout(resolve, 300));
    await element.updateComplete;
    const afterChips = after.filter((node) => node.getAttribute('part') === 'money-button');
    expect(afterChips.map((node) => node.isConnected)).toEqual(chips.map(() => true));
    expect(afterChips[0]?.textContent).toBe(chips[0]);
    expect(afterChips.every((node) => node.textContent?.includes('€'))).toBe(true);
    // Live: a conversion opens its details.
    (root.querySelector('[part="money-button"]') as HTMLButtonElement).click();
    await expect
      .poll(() => (root.querySelector('[part="popover"]') as HTMLElement).matches(':popover-open'))
      .toBe(true);
  } finally {
    host.remove();
  }
});
