/**
 * One pipeline from a page to a checked feed: parse (text or HTML), wrap as a feed, check the
 * stated conversions against reference rates, validate. The CLI (`briefing parse`) and the
 * validate service both call it, so the same page and options give the same feed everywhere.
 */
import { defaultRates, mergeRates, type RatesProvider } from '@briefing/rates';
import {
  type BriefingFeed,
  type ValidationIssue,
  type ValidationLimits,
  validateFeed,
} from '@briefing/schema';
import { parsePage } from './index.js';
import { type FeedOptions, toFeed } from './feed.js';
import { memoRates } from './memo-rates.js';
import { checkFeedConversions, type RateIssue } from './money/check.js';
import type { ParsedPage, ParseIssue, ParseOptions, UnparsedText } from './types.js';

/** `nearestDays` is at most this many days (a month): further than that, the rate is not the day's. */
export const MAX_NEAREST_DAYS = 31;

/**
 * Rates sources layered over the embedded ones: the source whose data ends last answers first, so a
 * newer file wins and every quote keeps its own source and date.
 */
export interface RatesLayers {
  /** Providers to ask before the embedded ECB + Fed H.10 rates (any order; sorted newest first). */
  sources?: readonly RatesProvider[];
  /** A date up to this many days after the newest rates uses the newest rate (marked `nearest`). 0 to 31. */
  nearestDays?: number;
}

export interface ParseToFeedOptions extends Omit<ParseOptions, 'explain'>, FeedOptions {
  /**
   * How stated conversions are checked: by default against the embedded rates (as `briefing parse`);
   * `{ sources, nearestDays }` layers newer rates over them; a provider is used as it is; `false`
   * leaves every conversion without a `reference`.
   */
  rates?: false | RatesProvider | RatesLayers;
  /** Limits of the final validation (depth, issues kept). */
  validation?: ValidationLimits;
}

export type FeedValidation = { ok: true } | { ok: false; issues: ValidationIssue[] };

export interface FeedResult {
  /** The feed, with `reference` on each stated conversion a rate was found for. */
  feed: BriefingFeed;
  /** The listing header and chrome the parser read. */
  page: ParsedPage;
  /** What the parser doubted (line numbers of this page's input). */
  issues: ParseIssue[];
  /** Text the parser could not place, with the reason. */
  unparsed: UnparsedText[];
  /** Stated conversions left unchecked, and why (none with `rates: false`). */
  rateIssues: RateIssue[];
  /** The feed checked against @briefing/schema; the parser promises `ok`, so `false` is a parser bug. */
  validation: FeedValidation;
}

const isProvider = (rates: RatesProvider | RatesLayers): rates is RatesProvider =>
  typeof (rates as RatesProvider).rate === 'function';

/** The newest date a provider has data for, when it says (embedded, file and folder providers do). */
const lastDate = (p: RatesProvider): string =>
  (p as { range?: () => { last: string } | undefined }).range?.()?.last ?? '';

function checkNearest(days: unknown): number | undefined {
  if (days === undefined) return undefined;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > MAX_NEAREST_DAYS)
    throw new RangeError(
      `parseToFeed: rates.nearestDays must be a whole number of days from 0 to ${MAX_NEAREST_DAYS}; got ${String(days).slice(0, 40)}`,
    );
  return days;
}

/**
 * The provider for a `rates` option: sources newest first, then the embedded rates. Throws a
 * one-line RangeError/TypeError for an option that is not one of the documented forms.
 */
export function ratesProviderFor(rates?: RatesProvider | RatesLayers): RatesProvider;
export function ratesProviderFor(rates: ParseToFeedOptions['rates']): RatesProvider | undefined;
export function ratesProviderFor(rates: ParseToFeedOptions['rates'] = {}): RatesProvider | undefined {
  if (rates === false) return undefined;
  if (typeof rates !== 'object' || rates === null)
    throw new TypeError(
      `parseToFeed: rates must be false, a rates provider or { sources, nearestDays }; got ${String(rates).slice(0, 40)}`,
    );
  if (isProvider(rates)) return rates;
  const nearestDays = checkNearest(rates.nearestDays);
  const sources = rates.sources ?? [];
  if (!Array.isArray(sources) || !sources.every((s) => s !== null && typeof s?.rate === 'function'))
    throw new TypeError('parseToFeed: rates.sources must be a list of rates providers');
  // A stable sort: sources with data to the same date keep the order given.
  const layers = [...sources].sort((a, b) => {
    const [la, lb] = [lastDate(a), lastDate(b)];
    return la === lb ? 0 : la > lb ? -1 : 1;
  });
  return mergeRates([...layers, defaultRates], nearestDays ? { nearestDays } : {});
}

/** The parse options of a pipeline's options (the rest are the feed's, the rates' and validation's). */
function pageOptionsOf(options: ParseToFeedOptions): ParseOptions {
  const {
    rates: _r,
    validation: _v,
    generatedAt: _g,
    feedUrl: _f,
    homePageUrl: _h,
    title: _t,
    ...page
  } = options;
  return page;
}

const feedOptionsOf = (o: ParseToFeedOptions): FeedOptions => ({
  ...(o.generatedAt === undefined ? {} : { generatedAt: o.generatedAt }),
  ...(o.title === undefined ? {} : { title: o.title }),
  ...(o.feedUrl === undefined ? {} : { feedUrl: o.feedUrl }),
  ...(o.homePageUrl === undefined ? {} : { homePageUrl: o.homePageUrl }),
});

/** The pipeline with its rates provider chosen once (parseFeeds shares one over many pages). */
async function runPipeline(
  input: string,
  options: ParseToFeedOptions,
  provider: RatesProvider | undefined,
): Promise<FeedResult> {
  const parsed = parsePage(input, pageOptionsOf(options));
  let feed = toFeed(parsed, feedOptionsOf(options));
  let rateIssues: RateIssue[] = [];
  if (provider) ({ feed, issues: rateIssues } = await checkFeedConversions(feed, provider));
  const checked = validateFeed(feed, options.validation ?? {});
  return {
    feed,
    page: parsed.page,
    issues: parsed.issues,
    unparsed: parsed.unparsed,
    rateIssues,
    validation: checked.ok ? { ok: true } : { ok: false, issues: checked.issues },
  };
}

/**
 * A briefings page (plain text or HTML) to a checked `BriefingFeed`: parsePage, toFeed, the stated
 * conversions checked against reference rates (the embedded ones unless `rates` says otherwise),
 * then validateFeed. Never rejects for the page, whatever it holds: what the parser doubts is in
 * `issues`, what it cannot place in `unparsed`. Bad options reject with a one-line error.
 */
export async function parseToFeed(input: string, options: ParseToFeedOptions = {}): Promise<FeedResult> {
  checkOptions(options);
  const provider = ratesProviderFor(options.rates);
  return runPipeline(input, options, provider && memoRates(provider));
}

/** Options that are not an object, or a format parsePage would quietly read as text, are mistakes worth naming. */
function checkOptions(options: ParseToFeedOptions): void {
  if (typeof options !== 'object' || options === null)
    throw new TypeError(`parseToFeed: options must be an object; got ${String(options).slice(0, 40)}`);
  const { format } = options;
  if (
    format !== undefined &&
    format !== 'text' &&
    format !== 'html' &&
    format !== 'markdown' &&
    format !== 'auto'
  )
    throw new TypeError(
      `parseToFeed: format must be "text", "html", "markdown" or "auto"; got ${JSON.stringify(String(format).slice(0, 40))}`,
    );
}

/** One page of many: its text and, optionally, a name the result carries (a file name, a URL). */
export interface NamedPage {
  text: string;
  name?: string;
  /** 1-based line of the input the page starts on (splitPages gives it). */
  startLine?: number;
}

export interface PageFeedResult extends FeedResult {
  /** 1-based position of the page in the input. */
  index: number;
  name?: string;
  startLine?: number;
}

/**
 * parseToFeed over many pages, one result per page as each is read: memory holds one page and its
 * feed at a time. The rates provider is chosen once for all pages (and rejects first, for bad options).
 */
export async function* parseFeeds(
  pages: AsyncIterable<string | NamedPage> | Iterable<string | NamedPage>,
  options: ParseToFeedOptions = {},
): AsyncGenerator<PageFeedResult> {
  checkOptions(options);
  const chosen = ratesProviderFor(options.rates);
  // One memory of rates answers for the whole run: an archive's pages share their dates.
  const provider = chosen && memoRates(chosen);
  let index = 0;
  for await (const page of pages) {
    index++;
    const named: NamedPage = typeof page === 'string' ? { text: page } : page;
    const result = await runPipeline(named.text, options, provider);
    yield {
      ...result,
      index,
      ...(named.name === undefined ? {} : { name: named.name }),
      ...(named.startLine === undefined ? {} : { startLine: named.startLine }),
    };
  }
}
