/*
 * The details a money chip opens: the amount as written, converted, the reference rate and the verdict
 * on each conversion the text states. Part of the conversions module (money-converter.ts,
 * cdn/conversions.js), which the element imports when it first has a reader currency.
 */
import type { ConversionVerdict } from '@briefing/money';
import type { RateResult, UncheckedReason } from '@briefing/rates';
import type { MoneyMention, StatedConversion } from '@briefing/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { formatRange, numberFormat } from './intl-cache.js';
import { fill } from './locales/fill.js';
import type { BriefingFeedStrings } from './locales/en.js';
import { approx, type ConversionContext, moneyFormat } from './money-chip.js';
import { checkStated, describeQuote, impliedFor, type StatedCheck } from './stated-checks.js';

/** Why there is no rate, in the reader's language (the provider's own sentence for other failures). */
export function whyUnchecked(
  strings: BriefingFeedStrings,
  failure: { reason: string; unchecked?: UncheckedReason | undefined } | undefined,
): string {
  const why = failure?.unchecked;
  if (why?.code === 'after-newest-data') return fill(strings.uncheckedAfterNewest, { newest: why.newest });
  if (why?.code === 'currency-not-covered')
    return fill(strings.uncheckedCurrency, { currency: why.currency });
  if (why?.code === 'no-date') return strings.uncheckedNoDate;
  return failure?.reason ?? '';
}

/** The conversion details of one mention, inside the popover. */
export function conversionDetails(
  ctx: ConversionContext,
  mention: MoneyMention,
  date: string | undefined,
  onClose: () => void,
): TemplateResult {
  const { strings, reader } = ctx;
  const { amount } = mention;
  const result = ctx.rate(amount.currency, reader, date);
  const per = mention.per ? ` / ${mention.per}` : '';
  return html`<button part="popover-close" class="button popover-close" type="button" @click=${onClose}>
      ${strings.close}
    </button>
    <h4 class="popover-title" id="money-popover-title">${strings.conversionTitle}</h4>
    <dl>
      <dt>${strings.original}</dt>
      <dd>${fill(strings.quoted, { text: mention.text })}<br /><span class="small">${exact(ctx, amount.currency, amount.min, amount.max)}${per}</span></dd>
      <dt>${fill(strings.inCurrency, { currency: reader })}</dt>
      <dd>${converted(ctx, mention, result, per)}</dd>
      ${referenceRate(ctx, mention, result)}
      ${mention.stated.map((stated) => statedConversion(ctx, mention, stated, date))}
    </dl>`;
}

function exact(ctx: ConversionContext, currency: string, min: number, max: number): string {
  return formatRange(moneyFormat(ctx.lang, currency, false), min, max);
}

function rateFormat(lang: string): Intl.NumberFormat {
  return numberFormat(lang, { maximumSignificantDigits: 6 });
}

function converted(
  ctx: ConversionContext,
  mention: MoneyMention,
  result: RateResult | undefined,
  per: string,
): TemplateResult | string {
  const { amount } = mention;
  if (!result) return ctx.strings.converting;
  if (!result.ok) return html`${ctx.strings.rateUnavailable}: ${whyUnchecked(ctx.strings, result)}`;
  const value = exact(ctx, ctx.reader, amount.min * result.quote.rate, amount.max * result.quote.rate);
  return html`${approx(amount.currency, ctx.reader)}${value}${per}`;
}

function referenceRate(ctx: ConversionContext, mention: MoneyMention, result: RateResult | undefined) {
  const from = mention.amount.currency;
  if (!result?.ok || from === ctx.reader) return nothing;
  return html`<dt>${ctx.strings.referenceRate}</dt>
    <dd>
      1 ${from} = ${rateFormat(ctx.lang).format(result.quote.rate)} ${ctx.reader}
      <br /><span class="small">${describeQuote(result.quote)}</span>
    </dd>`;
}

function statedConversion(
  ctx: ConversionContext,
  mention: MoneyMention,
  stated: StatedConversion,
  date: string | undefined,
): TemplateResult {
  const lookup = date ? ctx.rate(mention.amount.currency, stated.currency, date) : undefined;
  // The rates package says why a look-up failed (`unchecked`), so no coverage is needed here.
  const checked = checkStated(mention, stated, date, lookup, undefined, ctx.requestUpdate);
  return html`<dt>${ctx.strings.stated}</dt>
    <dd>
      ${stated.text ? html`${fill(ctx.strings.quoted, { text: stated.text })}<br />` : nothing}
      <span class="small">${exact(ctx, stated.currency, stated.min, stated.max)}</span><br />
      ${verdictLine(ctx, mention, checked, date)}
    </dd>`;
}

function verdictLine(
  ctx: ConversionContext,
  mention: MoneyMention,
  checked: StatedCheck,
  date: string | undefined,
): TemplateResult {
  const { verdict } = checked;
  if (verdict && verdict.verdict !== 'unchecked') return judged(ctx, mention, checked, verdict, date);
  if (checked.pending) return html`<span class="small">${ctx.strings.converting}</span>`;
  const reason = verdict?.verdict === 'unchecked' ? verdict.reason : undefined;
  const why =
    verdict?.verdict === 'unchecked'
      ? whyUnchecked(ctx.strings, { reason: verdict.message, unchecked: verdict.reason })
      : '';
  return html`<span class="small" data-verdict="unchecked" data-reason=${reason?.code ?? ''}
    >${ctx.strings.rateUnavailable}: ${why}</span
  >`;
}

type Judged = Exclude<ConversionVerdict, { verdict: 'unchecked' }>;

function judged(
  ctx: ConversionContext,
  mention: MoneyMention,
  checked: StatedCheck,
  verdict: Judged,
  date: string | undefined,
): TemplateResult {
  const { strings } = ctx;
  const percent = numberFormat(ctx.lang, {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: 1,
  });
  const agrees = verdict.verdict === 'agrees';
  const sentence = fill(agrees ? strings.agrees : strings.differs, {
    percent: percent.format(verdict.deviation),
  });
  return html`<span class=${verdict.verdict} data-verdict=${verdict.verdict}>${agrees ? '✓ ' : '⚠ '}${sentence}</span
    >${rateUsed(ctx, mention, checked, verdict)}${impliedLine(ctx, mention, checked, verdict, date)}`;
}

/** The rate the verdict used, unless it is the one the details already show above. */
function rateUsed(ctx: ConversionContext, mention: MoneyMention, checked: StatedCheck, verdict: Judged) {
  const { stated, fromData } = checked;
  if (stated.currency === ctx.reader && !fromData) return nothing;
  const when = fromData ? html`<time datetime=${verdict.rateDate}>${verdict.rateDate}</time> · ` : nothing;
  return html`<br /><span class="small"
      >1 ${mention.amount.currency} = ${rateFormat(ctx.lang).format(verdict.rate)} ${stated.currency} ·
      ${when}${verdict.rateSource}</span
    >`;
}

/** For a conversion that differs: the date whose rate explains it (from the data, else searched). */
function impliedLine(
  ctx: ConversionContext,
  mention: MoneyMention,
  checked: StatedCheck,
  verdict: Judged,
  date: string | undefined,
) {
  const searched =
    verdict.verdict === 'differs' && !checked.fromData && date
      ? impliedFor(mention, checked.stated, date, ctx.ratesId, ctx.provider, ctx.requestUpdate)
      : undefined;
  const implied = checked.implied ?? searched;
  if (!implied) return nothing;
  return html`<br /><span class="small implied">${fill(ctx.strings.consistentWith, implied)}</span>`;
}
