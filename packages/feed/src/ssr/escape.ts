/**
 * Escaping for the two contexts server-rendered pages write into. Kept apart from the renderers so
 * that every writer of raw HTML uses the same rules (and the hostile-strings tests cover them all).
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or a double-quoted attribute value in HTML. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML[char] as string);
}

/**
 * JSON for a `<script type="application/json">` or `application/ld+json` block. Such a block ends at
 * the first `</script` and HTML comments (`<!--`) change how it is parsed, so every `<`, `>` and `&`
 * becomes a JSON escape; U+2028/U+2029 are escaped too so the text is also a valid JavaScript string.
 * `JSON.parse` gives back exactly the original value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
