/** Every piece of text the element shows. Pass a partial object in the `strings` property to override some. */
export interface BriefingFeedStrings {
  /** Accessible name of the feed when the data has no title. */
  feedLabel: string;
  loading: string;
  empty: string;
  noMatches: string;
  /** `{status}` is the HTTP status code. */
  errorHttp: string;
  errorNetwork: string;
  /** `{seconds}`: the element's `timeout`. */
  errorTimeout: string;
  errorNotJson: string;
  errorInvalid: string;
  retry: string;
  /** Shown above the items when a refresh failed and the last good items stay. */
  staleNotice: string;
  /** `{count}` briefings in the data could not be shown. */
  rejectedNotice: string;
  rejectedDetails: string;
  loadMore: string;
  loadingMore: string;
  previous: string;
  next: string;
  /** `{page}` and `{total}`. */
  pageStatus: string;
  pageStatusOpen: string;
  search: string;
  searchPlaceholder: string;
  /** `{shown}` of `{total}`. */
  searchStatus: string;
  /** Link text; `{host}` is the link's host name. */
  readAt: string;
  source: string;
  updated: string;
  /** Popover. */
  conversionTitle: string;
  showConversion: string;
  original: string;
  inCurrency: string;
  referenceRate: string;
  stated: string;
  agrees: string;
  /** `{percent}` is a signed percentage such as "+12.4%". */
  differs: string;
  /** For a conversion that differs: `{date}` explains it, `{rate}` is the writer's rate ("7.27 CNY per USD"). */
  consistentWith: string;
  noRate: string;
  rateUnavailable: string;
  /** Why a conversion is unchecked: `{newest}` is the newest date the rates cover (YYYY-MM-DD). */
  uncheckedAfterNewest: string;
  /** `{currency}` is an ISO 4217 code no rates source covers. */
  uncheckedCurrency: string;
  uncheckedNoDate: string;
  close: string;
  /** Words quoted from the briefing (`{text}`), in the language's quotation marks. */
  quoted: string;
  converting: string;
  /** The conversion details could not be loaded (offline, or their script is blocked); a Retry button follows. */
  detailsError: string;
}

export const en: BriefingFeedStrings = {
  feedLabel: 'Briefings',
  loading: 'Loading briefings…',
  empty: 'No briefings yet.',
  noMatches: 'No briefings match your search.',
  errorHttp: 'The briefings could not be loaded: the server answered {status}.',
  errorNetwork: 'The briefings could not be loaded: the network request failed.',
  errorTimeout: 'The briefings could not be loaded: the server did not answer within {seconds} seconds.',
  errorNotJson: 'The briefings could not be loaded: the server did not send JSON.',
  errorInvalid: 'The briefings could not be shown: the data is not a valid briefing feed.',
  retry: 'Retry',
  staleNotice: 'Could not refresh; showing the last briefings that loaded.',
  rejectedNotice: '{count} briefing(s) in this feed could not be shown.',
  rejectedDetails: 'Details',
  loadMore: 'Load more',
  loadingMore: 'Loading…',
  previous: 'Previous',
  next: 'Next',
  pageStatus: 'Page {page} of {total}',
  pageStatusOpen: 'Page {page}',
  search: 'Search briefings',
  searchPlaceholder: 'Search by text, source or date',
  searchStatus: '{shown} of {total} briefings',
  readAt: 'Read at {host}',
  source: 'Source',
  updated: 'Updated',
  conversionTitle: 'Conversion',
  showConversion: 'show conversion details',
  original: 'Original',
  inCurrency: 'In {currency}',
  referenceRate: 'Reference rate',
  stated: 'Stated',
  agrees: 'agrees with the reference rate ({percent})',
  differs: 'differs from the reference rate by {percent}',
  consistentWith: 'consistent with the rate of {date} (the writer used {rate})',
  noRate: 'n/a',
  rateUnavailable: 'No reference rate',
  uncheckedAfterNewest: 'the cited date is after the newest rates ({newest})',
  uncheckedCurrency: 'no rates source covers {currency}',
  uncheckedNoDate: 'the citation has no date',
  close: 'Close',
  quoted: '“{text}”',
  converting: 'converting…',
  detailsError: 'The conversion details could not be loaded.',
};
