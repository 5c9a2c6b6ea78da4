import * as z from 'zod/mini';
import {
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_ISSUES,
  IssueList,
  tooDeepAt,
  tooDeepIssue,
  type ValidationLimits,
} from './limits.js';
import { type Briefing, BriefingSchema } from './briefing.js';
import { type BriefingFeed, FeedEnvelopeSchema, feedRuleProblems } from './feed.js';

/** One problem found in briefing data. */
export interface ValidationIssue {
  /** Where, as keys and indexes from the root: `["items", 3, "sources", 0, "url"]`. */
  path: (string | number)[];
  /** The same place as a JSON Pointer (`/items/3/sources/0/url`), for tools in other languages. */
  pointer: string;
  /** Stable machine code: zod's (`invalid_type`, `unrecognized_keys`...) or ours (`min_le_max`, `unique_ids`...). */
  code: string;
  /** A sentence a person understands, naming what was found and what was expected. */
  message: string;
}

export type ValidationResult<T> =
  | { ok: true; value: T; issues: [] }
  | { ok: false; value: T | undefined; issues: ValidationIssue[] };

export interface ValidateFeedOptions extends ValidationLimits {
  /**
   * `strict` (default): any problem rejects the feed.
   * `lenient`: a valid envelope with some invalid items gives `value` with only the valid
   * items, and `issues` naming each rejected item by index. `ok` is still false then.
   */
  mode?: 'strict' | 'lenient';
}

const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return `${typeof value} ${String(value)}`;
};

/*
 * Messages for the generic zod issues (wrong type, unknown keys...). Schema-level messages
 * take precedence, so this only fills the gaps, and only for our own parses: the user's
 * global zod configuration is left alone.
 */
const parseOptions = {
  error: (iss: z.core.$ZodRawIssue): string | undefined => {
    switch (iss.code) {
      case 'invalid_type':
        return iss.input === undefined
          ? 'is required'
          : `expected ${iss.expected}; got ${describe(iss.input)}`;
      case 'unrecognized_keys':
        // Named up to ten: an object with a million unknown keys must not make a megabyte message.
        return `unknown ${iss.keys.length === 1 ? 'field' : 'fields'} ${iss.keys
          .slice(0, 10)
          .map((k) => JSON.stringify(k.length > 60 ? `${k.slice(0, 57)}...` : k))
          .join(
            ', ',
          )}${iss.keys.length > 10 ? ` and ${iss.keys.length - 10} more` : ''} (vendor data belongs in "extensions")`;
      case 'invalid_key':
        return `${describe(iss.input)} is not an allowed name here (use letters, digits, "_", "." or "-", starting with a letter or "_")`;
      case 'invalid_union':
        return `does not match any allowed form; got ${describe(iss.input)}`;
      default:
        return undefined;
    }
  },
};

const escapePointer = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

export function toPointer(path: readonly (string | number)[]): string {
  return path.length === 0 ? '' : `/${path.map(escapePointer).join('/')}`;
}

/** `items[3].sources[0].url`: the path as a person reads it. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out || '(root)';
}

function addZodIssues(
  into: IssueList,
  issues: readonly z.core.$ZodIssue[],
  prefix: (string | number)[] = [],
): void {
  for (const iss of issues) {
    const path = [...prefix, ...(iss.path as (string | number)[])];
    const rule = iss.code === 'custom' ? (iss.params as { rule?: string } | undefined)?.rule : undefined;
    into.add({ path, pointer: toPointer(path), code: rule ?? iss.code, message: iss.message });
  }
}

const internalError = (error: unknown): ValidationIssue => ({
  path: [],
  pointer: '',
  code: 'internal_error',
  message: `the validator failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
});

/*
 * Data the depth check lets through can still overflow zod's recursion (a cycle built in
 * code, a single object with hundreds of thousands of bad keys): that value is too complex,
 * which is the caller's problem to fix, not an internal error.
 */
const tooComplex = (path: (string | number)[]): ValidationIssue => ({
  path,
  pointer: toPointer(path),
  code: 'too_complex',
  message: 'too large or too deeply nested to validate (the validator ran out of stack); not validated',
});

/**
 * One value against one schema: depth first, then zod, each issue under `prefix`. `maxDepth`
 * counts from the value itself; the message counts from the root, as the caller's limit does.
 */
export function checkOne<T>(
  schema: z.ZodMiniType<T>,
  data: unknown,
  prefix: (string | number)[],
  maxDepth: number,
  into: IssueList,
): T | undefined {
  const deep = tooDeepAt(data, maxDepth);
  if (deep) {
    into.add(tooDeepIssue([...prefix, ...deep], maxDepth + prefix.length, toPointer));
    return undefined;
  }
  try {
    const result = schema.safeParse(data, parseOptions);
    if (result.success) return result.data;
    addZodIssues(into, result.error.issues, prefix);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    into.add(tooComplex(prefix));
  }
  return undefined;
}

/** Validates one briefing. Never throws, whatever it is given. */
export function validateBriefing(data: unknown, limits: ValidationLimits = {}): ValidationResult<Briefing> {
  try {
    const issues = new IssueList(limits.maxIssues ?? DEFAULT_MAX_ISSUES);
    const value = checkOne(BriefingSchema, data, [], limits.maxDepth ?? DEFAULT_MAX_DEPTH, issues);
    if (value !== undefined && issues.size === 0) return { ok: true, value, issues: [] };
    return { ok: false, value: undefined, issues: issues.result() };
  } catch (error) {
    return { ok: false, value: undefined, issues: [internalError(error)] };
  }
}

/**
 * Validates a whole feed. Never throws, whatever it is given. The envelope is checked first,
 * then the items one at a time (so no single zod parse sees more than one briefing), then the
 * rules across items; the issues come in that order, the envelope's unknown fields last.
 */
export function validateFeed(
  data: unknown,
  options: ValidateFeedOptions = {},
): ValidationResult<BriefingFeed> {
  try {
    return validateItemByItem(data, options);
  } catch (error) {
    return { ok: false, value: undefined, issues: [internalError(error)] };
  }
}

function validateItemByItem(data: unknown, options: ValidateFeedOptions): ValidationResult<BriefingFeed> {
  const lenient = options.mode === 'lenient';
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const issues = new IssueList(options.maxIssues ?? DEFAULT_MAX_ISSUES);
  const rawItems =
    typeof data === 'object' && data !== null && Array.isArray((data as { items?: unknown }).items)
      ? (data as { items: unknown[] }).items
      : undefined;
  // The envelope's own depth: everything but the items, which are checked one by one.
  const envelopeIssues = new IssueList(Number.POSITIVE_INFINITY);
  const envelope = checkOne(
    FeedEnvelopeSchema,
    rawItems ? { ...(data as object), items: [] } : data,
    [],
    maxDepth,
    envelopeIssues,
  );
  const unknownFields = envelopeIssues.kept.filter(
    (i) => i.code === 'unrecognized_keys' && i.path.length === 0,
  );
  for (const issue of envelopeIssues.kept) if (!unknownFields.includes(issue)) issues.add(issue);
  // A broken envelope fails lenient mode outright; strict mode still reports the items' problems.
  if (rawItems && (envelope || !lenient)) {
    const items: (Briefing | undefined)[] = new Array(rawItems.length);
    for (let i = 0; i < rawItems.length; i++)
      items[i] = checkOne(BriefingSchema, rawItems[i], ['items', i], maxDepth - 2, issues);
    const rejected = new Set<number>();
    for (const problem of feedRuleProblems({ page: envelope?.page, items })) {
      issues.add({
        path: problem.path,
        pointer: toPointer(problem.path),
        code: problem.rule,
        message: problem.message,
      });
      if (problem.rule === 'unique_ids') rejected.add(problem.path[1] as number);
    }
    for (const issue of unknownFields) issues.add(issue);
    if (envelope) {
      const kept: Briefing[] = [];
      for (let i = 0; i < items.length; i++)
        if (items[i] !== undefined && !rejected.has(i)) kept.push(items[i]!);
      const value = { ...envelope, items: kept } as BriefingFeed;
      if (issues.size === 0) return { ok: true, value, issues: [] };
      return { ok: false, value: lenient ? value : undefined, issues: issues.result() };
    }
  } else for (const issue of unknownFields) issues.add(issue);
  return { ok: false, value: undefined, issues: issues.result() };
}

/** Indexes of the items a lenient validation rejected. */
export function rejectedItems(issues: readonly ValidationIssue[]): number[] {
  const out = new Set<number>();
  for (const issue of issues)
    if (issue.path[0] === 'items' && typeof issue.path[1] === 'number') out.add(issue.path[1]);
  return [...out].sort((a, b) => a - b);
}

/** Readable text, one problem per line: `items[3].sources[0].url: expected an absolute http(s) URL; got "javascript:x"`. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('\n');
}

/**
 * Makes zod validate without `new Function`, for pages whose Content-Security-Policy has
 * no `'unsafe-eval'`. It sets zod's global `jitless` flag (zod is a peer dependency, so this
 * is the same zod instance the page uses); validation stays correct, only slower.
 */
export function useJitless(): void {
  z.config({ jitless: true });
}
