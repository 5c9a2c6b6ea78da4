/*
 * Small string helpers on the hot path of a page parse. A global regex replace costs about as
 * much as a short parse step even when it changes nothing, so each first checks it must act.
 */

/**
 * What `String.prototype.trim` removes and what `\s` matches: ECMAScript WhiteSpace and
 * LineTerminator, by character code (no one-character string, no regex call).
 */
export function isWhiteSpace(c: number): boolean {
  // ASCII first: most characters are, and only six of them are white space.
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * `text.split(separator)` for a one-character separator, by index: the built-in split is a
 * runtime call that costs several times more on the short strings the citation parser splits.
 */
export function splitAt(text: string, separator: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
    out.push(text.slice(from, at));
    from = at + 1;
  }
  out.push(text.slice(from));
  return out;
}

const NEEDS_COLLAPSE = /\s\s|[^\S ]/;
const SPACES = /\s+/g;

/** Every run of whitespace as one space: `text.replace(/\s+/g, ' ')`, without the cost when there is none to collapse. */
export function collapseSpaces(text: string): string {
  return NEEDS_COLLAPSE.test(text) ? text.replace(SPACES, ' ') : text;
}

/** The code of the first character of `t` that is not white space (as `\s` reads it); -1 when none. */
export function firstNonSpace(t: string): number {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (!isWhiteSpace(c)) return c;
  }
  return -1;
}

/**
 * `text.trim().split(/\s+/)`, by character codes: the words of `text` (`['']` when it has none),
 * without the regex split's match records.
 */
export function trimmedWords(text: string): string[] {
  const out: string[] = [];
  let k = 0;
  while (k < text.length) {
    while (k < text.length && isWhiteSpace(text.charCodeAt(k))) k++;
    if (k === text.length) break;
    const from = k;
    while (k < text.length && !isWhiteSpace(text.charCodeAt(k))) k++;
    out.push(text.slice(from, k));
  }
  if (out.length === 0) out.push('');
  return out;
}
