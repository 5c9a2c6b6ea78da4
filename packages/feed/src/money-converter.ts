/*
 * The conversions of one element: the rate look-ups (cached per provider), each chip's value, and the
 * details a chip opens in the popover. A module of its own (conversions-module.ts), imported when an
 * element first has a reader currency; the CDN build writes it to cdn/conversions.js.
 */
import type { RateResult, RatesProvider } from '@briefing/rates';
import type { MoneyMention } from '@briefing/schema';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { conversionDetails } from './conversion-details.js';
import type { BriefingFeedStrings } from './locales/en.js';
import { type ConversionContext, chipLabel, noDateResult } from './money-chip.js';
import { MoneyPopover } from './popover.js';
import { loadDefaultRates, RateCache } from './rate-cache.js';
import { loadSiteRates } from './rates-src.js';

/** What the conversions read from the element. */
export interface MoneyHost extends ReactiveControllerHost, HTMLElement {
  currency: string | undefined;
  rates: RatesProvider | undefined;
  ratesSrc: string | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The money mention whose conversion details are open. */
export interface OpenMoney {
  key: string;
  mention: MoneyMention;
  date: string | undefined;
}

export class MoneyConverter {
  /** The rate look-ups; a server render primes it with answers resolved in advance. */
  readonly rateCache: RateCache;
  /** The conversion details' popover (one per element). */
  readonly popover: MoneyPopover<OpenMoney>;

  constructor(
    private readonly host: MoneyHost,
    private readonly lang: () => string,
    private readonly strings: () => BriefingFeedStrings,
    box: () => HTMLElement | null,
  ) {
    this.rateCache = new RateCache(() => host.requestUpdate());
    this.popover = new MoneyPopover<OpenMoney>(host, box);
  }

  /** A chip's text: the amount in the reader's currency, "…" while its rate loads. */
  label(reader: string, mention: MoneyMention, date: string | undefined): string {
    return chipLabel(this.context(reader), mention, date);
  }

  /** The open conversion's details, for the popover. */
  details(reader: string, shown: OpenMoney): TemplateResult {
    return conversionDetails(this.context(reader), shown.mention, shown.date, () => this.popover.close(true));
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
