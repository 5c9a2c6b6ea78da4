import type { RatesProvider } from '@briefing/rates';
import type { Briefing, BriefingFeed } from '@briefing/schema';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { styles } from './briefing-feed.styles.js';
import { type FeedInput, FeedLoader, type FeedRequest } from './feed-loader.js';
import { FeedPaging } from './feed-paging.js';
import { article, citation, errorState, header, notices, skeleton } from './feed-parts.js';
import { DEFAULT_FETCH_TIMEOUT_MS, resolveLink } from './load.js';
import type { BriefingFeedStrings } from './locales/en.js';
import { fill } from './locales/fill.js';
import { loadStringsFor, stringsFor } from './locales/strings.js';
import { rateDate } from './money.js';
import { MoneyView } from './money-view.js';
import { loadVirtualizer, virtualizer } from './virtualizer.js';

export type BriefingFeedTheme = 'auto' | 'light' | 'dark';
export type BriefingFeedPaging = 'none' | 'more' | 'pages';

/**
 * A feed of news briefings: fetches, validates and renders `@briefing/schema` data accessibly,
 * with money amounts converted to the reader's currency at the reference rate of each citation's date.
 *
 * @tagname briefing-feed
 * @summary Drop-in, accessible news briefing feed with money conversions.
 *
 * @attr src - URL of a BriefingFeed JSON document.
 * @attr currency - ISO 4217 code of the reader's currency (e.g. `EUR`, `TWD`); turns on conversions.
 * @attr rates-src - URL of a rates folder (`briefing rates export`) with rates newer than the embedded ones.
 * @attr lang - Locale of dates, numbers and UI strings; defaults to the nearest `lang` ancestor.
 * @attr time-zone - IANA time zone for instants such as the feed's `generatedAt`; defaults to the reader's.
 * @attr theme - `auto` (default, follows `prefers-color-scheme`), `light` or `dark`.
 * @attr paging - `more` (default, a "Load more" button), `pages` (Previous/Next) or `none`.
 * @attr page-size - Items shown per step; 0 (default) shows every loaded item.
 * @attr limit - The most items ever shown; 0 (default) means no limit.
 * @attr search - Shows a search box filtering by text, source and date.
 * @attr no-header - Hides the header (feed title, date and search box).
 * @attr timeout - Milliseconds a fetch may take (headers and body) before it ends in a `timeout` error with Retry; default 15000, 0 for no limit.
 *
 * @event {BriefingFeedLoadStartEvent} briefing-feed-loadstart - A fetch starts. `detail: { url, origin }`.
 * @event {BriefingFeedLoadEvent} briefing-feed-load - Data was validated and is shown. `detail: { feed, url, origin, accepted, rejected }`.
 * @event {BriefingFeedErrorEvent} briefing-feed-error - Loading failed, or some items were invalid. `detail: { kind, message, url, status, issues, stale }`.
 * @event {BriefingFeedSearchEvent} briefing-feed-search - The reader typed in the search box. `detail: { query, matches }`.
 * @event {BriefingFeedPageEvent} briefing-feed-page - The reader paged. `detail: { page, shown }`.
 *
 * @slot header - Replaces the feed title.
 * @slot empty - Shown when the feed has no items.
 * @slot error - Shown above the Retry button when loading failed.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The header with title, date and search.
 * @csspart title - The feed title.
 * @csspart meta - The "Updated" line.
 * @csspart search - The search row.
 * @csspart search-input - The search field.
 * @csspart search-status - The "3 of 8 briefings" count.
 * @csspart feed - The `role="feed"` list.
 * @csspart article - One briefing.
 * @csspart article-title - A briefing's title (an `untitled` briefing's, its first sentence, is kept for screen readers and visually hidden: its text opens with it).
 * @csspart article-body - A briefing's paragraphs.
 * @csspart paragraph - One paragraph.
 * @csspart money - A money mention with its conversion.
 * @csspart money-text - The amount as written (a `<mark>`).
 * @csspart money-button - The converted value; opens the conversion details.
 * @csspart citations - The list of sources of a briefing.
 * @csspart citation - One source.
 * @csspart publication - The publication name.
 * @csspart qualifier - The publication's qualifier ("Taiwan").
 * @csspart date - The citation date (`<time>`).
 * @csspart link - The link to the source article.
 * @csspart popover - The conversion details.
 * @csspart popover-close - The popover's close button.
 * @csspart controls - The paging row.
 * @csspart more-button - "Load more".
 * @csspart prev-button - "Previous".
 * @csspart next-button - "Next".
 * @csspart page-status - "Page 2 of 5".
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart error-message - The readable reason of an error.
 * @csspart retry-button - The Retry button.
 * @csspart notice - A notice above the items (stale data, rejected items).
 *
 * @cssprop --briefing-feed-font - Font family.
 * @cssprop --briefing-feed-font-size - Base font size.
 * @cssprop --briefing-feed-color - Text colour.
 * @cssprop --briefing-feed-background - Background.
 * @cssprop --briefing-feed-surface - Background of fields, skeletons and notices.
 * @cssprop --briefing-feed-muted-color - Secondary text.
 * @cssprop --briefing-feed-accent-color - Links, buttons and focus rings.
 * @cssprop --briefing-feed-border-color - Borders and separators.
 * @cssprop --briefing-feed-mark-background - Highlight behind money amounts.
 * @cssprop --briefing-feed-mark-color - Text colour of money amounts.
 * @cssprop --briefing-feed-chip-background - Background of converted values.
 * @cssprop --briefing-feed-chip-color - Text colour of converted values.
 * @cssprop --briefing-feed-agree-color - "Agrees with the reference rate".
 * @cssprop --briefing-feed-disagree-color - "Differs from the reference rate" and error accents.
 * @cssprop --briefing-feed-popover-background - Background of the conversion details.
 * @cssprop --briefing-feed-radius - Corner radius of the widget.
 * @cssprop --briefing-feed-padding - Inner horizontal padding.
 * @cssprop --briefing-feed-gap - Space between briefings.
 * @cssprop --briefing-feed-max-width - Maximum width of the widget.
 * @cssprop --briefing-feed-heading-size - Font size of the feed title.
 * @cssprop --briefing-feed-title-size - Font size of briefing titles.
 * @cssprop --briefing-feed-min-height - Minimum height once loaded.
 * @cssprop --briefing-feed-loading-height - Height reserved while loading (no layout shift).
 */
export class BriefingFeedElement extends LitElement {
  static override styles = styles;

  /** Above this many items the list is virtualized; below it every article is in the DOM. */
  static virtualizeThreshold = 200;

  static override properties = {
    src: { type: String, reflect: true },
    feed: { attribute: false },
    currency: { type: String, reflect: true },
    lang: { type: String, reflect: true },
    timeZone: { type: String, attribute: 'time-zone', reflect: true },
    theme: { type: String, reflect: true },
    paging: { type: String, reflect: true },
    pageSize: { type: Number, attribute: 'page-size', reflect: true },
    limit: { type: Number, reflect: true },
    search: { type: Boolean, reflect: true },
    noHeader: { type: Boolean, attribute: 'no-header', reflect: true },
    timeout: { type: Number, reflect: true },
    rates: { attribute: false },
    ratesSrc: { type: String, attribute: 'rates-src', reflect: true },
    strings: { attribute: false },
  };

  /** URL of a BriefingFeed JSON document. */
  declare src: string | undefined;
  /** Feed data to show instead of fetching `src`; validated like fetched data. Wins over `src` and inline JSON. */
  declare feed: unknown;
  /** ISO 4217 code of the reader's currency; turns on conversions. */
  declare currency: string | undefined;
  /** Locale; the nearest `lang` ancestor when unset. */
  declare lang: string;
  /** IANA time zone for instants; the reader's when unset. */
  declare timeZone: string | undefined;
  declare theme: BriefingFeedTheme;
  declare paging: BriefingFeedPaging;
  /** Items shown per step (0: all loaded items). */
  declare pageSize: number;
  /** The most items shown (0: no limit). */
  declare limit: number;
  /** Shows the search box. */
  declare search: boolean;
  /** Hides the header. */
  declare noHeader: boolean;
  /** Milliseconds a fetch may take, headers and body, before it ends in a `timeout` error (0: no limit). */
  declare timeout: number;
  /** Rates to convert with; the embedded `@briefing/rates` data (loaded lazily) when unset. Wins over `rates-src`. */
  declare rates: RatesProvider | undefined;
  /**
   * URL of a rates folder (`briefing rates export --out`, the CDN's shard format) with rates newer than the
   * embedded ones; its shards load as needed, over the embedded data.
   */
  declare ratesSrc: string | undefined;
  /** Overrides for some or all UI strings. */
  declare strings: Partial<BriefingFeedStrings> | undefined;

  private _started = false;
  private readonly _loader = new FeedLoader(this, {
    strings: () => this._strings,
    timeout: () => this.timeout,
    inlineBase: () => this._inlineBase(),
    onReplace: (atEnd) => this._paging.restart(atEnd),
  });
  private readonly _paging = new FeedPaging(this, this._loader, () => this._lang);
  private readonly _money = new MoneyView(
    this,
    () => this._lang,
    () => this._strings,
  );

  constructor() {
    super();
    this.theme = 'auto';
    this.paging = 'more';
    this.pageSize = 0;
    this.limit = 0;
    this.search = false;
    this.noHeader = false;
    this.timeout = DEFAULT_FETCH_TIMEOUT_MS;
  }

  /** The validated feed currently shown (the last good one after a failed refresh). */
  get data(): BriefingFeed | undefined {
    return this._loader.feed;
  }

  /** Every item loaded so far (all pages appended by "Load more"). */
  get items(): readonly Briefing[] {
    return this._loader.items;
  }

  /** Fetches `src` again; on failure the items already shown stay. */
  refresh(): void {
    if (this.src) this._run({ url: this.src, origin: 'src', mode: 'replace' });
  }

  /** Repeats the request that failed last (or the last request). */
  retry(): void {
    this._loader.retry();
  }

  /*
   * A server render's declarative shadow root is adopted by Lit's hydration support when that is
   * installed (@briefing/feed/hydrate, cdn/hydrate-support.js). Without it Lit would render next to the
   * server's nodes, so they are cleared and the element renders afresh.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot && !('litElementHydrateSupport' in globalThis)) this.shadowRoot.replaceChildren();
    return super.createRenderRoot();
  }

  /*
   * The first render waits, in parallel, for what it renders with: the page's translation when one is
   * shipped (no English flash); for data already in hand (the `feed` property, inline JSON), the
   * validator, so that a server-rendered element is adopted as it is; and for a server-rendered element
   * with a reader currency, the conversions, so that it is adopted with the values it shows. A `src`
   * feed renders its loading state at once and is fetched while the validator loads.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      const inHand = this.feed !== undefined || this._inlineScript() !== null;
      const serverRendered = inHand && this.renderRoot.querySelector?.('[part="base"]');
      await Promise.all([
        loadStringsFor(this._lang)?.catch(() => {}),
        inHand ? this._loader.whenValidatorReady() : undefined,
        serverRendered ? this._money.prepare() : undefined,
      ]);
    }
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('rates') || changed.has('ratesSrc')) this._money.resetRates();
    if (!this._started) {
      this._started = true;
      // Inline data is already in the page (a server-rendered page embeds what it rendered), so it is
      // shown before `src` is ever fetched: hydration then finds the same items, with no request.
      const inline = this.feed === undefined ? this._inlineData() : undefined;
      if (this.feed !== undefined) this._runData(this.feed);
      else if (inline !== undefined) this._run({ input: inline, origin: 'inline', mode: 'replace' });
      else if (this.src) this._run({ url: this.src, origin: 'src', mode: 'replace' });
      return;
    }
    if (changed.has('feed') && this.feed !== undefined) this._runData(this.feed);
    else if (changed.has('src') && this.src && this.feed === undefined)
      this._run({ url: this.src, origin: 'src', mode: 'replace' });
    if (changed.has('pageSize') || changed.has('paging')) this._paging.restart();
  }

  private _run(request: FeedRequest): void {
    void this._loader.run(request);
  }

  private _runData(value: unknown): void {
    this._run({ input: { json: true, value }, origin: 'property', mode: 'replace' });
  }

  private _inlineScript(): Element | null {
    // On a server (@lit-labs/ssr) the element has no light DOM to read; the data comes as `feed`.
    if (typeof this.querySelector !== 'function') return null;
    return this.querySelector(':scope > script[type="application/json"]');
  }

  /** The inline `<script type="application/json">` child, parsed, or why it is not JSON. */
  private _inlineData(): FeedInput | undefined {
    const script = this._inlineScript();
    if (!script) return undefined;
    try {
      return { json: true, value: JSON.parse(script.textContent ?? '') };
    } catch (error) {
      return { json: false, reason: String(error) };
    }
  }

  /** Page links of inline data resolve against `src` when set (where the data also lives), else the page. */
  private _inlineBase(): string {
    if (typeof document === 'undefined') return this.src ?? '';
    return this.src ? (resolveLink(this.src, document.baseURI) ?? document.baseURI) : document.baseURI;
  }

  private get _strings(): BriefingFeedStrings {
    const lang = this._lang;
    // A language set after the first render: English until its translation has loaded, then again.
    loadStringsFor(lang)?.then(
      () => this.requestUpdate(),
      () => {},
    );
    const base = stringsFor(lang);
    return this.strings ? { ...base, ...this.strings } : base;
  }

  private get _lang(): string {
    const own = this.getAttribute('lang');
    if (own) return own;
    const ancestor = this.parentElement?.closest('[lang]')?.getAttribute('lang');
    return ancestor || document.documentElement.lang || navigator.language || 'en';
  }

  /** Page Down / Page Up move between articles (the WAI-ARIA feed pattern). */
  private _onFeedKey(event: KeyboardEvent): void {
    if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
    const from = (event.target as Element).closest?.('article');
    if (!from) return;
    let next: Element | null = from;
    do {
      next = event.key === 'PageDown' ? next.nextElementSibling : next.previousElementSibling;
    } while (next && next.localName !== 'article');
    if (next instanceof HTMLElement) {
      event.preventDefault();
      next.focus();
    }
  }

  protected override render(): TemplateResult {
    const strings = this._strings;
    const loader = this._loader;
    const { feed, error, items } = loader;
    const query = this._paging.query;
    const waiting = loader.status === 'idle' || loader.status === 'loading';
    const view = this._paging.view();
    const { filtered, visible } = view;
    const hasItems = items.length > 0;
    const setSize = this.paging !== 'none' && feed?.page?.next ? -1 : filtered.length;
    const empty = loader.status === 'ready' && filtered.length === 0;
    let statusText = '';
    if (waiting) statusText = strings.loading;
    else if (query) statusText = fill(strings.searchStatus, { shown: filtered.length, total: items.length });
    const threshold = BriefingFeedElement.virtualizeThreshold;
    const long = visible.length > threshold;
    const { virtualize, failed } = virtualizer();
    if (long && !virtualize && !failed) loadVirtualizer().then(() => this.requestUpdate());
    const renderItem = (item: Briefing, index: number) =>
      this._renderArticle(item, view.offset + index, setSize);
    let list: unknown;
    if (long && virtualize) list = virtualize({ items: [...visible], renderItem, scroller: false });
    else list = (long && !failed ? visible.slice(0, threshold) : visible).map(renderItem);
    const stale = error !== undefined && loader.status === 'ready' && hasItems;
    return html`<div part="base" class="base ${waiting ? 'waiting' : ''}" lang=${this._lang}>
      ${header({
        strings,
        feed,
        lang: this._lang,
        timeZone: this.timeZone,
        hidden: this.noHeader,
        search: this.search ? { query, onInput: this._paging.onSearch } : undefined,
      })}
      <p part="search-status" class="search-status ${query ? '' : 'sr-only'}" role="status">${statusText}</p>
      ${notices({
        strings,
        staleMessage: stale ? error.message : undefined,
        rejected: loader.status === 'ready' ? loader.rejected : 0,
        rejectedLines: loader.rejectedLines,
        onRetry: () => this.retry(),
      })}
      ${skeleton(!waiting)}
      ${errorState({ strings, error, lines: loader.errorLines, hidden: loader.status !== 'error', onRetry: () => this.retry() })}
      <div part="empty" class="state empty" ?hidden=${!empty}>
        <slot name="empty">${query ? strings.noMatches : strings.empty}</slot>
      </div>
      <div
        part="feed"
        class=${long && virtualize ? 'virtual' : ''}
        role="feed"
        aria-labelledby="feed-title"
        aria-busy=${waiting || loader.busy ? 'true' : 'false'}
        ?hidden=${!hasItems || empty}
        @keydown=${this._onFeedKey}
      >
        ${list}
      </div>
      ${hasItems && !empty ? this._paging.controls(strings, view) : nothing}
      ${this._money.details()}
    </div>`;
  }

  private _renderArticle(item: Briefing, index: number, setSize: number): TemplateResult {
    const date = rateDate(item, this._loader.feed);
    const strings = this._strings;
    const lang = this._lang;
    return article({
      item,
      index,
      setSize,
      citation: (source) => citation(strings, lang, source),
      money: (mention, mentionIndex) => this._money.mention(item, mention, mentionIndex, date),
    });
  }
}
