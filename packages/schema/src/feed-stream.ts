/*
 * A feed validated as it streams in, one item at a time, for feeds too large to hold in
 * memory (the CLI reads them with a streaming JSON parser). The same checks as `validateFeed`,
 * in the same functions; only what the rules across items need (each kept item's id) is kept.
 */
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_ISSUES, IssueList, tooDeepIssue } from './limits.js';
import { BriefingSchema } from './briefing.js';
import { FeedEnvelopeSchema, feedRuleProblems } from './feed.js';
import { checkOne, type ValidateFeedOptions, type ValidationIssue, toPointer } from './validate.js';

export interface FeedStreamSummary {
  /** No problem at all. */
  ok: boolean;
  /** The feed apart from its items is valid (lenient mode accepts the feed then). */
  envelopeOk: boolean;
  /** The first `maxIssues` problems, then one `too_many_issues` issue counting the rest. */
  issues: ValidationIssue[];
  /** Every problem found, listed or not. */
  issueCount: number;
  /** Items seen, items kept (valid and with an unused id). */
  total: number;
  kept: number;
  /** Indexes of the first rejected items (at most 20), for a summary line. */
  firstRejected: number[];
}

export interface FeedStreamValidator {
  /**
   * The next item of `items`, in order; `tooDeep` when the reader found it nested deeper than
   * the limit (and did not assemble it). Returns its problems (also kept for `finish`).
   */
  item(raw: unknown, tooDeep?: boolean): ValidationIssue[];
  /**
   * Ends the stream: `envelope` is the feed's other fields (everything but `items`);
   * `hadItems` whether the document had an `items` list; `tooDeep` whether the reader found
   * the envelope nested deeper than the limit.
   */
  finish(envelope: Record<string, unknown>, at: { hadItems: boolean; tooDeep?: boolean }): FeedStreamSummary;
}

export function createFeedStreamValidator(options: ValidateFeedOptions = {}): FeedStreamValidator {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const issues = new IssueList(options.maxIssues ?? DEFAULT_MAX_ISSUES);
  const ids: (string | undefined)[] = [];
  const rejected = new Set<number>();
  const firstRejected: number[] = [];
  const reject = (index: number) => {
    if (!rejected.has(index) && firstRejected.length < 20) firstRejected.push(index);
    rejected.add(index);
  };
  return {
    item(raw, tooDeep = false) {
      const index = ids.length;
      const found = new IssueList(options.maxIssues ?? DEFAULT_MAX_ISSUES);
      if (tooDeep) found.add(tooDeepIssue(['items', index], maxDepth, toPointer));
      const value = tooDeep
        ? undefined
        : checkOne(BriefingSchema, raw, ['items', index], maxDepth - 2, found);
      ids.push(value?.id);
      if (value === undefined) reject(index);
      const list = found.result();
      for (const issue of list) issues.add(issue);
      return list;
    },
    finish(envelope, { hadItems, tooDeep = false }) {
      const envelopeIssues = new IssueList(Number.POSITIVE_INFINITY);
      const data = hadItems ? { ...envelope, items: [] } : envelope;
      if (tooDeep) envelopeIssues.add(tooDeepIssue([], maxDepth, toPointer));
      const parsed = tooDeep ? undefined : checkOne(FeedEnvelopeSchema, data, [], maxDepth, envelopeIssues);
      for (const issue of envelopeIssues.kept) issues.add(issue);
      const items = ids.map((id) => (id === undefined ? undefined : { id }));
      for (const problem of feedRuleProblems({ page: parsed?.page, items })) {
        issues.add({
          path: problem.path,
          pointer: toPointer(problem.path),
          code: problem.rule,
          message: problem.message,
        });
        if (problem.rule === 'unique_ids') reject(problem.path[1] as number);
      }
      return {
        ok: issues.size === 0,
        issueCount: issues.size,
        envelopeOk: parsed !== undefined,
        issues: issues.result(),
        total: ids.length,
        kept: ids.length - rejected.size,
        firstRejected: firstRejected.sort((a, b) => a - b),
      };
    },
  };
}
