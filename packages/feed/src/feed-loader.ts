import type { Briefing, BriefingFeed } from '@briefing/schema';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  type BriefingFeedErrorDetail,
  type BriefingFeedErrorKind,
  type BriefingFeedLoadDetail,
  type BriefingFeedOrigin,
  emit,
} from './events.js';
import { fetchJson } from './load.js';
import type { BriefingFeedStrings } from './locales/en.js';
import { fill } from './locales/fill.js';
import { loadedValidator, loadValidator } from './validator.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Data handed to the element (property or inline JSON): parsed, or the reason it is not JSON. */
export type FeedInput = { json: true; value: unknown } | { json: false; reason: string };

interface RequestCommon {
  origin: BriefingFeedOrigin;
  mode: 'replace' | 'append';
  /** For `pages`: show the last local page after loading (going back). */
  atEnd?: boolean;
}

/** One load: a URL to fetch, or data already in hand. */
export type FeedRequest = (RequestCommon & { url: string }) | (RequestCommon & { input: FeedInput });

export interface FeedLoaderOptions {
  /** The strings of error messages, in the reader's language. */
  strings: () => BriefingFeedStrings;
  /** Milliseconds a fetch may take (0: no limit). */
  timeout: () => number;
  /** Where page links of data that was not fetched resolve. */
  inlineBase: () => string;
  /** A `replace` load was accepted: paging starts again (`atEnd`: on the last local page). */
  onReplace: (atEnd: boolean) => void;
}

/**
 * Loads feeds for the element: fetches (aborting the previous request), validates with the lazily
 * imported validator, keeps the last good items when a refresh fails (stale-while-error), and
 * dispatches the element's `briefing-feed-*` events. The host renders from its fields.
 */
export class FeedLoader implements ReactiveController {
  status: LoadStatus = 'idle';
  /** Every item loaded so far (pages appended by "Load more"). */
  items: Briefing[] = [];
  /** The validated feed shown (the last good one after a failed refresh). */
  feed: BriefingFeed | undefined;
  error: BriefingFeedErrorDetail | undefined;
  /** Readable lines for the issues of `error` (an invalid feed). */
  errorLines: string[] = [];
  /** Items the lenient validation left out: how many, and a readable line per issue. */
  rejected = 0;
  rejectedLines: string[] = [];
  /** A request is in flight. */
  busy = false;
  /** What page links resolve against: the URL the feed came from. */
  baseUrl = '';

  private controller: AbortController | undefined;
  private last: FeedRequest | undefined;
  /** Counts requests: an answer for an older one is dropped. */
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FeedLoaderOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Started as the element connects, so the validator downloads while the feed does.
    loadValidator().catch(() => {});
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  /** Repeats the last request (the one that failed, if the last one failed). */
  retry(): void {
    if (this.last) void this.run(this.last);
  }

  async run(request: FeedRequest): Promise<void> {
    this.controller?.abort();
    this.controller = undefined;
    this.last = request;
    const generation = ++this.generation;
    if ('input' in request) {
      if (!request.input.json) this.fail(request, 'not-json', this.options.strings().errorNotJson);
      else await this.accept(request, request.input.value, undefined, generation);
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    const { url } = request;
    if (request.mode === 'replace' && this.items.length === 0) this.status = 'loading';
    this.busy = true;
    this.changed();
    emit(this.host, 'briefing-feed-loadstart', { url, origin: request.origin });
    const timeout = this.options.timeout();
    const outcome = await fetchJson(url, controller.signal, timeout);
    if (generation !== this.generation || (!outcome.ok && outcome.kind === 'aborted')) return;
    this.controller = undefined;
    if (outcome.ok) {
      await this.accept(request, outcome.data, outcome.url, generation);
      return;
    }
    const strings = this.options.strings();
    if (outcome.kind === 'http')
      this.fail(request, 'http', fill(strings.errorHttp, { status: outcome.status ?? 0 }), outcome.status);
    else if (outcome.kind === 'not-json') this.fail(request, 'not-json', strings.errorNotJson);
    else if (outcome.kind === 'timeout')
      this.fail(request, 'timeout', fill(strings.errorTimeout, { seconds: timeout / 1000 }));
    else this.fail(request, 'network', strings.errorNetwork);
  }

  /** Resolves once the data in hand can be validated (at once when the validator has loaded). */
  whenValidatorReady(): Promise<unknown> {
    return loadedValidator() ? Promise.resolve() : loadValidator().catch(() => {});
  }

  private async accept(
    request: FeedRequest,
    data: unknown,
    url: string | undefined,
    generation: number,
  ): Promise<void> {
    let validator = loadedValidator();
    if (!validator) {
      try {
        validator = await loadValidator();
      } catch {
        // The validator module could not be fetched: to the reader this is a failed network request.
        if (generation === this.generation)
          this.fail(request, 'network', this.options.strings().errorNetwork);
        return;
      }
      if (generation !== this.generation) return;
    }
    const result = validator.validateFeed(data, { mode: 'lenient' });
    if (!result.value) {
      this.errorLines = result.issues.slice(0, 20).map((issue) => validator.formatIssues([issue]));
      this.fail(request, 'invalid-feed', this.options.strings().errorInvalid, undefined, result.issues);
      return;
    }
    const feed = result.value;
    this.feed = feed;
    this.baseUrl = url ?? this.options.inlineBase();
    this.error = undefined;
    const rejectedIssues = result.issues.filter((issue) => issue.path[0] === 'items');
    this.rejectedLines = rejectedIssues.slice(0, 20).map((issue) => validator.formatIssues([issue]));
    if (request.mode === 'append') this.items = [...this.items, ...feed.items];
    else {
      this.items = feed.items;
      this.options.onReplace(request.atEnd === true);
    }
    this.status = 'ready';
    this.busy = false;
    const rejected = validator.rejectedItems(result.issues).length;
    this.rejected = rejected;
    this.changed();
    const detail: BriefingFeedLoadDetail = {
      feed,
      origin: request.origin,
      accepted: feed.items.length,
      rejected,
    };
    if (url !== undefined) detail.url = url;
    emit(this.host, 'briefing-feed-load', detail);
    if (result.ok) return;
    const message = `${fill(this.options.strings().rejectedNotice, { count: rejected })}\n${validator.formatIssues(result.issues)}`;
    const errorDetail: BriefingFeedErrorDetail = {
      kind: 'invalid-items',
      message,
      issues: result.issues,
      stale: false,
    };
    if (url !== undefined) errorDetail.url = url;
    emit(this.host, 'briefing-feed-error', errorDetail);
  }

  private fail(
    request: FeedRequest,
    kind: BriefingFeedErrorKind,
    message: string,
    status?: number,
    issues: BriefingFeedErrorDetail['issues'] = [],
  ): void {
    const stale = this.items.length > 0;
    const detail: BriefingFeedErrorDetail = { kind, message, issues, stale };
    if ('url' in request) detail.url = request.url;
    if (status !== undefined) detail.status = status;
    this.error = detail;
    this.busy = false;
    this.status = stale ? 'ready' : 'error';
    this.changed();
    emit(this.host, 'briefing-feed-error', detail);
  }

  private changed(): void {
    this.host.requestUpdate();
  }
}
