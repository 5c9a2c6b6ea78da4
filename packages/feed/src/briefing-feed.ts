import type { RatesProvider, UncheckedReason } from '@briefing/rates';
import {
  type Briefing,
  type BriefingFeed,
  type Citation,
  formatIssues,
  type MoneyMention,
  rejectedItems,
  type ValidationIssue,
  validateFeed,
} from '@briefing/schema';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type {
  BriefingFeedErrorDetail,
  BriefingFeedErrorKind,
  BriefingFeedLoadDetail,
  BriefingFeedOrigin,
} from './events.js';
import { citationLabel } from './citation.js';
import { formatInstant, formatIsoDate, formatRange, numberFormat } from './intl-cache.js';
import { DEFAULT_FETCH_TIMEOUT_MS, fetchJson, resolveLink, safeHref } from './load.js';
import { type BriefingFeedStrings, fill, stringsFor } from './locales/index.js';
import {
  checkStated,
  describeQuote,
  impliedFor,
  loadDefaultRates,
  RateCache,
  rateDate,
  segmentParagraph,
} from './money.js';
import { styles } from './briefing-feed.styles.js';
import { loadSiteRates } from './rates-src.js';

export type BriefingFeedTheme = 'auto' | 'light' | 'dark';
export type BriefingFeedPaging = 'none' | 'more' | 'pages';

type Status = 'idle' | 'loading' | 'ready' | 'error';

interface Request {
  url?: string;
  data?: unknown;
  origin: BriefingFeedOrigin;
  mode: 'replace' | 'append';
  /** For `pages`: show the last local page after loading (going back). */
  atEnd?: boolean;
}

interface OpenMoney {
  key: string;
  item: Briefing;
  mention: MoneyMention;
  date: string | undefined;
  anchor: HTMLElement;
}

const CURRENCY = /^[A-Z]{3}$/;

type Virtualize = typeof import('@lit-labs/virtualizer/virtualize.js').virtualize;
let virtualize: Virtualize | undefined;
let virtualizeLoading: Promise<void> | undefined;
/** The virtualizer could not be loaded (the CDN's cdn/virtualizer.js blocked or offline). */
let virtualizerFailed = false;

/** The virtualizer is only needed for long feeds, so it loads on first use. */
function loadVirtualizer(): Promise<void> {
  virtualizeLoading ??= import('@lit-labs/virtualizer/virtualize.js').then(
    (module) => {
      virtualize = module.virtualize;
    },
    () => {
      // Hiding items would be worse than a slow page: long feeds then render in full, unvirtualized.
      virtualizerFailed = true;
    },
  );
  return virtualizeLoading;
}

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
 * @csspart article-title - A briefing's title.
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
    _status: { state: true },
    _items: { state: true },
    _error: { state: true },
    _query: { state: true },
    _shown: { state: true },
    _pageIndex: { state: true },
    _busy: { state: true },
    _open: { state: true },
    _rateTick: { state: true },
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

  declare private _status: Status;
  declare private _items: Briefing[];
  declare private _error: BriefingFeedErrorDetail | undefined;
  declare private _query: string;
  declare private _shown: number;
  declare private _pageIndex: number;
  declare private _busy: boolean;
  declare private _open: OpenMoney | undefined;
  declare private _rateTick: number;

  private _feed: BriefingFeed | undefined;
  private _rejected: ValidationIssue[] = [];
  private _baseUrl = '';
  private _controller: AbortController | undefined;
  private _lastRequest: Request | undefined;
  private _started = false;
  private _haystacks = new WeakMap<Briefing, string>();
  private readonly _rateCache = new RateCache(() => {
    this._rateTick++;
  });

  constructor() {
    super();
    this.theme = 'auto';
    this.paging = 'more';
    this.pageSize = 0;
    this.limit = 0;
    this.search = false;
    this.noHeader = false;
    this.timeout = DEFAULT_FETCH_TIMEOUT_MS;
    this._status = 'idle';
    this._items = [];
    this._query = '';
    this._shown = 0;
    this._pageIndex = 0;
    this._busy = false;
    this._rateTick = 0;
  }

  /** The validated feed currently shown (the last good one after a failed refresh). */
  get data(): BriefingFeed | undefined {
    return this._feed;
  }

  /** Every item loaded so far (all pages appended by "Load more"). */
  get items(): readonly Briefing[] {
    return this._items;
  }

  /** Fetches `src` again; on failure the items already shown stay. */
  refresh(): void {
    if (this.src) this._run({ url: this.src, origin: 'src', mode: 'replace' });
  }

  /** Repeats the request that failed last (or the last request). */
  retry(): void {
    if (this._lastRequest) this._run(this._lastRequest);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._controller?.abort();
    this._closeMoney(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('rates') || changed.has('ratesSrc')) this._rateCache.reset();
    if (!this._started) {
      this._started = true;
      // Inline data is already in the page (a server-rendered page embeds what it rendered), so it is
      // shown before `src` is ever fetched: hydration then finds the same items, with no request.
      const inline = this.feed === undefined ? this._inlineData() : undefined;
      if (this.feed !== undefined) this._run({ data: this.feed, origin: 'property', mode: 'replace' });
      else if (inline !== undefined) this._run({ data: inline, origin: 'inline', mode: 'replace' });
      else if (this.src) this._run({ url: this.src, origin: 'src', mode: 'replace' });
      return;
    }
    if (changed.has('feed') && this.feed !== undefined)
      this._run({ data: this.feed, origin: 'property', mode: 'replace' });
    else if (changed.has('src') && this.src && this.feed === undefined)
      this._run({ url: this.src, origin: 'src', mode: 'replace' });
    if (changed.has('pageSize') || changed.has('paging')) {
      this._shown = 0;
      this._pageIndex = 0;
    }
  }

  private _inlineData(): unknown {
    // On a server (@lit-labs/ssr) the element has no light DOM to read; the data comes as `feed`.
    if (typeof this.querySelector !== 'function') return undefined;
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return undefined;
    try {
      return JSON.parse(script.textContent ?? '');
    } catch (error) {
      return { __notJson: String(error) };
    }
  }

  /** Page links of inline data resolve against `src` when set (where the data also lives), else the page. */
  private _inlineBase(): string {
    if (typeof document === 'undefined') return this.src ?? '';
    return this.src ? (resolveLink(this.src, document.baseURI) ?? document.baseURI) : document.baseURI;
  }

  private get _strings(): BriefingFeedStrings {
    const base = stringsFor(this._lang);
    return this.strings ? { ...base, ...this.strings } : base;
  }

  private get _lang(): string {
    const own = this.getAttribute('lang');
    if (own) return own;
    const ancestor = this.parentElement?.closest('[lang]')?.getAttribute('lang');
    return ancestor || document.documentElement.lang || navigator.language || 'en';
  }

  private get _readerCurrency(): string | undefined {
    const code = this.currency?.trim().toUpperCase();
    return code && CURRENCY.test(code) ? code : undefined;
  }

  private _emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  private async _run(request: Request): Promise<void> {
    this._controller?.abort();
    this._lastRequest = request;
    if (request.url === undefined) {
      this._controller = undefined;
      if (request.data && typeof request.data === 'object' && '__notJson' in request.data) {
        this._fail(request, 'not-json', this._strings.errorNotJson, []);
        return;
      }
      this._accept(request, request.data, undefined);
      return;
    }
    const controller = new AbortController();
    this._controller = controller;
    const url = request.url;
    if (request.mode === 'replace' && this._items.length === 0) this._status = 'loading';
    this._busy = true;
    this._emit('briefing-feed-loadstart', { url, origin: request.origin });
    const outcome = await fetchJson(url, controller.signal, this.timeout);
    if (controller !== this._controller || (!outcome.ok && outcome.kind === 'aborted')) return;
    this._controller = undefined;
    this._busy = false;
    if (outcome.ok) {
      this._accept(request, outcome.data, outcome.url);
      return;
    }
    const strings = this._strings;
    if (outcome.kind === 'http')
      this._fail(
        request,
        'http',
        fill(strings.errorHttp, { status: outcome.status ?? 0 }),
        [],
        outcome.status,
      );
    else if (outcome.kind === 'not-json') this._fail(request, 'not-json', strings.errorNotJson, []);
    else if (outcome.kind === 'timeout')
      this._fail(request, 'timeout', fill(strings.errorTimeout, { seconds: this.timeout / 1000 }), []);
    else this._fail(request, 'network', strings.errorNetwork, []);
  }

  private _fail(
    request: Request,
    kind: BriefingFeedErrorKind,
    message: string,
    issues: ValidationIssue[],
    status?: number,
  ): void {
    const stale = this._items.length > 0;
    const detail: BriefingFeedErrorDetail = { kind, message, issues, stale };
    if (request.url !== undefined) detail.url = request.url;
    if (status !== undefined) detail.status = status;
    this._error = detail;
    this._busy = false;
    this._status = stale ? 'ready' : 'error';
    this._emit('briefing-feed-error', detail);
  }

  private _accept(request: Request, data: unknown, url: string | undefined): void {
    const result = validateFeed(data, { mode: 'lenient' });
    if (!result.value) {
      this._fail(request, 'invalid-feed', this._strings.errorInvalid, result.issues);
      return;
    }
    const feed = result.value;
    this._feed = feed;
    this._baseUrl = url ?? this._inlineBase();
    this._error = undefined;
    this._rejected = result.issues.filter((issue) => issue.path[0] === 'items');
    if (request.mode === 'append') this._items = [...this._items, ...feed.items];
    else {
      this._items = feed.items;
      this._shown = 0;
      this._pageIndex = request.atEnd ? Number.MAX_SAFE_INTEGER : 0;
    }
    this._status = 'ready';
    this._busy = false;
    const rejected = rejectedItems(result.issues).length;
    const detail: BriefingFeedLoadDetail = {
      feed,
      origin: request.origin,
      accepted: feed.items.length,
      rejected,
    };
    if (url !== undefined) detail.url = url;
    this._emit('briefing-feed-load', detail);
    if (!result.ok) {
      const message = `${fill(this._strings.rejectedNotice, { count: rejected })}\n${formatIssues(result.issues)}`;
      const errorDetail: BriefingFeedErrorDetail = {
        kind: 'invalid-items',
        message,
        issues: result.issues,
        stale: false,
      };
      if (url !== undefined) errorDetail.url = url;
      this._emit('briefing-feed-error', errorDetail);
    }
  }

  // ---- filtering and paging -------------------------------------------------------------

  private _haystack(item: Briefing): string {
    let text = this._haystacks.get(item);
    if (text === undefined) {
      const lang = this._lang;
      const parts = [item.title, ...item.body, ...(item.topics ?? [])];
      for (const source of item.sources) {
        if (source.publication) parts.push(source.publication);
        if (source.qualifier) parts.push(source.qualifier);
        if (source.date) parts.push(source.date, formatIsoDate(lang, source.date));
        const href = safeHref(source.url);
        if (href) parts.push(href.hostname);
      }
      text = parts.join('\n').toLocaleLowerCase();
      this._haystacks.set(item, text);
    }
    return text;
  }

  /** `page-size` as a usable count: a bad attribute value (NaN, negative) means "all". */
  private get _size(): number {
    return Number.isFinite(this.pageSize) && this.pageSize > 0 ? Math.floor(this.pageSize) : 0;
  }

  private _filtered(): Briefing[] {
    // Words must all match; "quoted words" match as one phrase.
    const terms = (this._query.toLocaleLowerCase().match(/"[^"]+"|\S+/g) ?? [])
      .map((term) => term.replace(/^"|"$/g, '').trim())
      .filter(Boolean);
    if (terms.length === 0) return this._items;
    return this._items.filter((item) => {
      const haystack = this._haystack(item);
      return terms.every((term) => haystack.includes(term));
    });
  }

  private _window(filtered: Briefing[]): { visible: Briefing[]; pages: number; pageIndex: number } {
    const capped = this.limit >= 1 ? filtered.slice(0, Math.floor(this.limit)) : filtered;
    const size = this._size;
    if (this.paging === 'none' || size === 0) return { visible: capped, pages: 1, pageIndex: 0 };
    if (this.paging === 'more') {
      const shown = Math.max(this._shown, size);
      return { visible: capped.slice(0, shown), pages: 1, pageIndex: 0 };
    }
    const pages = Math.max(1, Math.ceil(capped.length / size));
    const pageIndex = Math.min(this._pageIndex, pages - 1);
    return { visible: capped.slice(pageIndex * size, (pageIndex + 1) * size), pages, pageIndex };
  }

  private _follow(link: string | undefined, mode: 'append' | 'replace', atEnd = false): void {
    const url = link ? resolveLink(link, this._baseUrl) : undefined;
    if (!url) return;
    this._run({ url, origin: atEnd ? 'prev-page' : 'next-page', mode, atEnd });
  }

  private _more(capped: number, visible: number): void {
    const size = this._size;
    if (size > 0 && visible < capped) {
      this._shown = visible + size;
      this._emit('briefing-feed-page', {
        page: Math.ceil(this._shown / size),
        shown: Math.min(this._shown, capped),
      });
      return;
    }
    this._shown = visible + size;
    this._follow(this._feed?.page?.next, 'append');
  }

  private _goto(delta: 1 | -1, pageIndex: number, pages: number): void {
    const target = pageIndex + delta;
    if (target >= 0 && target < pages) {
      this._pageIndex = target;
      const size = this._size || this._items.length;
      this._emit('briefing-feed-page', { page: target + 1, shown: size });
      return;
    }
    if (delta > 0) this._follow(this._feed?.page?.next, 'replace');
    else this._follow(this._feed?.page?.prev, 'replace', true);
  }

  private _onSearch(event: Event): void {
    this._query = (event.target as HTMLInputElement).value;
    this._pageIndex = 0;
    this._shown = 0;
    this._emit('briefing-feed-search', { query: this._query, matches: this._filtered().length });
  }

  /** Page Down / Page Up move between articles (the WAI-ARIA feed pattern). */
  private _onFeedKey(event: KeyboardEvent): void {
    if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
    const article = (event.target as Element).closest?.('article');
    if (!article) return;
    let next: Element | null = article;
    do {
      next = event.key === 'PageDown' ? next.nextElementSibling : next.previousElementSibling;
    } while (next && next.localName !== 'article');
    if (next instanceof HTMLElement) {
      event.preventDefault();
      next.focus();
    }
  }

  // ---- money ------------------------------------------------------------------------------

  private _provider = (): Promise<RatesProvider> =>
    this.rates
      ? Promise.resolve(this.rates)
      : this.ratesSrc
        ? loadSiteRates(new URL(this.ratesSrc, document.baseURI).href)
        : loadDefaultRates();

  private _rate(from: string, to: string, date: string | undefined) {
    if (!date)
      return {
        ok: false as const,
        code: 'invalid-date' as const,
        reason: 'The briefing has no date.',
        unchecked: { code: 'no-date' as const },
      };
    return this._rateCache.get(from, to, date, this._provider);
  }

  /** Why there is no rate, in the reader's language (the provider's own sentence for other failures). */
  private _whyUnchecked(
    failure: { reason: string; unchecked?: UncheckedReason | undefined } | undefined,
  ): string {
    const strings = this._strings;
    const why = failure?.unchecked;
    if (why?.code === 'after-newest-data') return fill(strings.uncheckedAfterNewest, { newest: why.newest });
    if (why?.code === 'currency-not-covered')
      return fill(strings.uncheckedCurrency, { currency: why.currency });
    if (why?.code === 'no-date') return strings.uncheckedNoDate;
    return failure?.reason ?? '';
  }

  private _moneyFormat(currency: string, compact: boolean): Intl.NumberFormat {
    return numberFormat(this._lang, {
      style: 'currency',
      currency,
      ...(compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 0 }),
    });
  }

  private _toggleMoney(
    event: Event,
    key: string,
    item: Briefing,
    mention: MoneyMention,
    date: string | undefined,
  ) {
    if (this._open?.key === key) {
      this._closeMoney(true);
      return;
    }
    this._open = { key, item, mention, date, anchor: event.currentTarget as HTMLElement };
    window.addEventListener('pointerdown', this._onOutside, true);
    window.addEventListener('keydown', this._onEscape, true);
  }

  private _closeMoney(refocus: boolean): void {
    const open = this._open;
    if (!open) return;
    this._open = undefined;
    window.removeEventListener('pointerdown', this._onOutside, true);
    window.removeEventListener('keydown', this._onEscape, true);
    const popover = this.renderRoot.querySelector<HTMLElement>('#money-popover');
    if (popover?.matches(':popover-open')) popover.hidePopover();
    if (refocus && open.anchor.isConnected) open.anchor.focus();
  }

  private _onOutside = (event: Event): void => {
    const path = event.composedPath();
    const popover = this.renderRoot.querySelector('#money-popover');
    if (popover && path.includes(popover)) return;
    if (this._open && path.includes(this._open.anchor)) return;
    this._closeMoney(false);
  };

  private _onEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this._closeMoney(true);
  };

  protected override updated(): void {
    const popover = this.renderRoot.querySelector<HTMLElement>('#money-popover');
    if (!popover) return;
    if (this._open && !popover.matches(':popover-open')) {
      popover.showPopover();
      this._place(popover, this._open.anchor);
      popover.focus();
    } else if (this._open) this._place(popover, this._open.anchor);
  }

  private _place(popover: HTMLElement, anchor: HTMLElement): void {
    const box = anchor.getBoundingClientRect();
    const width = popover.offsetWidth;
    const height = popover.offsetHeight;
    // Keep the details inside the widget when it is wide enough, else inside the window.
    const host = this.getBoundingClientRect();
    const [minLeft, maxRight] =
      host.width >= width + 16 ? [host.left + 8, host.right - 8] : [8, window.innerWidth - 8];
    const left = Math.max(minLeft, Math.min(box.left, maxRight - width));
    const below = box.bottom + 6;
    const top =
      below + height > window.innerHeight && box.top - height - 6 > 0 ? box.top - height - 6 : below;
    popover.style.left = `${left}px`;
    popover.style.top = `${top}px`;
  }

  // ---- rendering ------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const strings = this._strings;
    const feed = this._feed;
    const waiting = this._status === 'idle' || this._status === 'loading';
    const filtered = this._filtered();
    const { visible, pages, pageIndex } = this._window(filtered);
    const hasItems = this._items.length > 0;
    const setSize = this.paging !== 'none' && feed?.page?.next ? -1 : filtered.length;
    const errorState = this._status === 'error';
    const emptyState = this._status === 'ready' && filtered.length === 0;
    const statusText = waiting
      ? strings.loading
      : this._query
        ? fill(strings.searchStatus, { shown: filtered.length, total: this._items.length })
        : '';
    const offset = this.paging === 'pages' && this._size > 0 ? pageIndex * this._size : 0;
    const threshold = BriefingFeedElement.virtualizeThreshold;
    const long = visible.length > threshold;
    if (long && !virtualize && !virtualizerFailed) loadVirtualizer().then(() => this.requestUpdate());
    const virtual = long && virtualize !== undefined;
    const renderItem = (item: Briefing, index: number) => this._renderArticle(item, offset + index, setSize);
    return html`<div part="base" class="base ${waiting ? 'waiting' : ''}" lang=${this._lang}>
      <div part="header" class="header" ?hidden=${this.noHeader}>
        <slot name="header"><h2 part="title" class="feed-title" id="feed-title">${feed?.title ?? strings.feedLabel}</h2></slot>
        ${
          feed
            ? html`<p part="meta" class="meta">
              ${strings.updated}
              <time datetime=${feed.generatedAt}>${formatInstant(this._lang, feed.generatedAt, this.timeZone)}</time>
            </p>`
            : nothing
        }
        ${
          this.search
            ? html`<div part="search" class="search" role="search">
              <input
                part="search-input"
                type="search"
                aria-label=${strings.search}
                placeholder=${strings.searchPlaceholder}
                .value=${this._query}
                @input=${this._onSearch}
              />
            </div>`
            : nothing
        }
      </div>
      <p part="search-status" class="search-status ${this._query ? '' : 'sr-only'}" role="status">${statusText}</p>
      ${this._renderNotices(strings)}
      <div part="skeleton" class="skeleton" aria-hidden="true" ?hidden=${!waiting}>
        ${[0, 1, 2].map(
          () =>
            html`<div class="skeleton-item"><div class="bone heading"></div><div class="bone"></div><div class="bone"></div><div class="bone short"></div></div>`,
        )}
      </div>
      <div part="error" class="state error" ?hidden=${!errorState}>
        <slot name="error"><p part="error-message" class="error-message">${this._error?.message ?? ''}</p></slot>
        ${
          this._error?.kind === 'invalid-feed'
            ? html`<details class="small"><summary>${strings.rejectedDetails}</summary><ul>
              ${this._error.issues.slice(0, 20).map((issue) => html`<li>${formatIssues([issue])}</li>`)}
            </ul></details>`
            : nothing
        }
        <button part="retry-button" class="button" type="button" @click=${this.retry}>${strings.retry}</button>
      </div>
      <div part="empty" class="state empty" ?hidden=${!emptyState}>
        <slot name="empty">${this._query ? strings.noMatches : strings.empty}</slot>
      </div>
      <div
        part="feed"
        class=${virtual ? 'virtual' : ''}
        role="feed"
        aria-labelledby="feed-title"
        aria-busy=${waiting || this._busy ? 'true' : 'false'}
        ?hidden=${!hasItems || emptyState}
        @keydown=${this._onFeedKey}
      >
        ${
          virtual && virtualize
            ? virtualize({ items: visible, renderItem, scroller: false })
            : (long && !virtualizerFailed ? visible.slice(0, threshold) : visible).map((item, index) =>
                renderItem(item, index),
              )
        }
      </div>
      ${hasItems && !emptyState ? this._renderControls(strings, filtered.length, visible.length, pages, pageIndex) : nothing}
      ${this._renderPopover(strings)}
    </div>`;
  }

  private _renderNotices(strings: BriefingFeedStrings) {
    const stale = this._error && this._status === 'ready' && this._items.length > 0;
    const rejected = rejectedItems(this._rejected).length;
    return html`${
      stale
        ? html`<div part="notice" class="notice" role="alert">
          <span>${strings.staleNotice} ${this._error?.message ?? ''}</span>
          <button part="retry-button" class="button" type="button" @click=${this.retry}>${strings.retry}</button>
        </div>`
        : nothing
    }${
      rejected > 0 && this._status === 'ready'
        ? html`<div part="notice" class="notice">
          <span>${fill(strings.rejectedNotice, { count: rejected })}</span>
          <details>
            <summary>${strings.rejectedDetails}</summary>
            <ul>${this._rejected.slice(0, 20).map((issue) => html`<li>${formatIssues([issue])}</li>`)}</ul>
          </details>
        </div>`
        : nothing
    }`;
  }

  private _renderControls(
    strings: BriefingFeedStrings,
    filtered: number,
    visible: number,
    pages: number,
    pageIndex: number,
  ) {
    const page = this._feed?.page;
    const capped = this.limit > 0 ? Math.min(filtered, this.limit) : filtered;
    const limitReached = this.limit > 0 && this._items.length >= this.limit;
    if (this.paging === 'more') {
      const localMore = this._size > 0 && visible < capped;
      const remoteMore = !localMore && !this._query && !limitReached && Boolean(page?.next);
      if (!localMore && !remoteMore) return nothing;
      return html`<div part="controls" class="controls">
        <button part="more-button" class="button" type="button" ?disabled=${this._busy} @click=${() => this._more(capped, visible)}>
          ${this._busy ? strings.loadingMore : strings.loadMore}
        </button>
      </div>`;
    }
    if (this.paging === 'pages') {
      const local = this._size > 0 && pages > 1;
      const hasPrev = pageIndex > 0 || (!this._query && Boolean(page?.prev));
      const hasNext = pageIndex < pages - 1 || (!this._query && Boolean(page?.next));
      if (!hasPrev && !hasNext) return nothing;
      const status = local
        ? fill(strings.pageStatus, { page: pageIndex + 1, total: pages })
        : page
          ? page.total
            ? fill(strings.pageStatus, { page: page.number, total: page.total })
            : fill(strings.pageStatusOpen, { page: page.number })
          : '';
      return html`<div part="controls" class="controls">
        <button part="prev-button" class="button" type="button" ?disabled=${!hasPrev || this._busy} @click=${() => this._goto(-1, pageIndex, pages)}>
          ${strings.previous}
        </button>
        <span part="page-status" class="page-status">${status}</span>
        <button part="next-button" class="button" type="button" ?disabled=${!hasNext || this._busy} @click=${() => this._goto(1, pageIndex, pages)}>
          ${strings.next}
        </button>
      </div>`;
    }
    return nothing;
  }

  private _renderArticle(item: Briefing, index: number, setSize: number): TemplateResult {
    const date = rateDate(item, this._feed);
    const titleId = `briefing-${index}`;
    return html`<article
      part="article"
      tabindex="0"
      aria-posinset=${index + 1}
      aria-setsize=${setSize}
      aria-labelledby=${titleId}
      lang=${item.language}
    >
      <h3 part="article-title" class="title" id=${titleId}>${item.title}</h3>
      <div part="article-body" class="body">
        ${item.body.map(
          (paragraph, paragraphIndex) =>
            html`<p part="paragraph">${segmentParagraph(paragraph, paragraphIndex, item.money).map(
              (segment) =>
                segment.mention
                  ? this._renderMoney(item, segment.mention, segment.index, date)
                  : segment.text,
            )}</p>`,
        )}
      </div>
      <div part="citations" class="citations">${item.sources.map((source) => this._renderCitation(source))}</div>
    </article>`;
  }

  private _renderCitation(source: Citation): TemplateResult {
    const strings = this._strings;
    const { name, href, host } = citationLabel(source);
    return html`<p part="citation" class="citation">
      <span class="sr-only">${strings.source}:</span>
      <span part="publication" class="publication">${name}</span>
      ${source.qualifier ? html`<span part="qualifier" class="qualifier">(${source.qualifier})</span>` : nothing}
      ${
        source.date
          ? html`<time part="date" class="date" datetime=${source.date}>${formatIsoDate(this._lang, source.date)}</time>`
          : nothing
      }
      ${
        href
          ? html`<a part="link" class="link" href=${href.href} target="_blank" rel="noopener noreferrer"
            >${fill(strings.readAt, { host: host ?? '' })}<span aria-hidden="true"> ↗</span></a
          >`
          : nothing
      }
    </p>`;
  }

  private _renderMoney(item: Briefing, mention: MoneyMention, index: number, date: string | undefined) {
    const reader = this._readerCurrency;
    const mark = html`<mark part="money-text">${mention.text}</mark>`;
    if (!reader) return html`<span part="money" class="money">${mark}</span>`;
    const key = `${item.id}#${index}`;
    const strings = this._strings;
    const { amount } = mention;
    const result = this._rate(amount.currency, reader, date);
    let label: string;
    if (!result) label = '…';
    else if (!result.ok) label = strings.noRate;
    else {
      const value = formatRange(
        this._moneyFormat(reader, true),
        amount.min * result.quote.rate,
        amount.max * result.quote.rate,
      );
      label = amount.currency === reader ? value : `≈ ${value}`;
    }
    return html`<span part="money" class="money">${mark}<button
        part="money-button"
        class="chip"
        type="button"
        aria-expanded=${this._open?.key === key ? 'true' : 'false'}
        aria-controls="money-popover"
        aria-describedby="money-hint"
        @click=${(event: Event) => this._toggleMoney(event, key, item, mention, date)}
      >${label}</button></span>`;
  }

  private _renderPopover(strings: BriefingFeedStrings) {
    const open = this._open;
    const reader = this._readerCurrency;
    return html`<span id="money-hint" class="sr-only">${strings.showConversion}</span>
      <div
        id="money-popover"
        part="popover"
        popover="manual"
        role="dialog"
        aria-labelledby="money-popover-title"
        tabindex="-1"
      >
        ${open && reader ? this._renderDetails(open, reader, strings) : nothing}
      </div>`;
  }

  private _renderDetails(open: OpenMoney, reader: string, strings: BriefingFeedStrings) {
    const { mention, date } = open;
    const { amount } = mention;
    const lang = this._lang;
    const exact = (currency: string, min: number, max: number) =>
      formatRange(this._moneyFormat(currency, false), min, max);
    const percent = numberFormat(lang, {
      style: 'percent',
      signDisplay: 'exceptZero',
      maximumFractionDigits: 1,
    });
    const rateFormat = numberFormat(lang, { maximumSignificantDigits: 6 });
    const result = this._rate(amount.currency, reader, date);
    const per = mention.per ? ` / ${mention.per}` : '';
    return html`<button part="popover-close" class="button popover-close" type="button" @click=${() => this._closeMoney(true)}>
        ${strings.close}
      </button>
      <h4 class="popover-title" id="money-popover-title">${strings.conversionTitle}</h4>
      <dl>
        <dt>${strings.original}</dt>
        <dd>“${mention.text}”<br /><span class="small">${exact(amount.currency, amount.min, amount.max)}${per}</span></dd>
        <dt>${fill(strings.inCurrency, { currency: reader })}</dt>
        <dd>
          ${
            !result
              ? strings.converting
              : result.ok
                ? html`${amount.currency === reader ? '' : '≈ '}${exact(reader, amount.min * result.quote.rate, amount.max * result.quote.rate)}${per}`
                : html`${strings.rateUnavailable}: ${this._whyUnchecked(result)}`
          }
        </dd>
        ${
          result?.ok && amount.currency !== reader
            ? html`<dt>${strings.referenceRate}</dt>
              <dd>
                1 ${amount.currency} = ${rateFormat.format(result.quote.rate)} ${reader}
                <br /><span class="small">${describeQuote(result.quote)}</span>
              </dd>`
            : nothing
        }
        ${mention.stated.map((stated) => {
          const checked = checkStated(
            mention,
            stated,
            date,
            date ? this._rate(amount.currency, stated.currency, date) : undefined,
            // The rates package says why a look-up failed (`unchecked`), so no coverage is needed here.
            undefined,
            () => this.requestUpdate(),
          );
          const verdict = checked.verdict;
          const implied =
            checked.implied ??
            (verdict?.verdict === 'differs' && !checked.fromData && date
              ? impliedFor(mention, stated, date, this.rates?.id ?? 'embedded', this._provider, () =>
                  this.requestUpdate(),
                )
              : undefined);
          return html`<dt>${strings.stated}</dt>
            <dd>
              ${stated.text ? html`“${stated.text}”<br />` : nothing}
              <span class="small">${exact(stated.currency, stated.min, stated.max)}</span><br />
              ${
                verdict && verdict.verdict !== 'unchecked'
                  ? html`<span class=${verdict.verdict} data-verdict=${verdict.verdict}
                        >${verdict.verdict === 'agrees' ? '✓ ' : '⚠ '}${fill(
                          verdict.verdict === 'agrees' ? strings.agrees : strings.differs,
                          {
                            percent: percent.format(verdict.deviation),
                          },
                        )}</span
                      >${
                        stated.currency === reader && !checked.fromData
                          ? nothing
                          : html`<br /><span class="small"
                              >1 ${amount.currency} = ${rateFormat.format(verdict.rate)} ${stated.currency} ·
                              ${checked.fromData ? html`<time datetime=${verdict.rateDate}>${verdict.rateDate}</time> · ` : nothing}${verdict.rateSource}</span
                            >`
                      }${
                        implied
                          ? html`<br /><span class="small implied"
                              >${fill(strings.consistentWith, implied)}</span
                            >`
                          : nothing
                      }`
                  : checked.pending
                    ? html`<span class="small">${strings.converting}</span>`
                    : html`<span class="small" data-verdict="unchecked" data-reason=${verdict?.verdict === 'unchecked' ? verdict.reason.code : ''}
                        >${strings.rateUnavailable}: ${verdict?.verdict === 'unchecked' ? this._whyUnchecked({ reason: verdict.message, unchecked: verdict.reason }) : ''}</span
                      >`
              }
            </dd>`;
        })}
      </dl>`;
  }
}
