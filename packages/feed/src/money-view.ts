import type { RateResult, RatesProvider } from '@briefing/rates';
import type { Briefing, MoneyMention } from '@briefing/schema';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { detailsModule, loadDetailsModule } from './details-module.js';
import type { BriefingFeedStrings } from './locales/en.js';
import { loadDefaultRates, RateCache } from './money.js';
import { type ConversionContext, chipLabel, noDateResult } from './money-chip.js';
import { loadFloatingUi, MoneyPopover } from './popover.js';
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
 * (one popover per element) and the rate look-ups behind them, cached per provider.
 */
export class MoneyView {
  /** The rate look-ups; a server render primes it with answers resolved in advance. */
  readonly rateCache: RateCache;
  private readonly popover: MoneyPopover<OpenMoney>;

  constructor(
    private readonly host: MoneyHost,
    private readonly lang: () => string,
    private readonly strings: () => BriefingFeedStrings,
  ) {
    this.rateCache = new RateCache(() => host.requestUpdate());
    this.popover = new MoneyPopover<OpenMoney>(host, () =>
      host.renderRoot.querySelector<HTMLElement>('#money-popover'),
    );
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
    const onClick = (event: Event) =>
      this.popover.toggle({ key, mention, date }, event.currentTarget as HTMLElement);
    return html`<span part="money" class="money">${mark}<button
        part="money-button"
        class="chip"
        type="button"
        aria-expanded=${this.popover.isOpen(key) ? 'true' : 'false'}
        aria-controls="money-popover"
        aria-describedby="money-hint"
        @click=${onClick}
      >${chipLabel(this.context(reader), mention, date)}</button></span>`;
  }

  /** The conversion details popover, empty while closed. */
  details(): TemplateResult {
    const shown = this.popover.open;
    const reader = this.reader;
    const strings = this.strings();
    const onClose = () => this.popover.close(true);
    const content =
      shown && reader
        ? html`<button part="popover-close" class="button popover-close" type="button" @click=${onClose}>
              ${strings.close}
            </button>
            <h4 class="popover-title" id="money-popover-title">${strings.conversionTitle}</h4>
            ${this.detailsBody(this.context(reader), shown)}`
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

  /**
   * The details themselves come from conversion-details.ts, imported when first opened: "converting…"
   * until it is there, and if the import fails, why, with a Retry button that imports it again.
   */
  private detailsBody(ctx: ConversionContext, shown: OpenMoney): TemplateResult {
    const { module, failed } = detailsModule();
    if (module) return module.conversionDetails(ctx, shown.mention, shown.date);
    const load = () => {
      loadDetailsModule().then(ctx.requestUpdate, ctx.requestUpdate);
    };
    if (!failed) {
      load();
      return html`<p class="small">${ctx.strings.converting}</p>`;
    }
    const retry = () => {
      load();
      ctx.requestUpdate();
    };
    return html`<p class="small" role="alert">${ctx.strings.detailsError}</p>
      <button class="button" type="button" @click=${retry}>${ctx.strings.retry}</button>`;
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
