import * as z from 'zod/mini';
import {
  type Briefing,
  type BriefingFeed,
  BriefingFeedSchema,
  BriefingSchema,
  FeedEnvelopeSchema,
} from './schemas.js';

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

export interface ValidateFeedOptions {
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
        return `unknown ${iss.keys.length === 1 ? 'field' : 'fields'} ${iss.keys.map((k) => JSON.stringify(k)).join(', ')} (vendor data belongs in "extensions")`;
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

function fromZod(issues: readonly z.core.$ZodIssue[], prefix: (string | number)[] = []): ValidationIssue[] {
  return issues.map((iss) => {
    const path = [...prefix, ...(iss.path as (string | number)[])];
    const rule = iss.code === 'custom' ? (iss.params as { rule?: string } | undefined)?.rule : undefined;
    return { path, pointer: toPointer(path), code: rule ?? iss.code, message: iss.message };
  });
}

const internalError = (error: unknown): ValidationIssue => ({
  path: [],
  pointer: '',
  code: 'internal_error',
  message: `the validator failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
});

/** Validates one briefing. Never throws, whatever it is given. */
export function validateBriefing(data: unknown): ValidationResult<Briefing> {
  try {
    const result = BriefingSchema.safeParse(data, parseOptions);
    if (result.success) return { ok: true, value: result.data, issues: [] };
    return { ok: false, value: undefined, issues: fromZod(result.error.issues) };
  } catch (error) {
    return { ok: false, value: undefined, issues: [internalError(error)] };
  }
}

/** Validates a whole feed. Never throws, whatever it is given. */
export function validateFeed(
  data: unknown,
  options: ValidateFeedOptions = {},
): ValidationResult<BriefingFeed> {
  try {
    if (options.mode !== 'lenient') {
      const result = BriefingFeedSchema.safeParse(data, parseOptions);
      if (result.success) return { ok: true, value: result.data, issues: [] };
      return { ok: false, value: undefined, issues: fromZod(result.error.issues) };
    }
    return validateLenient(data);
  } catch (error) {
    return { ok: false, value: undefined, issues: [internalError(error)] };
  }
}

function validateLenient(data: unknown): ValidationResult<BriefingFeed> {
  const envelope = FeedEnvelopeSchema.safeParse(data, parseOptions);
  if (!envelope.success) return { ok: false, value: undefined, issues: fromZod(envelope.error.issues) };
  const issues: ValidationIssue[] = [];
  const items: Briefing[] = [];
  const seen = new Map<string, number>();
  envelope.data.items.forEach((raw, index) => {
    const result = BriefingSchema.safeParse(raw, parseOptions);
    if (!result.success) {
      issues.push(...fromZod(result.error.issues, ['items', index]));
      return;
    }
    const first = seen.get(result.data.id);
    if (first !== undefined) {
      issues.push({
        path: ['items', index, 'id'],
        pointer: toPointer(['items', index, 'id']),
        code: 'unique_ids',
        message: `id ${JSON.stringify(result.data.id)} is already used by items[${first}]; ids must be unique within a feed`,
      });
      return;
    }
    seen.set(result.data.id, index);
    items.push(result.data);
  });
  const value = { ...envelope.data, items } as BriefingFeed;
  if (value.page?.total !== undefined && value.page.number > value.page.total) {
    issues.push({
      path: ['page', 'number'],
      pointer: '/page/number',
      code: 'page_le_total',
      message: `page ${value.page.number} is past the last page (${value.page.total})`,
    });
  }
  return issues.length === 0 ? { ok: true, value, issues: [] } : { ok: false, value, issues };
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
