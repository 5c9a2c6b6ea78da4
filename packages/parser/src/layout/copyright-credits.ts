import { lookupPublication } from '../publications.js';

/*
 * `©AFP`, `Copyright © ANTARA 2025`, `(c) Reuters`, `© 2026 The Associated Press. All rights
 * reserved.`: the copyright line agencies have set after each story of theirs (AFP's listings
 * print `©AFP` under every caption, dev 325; ANTARA's stories close `Copyright © ANTARA <year>`,
 * dev 382), reprinted by the papers that carry the copy. The corpus reads it as the item's credit
 * (a year alone is no full date). Only a known outlet counts: a site's own footer (`© 2023 The
 * Daily Sky`) names no source the table knows.
 */

/** The copyright marks, the year and the reservation around the name. */
const MARKS = /^(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?/i;
const TAIL = /(?:[\s,.]+(?:\d{4}|all\s+rights\s+reserved))*[\s.]*$/i;

/** The outlet a copyright line names, or undefined. */
export function copyrightCredit(text: string): string | undefined {
  // (A copyright line opens with its mark: asked of the first character before the patterns.)
  const c = text.charCodeAt(0);
  if (text.length > 90 || (c !== 0xa9 && c !== 40 && (c | 32) !== 99)) return undefined;
  const marks = MARKS.exec(text);
  if (!marks || marks[0].length === 0) return undefined;
  const name = text.slice(marks[0].length).replace(TAIL, '').trim();
  if (name.length < 2 || name.length > 50) return undefined;
  return lookupPublication(name) !== undefined ? name : undefined;
}
