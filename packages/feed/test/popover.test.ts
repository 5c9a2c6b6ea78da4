import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  cleanup,
  mount,
  part,
  seedFeed,
  shadow,
  untilArticles,
  untilConverted,
  untilDetails,
} from './helpers.js';

afterEach(cleanup);

const popover = (element: HTMLElement) => part(element, 'popover')!;

/** Waits until the details are placed (Floating UI loads with the first chip and places them). */
async function placed(element: HTMLElement, chip: HTMLElement) {
  await expect
    .poll(() => {
      const box = popover(element).getBoundingClientRect();
      return popover(element).style.visibility !== 'hidden' && box.top !== 0;
    })
    .toBe(true);
  return { details: popover(element).getBoundingClientRect(), chip: chip.getBoundingClientRect() };
}

describe('conversion details placement', () => {
  it('opens just below its chip, inside the widget, and moves to another chip', async () => {
    const element = mount({ currency: 'EUR' }, { feed: seedFeed() });
    element.style.cssText = 'display:block;width:700px;margin-left:120px';
    await untilArticles(element, 8);
    const chips = await untilConverted(element);
    // A tall window: room below every chip.
    await page.viewport(1000, 2300);
    chips[0]!.click();
    await element.updateComplete;
    await untilDetails(element);
    expect(popover(element).matches(':popover-open')).toBe(true);
    const first = await placed(element, chips[0]!);
    // 6 px below the chip and across it: this chip is near the right edge, so the details end where
    // the chip ends (starting at the chip would overflow the window).
    expect(first.details.top).toBeCloseTo(first.chip.bottom + 6, 0);
    expect(first.details.right).toBeCloseTo(first.chip.right, 0);
    expect(first.details.left).toBeLessThan(first.chip.left);
    const host = element.getBoundingClientRect();
    expect(first.details.left).toBeGreaterThanOrEqual(host.left);
    expect(first.details.right).toBeLessThanOrEqual(host.right);
    // A window ending just below the chip: no room below, so the details open above it.
    await page.viewport(1000, Math.ceil(chips[5]!.getBoundingClientRect().bottom + 40));
    chips[5]!.click();
    await element.updateComplete;
    await untilDetails(element);
    await expect
      .poll(() => popover(element).getBoundingClientRect().bottom)
      .toBeCloseTo(chips[5]!.getBoundingClientRect().top - 6, 0);
    expect(chips[0]!.getAttribute('aria-expanded')).toBe('false');
    expect(chips[5]!.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('without the Popover API (older browsers)', () => {
  it('is a hidden box until a chip opens it; Escape and outside clicks close it', async () => {
    const show = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'showPopover')!;
    const hide = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'hidePopover')!;
    delete (HTMLElement.prototype as Partial<HTMLElement>).showPopover;
    delete (HTMLElement.prototype as Partial<HTMLElement>).hidePopover;
    try {
      const element = mount({ currency: 'EUR' }, { feed: seedFeed() });
      await untilArticles(element, 8);
      const chips = await untilConverted(element);
      const box = popover(element);
      expect(box.hasAttribute('popover')).toBe(false);
      expect(box.hidden).toBe(true);
      expect(box.getBoundingClientRect().height).toBe(0);
      chips[1]!.click();
      await element.updateComplete;
      await untilDetails(element);
      expect(box.hidden).toBe(false);
      expect(shadow(element).activeElement).toBe(box);
      await page.viewport(1000, 2300);
      const { details, chip } = await placed(element, chips[1]!);
      expect(details.top).toBeCloseTo(chip.bottom + 6, 0);
      expect(getComputedStyle(box).position).toBe('fixed');
      expect(box.textContent).toContain('Conversion');
      await userEvent.keyboard('{Escape}');
      await element.updateComplete;
      expect(box.hidden).toBe(true);
      expect(shadow(element).activeElement).toBe(chips[1]);
      chips[1]!.click();
      await element.updateComplete;
      await untilDetails(element);
      expect(box.hidden).toBe(false);
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await element.updateComplete;
      expect(box.hidden).toBe(true);
      expect(chips[1]!.getAttribute('aria-expanded')).toBe('false');
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'showPopover', show);
      Object.defineProperty(HTMLElement.prototype, 'hidePopover', hide);
    }
  });
});
