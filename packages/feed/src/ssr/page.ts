import { createHash } from 'node:crypto';
import type { BriefingFeed } from '@briefing/schema';
import { escapeHtml } from './escape.js';
import { type JsonLdOptions, jsonLdScript } from './json-ld.js';
import { type RenderFeedOptions, renderBriefingFeed } from './render.js';

export interface RenderPageOptions extends RenderFeedOptions, JsonLdOptions {
  /**
   * Your own page, with a `<briefing-feed …></briefing-feed>` tag where a feed goes (or several).
   * A tag's attributes (`src`, `currency`, `lang`, …) configure its render; other attributes (`id`,
   * `class`) are kept. Without a template, a plain page titled after the feed is written.
   */
  template?: string;
  /** URL of the element's module script (default `briefing-feed/briefing-feed.js`, where `briefing render` copies it). */
  scriptSrc?: string;
  /** URLs of the syndicated feeds, announced with `<link rel="alternate">`. */
  alternates?: { rss?: string; atom?: string; jsonFeed?: string };
  /**
   * The feed each `<briefing-feed>` tag of the template shows, by the tag's `src` (`undefined` for a
   * tag without one). Returning `undefined` leaves that tag as it is, for the browser to fetch and
   * render. Default: every tag shows `feed`.
   */
  feedFor?: (src: string | undefined) => BriefingFeed | undefined;
}

const TAG = /<briefing-feed\b([^>]*)>[\s\S]*?<\/briefing-feed\s*>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** Attributes the render reads; any other attribute of the template's tag is written back as it was. */
const OPTION_ATTRIBUTES = new Set([
  'src',
  'currency',
  'lang',
  'time-zone',
  'theme',
  'paging',
  'page-size',
  'limit',
  'search',
  'no-header',
]);

function unescapeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The options a template's `<briefing-feed>` tag sets, and the attributes to keep verbatim. */
function readTag(attributes: string): { options: RenderFeedOptions; kept: string[] } {
  const options: RenderFeedOptions = {};
  const kept: string[] = [];
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    const attribute = (match[1] ?? '').toLowerCase();
    const raw = match[2] ?? match[3] ?? match[4];
    const value = raw === undefined ? '' : unescapeAttribute(raw);
    if (!OPTION_ATTRIBUTES.has(attribute)) {
      kept.push(match[0]);
      continue;
    }
    if (attribute === 'src') options.src = value;
    else if (attribute === 'currency') options.currency = value;
    else if (attribute === 'lang') options.lang = value;
    else if (attribute === 'time-zone') options.timeZone = value;
    else if (attribute === 'theme') options.theme = value as RenderFeedOptions['theme'];
    else if (attribute === 'paging') options.paging = value as RenderFeedOptions['paging'];
    else if (attribute === 'page-size') options.pageSize = Number(value);
    else if (attribute === 'limit') options.limit = Number(value);
    else if (attribute === 'search') options.search = true;
    else if (attribute === 'no-header') options.noHeader = true;
  }
  return { options, kept };
}

function defaultTemplate(feed: BriefingFeed, lang: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(feed.title)}</title>
  </head>
  <body>
    <main>
      <briefing-feed></briefing-feed>
    </main>
  </body>
</html>
`;
}

function headLinks(
  feed: BriefingFeed,
  shown: readonly BriefingFeed[],
  options: RenderPageOptions,
  template: string,
): string {
  const title = escapeHtml(feed.title);
  const lines: string[] = [];
  const { rss, atom, jsonFeed } = options.alternates ?? {};
  if (rss)
    lines.push(
      `<link rel="alternate" type="application/rss+xml" title="${title} (RSS)" href="${escapeHtml(rss)}" />`,
    );
  if (atom)
    lines.push(
      `<link rel="alternate" type="application/atom+xml" title="${title} (Atom)" href="${escapeHtml(atom)}" />`,
    );
  if (jsonFeed)
    lines.push(
      `<link rel="alternate" type="application/feed+json" title="${title} (JSON Feed)" href="${escapeHtml(jsonFeed)}" />`,
    );
  if (shown.length > 0) lines.push(jsonLdScript(shown, options));
  // A template that already loads the element keeps its own script.
  if (!/<script\b[^>]*\bsrc\s*=\s*["']?[^"'>\s]*briefing-feed\.js/i.test(template)) {
    const src = options.scriptSrc ?? 'briefing-feed/briefing-feed.js';
    lines.push(`<script type="module" src="${escapeHtml(src)}"></script>`);
    // The element adopts the server-rendered items once its validator (beside the CDN file) has
    // loaded: fetched alongside the main file instead of after it.
    if (/briefing-feed\.js$/.test(src))
      lines.push(
        `<link rel="modulepreload" href="${escapeHtml(src.replace(/briefing-feed\.js$/, 'validator.js'))}" />`,
      );
  }
  return lines.map((line) => `    ${line}\n`).join('');
}

/**
 * A whole page: the template (or a plain page) with each `<briefing-feed>` server-rendered, the
 * JSON-LD of what they show and the feed links in its head, and the element's script. Throws an
 * Error naming what is missing when the template has no `<briefing-feed>` tag or no `</head>`.
 */
export async function renderBriefingPage(
  feed: BriefingFeed,
  options: RenderPageOptions = {},
): Promise<string> {
  const template = options.template ?? defaultTemplate(feed, options.lang ?? feed.language ?? 'en');
  // Comments are blanked out (same length, so offsets still hold): a tag in a comment is not a tag.
  const code = template.replace(/<!--[\s\S]*?-->/g, (comment) => ' '.repeat(comment.length));
  const tags = [...code.matchAll(TAG)];
  if (tags.length === 0) throw new Error('the page template has no <briefing-feed></briefing-feed> tag');
  const headEnd = code.search(/<\/head\s*>/i);
  if (headEnd < 0) throw new Error('the page template has no </head>');
  const {
    template: _template,
    feedFor,
    alternates: _alternates,
    scriptSrc: _scriptSrc,
    ...feedOptions
  } = options;
  // The element would inherit the page's `lang` in the browser; on the server it has no ancestors.
  const pageLang = /<html\b[^>]*\slang\s*=\s*["']?([^"'\s>]+)/i.exec(code)?.[1];
  const shown: BriefingFeed[] = [];
  let body = '';
  let cursor = headEnd;
  for (const tag of tags) {
    const fromTag = readTag(tag[1] ?? '');
    const data = feedFor ? feedFor(fromTag.options.src) : feed;
    if (data === undefined) continue;
    if (!shown.includes(data)) shown.push(data);
    const element = await renderBriefingFeed(data, {
      ...(pageLang ? { lang: pageLang } : {}),
      ...fromTag.options,
      ...definedOnly(feedOptions),
    });
    const withKept =
      fromTag.kept.length > 0
        ? element.replace('<briefing-feed', `<briefing-feed ${fromTag.kept.join(' ')}`)
        : element;
    body += template.slice(cursor, tag.index) + withKept;
    cursor = tag.index + tag[0].length;
  }
  return template.slice(0, headEnd) + headLinks(feed, shown, options, code) + body + template.slice(cursor);
}

/** Options set to `undefined` must not override the template's attributes. */
function definedOnly(options: RenderFeedOptions): RenderFeedOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

/**
 * The CSP hash sources (`'sha256-…'`) of every inline `<style>` in a page, for `style-src`: the
 * declarative shadow roots carry the element's styles inline, which a strict policy otherwise blocks.
 */
export function styleHashes(page: string): string[] {
  const hashes = new Set<string>();
  for (const match of page.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi))
    hashes.add(
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '', 'utf8')
        .digest('base64')}'`,
    );
  return [...hashes];
}
