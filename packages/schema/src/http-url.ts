/*
 * The one http(s) URL check of Briefing Kit at run time: the parser resolves links with it and
 * the element decides what becomes a link with it. It imports nothing (no zod), so a bundle that
 * needs only this pays a few bytes.
 */

/**
 * `value` as an absolute http: or https: URL, resolved against `base` when one is given
 * (`new URL(value, base)`); `undefined` for any other scheme (`mailto:`, `javascript:`), for text
 * that does not parse, and for a relative link without a base. Never throws.
 */
export function httpUrl(value: string, base?: string | URL): URL | undefined {
  let url: URL;
  try {
    url = base === undefined ? new URL(value) : new URL(value, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}
