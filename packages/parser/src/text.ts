/*
 * Small string helpers on the hot path of a page parse. A global regex replace costs about as
 * much as a short parse step even when it changes nothing, so each first checks it must act.
 */

const NEEDS_COLLAPSE = /\s\s|[^\S ]/;
const SPACES = /\s+/g;

/** Every run of whitespace as one space: `text.replace(/\s+/g, ' ')`, without the cost when there is none to collapse. */
export function collapseSpaces(text: string): string {
  return NEEDS_COLLAPSE.test(text) ? text.replace(SPACES, ' ') : text;
}
