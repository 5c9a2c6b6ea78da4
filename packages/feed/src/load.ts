// The one http(s) URL check (schema's zod-free entry: nothing else of the schema is bundled).
import { httpUrl } from '@briefing/schema/http-url';
export type FetchOutcome =
  | { ok: true; data: unknown; url: string }
  | { ok: false; kind: 'http' | 'network' | 'not-json'; status?: number; url: string; detail?: string }
  | { ok: false; kind: 'aborted' | 'timeout'; url: string };

/** Default of the element's `timeout`: a feed that has not fully arrived by then is given up. */
export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;

/**
 * Fetches and parses a JSON document. Never throws: every failure is an outcome the element
 * can explain. The request carries no credentials beyond same-origin cookies, and goes only to `url`.
 * `timeoutMs` (0: none) bounds the whole exchange, headers and body: a server that never
 * answers, or trickles its body, ends as a `timeout` outcome and the request is aborted.
 */
export async function fetchJson(url: string, outer: AbortSignal, timeoutMs = 0): Promise<FetchOutcome> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  if (outer.aborted) abort();
  else outer.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer =
    timeoutMs > 0 && Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          timedOut = true;
          abort();
        }, timeoutMs)
      : undefined;
  try {
    const outcome = await fetchWithin(url, controller.signal);
    return timedOut && !outcome.ok ? { ok: false, kind: 'timeout', url } : outcome;
  } finally {
    clearTimeout(timer);
    outer.removeEventListener('abort', abort);
  }
}

async function fetchWithin(url: string, signal: AbortSignal): Promise<FetchOutcome> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
  } catch (error) {
    if (signal.aborted) return { ok: false, kind: 'aborted', url };
    return { ok: false, kind: 'network', url, detail: String(error) };
  }
  const finalUrl = response.url || url;
  if (!response.ok) return { ok: false, kind: 'http', status: response.status, url: finalUrl };
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal.aborted) return { ok: false, kind: 'aborted', url };
    return { ok: false, kind: 'network', url: finalUrl, detail: String(error) };
  }
  if (signal.aborted) return { ok: false, kind: 'aborted', url };
  try {
    return { ok: true, data: JSON.parse(text) as unknown, url: finalUrl };
  } catch (error) {
    return { ok: false, kind: 'not-json', url: finalUrl, detail: String(error) };
  }
}

/** Resolves a feed's page link against the feed's own URL; only http(s) results are followed. */
export function resolveLink(link: string, base: string): string | undefined {
  return httpUrl(link, base)?.href;
}

/** The href to render for a citation URL, or nothing: only absolute http(s) URLs become links. */
export function safeHref(value: unknown): URL | undefined {
  return typeof value === 'string' ? httpUrl(value) : undefined;
}
