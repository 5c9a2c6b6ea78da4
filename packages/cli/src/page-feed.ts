/*
 * One page of text to a checked feed: parse, feed, reference rates, validate. Every parse path of
 * the CLI (one page, a stream of pages, an archive's worker) goes through this one function.
 */
import { applyRates, type ParseIssue, type ParseResult, parsePage, toFeed } from '@briefing/parser';
import type { RatesProvider } from '@briefing/rates';
import { type BriefingFeed, validateFeed, type ValidationIssue } from '@briefing/schema';

export type PageOptions = NonNullable<Parameters<typeof parsePage>[1]>;
export type FeedOptions = NonNullable<Parameters<typeof toFeed>[1]>;

export interface PageToFeedOptions {
  page: PageOptions;
  feed: FeedOptions;
  /** Stated conversions are checked against these; none: not checked. */
  rates?: RatesProvider | undefined;
}

export interface PageFeed {
  feed: BriefingFeed;
  issues: ParseIssue[];
  unparsed: ParseResult['unparsed'];
  /** Problems of the feed against the schema (none: it validates). */
  invalid: ValidationIssue[];
}

export async function pageToFeed(text: string, options: PageToFeedOptions): Promise<PageFeed> {
  const result = parsePage(text, options.page);
  let feed = toFeed(result, options.feed);
  if (options.rates) feed = await applyRates(feed, options.rates);
  const checked = validateFeed(feed);
  return {
    feed,
    issues: result.issues,
    unparsed: result.unparsed,
    invalid: checked.ok ? [] : checked.issues,
  };
}

/** `line 80: url-host-mismatch: ...`, the line counted from `lineOffset`. */
export function issueLine(issue: ParseIssue, lineOffset = 0): string {
  const where = issue.line !== undefined ? `line ${issue.line + lineOffset}: ` : '';
  return `${where}${issue.code}: ${issue.message}`;
}

/** Lines with text in them (what the page reader looks at). */
export function textLineCount(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) if (line.trim().length > 0) n++;
  return n;
}
