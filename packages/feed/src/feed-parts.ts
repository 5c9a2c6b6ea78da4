/*
 * The element's templates below the top level: notices, paging controls, an article and a citation.
 * Each takes what it shows as arguments; the element wires in its state and handlers.
 */
import type { Briefing, BriefingFeed, Citation, MoneyMention } from '@briefing/schema';
import type { BriefingFeedErrorDetail } from './events.js';
import { html, nothing, type TemplateResult } from 'lit';
import { citationLabel } from './citation.js';
import { formatInstant, formatIsoDate } from './intl-cache.js';
import type { BriefingFeedStrings } from './locales/en.js';
import { fill } from './locales/fill.js';
import { segmentParagraph } from './money.js';
import type { PagesControls } from './search.js';

/** The feed title (or the `header` slot), the "Updated" line and the search box. */
export function header(args: {
  strings: BriefingFeedStrings;
  feed: BriefingFeed | undefined;
  lang: string;
  timeZone: string | undefined;
  hidden: boolean;
  search: { query: string; onInput: (event: Event) => void } | undefined;
}) {
  const { strings, feed, search } = args;
  const updated = feed
    ? html`<p part="meta" class="meta">
        ${strings.updated}
        <time datetime=${feed.generatedAt}>${formatInstant(args.lang, feed.generatedAt, args.timeZone)}</time>
      </p>`
    : nothing;
  const searchRow = search
    ? html`<div part="search" class="search" role="search">
        <input
          part="search-input"
          type="search"
          aria-label=${strings.search}
          placeholder=${strings.searchPlaceholder}
          .value=${search.query}
          @input=${search.onInput}
        />
      </div>`
    : nothing;
  return html`<div part="header" class="header" ?hidden=${args.hidden}>
    <slot name="header"><h2 part="title" class="feed-title" id="feed-title">${feed?.title ?? strings.feedLabel}</h2></slot>
    ${updated}
    ${searchRow}
  </div>`;
}

/** The loading placeholder: three grey briefings, the height of real ones (no layout shift). */
export function skeleton(hidden: boolean) {
  return html`<div part="skeleton" class="skeleton" aria-hidden="true" ?hidden=${hidden}>
    ${[0, 1, 2].map(
      () =>
        html`<div class="skeleton-item"><div class="bone heading"></div><div class="bone"></div><div class="bone"></div><div class="bone short"></div></div>`,
    )}
  </div>`;
}

/** Loading failed and nothing is shown: the reason (or the `error` slot), issues of invalid data, Retry. */
export function errorState(args: {
  strings: BriefingFeedStrings;
  error: BriefingFeedErrorDetail | undefined;
  lines: readonly string[];
  hidden: boolean;
  onRetry: () => void;
}) {
  const { strings, error } = args;
  return html`<div part="error" class="state error" ?hidden=${args.hidden}>
    <slot name="error"><p part="error-message" class="error-message">${error?.message ?? ''}</p></slot>
    ${error?.kind === 'invalid-feed' ? issueList(strings, args.lines, true) : nothing}
    <button part="retry-button" class="button" type="button" @click=${args.onRetry}>${strings.retry}</button>
  </div>`;
}

/** Up to 20 readable validation issues, in a disclosure. */
export function issueList(strings: BriefingFeedStrings, lines: readonly string[], small = false) {
  return html`<details class=${small ? 'small' : ''}><summary>${strings.rejectedDetails}</summary><ul>
    ${lines.map((line) => html`<li>${line}</li>`)}
  </ul></details>`;
}

/** Above the items: the last good items are stale (a refresh failed), and items the data could not show. */
export function notices(args: {
  strings: BriefingFeedStrings;
  staleMessage: string | undefined;
  rejected: number;
  rejectedLines: readonly string[];
  onRetry: () => void;
}) {
  const { strings } = args;
  const stale =
    args.staleMessage === undefined
      ? nothing
      : html`<div part="notice" class="notice" role="alert">
          <span>${strings.staleNotice} ${args.staleMessage}</span>
          <button part="retry-button" class="button" type="button" @click=${args.onRetry}>${strings.retry}</button>
        </div>`;
  const rejected =
    args.rejected > 0
      ? html`<div part="notice" class="notice">
          <span>${fill(strings.rejectedNotice, { count: args.rejected })}</span>
          ${issueList(strings, args.rejectedLines)}
        </div>`
      : nothing;
  return html`${stale}${rejected}`;
}

/** "Load more" (or "Loading…" while busy). */
export function moreButton(strings: BriefingFeedStrings, busy: boolean, onMore: () => void) {
  return html`<div part="controls" class="controls">
    <button part="more-button" class="button" type="button" ?disabled=${busy} @click=${onMore}>
      ${busy ? strings.loadingMore : strings.loadMore}
    </button>
  </div>`;
}

/** Previous, "Page 2 of 5", Next. */
export function pageButtons(
  strings: BriefingFeedStrings,
  controls: PagesControls,
  busy: boolean,
  onGo: (delta: 1 | -1) => void,
) {
  const { status } = controls;
  let text = '';
  if (status?.total !== undefined)
    text = fill(strings.pageStatus, { page: status.page, total: status.total });
  else if (status) text = fill(strings.pageStatusOpen, { page: status.page });
  return html`<div part="controls" class="controls">
    <button part="prev-button" class="button" type="button" ?disabled=${!controls.hasPrev || busy} @click=${() => onGo(-1)}>
      ${strings.previous}
    </button>
    <span part="page-status" class="page-status">${text}</span>
    <button part="next-button" class="button" type="button" ?disabled=${!controls.hasNext || busy} @click=${() => onGo(1)}>
      ${strings.next}
    </button>
  </div>`;
}

/**
 * One briefing; `money` renders each money mention found in its paragraphs. An untitled briefing
 * (printed with no headline: its title is its first sentence, its body its whole text) keeps its
 * heading for assistive technology, which names the article by it, and out of sight, where the
 * paragraph right under it would say the sentence again.
 */
export function article(args: {
  item: Briefing;
  index: number;
  setSize: number;
  citation: (source: Citation) => TemplateResult;
  money: (mention: MoneyMention, index: number) => TemplateResult;
}): TemplateResult {
  const { item, index } = args;
  const titleId = `briefing-${index}`;
  return html`<article
    part="article"
    tabindex="0"
    aria-posinset=${index + 1}
    aria-setsize=${args.setSize}
    aria-labelledby=${titleId}
    lang=${item.language}
  >
    <h3 part="article-title" class=${item.untitled ? 'title sr-only' : 'title'} id=${titleId}>${item.title}</h3>
    <div part="article-body" class="body">
      ${item.body.map(
        (paragraph, paragraphIndex) =>
          html`<p part="paragraph">${segmentParagraph(paragraph, paragraphIndex, item.money).map((segment) =>
            segment.mention ? args.money(segment.mention, segment.index) : segment.text,
          )}</p>`,
      )}
    </div>
    <div part="citations" class="citations">${item.sources.map(args.citation)}</div>
  </article>`;
}

/** One source: publication, qualifier, date and a link to the article when its URL is http(s). */
export function citation(strings: BriefingFeedStrings, lang: string, source: Citation): TemplateResult {
  const { name, href, host } = citationLabel(source);
  const date = source.date
    ? html`<time part="date" class="date" datetime=${source.date}>${formatIsoDate(lang, source.date)}</time>`
    : nothing;
  const link = href
    ? html`<a part="link" class="link" href=${href.href} target="_blank" rel="noopener noreferrer"
        >${fill(strings.readAt, { host: host ?? '' })}<span aria-hidden="true"> ↗</span></a
      >`
    : nothing;
  return html`<p part="citation" class="citation">
    <span class="sr-only">${strings.source}:</span>
    <span part="publication" class="publication">${name}</span>
    ${source.qualifier ? html`<span part="qualifier" class="qualifier">(${source.qualifier})</span>` : nothing}
    ${date}
    ${link}
  </p>`;
}
