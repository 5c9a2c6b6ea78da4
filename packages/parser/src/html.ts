import { httpUrl } from '@briefing/schema';
import { LinearParser } from './html-parser.js';
import { META_CLASS, RecordTracker } from './html-records.js';
import { collapseSpaces, isWhiteSpace } from './text.js';
import { startsWithSourceKeyword } from './source-label.js';
import type { SourceLine } from './types.js';

/*
 * HTML to the same lines a text page gives: one line per block element (heading, paragraph,
 * list item...), `<br>` breaks a line, links are kept beside the text they sit on, and the
 * text of `<nav>`, `<footer>`, `<aside>` and `<title>` is page furniture.
 */

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'title',
  'tr',
  'ul',
]);
/** Code, not text: dropped. */
const CODE = new Set(['script', 'style']);
/*
 * Text outside the reading flow (fallbacks, inert templates, drawings): kept, but as
 * unparsed text naming the element, never as a title or a paragraph.
 */
const APART = new Set(['noscript', 'template', 'svg', 'math', 'iframe', 'object']);
const CHROME = new Set(['nav', 'footer', 'aside', 'title']);
/**
 * `<span class="headline">`, `<span class="teaser">`: an inline element whose class names an
 * item's part is set apart as a block of its own, the class-name cue Readability and trafilatura
 * read (a card that puts headline and teaser in spans of one line). The part's name ends a class
 * token (`headline`, `card__title`, `item-teaser`): BEM and kebab-case name an element after its
 * block, so `summary-model` is no summary.
 */
const PART_CLASS =
  /(?:^|[\s_-])(?:headline|title|hed|summary|teaser|dek|excerpt|description|snippet|standfirst|abstract)(?:$|\s)/i;

/**
 * `<a class="card-title">`, `<div class="entry-title">`, `itemprop="headline"`: an element whose
 * class (or microdata property) names it the item's title is a heading wherever it sits, the
 * class-name cue trafilatura's title paths read (`post-title`, `entry-title`, `headline`):
 * Bootstrap cards and WordPress themes (hAtom's `entry-title`) set headlines in links and
 * divs, not in `<h2>`. The name ends a class token; a `sub-title` is a dek, and the titles
 * WordPress's starter themes and most CMSs name after the page's parts (`site-title`,
 * `page-title`, `header-title`, `widget-title`, `section-title`) head the page or its
 * furniture, not an item.
 */
const TITLE_CLASS =
  /(?:^|[\s_-])(?<!(?:sub|site|page|header|section|widget|archive|brand|logo|nav|menu|footer|sidebar|modal)[_-])(?:headline|title|hed)(?:$|\s)/i;

export function looksLikeHtml(input: string): boolean {
  // The first character after white space decides most pages (text opens with a letter): the
  // copy and the pattern are for a page that opens with `<`.
  const limit = Math.min(input.length, 4096);
  let k = 0;
  while (k < limit && isWhiteSpace(input.charCodeAt(k))) k++;
  if (k === limit || input.charCodeAt(k) !== 60) return false;
  const head = input.slice(0, 4096).trimStart();
  return (
    head.startsWith('<') &&
    /<(?:!doctype\s+html|html|head|body|p|div|h[1-6]|article|section|main|ul|ol|li|a\s)[\s>]/i.test(head)
  );
}

/**
 * An `<a href>` as an absolute http(s) link: written absolute, or relative and resolved against
 * `base` (the page's own URL, or its `<base href>`). Links within the page (`#main`) and other
 * schemes (`mailto:`, `javascript:`) are no citation links: undefined.
 */
export function linkTarget(href: string | undefined, base: string | undefined): string | undefined {
  const h = href?.trim();
  if (!h || h.startsWith('#')) return undefined;
  if (/^https?:\/\//i.test(h)) return h;
  if (base === undefined || /^[a-z][a-z0-9+.-]*:/i.test(h)) return undefined;
  return httpUrl(h, base)?.href;
}

/** Absolute http(s) URL or undefined. */
export function httpBase(url: string): string | undefined {
  return httpUrl(url.trim())?.href;
}

/**
 * The links of a line that its text does not already spell out (each once). The text's URLs
 * are read in one pass, so a paragraph of thousands of links stays linear.
 */
export function linksNotWritten(text: string, links: string[]): string[] {
  const written = new Set<string>();
  for (const m of text.matchAll(/https?:\/\/[^\s<>"]+/gi)) {
    written.add(m[0]);
    written.add(m[0].replace(/[.,;:!?)\]}'’”]+$/, ''));
  }
  const out: string[] = [];
  const kept = new Set<string>();
  for (const link of links) {
    if (written.has(link) || kept.has(link)) continue;
    kept.add(link);
    out.push(link);
  }
  return out;
}

/** `pageUrl`: where the page was read from, to resolve its relative links (an absolute http(s) URL). */
export function htmlToLines(html: string, pageUrl?: string): SourceLine[] {
  let base = pageUrl;
  let baseSeen = false;
  const lines: SourceLine[] = [];
  const newlines: number[] = [];
  for (let k = html.indexOf('\n'); k >= 0; k = html.indexOf('\n', k + 1)) newlines.push(k);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (newlines[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };

  let text = '';
  let textStart = -1;
  let links: string[] = [];
  let skipDepth = 0;
  let chromeDepth = 0;
  // The open APART elements, outermost first: their text is set apart under the outermost's name.
  const apart: string[] = [];
  const hrefs: (string | undefined)[] = [];
  // The open block elements, innermost last, so a line knows the element it came from (`h2`,
  // `p`, `li`): the layout classifier reads headings as titles. Kept shallow: past 256 levels
  // (hostile nesting) the innermost names are not recorded, and a close looks back at most 8.
  const blocks: string[] = [];
  let textBlock: string | undefined;
  // Links with their text, for a line that is a list of source links.
  let anchors: { text: string; href: string }[] = [];
  const anchorStarts: number[] = [];
  // A bold lead (`<p><strong>Title.</strong> The text...</p>`): a run-in heading, the way
  // newsletters and daily briefs set an item's title. `leadDepth` counts the open bold
  // elements of the lead, `leadEnd` is where it ended in `text`.
  let hasText = false;
  let leadDepth = 0;
  let leadEnd: number | undefined;

  // Open <article>/<section> elements, and the <footer>/<header> elements open inside them.
  let sectionDepth = 0;
  let sectionParts = 0;
  // The span depths at which the open part-naming spans (PART_CLASS) opened, outermost first.
  let spanDepth = 0;
  const partSpans: number[] = [];
  // The open elements whose class names a meta row (META_CLASS), innermost last.
  const metaRows: string[] = [];
  // The open elements classed as a title (TITLE_CLASS), innermost last; a line whose text
  // starts inside one is a heading.
  const titleParts: string[] = [];
  let textTitled = false;

  const records = new RecordTracker();
  const emit = (t: string, extra: Partial<SourceLine>) => {
    const line: SourceLine = { text: t, line: lineAt(Math.max(0, textStart)), blankBefore: true, ...extra };
    const meta = records.onLine();
    if (meta) line.meta = meta;
    if (apart.length > 0) line.apart = `text inside <${apart[0]}>, outside the reading flow of the page`;
    else if (chromeDepth > 0) line.chrome = true;
    lines.push(line);
  };

  const flush = () => {
    // A bold word the sentence runs on from ("<strong>AT&T</strong> rose about 2.6%...") is
    // emphasis on the subject, not a run-in heading: the text after a heading starts anew.
    if (leadEnd !== undefined && /^\s*\p{Ll}/u.test(text.slice(leadEnd, leadEnd + 8))) leadEnd = undefined;
    // `<strong>Source:</strong> Reuters`: a bold citation label starts the credit, no heading.
    if (leadEnd !== undefined && startsWithSourceKeyword(text.slice(0, leadEnd).trimStart()))
      leadEnd = undefined;
    const head = leadEnd === undefined ? '' : collapseSpaces(text.slice(0, leadEnd)).trim();
    const t = collapseSpaces(leadEnd === undefined || head.length === 0 ? text : text.slice(leadEnd)).trim();
    if (head.length > 0) emit(head, { block: 'strong' });
    if (t.length > 0) {
      const extra: Partial<SourceLine> = {};
      const hidden = links.length > 0 ? linksNotWritten(t, links) : links;
      if (hidden.length > 0) extra.links = hidden;
      if (anchors.length > 0) extra.anchors = anchors;
      if (textBlock !== undefined) extra.block = textBlock;
      if (textTitled) extra.titled = true;
      emit(t, extra);
    }
    text = '';
    textStart = -1;
    textBlock = undefined;
    textTitled = false;
    links = [];
    anchors = [];
    anchorStarts.length = 0;
    hasText = false;
    leadDepth = 0;
    leadEnd = undefined;
  };

  const parser = new LinearParser(
    {
      onopentag(name, attrs) {
        if (CODE.has(name)) {
          skipDepth++;
          return;
        }
        if (name === 'br' || BLOCK.has(name) || APART.has(name)) flush();
        if (name === 'span') {
          spanDepth++;
          if (
            attrs.class !== undefined &&
            partSpans.length < 256 &&
            (PART_CLASS.test(attrs.class) ||
              (hasText && metaRows.length === 0 && attrs.class.length < 200 && META_CLASS.test(attrs.class)))
          ) {
            // Headline and meta row inside one row link (`<a class=row><span>Headline</span>
            // <span class=meta>…`): the headline's line keeps the link it sits in.
            const open = hasText && hrefs.length > 0 ? linkTarget(hrefs.at(-1), base) : undefined;
            if (open !== undefined && anchorStarts.length > 0 && anchors.length < 64) {
              links.push(open);
              anchors.push({ text: collapseSpaces(text.slice(anchorStarts.at(-1)!)).trim(), href: open });
            }
            flush();
            partSpans.push(spanDepth);
          }
        }
        // Inside an element whose class names the meta row itself (`<div class=meta>` holding a
        // badge, the outlet and the time), the row stays one line.
        if (
          attrs.class !== undefined &&
          metaRows.length < 64 &&
          attrs.class.length < 200 &&
          META_CLASS.test(attrs.class)
        )
          metaRows.push(name);
        if (
          titleParts.length < 64 &&
          ((attrs.class !== undefined && attrs.class.length < 200 && TITLE_CLASS.test(attrs.class)) ||
            attrs.itemprop === 'headline')
        )
          titleParts.push(name);
        records.onOpen(name, attrs, BLOCK.has(name), text.length);
        if (APART.has(name)) apart.push(name);
        if (BLOCK.has(name) && blocks.length < 256) blocks.push(name);
        if (name === 'article' || name === 'section') sectionDepth++;
        // An article's own <footer> or <header> holds its byline and credit (the HTML spec's
        // footer "for its nearest ancestor sectioning content"): only the page's is furniture.
        if ((name === 'footer' || name === 'header') && sectionDepth > 0) sectionParts++;
        else if (CHROME.has(name)) chromeDepth++;
        if (name === 'a') {
          hrefs.push(attrs.href);
          anchorStarts.push(text.length);
        }
        if (name === 'strong' || name === 'b') {
          if (leadDepth > 0) leadDepth++;
          else if (!hasText && leadEnd === undefined) leadDepth = 1;
        }
        // The document's own base for its relative links (the first one counts, as in a browser),
        // itself relative to the page URL; an unusable one leaves the page URL in place.
        if (name === 'base' && attrs.href !== undefined && !baseSeen) {
          baseSeen = true;
          const b = attrs.href.trim();
          base = (/^https?:\/\//i.test(b) ? httpBase(b) : linkTarget(b, base)) ?? base;
        }
      },
      ontext(data) {
        if (skipDepth > 0) return;
        if (!hasText && data.trim().length > 0) {
          hasText = true;
          if (textStart < 0) textStart = parser.startIndex;
          textBlock = blocks.at(-1);
          textTitled = titleParts.length > 0;
        }
        text += data;
      },
      onclosetag(name, implied) {
        if (CODE.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (APART.has(name)) {
          flush();
          const at = apart.lastIndexOf(name);
          if (at >= 0) apart.length = at;
        }
        if (name === 'a') {
          const href = linkTarget(hrefs.pop(), base);
          const start = anchorStarts.pop();
          // Whether the line spells it out is decided once per line (linksNotWritten), not by
          // searching the growing text per link, which costs links x text.
          if (href) links.push(href);
          if (href && start !== undefined && anchors.length < 64) {
            const label = collapseSpaces(text.slice(start)).trim();
            if (label.length > 0) anchors.push({ text: label, href });
          }
        }
        if (metaRows.at(-1) === name) metaRows.pop();
        if (titleParts.at(-1) === name) titleParts.pop();
        // The metadata an inline element holds is read before its own line ends (a part span's).
        if (!BLOCK.has(name)) records.onClose(name, text);
        if (name === 'span') {
          if (partSpans.at(-1) === spanDepth) {
            partSpans.pop();
            flush();
          }
          spanDepth = Math.max(0, spanDepth - 1);
        }
        if ((name === 'strong' || name === 'b') && leadDepth > 0) {
          leadDepth--;
          if (leadDepth === 0) leadEnd = text.length;
        }
        if (BLOCK.has(name)) {
          records.beforeBlockEnd(name, text);
          flush();
          records.onClose(name, text);
          const at = blocks.lastIndexOf(name);
          if (at >= 0 && at >= blocks.length - 8) blocks.length = at;
        }
        if ((name === 'footer' || name === 'header') && sectionParts > 0) sectionParts--;
        else if (CHROME.has(name)) chromeDepth = Math.max(0, chromeDepth - 1);
        if (name === 'article' || name === 'section') sectionDepth = Math.max(0, sectionDepth - 1);
        void implied;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  records.finish(lines);
  return lines;
}
