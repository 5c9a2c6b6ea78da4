import type { RateResult, RatesProvider } from '@briefing/rates';
import type { Briefing, MoneyMention } from '@briefing/schema';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { type DetailsModule, detailsModule, loadDetailsModule } from './details-module.js';
import { loadFloatingUi } from './floating-ui-loader.js';
import type { BriefingFeedStrings } from './locales/en.js';
import { loadDefaultRates, RateCache } from './money.js';
import { type ConversionContext, chipLabel, noDateResult } from './money-chip.js';
import type { MoneyPopover } from './popover.js';
import { showWithoutPopoverApi } from './popover-box.js';
import { loadSiteRates } from './rates-src.js';

const CURRENCY = /^[A-Z]{3}$/;

/** What the money view reads from the element. */
export interface MoneyHost extends ReactiveControllerHost, HTMLElement {
  currency: string | undefined;
  rates: RatesProvider | undefined;
  ratesSrc: string | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The money mention whose conversion details are open. */
interface OpenMoney {
  key: string;
  mention: MoneyMention;
  date: string | undefined;
}

/**
 * Money mentions in the reader's currency: each mention's chip, the conversion details it opens
 * (one popover per element) and the rate look-ups behind them, cached per provider. The popover and
 * the details are a module of their own (details-module.ts), imported when a reader first opens them.
 */
export class MoneyView {
  /** The rate look-ups; a server render primes it with answers resolved in advance. */
  readonly rateCache: RateCache;
  /** The popover, made once the details module has loaded. */
  private popover: MoneyPopover<OpenMoney> | undefined;
  /** The chip whose details could not be loaded (the module's import failed): it offers Retry. */
  private failed: { key: string; retry: () => void } | undefined;

  constructor(
    private readonly host: MoneyHost,
    private readonly lang: () => string,
    private readonly strings: () => BriefingFeedStrings,
  ) {
    this.rateCache = new RateCache(() => host.requestUpdate());
    host.addController({
      hostUpdated: () => {
        const box = this.box();
        if (box) showWithoutPopoverApi(box, this.popover?.open !== undefined);
      },
    });
  }

  private box(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('#money-popover');
  }

  /** The reader's currency when `currency` is a well-formed ISO 4217 code; conversions are off otherwise. */
  get reader(): string | undefined {
    const code = this.host.currency?.trim().toUpperCase();
    return code && CURRENCY.test(code) ? code : undefined;
  }

  /** A money mention: the amount as written and, with a reader currency, its converted chip. */
  mention(item: Briefing, mention: MoneyMention, index: number, date: string | undefined): TemplateResult {
    const reader = this.reader;
    const mark = html`<mark part="money-text">${mention.text}</mark>`;
    if (!reader) return html`<span part="money" class="money">${mark}</span>`;
    loadFloatingUi().catch(() => {});
    const key = `${item.id}#${index}`;
    const onClick = (event: Event) => this.toggle({ key, mention, date }, event.currentTarget as HTMLElement);
    return html`<span part="money" class="money">${mark}<button
        part="money-button"
        class="chip"
        type="button"
        aria-expanded=${this.popover?.isOpen(key) ? 'true' : 'false'}
        aria-controls="money-popover"
        aria-describedby="money-hint"
        @click=${onClick}
      >${chipLabel(this.context(reader), mention, date)}</button>${this.failedNotice(key)}</span>`;
  }

  /** Opens (or closes) a chip's details, importing their module first if it is not there yet. */
  private toggle(what: OpenMoney, anchor: HTMLElement): void {
    if (this.failed) {
      this.failed = undefined;
      this.host.requestUpdate();
    }
    const { module } = detailsModule();
    if (module) {
      this.popoverOf(module).toggle(what, anchor);
      return;
    }
    loadDetailsModule().then(
      (loaded) => {
        if (anchor.isConnected) this.popoverOf(loaded).toggle(what, anchor);
      },
      () => {
        this.failed = { key: what.key, retry: () => this.toggle(what, anchor) };
        this.host.requestUpdate();
      },
    );
  }

  private popoverOf(module: DetailsModule): MoneyPopover<OpenMoney> {
    this.popover ??= new module.MoneyPopover<OpenMoney>(this.host, () => this.box());
    return this.popover;
  }

  /** Beside the chip whose details could not be loaded: why, and Retry. */
  private failedNotice(key: string): TemplateResult | typeof nothing {
    if (this.failed?.key !== key) return nothing;
    const strings = this.strings();
    return html`<span class="small" role="alert">
      ${strings.detailsError}
      <button class="button" type="button" @click=${this.failed.retry}>${strings.retry}</button>
    </span>`;
  }

  /** The conversion details popover, empty while closed. */
  details(): TemplateResult {
    const shown = this.popover?.open;
    const reader = this.reader;
    const strings = this.strings();
    const { module } = detailsModule();
    const onClose = () => this.popover?.close(true);
    const content =
      shown && reader && module
        ? module.conversionDetails(this.context(reader), shown.mention, shown.date, onClose)
        : nothing;
    return html`<span id="money-hint" class="sr-only">${strings.showConversion}</span>
      <div
        id="money-popover"
        part="popover"
        class="popover"
        popover="manual"
        role="dialog"
        aria-labelledby="money-popover-title"
        tabindex="-1"
      >
        ${content}
      </div>`;
  }

  private provider = (): Promise<RatesProvider> => {
    const { rates, ratesSrc } = this.host;
    if (rates) return Promise.resolve(rates);
    if (ratesSrc) return loadSiteRates(new URL(ratesSrc, document.baseURI).href);
    return loadDefaultRates();
  };

  private rate = (from: string, to: string, date: string | undefined): RateResult | undefined =>
    date ? this.rateCache.get(from, to, date, this.provider) : noDateResult(this.strings());

  private context(reader: string): ConversionContext {
    return {
      reader,
      lang: this.lang(),
      strings: this.strings(),
      rate: this.rate,
      ratesId: this.host.rates?.id ?? 'embedded',
      provider: this.provider,
      requestUpdate: () => this.host.requestUpdate(),
    };
  }
}
