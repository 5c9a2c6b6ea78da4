import type { RateResult } from '@briefing/rates';
import type { Briefing, MoneyMention } from '@briefing/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { conversions } from './conversions-module.js';
import { loadFloatingUi } from './floating-ui-loader.js';
import type { BriefingFeedStrings } from './locales/en.js';
import type { MoneyConverter, MoneyHost, OpenMoney } from './money-converter.js';
import { showWithoutPopoverApi } from './popover-box.js';

const CURRENCY = /^[A-Z]{3}$/;

/**
 * Money mentions in the reader's currency: each mention's chip and the popover box its details open in.
 * The conversions themselves (rate look-ups, values, details) are a module of their own
 * (money-converter.ts), imported when the element first has a reader currency.
 */
export class MoneyView {
  /** The element's conversions, made once their module has loaded. */
  private converter: MoneyConverter | undefined;
  /** The chip whose details could not be opened (the module's import failed): it offers Retry. */
  private failed: { key: string; retry: () => void } | undefined;

  constructor(
    private readonly host: MoneyHost,
    private readonly lang: () => string,
    private readonly strings: () => BriefingFeedStrings,
  ) {
    host.addController({
      hostUpdated: () => {
        const box = this.box();
        if (box) showWithoutPopoverApi(box, this.converter?.popover.open !== undefined);
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

  /**
   * With a reader currency, imports the conversions (once); undefined when there is nothing to wait for.
   * A render of data already in hand waits for it, so that a server-rendered element is adopted with the
   * values it was rendered with.
   */
  prepare(): Promise<unknown> | undefined {
    if (!this.reader || this.converterNow()) return undefined;
    // The embedded rates download beside the module that will ask for them, not after it.
    if (!this.host.rates && !this.host.ratesSrc) import('@briefing/rates').catch(() => {});
    return conversions.load().then(
      () => this.host.requestUpdate(),
      () => this.host.requestUpdate(),
    );
  }

  /** The rates changed (`rates`, `rates-src`): answers looked up with the old ones are forgotten. */
  resetRates(): void {
    this.converter?.rateCache.reset();
  }

  /** A server render's rate answers, resolved in advance (the conversions must have loaded). */
  prime(answers: readonly { from: string; to: string; date: string; result: RateResult }[]): void {
    const converter = this.converterNow();
    if (!converter)
      throw new Error('<briefing-feed>: the conversions module must load before a server render');
    for (const { from, to, date, result } of answers) converter.rateCache.prime(from, to, date, result);
  }

  private converterNow(): MoneyConverter | undefined {
    const module = conversions.loaded;
    if (module && !this.converter)
      this.converter = new module.MoneyConverter(this.host, this.lang, this.strings, () => this.box());
    return this.converter;
  }

  /** A money mention: the amount as written and, with a reader currency, its converted chip. */
  mention(item: Briefing, mention: MoneyMention, index: number, date: string | undefined): TemplateResult {
    const reader = this.reader;
    const mark = html`<mark part="money-text">${mention.text}</mark>`;
    if (!reader) return html`<span part="money" class="money">${mark}</span>`;
    loadFloatingUi().catch(() => {});
    const converter = this.converterNow();
    if (!converter && !conversions.failed) void this.prepare();
    const key = `${item.id}#${index}`;
    const onClick = (event: Event) => this.toggle({ key, mention, date }, event.currentTarget as HTMLElement);
    // Without the conversions module (still loading, or it could not load) the chip has no value yet.
    const label = converter
      ? converter.label(reader, mention, date)
      : conversions.failed
        ? this.strings().noRate
        : '…';
    return html`<span part="money" class="money">${mark}<button
        part="money-button"
        class="chip"
        type="button"
        aria-expanded=${converter?.popover.isOpen(key) ? 'true' : 'false'}
        aria-controls="money-popover"
        aria-describedby="money-hint"
        @click=${onClick}
      >${label}</button>${this.failedNotice(key)}</span>`;
  }

  /** Opens (or closes) a chip's details, importing the conversions first if they are not there yet. */
  private toggle(what: OpenMoney, anchor: HTMLElement): void {
    if (this.failed) {
      this.failed = undefined;
      this.host.requestUpdate();
    }
    const converter = this.converterNow();
    if (converter) {
      converter.popover.toggle(what, anchor);
      return;
    }
    conversions.load().then(
      () => {
        if (anchor.isConnected) this.converterNow()?.popover.toggle(what, anchor);
      },
      () => {
        this.failed = { key: what.key, retry: () => this.toggle(what, anchor) };
        this.host.requestUpdate();
      },
    );
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
    const converter = this.converter;
    const shown = converter?.popover.open;
    const reader = this.reader;
    const content = converter && shown && reader ? converter.details(reader, shown) : nothing;
    return html`<span id="money-hint" class="sr-only">${this.strings().showConversion}</span>
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
}
