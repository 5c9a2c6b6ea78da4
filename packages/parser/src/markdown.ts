import MarkdownIt from 'markdown-it';
import { linksNotWritten, linkTarget } from './html.js';
import { startsWithSourceKeyword } from './source-label.js';
import { isWhiteSpace } from './text.js';
import type { SourceLine } from './types.js';

/*
 * Markdown pages: the digests that GitHub repositories, static sites and newsletter tools keep
 * as `.md` (`## Headline`, `**Headline** — text`, `[Reuters](https://...)`). The page is read
 * into blocks by a CommonMark parser (markdown-it) and each block becomes a line as an HTML block
 * does: its text without the markup, the element it is (`h2`, `p`, `li`, `blockquote`), its
 * links, and a bold lead set apart (`**Headline:** text`). Line numbers are the Markdown source's.
 * Like HTML markup, Markdown's own characters (`#`, `**`, `[...](...)`) are markup, not text.
 */

// The CommonMark rules plus tables; raw HTML inside the page stays text (never markup).
const md = new MarkdownIt('default', { html: false, linkify: false });

const HEADING = /^#{1,6}\s+\S/;
const LINK = /\[[^\]\n]{2,200}\]\((?:https?:\/\/|\/)[^)\s]{1,2000}\)/;
const BOLD_LEAD = /^\s{0,3}(?:[-*+]\s+|\d{1,3}[.)]\s+)?(?:\*\*|__)\S/;

/**
 * A page written in Markdown: two ATX headings or more, two inline links or more, or three
 * lines opening in bold (`**Headline**`, `- **Headline** — text`). Plain text pages copied from
 * the web hold none of these, so they keep their own reading. Looks at the first 400 lines.
 */
export function looksLikeMarkdown(text: string): boolean {
  let headings = 0;
  let links = 0;
  let bold = 0;
  let start = 0;
  // Where the next `](` is (a link needs one; -2: none left): found by one search per link, not per line.
  let bracket = -1;
  for (let n = 0; n < 400 && start <= text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const stop = Math.min(end, start + 2000);
    if (bracket !== -2 && bracket < start) {
      bracket = text.indexOf('](', start);
      if (bracket < 0) bracket = -2;
    }
    const linked = bracket >= 0 && bracket + 2 <= stop;
    // A heading opens with `#`, a bold lead with `*`, `_`, a list mark or a digit after at most
    // three spaces: a line opening otherwise (most) is neither, and only a line that may be one
    // of the three is cut out and asked the patterns.
    let at = start;
    while (at < start + 3 && at < stop && isWhiteSpace(text.charCodeAt(at))) at++;
    const c = text.charCodeAt(at);
    const marked = c === 35 || c === 42 || c === 95 || c === 45 || c === 43 || (c >= 48 && c <= 57);
    if (marked || linked) {
      const line = text.slice(start, stop);
      if (HEADING.test(line)) headings++;
      if (line.includes('](') && LINK.test(line)) links++;
      if (BOLD_LEAD.test(line)) bold++;
    }
    if (headings >= 2 || links >= 2 || bold >= 3) return true;
    start = end + 1;
  }
  return false;
}

type Token = ReturnType<typeof md.parse>[number];

/** Letters and digits of a text: what reading it as Markdown must keep (markup has none, URLs aside). */
function wordCharacters(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c > 0x7f) n++;
  }
  return n;
}

/**
 * The page's blocks as lines, each with its source line, element, links and anchors; undefined
 * when the Markdown reading would lose text (markdown-it stops nesting blocks past 100 levels,
 * and drops what is deeper): the page is then read as plain text, where nothing is lost.
 */
export function markdownToLines(text: string, pageUrl?: string): SourceLine[] | undefined {
  const lines = readBlocks(text, pageUrl);
  let kept = 0;
  for (const l of lines) {
    kept += wordCharacters(l.text);
    for (const href of l.links ?? []) kept += wordCharacters(href);
    for (const a of l.anchors ?? []) kept += wordCharacters(a.href);
  }
  // Link targets are counted once per link, whether the line spells them out or not: a little
  // over is fine, a tenth under means text was dropped.
  return kept * 10 >= wordCharacters(text) * 9 ? lines : undefined;
}

function readBlocks(text: string, pageUrl?: string): SourceLine[] {
  const tokens = md.parse(text, {});
  const lines: SourceLine[] = [];
  // The open container blocks (list items, quotes), innermost last: a paragraph inside a list
  // item is the item's line.
  const containers: string[] = [];
  let block: string | undefined;
  for (const t of tokens) {
    if (t.type === 'list_item_open') containers.push('li');
    else if (t.type === 'blockquote_open') containers.push('blockquote');
    else if (t.type === 'list_item_close' || t.type === 'blockquote_close') containers.pop();
    else if (t.type === 'heading_open') block = t.tag;
    else if (t.type === 'paragraph_open') block = containers.at(-1) ?? 'p';
    else if (t.type === 'th_open' || t.type === 'td_open') block = t.tag;
    else if (t.type === 'inline') inlineLines(t, block ?? 'p', pageUrl, lines);
    else if ((t.type === 'fence' || t.type === 'code_block') && t.content.trim().length > 0)
      lines.push({
        text: t.content.trim(),
        line: (t.map?.[0] ?? 0) + 1,
        blankBefore: true,
        apart: 'text inside a Markdown code block, outside the reading flow of the page',
      });
  }
  return lines;
}

/** One block's inline content as lines: split at hard breaks, and a bold lead set apart. */
function inlineLines(inline: Token, block: string, pageUrl: string | undefined, out: SourceLine[]) {
  // The source line of the text being read: the block's first, then one more per line break.
  let at = (inline.map?.[0] ?? 0) + 1;
  let text = '';
  let links: string[] = [];
  let anchors: { text: string; href: string }[] = [];
  const opened: { start: number; href: string | undefined }[] = [];
  // A bold lead: `**Headline:** text` or `**Headline**` over its text in one paragraph.
  let leadEnd: number | undefined;
  let strongDepth = 0;
  let leadOpen = false;
  // The block's first line follows a blank (a block boundary); its other lines do not.
  let blankBefore = true;
  const flush = () => {
    const head = leadEnd === undefined ? '' : text.slice(0, leadEnd).trim();
    const rest = leadEnd === undefined ? text : text.slice(leadEnd);
    // A bold word the sentence runs on from is emphasis, not a heading (as in html.ts).
    const runsOn = leadEnd !== undefined && /^\s*\p{Ll}/u.test(rest);
    const keep = runsOn || (head.length > 0 && startsWithSourceKeyword(head));
    const body = (keep ? text : rest).replace(/\s+/g, ' ').trim();
    // `**Source:** Reuters`: a bold citation label is the start of the credit, not a heading.
    const ledBy = head.length > 0 && !runsOn && body.length > 0 && !startsWithSourceKeyword(head);
    if (ledBy) out.push({ text: head, line: at, blankBefore, block: 'strong' });
    const t = keep || head.length === 0 || body.length > 0 ? body : head;
    if (t.length > 0) {
      const l: SourceLine = { text: t, line: at, blankBefore: blankBefore && !ledBy, block };
      const hidden = links.length > 0 ? linksNotWritten(t, links) : links;
      if (hidden.length > 0) l.links = hidden;
      if (anchors.length > 0) l.anchors = anchors;
      out.push(l);
    }
    text = '';
    links = [];
    anchors = [];
    leadEnd = undefined;
    leadOpen = false;
    at++;
  };
  for (const c of inline.children ?? []) {
    switch (c.type) {
      case 'text':
      case 'code_inline':
        text += c.content;
        break;
      // A line break inside a paragraph keeps the author's line: the page reader joins lines
      // that carry on (as on a text page) and reads one that does not (a credit) as its own.
      case 'softbreak':
      case 'hardbreak':
        flush();
        blankBefore = false;
        break;
      case 'link_open': {
        const href = c.attrGet('href');
        opened.push({
          start: text.length,
          href: linkTarget(typeof href === 'string' ? href : undefined, pageUrl),
        });
        break;
      }
      case 'link_close': {
        const a = opened.pop();
        if (a?.href) {
          links.push(a.href);
          const label = text.slice(a.start).replace(/\s+/g, ' ').trim();
          if (label.length > 0 && anchors.length < 64) anchors.push({ text: label, href: a.href });
        }
        break;
      }
      case 'strong_open':
        if (strongDepth === 0 && text.trim().length === 0 && leadEnd === undefined) leadOpen = true;
        strongDepth++;
        break;
      case 'strong_close':
        strongDepth = Math.max(0, strongDepth - 1);
        if (strongDepth === 0 && leadOpen) {
          leadEnd = text.length;
          leadOpen = false;
        }
        break;
      default:
        break;
    }
  }
  flush();
}
