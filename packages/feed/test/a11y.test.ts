import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanup, mount, part, seedFeed, untilArticles, untilConverted, untilDetails } from './helpers.js';

afterEach(cleanup);

async function violations(element: HTMLElement) {
  const result = await axe.run(element, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  it('axe finds no violations: loaded feed with conversions, search, paging and an open popover', async () => {
    document.body.style.background = theme === 'dark' ? '#000' : '#fff';
    const feed = seedFeed();
    feed.page = { number: 2, next: 'page-3.json', prev: 'page-1.json' };
    const element = mount({ theme, currency: 'EUR', search: true, 'page-size': '4' }, { feed });
    await untilArticles(element, 4);
    await untilConverted(element);
    expect(await violations(element)).toEqual([]);
    part<HTMLButtonElement>(element, 'money-button')!.click();
    await element.updateComplete;
    await untilDetails(element);
    expect(await violations(element)).toEqual([]);
  });

  it('axe finds no violations in the loading and error states', async () => {
    const loading = mount({ theme });
    await loading.updateComplete;
    expect(await violations(loading)).toEqual([]);
    const failing = mount({ theme }, { feed: { nope: true } });
    await failing.updateComplete;
    expect(part(failing, 'error-message')?.textContent).toContain('not a valid');
    expect(await violations(failing)).toEqual([]);
  });
});

/** A PNG decoded to its pixels (RGBA), through the browser's own decoder. */
async function decodePng(base64: string): Promise<ImageData> {
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** Mean relative luminance (0 black, 1 white) and the number of distinct colours. */
function measure(image: ImageData): { luminance: number; colours: number } {
  const { data } = image;
  let sum = 0;
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    sum += (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    colours.add((r << 16) | (g << 8) | b);
  }
  return { luminance: sum / (data.length / 4), colours: colours.size };
}

describe('screenshots (saved to __screenshots__/ for people to look at)', () => {
  it('the seed feed with a conversion open: the whole element, not blank, light and dark', async () => {
    await page.viewport(860, 2300);
    document.body.style.margin = '0';
    document.body.style.padding = '32px';
    const shots: Record<string, { image: ImageData; width: number; height: number }> = {};
    for (const theme of ['light', 'dark'] as const) {
      document.body.style.background = theme === 'dark' ? '#0b0d10' : '#eef0f3';
      const currency = theme === 'dark' ? 'TWD' : 'USD';
      const element = mount({ theme, currency, limit: '2', search: true }, { feed: seedFeed() });
      await untilArticles(element, 2);
      const chips = await untilConverted(element);
      chips[0]!.click();
      await element.updateComplete;
      await untilDetails(element);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const { base64 } = await page.screenshot({
        element,
        path: `__screenshots__/briefing-feed-${theme}.png`,
        base64: true,
      });
      const box = element.getBoundingClientRect();
      shots[theme] = { image: await decodePng(base64), width: box.width, height: box.height };
      cleanup();
    }
    document.body.style.padding = '';
    const { light, dark } = shots as Record<'light' | 'dark', (typeof shots)[string]>;
    for (const shot of [light, dark]) {
      // The element's box at the page's device scale factor (2), give or take a rounded pixel.
      expect(Math.abs(shot.image.width - shot.width * 2)).toBeLessThanOrEqual(2);
      expect(Math.abs(shot.image.height - shot.height * 2)).toBeLessThanOrEqual(2);
      expect(shot.image.height).toBeGreaterThan(400);
      // Text, marks, chips and the open details: far more than a flat or two-tone image.
      expect(measure(shot.image).colours).toBeGreaterThan(200);
    }
    // The light theme is mostly light, the dark theme mostly dark.
    expect(measure(light.image).luminance).toBeGreaterThan(0.75);
    expect(measure(dark.image).luminance).toBeLessThan(0.25);
  });
});
