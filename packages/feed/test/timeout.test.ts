import { afterEach, describe, expect, it } from 'vitest';
import { articles, cleanup, mount, next, part, server, shown } from './helpers.js';

afterEach(cleanup);

const closedState = async (key: string): Promise<string> =>
  ((await (await fetch(`${server()}/never-closed?key=${key}`)).json()) as { state: string }).state;

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let k = 0; k < 100; k++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('a feed URL that never answers', () => {
  it('ends in the error state with Retry and a timeout error event, and aborts the request', async () => {
    const key = `t${Math.random()}`;
    const element = mount({ src: `${server()}/never?key=${key}`, timeout: '300' });
    await element.updateComplete;
    expect(shown(part(element, 'skeleton'))).toBe(true);
    const error = await next(element, 'briefing-feed-error');
    await element.updateComplete;
    expect(error.detail.kind).toBe('timeout');
    expect(error.detail.stale).toBe(false);
    expect(error.detail.url).toBe(`${server()}/never?key=${key}`);
    expect(part(element, 'error-message')?.textContent).toContain(
      'the server did not answer within 0.3 seconds',
    );
    expect(shown(part(element, 'retry-button'))).toBe(true);
    expect(shown(part(element, 'skeleton'))).toBe(false);
    expect(element.shadowRoot?.querySelector('[aria-busy="true"]')).toBeNull();
    expect(articles(element)).toHaveLength(0);
    await until(async () => (await closedState(key)) === 'closed', 'the stalled request to be aborted');

    // Retry tries again, and gives up again the same way.
    (part(element, 'retry-button') as HTMLButtonElement).click();
    const again = await next(element, 'briefing-feed-error');
    expect(again.detail.kind).toBe('timeout');
  });

  it('a body that trickles forever times out too', async () => {
    const element = mount({ src: `${server()}/trickle`, timeout: '500' });
    const error = await next(element, 'briefing-feed-error');
    expect(error.detail.kind).toBe('timeout');
  });

  it('has a 15 s default, settable as a property', () => {
    const element = mount();
    expect(element.timeout).toBe(15_000);
    element.timeout = 2_000;
    expect(element.timeout).toBe(2_000);
  });

  it('aborts the request when the element is removed from the page', async () => {
    const key = `d${Math.random()}`;
    const element = mount({ src: `${server()}/never?key=${key}` });
    await until(async () => (await closedState(key)) === 'open', 'the request to arrive');
    let errors = 0;
    element.addEventListener('briefing-feed-error', () => errors++);
    element.remove();
    await until(async () => (await closedState(key)) === 'closed', 'the request to be aborted');
    expect(errors).toBe(0);
  });
});
