/** How `briefing parse` words what the parser doubted, on every path (one page, a stream, an archive). */
import type { ParseIssue } from '@briefing/parser';

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
