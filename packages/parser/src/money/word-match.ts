/*
 * Finding a currency word or code right after a number without one big alternation: the registry
 * gives hundreds of names ("New Taiwan dollars", "Bosnia-Herzegovina convertible marks"), and a
 * RegExp alternation of them tries every name at every number. Here the names are bucketed by their
 * first two letters and compared by hand, longest first, so the work per number is a handful of
 * candidates.
 */

/** ASCII upper case to lower case; anything else (NaN at the end of the text: 0) as is. */
const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c || 0);
const isSeparator = (c: number): boolean => c === 32 || c === 160 || c === 45;
const isAsciiLetterOrDigit = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

export interface WordMatcher {
  /**
   * The longest key matching at `pos` after at least one separator (space, no-break space or
   * hyphen), case-insensitively; a space in a key matches any run of separators. The key must end
   * the word. Returns the key and the end offset.
   */
  at(text: string, pos: number): { key: string; raw: string; end: number } | undefined;
  /** The longest key starting exactly at `start` (no separator before it). */
  here(text: string, start: number): { key: string; raw: string; end: number } | undefined;
}

export function wordMatcher(keys: Iterable<string>): WordMatcher {
  // Bucket by the first two characters, lower-cased ASCII letters folded to one number: no string
  // is built per look-up. Non-ASCII heads ("złoty"...) fold the same way (their code units as is).
  const headOf = (a: number, b: number): number => fold(a) * 65536 + fold(b);
  const buckets = new Map<number, string[]>();
  for (const key of keys) {
    const head = headOf(key.charCodeAt(0), key.charCodeAt(1));
    const list = buckets.get(head) ?? [];
    list.push(key);
    buckets.set(head, list);
  }
  for (const list of buckets.values()) list.sort((a, b) => b.length - a.length);

  /** End of `key` matched at `start`, or -1. */
  const matchKey = (text: string, start: number, key: string): number => {
    let t = start;
    for (let k = 0; k < key.length; k++) {
      const kc = key.charCodeAt(k);
      if (kc === 32) {
        if (!isSeparator(text.charCodeAt(t))) return -1;
        while (isSeparator(text.charCodeAt(t))) t++;
        continue;
      }
      const tc = text.charCodeAt(t);
      if (tc !== kc && (tc < 65 || tc > 90 || tc + 32 !== kc) && text[t]?.toLowerCase() !== key[k]) return -1;
      t++;
    }
    return isAsciiLetterOrDigit(text.charCodeAt(t)) ? -1 : t;
  };

  const here = (text: string, start: number) => {
    const list = buckets.get(headOf(text.charCodeAt(start), text.charCodeAt(start + 1)));
    if (!list) return undefined;
    for (const key of list) {
      const end = matchKey(text, start, key);
      if (end >= 0) return { key, raw: text.slice(start, end), end };
    }
    return undefined;
  };
  return {
    at(text, pos) {
      let start = pos;
      while (isSeparator(text.charCodeAt(start))) start++;
      if (start === pos) return undefined;
      return here(text, start);
    },
    here,
  };
}

/** An upper-case code (3 letters, or M + 3 for millions) at `pos`, after at most one separator. */
export function codeAt(
  text: string,
  pos: number,
  codes: ReadonlySet<string>,
): { code: string; end: number } | undefined {
  const start = isSeparator(text.charCodeAt(pos)) ? pos + 1 : pos;
  let end = start;
  while (end - start < 5) {
    const c = text.charCodeAt(end);
    if (!(c >= 65 && c <= 90)) break;
    end++;
  }
  if (end - start < 3 || end - start > 4 || isAsciiLetterOrDigit(text.charCodeAt(end))) return undefined;
  const code = text.slice(start, end);
  return codes.has(code) ? { code, end } : undefined;
}
