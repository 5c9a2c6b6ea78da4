import { HTTP_URL_PATTERN, httpUrl } from '@briefing/schema';
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

/*
 * Patterns of the URL helpers, which run for every citation: module constants, since a regex
 * literal inside a function makes a new RegExp object at each call.
 */
const HTTP_SCHEME = /^https?:\/\//i;
const SPACE = /\s/;
const DIGIT = /\d/;
/** `host.replace(/^www\./, '')` and `host.replace(/\.$/, '')`, by a look at the ends (no pattern run). */
const withoutWww = (host: string) => (host.startsWith('www.') ? host.slice(4) : host);
const withoutFinalDot = (host: string) => (host.endsWith('.') ? host.slice(0, -1) : host);
const OPENING_PUNCTUATION = /^[<("'“‘[]+/;
/** The characters `OPENING_PUNCTUATION` takes: a URL opening with none (most) is spared the pattern. */
const OPENING_CODES = new Set([...'<("\'“‘['].map((c) => c.charCodeAt(0)));
const PAGE_EXTENSION = /\.(?:s?html?|aspx?|php|jsp|cms)$/i;

/**
 * A bare host written as a site's name (`reuters.com`, `www.ecns.cn`, `chinadaily.com.cn`), no
 * scheme: the one pattern the layout's host readings are built from (a line opening with one, a
 * title or a credit field that is one, a link out naming one).
 */
export const BARE_HOST = String.raw`(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}`;

export interface CanonicalUrl {
  /** The canonical form: lower-case scheme and host, no default port, no tracking parameters. */
  url: string;
  /** The URL as written (after trimming surrounding punctuation). */
  original: string;
  /** Host without a leading `www.`. */
  host: string;
  changed: boolean;
}

/** A canonical URL with the parts the citation checks read, so they need not parse it again. */
export interface ParsedUrl extends CanonicalUrl {
  /** `URL.hostname` as parsed (with any `www.`). */
  hostname: string;
  pathname: string;
}

/*
 * The last URL canonicalized and its result: a page checks the same URL line several times in
 * a row (is the next line a URL? is this one? then the citation reads it), and `new URL` is
 * the dearest step. One entry only, so nothing grows with the input.
 */
let lastInput: string | undefined;
let lastResult: ParsedUrl | undefined;

/** `canonicalizeUrl` with the parsed host and path; the result is shared, never mutate it. */
export function parseHttpUrl(input: string): ParsedUrl | undefined {
  if (input === lastInput) return lastResult;
  const result = canonicalize(input);
  lastInput = input;
  lastResult = result;
  return result;
}

/**
 * Canonicalizes an absolute http(s) URL; `undefined` for anything else (other schemes,
 * relative links, spaces, unparsable text). Never throws.
 */
export function canonicalizeUrl(input: string): CanonicalUrl | undefined {
  const parsed = parseHttpUrl(input);
  if (!parsed) return undefined;
  const { url, original, host, changed } = parsed;
  return { url, original, host, changed };
}

function canonicalize(input: string): ParsedUrl | undefined {
  const original = trimUrl(input.trim());
  const plain = plainHttpUrl(original);
  if (plain) return plain;
  if (!HTTP_SCHEME.test(original) || SPACE.test(original)) return undefined;
  return parsedHttpUrl(original);
}

/*
 * A plain URL: a lower-case scheme and host, and a path of letters, digits, `-._~` and slashes,
 * nothing else (the form of most source links). The URL parser gives such a URL back as written,
 * with `/` for an empty path, so it is read here without it (the parser, with its getters, is the
 * dearest step of a citation). Anything the parser could rewrite goes to it: a port, user info, a
 * query or fragment, `%`, upper case in the scheme or host, a `.` or `..` path segment, an empty
 * host label, a last label that is a number (an IPv4 address), an `xn--` label (punycode is
 * checked), an over-long host or label. `test/plain-url.test.ts` holds it against the parser.
 */
const PLAIN_URL = /^(?:https?):\/\/((?:[a-z0-9-]{1,63}\.)*[a-z][a-z0-9-]{0,62})(\/[A-Za-z0-9\-._~/]*)?$/;
const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;

export function plainHttpUrl(original: string): ParsedUrl | undefined {
  const m = PLAIN_URL.exec(original);
  if (!m) return undefined;
  const hostname = m[1]!;
  if (hostname.length > 253 || hostname.startsWith('xn--') || hostname.includes('.xn--')) return undefined;
  const path = m[2] ?? '';
  if (path.includes('/.') && DOT_SEGMENT.test(path)) return undefined;
  const url = path === '' ? `${original}/` : original;
  if (url.length > 2048) return undefined;
  const host = withoutFinalDot(withoutWww(hostname));
  if (host.length === 0) return undefined;
  return { url, original, host, changed: url !== original, hostname, pathname: path === '' ? '/' : path };
}

/** `canonicalize` by the URL parser (exported for the test that holds `plainHttpUrl` against it). */
export function parsedHttpUrl(original: string): ParsedUrl | undefined {
  const parsed = httpUrl(original);
  if (parsed === undefined) return undefined;
  // `searchParams` builds an object on first use: only a URL with a query needs it.
  if (parsed.search !== '') {
    const params = parsed.searchParams;
    const drop: string[] = [];
    for (const key of params.keys()) {
      const k = key.toLowerCase();
      if (k.startsWith('utm_') || TRACKING_PARAMS.has(k)) drop.push(key);
    }
    for (const key of drop) params.delete(key);
  }
  if (parsed.hash === '#' || parsed.hash.startsWith('#:~:')) parsed.hash = '';
  let url = parsed.href;
  // URL keeps a bare "?" when every parameter was removed.
  if (parsed.search === '' && url.includes('?')) url = url.replace(/\?(?=#|$)/, '');
  if (url.length > 2048 || !HTTP_URL_PATTERN.test(url)) return undefined;
  const host = withoutFinalDot(withoutWww(parsed.hostname));
  if (host.length === 0) return undefined;
  return {
    url,
    original,
    host,
    changed: url !== original,
    hostname: parsed.hostname,
    pathname: parsed.pathname,
  };
}

/** Drops punctuation a sentence wraps around a URL (`(https://x.com/a).`), keeping balanced parentheses. */
export function trimUrl(text: string): string {
  let out = OPENING_CODES.has(text.charCodeAt(0)) ? text.replace(OPENING_PUNCTUATION, '') : text;
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
  return pathDate(path);
}

const SEPARATED_DATE = /(?<!\d)((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)/;
const MONTH_DIR_DATE = /\/((?:19|20)\d{2})(\d{2})\/(\d{2})(?=\/)/;
const SHORT_YEAR_DATE = /\/(\d{2})\/(\d{2})\/(\d{2})\//;
const COMPACT_DATE = /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(\d{0,6})(?!\d)/g;

/** `urlDate` of an already parsed URL path. */
export function pathDate(path: string): string | undefined {
  // Every form below is digits: a path without one (a short link, a slug) has no date.
  if (!DIGIT.test(path)) return undefined;
  // The first three forms hold a year 19xx or 20xx: a path without "19" or "20" is spared them.
  const century = path.includes('19') || path.includes('20');
  let m = century ? SEPARATED_DATE.exec(path) : null;
  if (m) {
    const d = dateIf(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) return d;
  }
  m = century ? MONTH_DIR_DATE.exec(path) : null;
  if (m) {
    const d = dateIf(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) return d;
  }
  // exec over one shared global pattern: matchAll would copy the pattern on every call.
  COMPACT_DATE.lastIndex = 0;
  for (let hit = century ? COMPACT_DATE.exec(path) : null; hit; hit = COMPACT_DATE.exec(path)) {
    const d = dateIf(Number(hit[1]), Number(hit[2]), Number(hit[3]));
    if (d) return d;
  }
  m = SHORT_YEAR_DATE.exec(path);
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
  return pathId(parsed.hostname, parsed.pathname);
}

/** `idFromUrl` of an already parsed URL. */
export function pathId(hostname: string, pathname: string): string | undefined {
  const host = withoutWww(hostname);
  // The last non-empty path segment.
  let end = pathname.length;
  while (end > 0 && pathname.charCodeAt(end - 1) === 47 /* / */) end--;
  if (end === 0) return undefined;
  let last = pathname.slice(pathname.lastIndexOf('/', end - 1) + 1, end);
  // (The extension pattern needs a dot: most last segments are spared it.)
  if (last.includes('.')) last = last.replace(PAGE_EXTENSION, '');
  if (last.length === 0) return undefined;
  const id = `${host}:${last}`;
  return (SPACE.test(host) || SPACE.test(last) ? id.replace(/\s/g, '') : id).slice(0, 180);
}

/** The words of a URL's path, lower-cased, split at slashes, hyphens, underscores and dots. */
export function pathWords(url: string): Set<string> {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return new Set();
  }
  return new Set(
    decodeURIComponentSafe(path)
      .toLowerCase()
      .split(/[/\-_.+\s]+/)
      .filter((w) => w.length > 0),
  );
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
