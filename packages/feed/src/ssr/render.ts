import { type RateResult, type RatesProvider, defaultRates } from '@briefing/rates';
import type { BriefingFeed } from '@briefing/schema';
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { BriefingFeedPaging, BriefingFeedTheme } from '../briefing-feed.js';
import { BriefingFeedElement } from '../briefing-feed.js';
import { rateDate } from '../money.js';
import type { MoneyView } from '../money-view.js';
import { defineBriefingFeed } from '../register.js';
import { conversions } from '../conversions-module.js';
import { loadStringsFor } from '../locales/strings.js';
import { loadValidator } from '../validator.js';
import { jsonForScript } from './escape.js';

export interface RenderFeedOptions {
  /** Where the feed is served: written as `src`, so `refresh()` re-fetches it and its page links resolve against it. */
  src?: string;
  /** The readers' currency: conversions are resolved on the server, so the HTML already shows them. */
  currency?: string;
  /** Locale of dates, numbers and UI strings (default: the template's `<html lang>` in a page, else the feed's `language`, else `en`). */
  lang?: string;
  /**
   * IANA time zone for the "Updated" instant (default `UTC`). It is written as `time-zone` so the
   * browser shows the same text as the server: a server cannot know each reader's zone.
   */
  timeZone?: string;
  theme?: BriefingFeedTheme;
  paging?: BriefingFeedPaging;
  pageSize?: number;
  limit?: number;
  search?: boolean;
  noHeader?: boolean;
  /** Rates for the conversions (default: the embedded `@briefing/rates` data, as in the browser). */
  rates?: RatesProvider;
}

/** The rate look-ups a render needs, answered before it runs (rendering itself is synchronous). */
type Answers = { from: string; to: string; date: string; result: RateResult }[];

let answersForRender: Answers | undefined;

/** Renders `<briefing-feed>` with the element's own renderer, handing it the rates resolved in advance. */
class BriefingFeedRenderer extends LitElementRenderer {
  static override matchesClass(ctor: typeof HTMLElement): boolean {
    return ctor === BriefingFeedElement || ctor.prototype instanceof BriefingFeedElement;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The cache is the element's own (private to it); priming it is the one thing the server adds.
    const money = (this.element as unknown as { _money: MoneyView })._money;
    if (answersForRender?.length) money.prime(answersForRender);
  }
}

async function resolveRates(feed: BriefingFeed, reader: string, rates: RatesProvider): Promise<Answers> {
  const wanted = new Map<string, { from: string; to: string; date: string }>();
  for (const item of feed.items) {
    const date = rateDate(item, feed);
    if (!date) continue;
    for (const mention of item.money) {
      const from = mention.amount.currency;
      if (from !== reader) wanted.set(`${from}>${reader}@${date}`, { from, to: reader, date });
    }
  }
  return Promise.all(
    [...wanted.values()].map(async (key) => ({
      ...key,
      result: await rates.rate(key.from, key.to, key.date).catch(
        (error: unknown): RateResult => ({
          ok: false,
          code: 'provider-error',
          reason: `The rates provider failed for ${key.from}→${key.to} on ${key.date}: ${String(error)}`,
        }),
      ),
    })),
  );
}

/**
 * `<briefing-feed>` as HTML: its shadow content as declarative shadow DOM (rendered by the element's
 * own templates through `@lit-labs/ssr`), and the feed embedded as an inline
 * `<script type="application/json">` child. In the browser the element reads that child before
 * anything else, so it hydrates the same items without fetching `src` and without re-rendering.
 */
export async function renderBriefingFeed(
  feed: BriefingFeed,
  options: RenderFeedOptions = {},
): Promise<string> {
  if (typeof customElements !== 'undefined') defineBriefingFeed();
  const lang = options.lang ?? feed.language ?? 'en';
  const reader = options.currency?.trim().toUpperCase();
  const answers = reader ? await resolveRates(feed, reader, options.rates ?? defaultRates) : [];
  // Rendering is synchronous: the element validates the feed with the validator already loaded, and
  // speaks its language with the translation already loaded.
  await loadValidator();
  await loadStringsFor(lang);
  if (reader) await conversions.load();
  const data = unsafeHTML(`<script type="application/json">${jsonForScript(feed)}</script>`);
  // One line: an unset attribute (`nothing`) leaves only its surrounding whitespace in the output.
  // biome-ignore format: kept on one line on purpose
  const template = html`<briefing-feed .feed=${feed} src=${options.src ?? nothing} currency=${reader ?? nothing} lang=${lang} time-zone=${options.timeZone ?? 'UTC'} theme=${options.theme ?? nothing} paging=${options.paging ?? nothing} page-size=${options.pageSize ?? nothing} limit=${options.limit ?? nothing} ?search=${options.search ?? false} ?no-header=${options.noHeader ?? false}>${data}</briefing-feed>`;
  answersForRender = answers;
  try {
    const out = collectResultSync(
      render(template, { elementRenderers: [BriefingFeedRenderer, LitElementRenderer] }),
    );
    // Unset attributes leave their whitespace behind; one space reads better in the page source.
    return out.replace(/<briefing-feed\s+/, '<briefing-feed ');
  } finally {
    answersForRender = undefined;
  }
}
