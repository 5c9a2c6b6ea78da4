/**
 * An archive of listing pages (one file, many pages) cut into pages as it streams: at form feeds
 * and at listing headers ("Briefings - 2. page"), so each page is parsed on its own in constant
 * memory. A page too long to hold is cut at the blank line after a citation.
 */
import { isChromeLine, PAGE_HEADER } from './page.js';
import { startsWithSourceKeyword } from './source-label.js';

export interface SplitPage {
  /** The page's lines joined with "\n" (leading blank lines left out). */
  text: string;
  /** 1-based line of the input the page's first line is on (form feeds do not count as lines). */
  startLine: number;
}

export interface SplitPagesOptions {
  /**
   * Once a page holds more than this many characters, it is cut at the next blank line that
   * follows a citation (a URL or "Source:" line). Default 4 Mi characters.
   */
  maxPageChars?: number;
}

export const DEFAULT_MAX_PAGE_CHARS = 4 * 1024 * 1024;

/** A line that closes a briefing: its citation (a bare URL or a "Source:" line). */
const closesBriefing = (line: string) => /^https?:\/\//i.test(line) || startsWithSourceKeyword(line);

/** The page boundaries, line by line: `push` returns the pages a line completes. */
class PageCutter {
  private buffer: string[] = [];
  private chars = 0;
  private start = 1;
  private lineNo = 0;
  private lastNonBlank = '';

  constructor(private readonly maxChars: number) {}

  /** One input line (without its line break); it may hold form feeds. */
  push(rawLine: string): SplitPage[] {
    const out: SplitPage[] = [];
    this.lineNo++;
    const segments = rawLine.split('\f');
    for (let s = 0; s < segments.length; s++) {
      const line = segments[s]!;
      if (s > 0) this.startPage(out, [], this.lineNo);
      const trimmed = line.trim();
      if (PAGE_HEADER.test(trimmed)) {
        // The chrome above a header ("Skip to content") belongs to the new page.
        const carry: string[] = [];
        while (this.buffer.length > 0) {
          const last = this.buffer.at(-1)!.trim();
          if (last.length > 0 && !isChromeLine(last)) break;
          carry.unshift(this.buffer.pop()!);
        }
        this.startPage(out, [...carry, line], this.lineNo - carry.length);
        continue;
      }
      if (trimmed.length === 0 && this.chars > this.maxChars && closesBriefing(this.lastNonBlank)) {
        this.startPage(out, [], this.lineNo + 1);
        continue;
      }
      if (this.buffer.length === 0 && trimmed.length === 0) this.start = this.lineNo + 1;
      else {
        this.buffer.push(line);
        this.chars += line.length;
      }
      if (trimmed.length > 0) this.lastNonBlank = trimmed;
    }
    return out;
  }

  /** The last page, if it has any text. */
  end(): SplitPage[] {
    const out: SplitPage[] = [];
    this.startPage(out, [], this.lineNo + 1);
    return out;
  }

  private startPage(out: SplitPage[], carry: string[], startLine: number): void {
    if (this.buffer.some((l) => l.trim().length > 0))
      out.push({ text: this.buffer.join('\n'), startLine: this.start });
    this.buffer = carry;
    this.chars = carry.reduce((n, l) => n + l.length, 0);
    this.start = startLine;
  }
}

/**
 * Lines of text arriving in chunks, broken at "\n", "\r\n" and "\r" (as node:readline does, a
 * "\r\n" split across two chunks is one break); a final line without a break is kept.
 */
async function* linesOf(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string> {
  // The start of a line not yet ended; only each new chunk is scanned, so a long line costs its length.
  let rest = '';
  let pendingCr = false;
  for await (const chunk of chunks) {
    const text = String(chunk);
    let from = pendingCr && text.startsWith('\n') ? 1 : 0;
    pendingCr = false;
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      yield rest + text.slice(from, i);
      rest = '';
      if (c === 13) {
        if (i + 1 === text.length) pendingCr = true;
        else if (text.charCodeAt(i + 1) === 10) i++;
      }
      from = i + 1;
    }
    rest += text.slice(from);
  }
  if (rest.length > 0) yield rest;
}

/**
 * Pages of a text archive as it streams (chunks of decoded text, such as a file read with an
 * encoding): one `{ text, startLine }` per page, cut at form feeds and listing headers; pages with
 * only blank lines are left out. Memory holds one page.
 */
export async function* splitPages(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: SplitPagesOptions = {},
): AsyncGenerator<SplitPage> {
  const cutter = new PageCutter(options.maxPageChars ?? DEFAULT_MAX_PAGE_CHARS);
  for await (const line of linesOf(chunks)) yield* cutter.push(line);
  yield* cutter.end();
}

/** splitPages of a whole text at once. */
export function splitPagesSync(text: string, options: SplitPagesOptions = {}): SplitPage[] {
  const cutter = new PageCutter(options.maxPageChars ?? DEFAULT_MAX_PAGE_CHARS);
  const pages: SplitPage[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  // A final line break ends the last line; it does not start an empty one.
  if (lines.length > 0 && lines.at(-1) === '') lines.pop();
  for (const line of lines) pages.push(...cutter.push(line));
  pages.push(...cutter.end());
  return pages;
}
