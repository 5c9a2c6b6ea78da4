/*
 * Bounds that keep validation linear and its report small, whatever it is given. Zod walks
 * nested data by recursion and merges nested issue lists by spreading them into calls, so data
 * nested a few thousand levels deep, or a few hundred thousand problems in one parse, overflow
 * the stack; a feed of a million broken items would report millions of issues. The depth is
 * checked here first, without recursion; items are validated one at a time, and issues past
 * `maxIssues` are counted, not kept.
 */
import type { ValidationIssue } from './validate.js';

/** Default `maxDepth`: the deepest a valid briefing goes is about 8; extensions get room to spare. */
export const DEFAULT_MAX_DEPTH = 64;
/** Default `maxIssues`: the issues kept; the rest are counted in one last `too_many_issues` issue. */
export const DEFAULT_MAX_ISSUES = 1000;

export interface ValidationLimits {
  /** Arrays and objects nested deeper than this are rejected before the schema walks them (default 64). */
  maxDepth?: number;
  /** At most this many issues are reported, then one `too_many_issues` issue with the count left out (default 1000). */
  maxIssues?: number;
}

/**
 * The path of the first array or object nested deeper than `maxDepth` (the value itself is
 * depth 1), or undefined. Iterative, so no input can overflow the stack; each value is visited
 * at most once, and the walk stops at the first one too deep.
 */
export function tooDeepAt(value: unknown, maxDepth: number): (string | number)[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const stack: { value: object; depth: number; path: (string | number)[] }[] = [
    { value, depth: 1, path: [] },
  ];
  // Shared and cyclic references (possible in data built in code, never in parsed JSON) are
  // walked once; zod's own overflow on a cycle is caught by the caller.
  const seen = new WeakSet<object>();
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.depth > maxDepth) return top.path;
    if (seen.has(top.value)) continue;
    seen.add(top.value);
    const entries: [string | number, unknown][] = Array.isArray(top.value)
      ? top.value.map((v, i) => [i, v])
      : Object.entries(top.value);
    for (const [key, child] of entries)
      if (typeof child === 'object' && child !== null)
        stack.push({ value: child, depth: top.depth + 1, path: [...top.path, key] });
  }
  return undefined;
}

export function tooDeepIssue(
  at: (string | number)[],
  maxDepth: number,
  pointer: (path: (string | number)[]) => string,
): ValidationIssue {
  return {
    path: at,
    pointer: pointer(at),
    code: 'too_deep',
    message: `nested more than ${maxDepth} levels deep (maxDepth); not validated further`,
  };
}

/** Keeps the first `max` issues and counts the rest. Never spreads a list into a call. */
export class IssueList {
  readonly kept: ValidationIssue[] = [];
  dropped = 0;

  constructor(private readonly max: number) {}

  add(issue: ValidationIssue): void {
    if (this.kept.length < this.max) this.kept.push(issue);
    else this.dropped++;
  }

  get size(): number {
    return this.kept.length + this.dropped;
  }

  /** The kept issues, and one more saying how many were left out, if any. */
  result(): ValidationIssue[] {
    if (this.dropped === 0) return this.kept;
    return [
      ...this.kept,
      {
        path: [],
        pointer: '',
        code: 'too_many_issues',
        message: `and ${this.dropped} more ${this.dropped === 1 ? 'problem' : 'problems'} not listed (maxIssues ${this.max})`,
      },
    ];
  }
}
