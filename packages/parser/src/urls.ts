import { HTTP_URL_PATTERN } from '@briefing/schema';
import { isoDate, isRealDate } from './dates.js';

/*
 * Query parameters that only track the reader (campaigns, click ids, share widgets): they
 * change nothing about the article, and they make one article look like several.
 */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'spm',
  'ref_src',
  'ref_url',
  'cmpid',
  'ocid',
  'share_token',
  'wt.mc_id',
]);

export interface CanonicalUrl {
  /** The canonical form: lower-case scheme and host, no default port, no tracking parameters. */
  url: string;
  /** The URL as written (after trimming surrounding punctuation). */
  original: string;
  /** Host without a leading `www.`. */
  host: string;
  changed: boolean;
}

/**
 * Canonicalizes an absolute http(s) URL; `undefined` for anything else (other schemes,
 * relative links, spaces, unparsable text). Never throws.
 */
export function canonicalizeUrl(input: string): CanonicalUrl | undefined {
  const original = trimUrl(input.trim());
  if (!/^https?:\/\//i.test(original) || /\s/.test(original)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(original);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const params = parsed.searchParams;
  const drop: string[] = [];
  for (const key of params.keys()) {
    const k = key.toLowerCase();
    if (k.startsWith('utm_') || TRACKING_PARAMS.has(k)) drop.push(key);
  }
  for (const key of drop) params.delete(key);
  if (parsed.hash === '#' || parsed.hash.startsWith('#:~:')) parsed.hash = '';
  let url = parsed.href;
  // URL keeps a bare "?" when every parameter was removed.
  if (parsed.search === '' && url.includes('?')) url = url.replace(/\?(?=#|$)/, '');
  if (url.length > 2048 || !HTTP_URL_PATTERN.test(url)) return undefined;
  const host = parsed.hostname.replace(/^www\./, '').replace(/\.$/, '');
  if (host.length === 0) return undefined;
  return { url, original, host, changed: url !== original };
}

/** Drops punctuation a sentence wraps around a URL (`(https://x.com/a).`), keeping balanced parentheses. */
export function trimUrl(text: string): string {
  let out = text.replace(/^[<("'“‘[]+/, '');
  for (;;) {
    const last = out.at(-1);
    if (last === undefined) return out;
    if ('.,;:!?"\'”’>]'.includes(last)) out = out.slice(0, -1);
    else if (last === ')' && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0))
      out = out.slice(0, -1);
    else return out;
  }
}

const plausibleYear = (y: number) => y >= 1990 && y <= 2100;

function dateIf(y: number, m: number, d: number): string | undefined {
  return plausibleYear(y) && isRealDate(y, m, d) ? isoDate(y, m, d) : undefined;
}

/**
 * A date embedded in a URL path: `/2025_12_29_`, `/2025/12/29/`, `/202601/03/`,
 * `/202512200196.aspx`, `story20260102-`, `/b5/25/12/23/`. Undefined when there is none.
 */
export function urlDate(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  let m = /(?<!\d)((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)/.exec(path);
  if (m) {
    const d = dateIf(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) return d;
  }
  m = /\/((?:19|20)\d{2})(\d{2})\/(\d{2})(?=\/)/.exec(path);
  if (m) {
    const d = dateIf(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) return d;
  }
  for (const hit of path.matchAll(/(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(\d{0,6})(?!\d)/g)) {
    const d = dateIf(Number(hit[1]), Number(hit[2]), Number(hit[3]));
    if (d) return d;
  }
  m = /\/(\d{2})\/(\d{2})\/(\d{2})\//.exec(path);
  if (m) return dateIf(2000 + Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}

/** `host:last-path-segment` without its extension (`cna.com.tw:202512200196`), or undefined. */
export function idFromUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.replace(/^www\./, '');
  const segments = parsed.pathname.split('/').filter((s) => s.length > 0);
  let last = segments.at(-1);
  if (last === undefined) return undefined;
  last = last.replace(/\.(?:s?html?|aspx?|php|jsp|cms)$/i, '');
  if (last.length === 0) return undefined;
  return `${host}:${last}`.replace(/\s/g, '').slice(0, 180);
}
