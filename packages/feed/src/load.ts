export type FetchOutcome =
  | { ok: true; data: unknown; url: string }
  | { ok: false; kind: 'http' | 'network' | 'not-json'; status?: number; url: string; detail?: string }
  | { ok: false; kind: 'aborted'; url: string };

/**
 * Fetches and parses a JSON document. Never throws: every failure is an outcome the element
 * can explain. The request carries no credentials beyond same-origin cookies, and goes only to `url`.
 */
export async function fetchJson(url: string, signal: AbortSignal): Promise<FetchOutcome> {
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
  try {
    const url = new URL(link, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The href to render for a citation URL, or nothing: only absolute http(s) URLs become links. */
export function safeHref(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
