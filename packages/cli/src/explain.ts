import type { ExplainedLine } from '@briefing/parser';

/*
 * `briefing parse --explain`: every input line with the class the layout reader gave it and
 * why, so a user whose page parses wrongly sees where and can attach the listing to a report.
 * Control characters of the page are shown escaped, never written raw to a terminal.
 */

const WIDTH = 72;

const visible = (text: string) =>
  text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export function formatExplained(lines: readonly ExplainedLine[]): string {
  const out: string[] = [];
  const numberWidth = String(lines.at(-1)?.line ?? 1).length;
  for (const l of lines) {
    const text = visible(l.text);
    const shown = text.length > WIDTH ? `${text.slice(0, WIDTH - 1)}…` : text;
    out.push(`${String(l.line).padStart(numberWidth)}  ${l.class.padEnd(8)}  ${shown}`);
    out.push(`${' '.repeat(numberWidth)}  ${' '.repeat(8)}  ↳ ${l.reason}`);
  }
  return `${out.join('\n')}\n`;
}

/** The one-line warning for a page in which no briefing was found. */
export function noBriefingWarning(file: string, lines: number): string {
  return `warning: no briefing found in ${file === '-' ? 'stdin' : file} (${lines} non-empty lines read); run with --explain to see how each line was read\n`;
}
