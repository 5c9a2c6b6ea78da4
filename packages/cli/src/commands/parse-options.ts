/** The options of `briefing parse` and what they make: one definition for every parse path. */
import { defineOptions, type OptionValues } from '../command.js';
import { formatOption, parseFormat, parseYear, RATES_OPTIONS, YEAR_OPTION } from '../options.js';
import type { ParseToFeedOptions } from '@briefing/parser';
import { parseNearest, type RatesRequest } from '../rates-sources.js';

/** `parse` without --ndjson reads a page whole up to this size. */
export const MAX_WHOLE_PAGE_BYTES = 64 * 1024 * 1024;

export const parseOptionDefinitions = defineOptions({
  ...formatOption('input format (default: auto)'),
  pretty: { type: 'boolean', help: 'indent the JSON' },
  ndjson: {
    type: 'boolean',
    help: 'one file: stream one briefing per line, page by page, in constant memory\n(pages split on form feeds and "<Name> - N. page" headers);\nmany pages: one feed per line, in input order',
  },
  out: {
    type: 'string',
    value: '<dir>',
    help: 'write one feed per page into <dir> (<dir>/<page path>.json), for many pages',
  },
  resume: { type: 'boolean', help: 'with --out: skip pages whose feed file already exists' },
  jobs: {
    type: 'string',
    value: '<n>',
    help: 'worker threads for many pages (default: the available cores)',
  },
  'no-rates': { type: 'boolean', help: 'do not check stated conversions against reference rates' },
  ...RATES_OPTIONS,
  ...YEAR_OPTION,
  url: {
    type: 'string',
    value: '<url>',
    help: "the page's address: resolves its relative links and names its outlet\n(a bare $ on a Hong Kong outlet's or a .hk page is HKD)",
  },
  language: { type: 'string', value: '<tag>', help: 'BCP 47 language of the briefings (default: en)' },
  'generated-at': { type: 'string', value: '<instant>', help: 'feed generatedAt (default: now)' },
  title: { type: 'string', value: '<text>', help: 'feed title (default: the page title)' },
  'feed-url': { type: 'string', value: '<url>', help: 'feed feedUrl' },
  'home-page-url': { type: 'string', value: '<url>', help: 'feed homePageUrl' },
  explain: {
    type: 'boolean',
    help: 'print each input line with the class it got (title, body,\ncitation, chrome...) and why, instead of the feed',
  },
  quiet: { type: 'boolean', help: 'no issues on stderr' },
});

export type ParseValues = OptionValues<typeof parseOptionDefinitions>;

/** The parseToFeed options of every path (one page, a stream, an archive's workers), rates aside. */
export function pipelineOptions(values: ParseValues): Omit<ParseToFeedOptions, 'rates'> {
  const year = parseYear(values.year);
  return {
    format: parseFormat(values.format),
    ...(year === undefined ? {} : { year }),
    ...(values.url ? { url: values.url } : {}),
    ...(values.language ? { language: values.language } : {}),
    ...(values['generated-at'] ? { generatedAt: values['generated-at'] } : {}),
    ...(values.title ? { title: values.title } : {}),
    ...(values['feed-url'] ? { feedUrl: values['feed-url'] } : {}),
    ...(values['home-page-url'] ? { homePageUrl: values['home-page-url'] } : {}),
  };
}

/** What the rates of a run are made of; a worker builds the same provider from it. */
export function ratesRequest(values: ParseValues): RatesRequest | undefined {
  if (values['no-rates']) return undefined;
  const nearestDays = parseNearest(values.nearest);
  return { rates: values.rates ?? [], ...(nearestDays ? { nearestDays } : {}) };
}
