/*
 * An archive of many pages as one stream, cut into pages as the lines arrive: at form feeds, at
 * page headers ("Briefings - 3. page", with the site chrome just above them), and past a size
 * bound at the next briefing boundary, so memory stays constant whatever the input's size.
 */
import { isChromeLine, PAGE_HEADER } from '@briefing/parser';

/** Bytes of buffered page text after which a page is cut at the next briefing boundary. */
const MAX_PAGE_BYTES = 4 * 1024 * 1024;

export interface StreamedPage {
  text: string;
  /** Line of the whole input where the page starts (1-based). */
  startLine: number;
}

/** Pages of `lines` (lines without their line breaks); `progress.bytes` counts what was read. */
export async function* splitPageStream(
  lines: AsyncIterable<string>,
  progress: { bytes: number } = { bytes: 0 },
): AsyncGenerator<StreamedPage> {
  let buffer: string[] = [];
  let bufferBytes = 0;
  let bufferStart = 1;
  let lineNo = 0;
  let lastNonBlank = '';
  const take = (carry: string[], startLine: number): StreamedPage | undefined => {
    const page = buffer.some((l) => l.trim().length > 0)
      ? { text: buffer.join('\n'), startLine: bufferStart }
      : undefined;
    buffer = carry;
    bufferBytes = carry.reduce((n, l) => n + l.length, 0);
    bufferStart = startLine;
    return page;
  };

  for await (const rawLine of lines) {
    const segments = rawLine.split('\f');
    lineNo++;
    progress.bytes += rawLine.length + 1;
    for (let s = 0; s < segments.length; s++) {
      const line = segments[s]!;
      let page: StreamedPage | undefined;
      if (s > 0) page = take([], lineNo);
      if (page) yield page;
      const trimmed = line.trim();
      if (PAGE_HEADER.test(trimmed)) {
        // The chrome above a header ("Skip to content") belongs to the new page.
        const carry: string[] = [];
        while (buffer.length > 0) {
          const last = buffer.at(-1)!.trim();
          if (last.length > 0 && !isChromeLine(last)) break;
          carry.unshift(buffer.pop()!);
        }
        page = take([...carry, line], lineNo - carry.length);
        if (page) yield page;
        continue;
      }
      if (
        trimmed.length === 0 &&
        bufferBytes > MAX_PAGE_BYTES &&
        (/^https?:\/\//i.test(lastNonBlank) || /^Sources?\s*:/i.test(lastNonBlank))
      ) {
        page = take([], lineNo + 1);
        if (page) yield page;
        continue;
      }
      if (buffer.length === 0 && trimmed.length === 0) bufferStart = lineNo + 1;
      else {
        buffer.push(line);
        bufferBytes += line.length;
      }
      if (trimmed.length > 0) lastNonBlank = trimmed;
    }
  }
  const last = take([], lineNo + 1);
  if (last) yield last;
}
