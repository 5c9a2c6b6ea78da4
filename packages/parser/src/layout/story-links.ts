import { publicationForHost } from '../publications.js';
import { SOURCE_LINK } from './link-items.js';
import { firstNonSpace } from '../text.js';

/*
 * The story's address alone after an item's text, as a link (`[Source](https://...)`, `Read
 * more`, `阅读原文`) or written out by a copy script (`– See more at: https://...`): the item's
 * credit, the outlet the host names or the host itself.
 */

/**
 * `[Source](https://www.reuters.com/...)`, `<a href>Read more</a>` alone on its line after the
 * text: the link whose label says it leads to the story (`SOURCE_LINK`, as link digests label
 * it) credits the item with that address; the outlet is the one the address's host names, or
 * the host itself (as the corpus's feed digests show it).
 */
/**
 * A Chinese "read the original" button: a reading verb, then 原文/全文 ("the original", "the full
 * text"), maybe "official" and a short rest ("查看官方原文與聯絡人"): WeChat's 阅读原文 link, which
 * Chinese digests and city-government news pages copy, under each item.
 */
const READ_ORIGINAL = /^(?:閱讀|阅读|查看|查閱|查阅|檢視|检视|前往)(?:官方)?(?:原文|全文)[^\s]{0,6}$/u;

export function storyLinkLine(
  text: string,
  anchors: readonly { text: string; href: string }[] | undefined,
): { href: string; outlet: string } | undefined {
  if (anchors?.length !== 1 || anchors[0]!.text.trim() !== text.trim()) return undefined;
  // The label without its link arrow ("閱讀原文 →", "Read more ›").
  const label = text.trim().replace(/\s{0,3}[→›»↗]{1,3}$/u, '');
  if (!SOURCE_LINK.test(label) && !READ_ORIGINAL.test(label)) return undefined;
  const href = anchors[0]!.href;
  const host = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(href)?.[1]?.toLowerCase();
  if (!host) return undefined;
  return { href, outlet: publicationForHost(host)?.name ?? host };
}

/**
 * `– See more at: http://www.the-star.co.ke/news/...#sthash.hPL6YNMf.dpuf`, `Read more at:
 * https://...`: the line a copy-tracking script (ShareThis's and Tynt's, on many outlets' sites)
 * appends to text copied from a story, left under each clip where the text was pasted. It names
 * the story's address: the item's credit, the outlet the host names or the host itself (as
 * `storyLinkLine` reads a linked one).
 */
const SEE_MORE_AT = /^[–—-]?\s*(?:See|Read) more at\s*:\s*(https?:\/\/\S+)$/i;

export function storyLinkText(text: string): { href: string; outlet: string } | undefined {
  // One look at the first character (a dash, or the first letter of `See`/`Read`) spares most lines the pattern.
  const c0 = text.charCodeAt(0);
  const c = c0 | 32;
  if (c !== 115 && c !== 114 && c0 !== 45 && c0 !== 0x2013 && c0 !== 0x2014) return undefined;
  const m = SEE_MORE_AT.exec(text.trim());
  if (!m) return undefined;
  const href = m[1]!;
  const host = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(href)?.[1]?.toLowerCase();
  if (!host) return undefined;
  return { href, outlet: publicationForHost(host)?.name ?? host };
}

/** An address alone, scheme and all (exported for the guard test). */
export const ADDRESS_ALONE = /^https?:\/\/\S+$/i;

/**
 * `ADDRESS_ALONE`'s cheap look, by the first character after white space: `h` or `H` (the `i`
 * flag folds only ASCII onto ASCII), or the angle bracket around the address.
 */
export function mayOpenAddress(raw: string): boolean {
  const c = firstNonSpace(raw);
  return c === 104 || c === 72 || c === 60;
}

/**
 * A citation that is the story's address alone on its line (`https://www.postkhmer.com/...`),
 * with no outlet named: read as `storyLinkLine` reads a linked one, the outlet the host names or
 * the host itself, so the credit names its source as the address does. Returns what the citation
 * parser reads (`outlet, address`), or undefined for any other entry.
 */
export function addressAloneCredit(raw: string, above?: string): string | undefined {
  // A credit that opens otherwise than an address (`Source: ...` over its URL line, most
  // entries) is spared the copy and the patterns below.
  if (!mayOpenAddress(raw)) return undefined;
  const href = raw.trim().replace(/^<(.*)>$/, '$1');
  if (!ADDRESS_ALONE.test(href)) return undefined;
  const host = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(href)?.[1]?.toLowerCase();
  if (!host) return undefined;
  return `${publicationForHost(host)?.name ?? staffOutlet(above, host) ?? host}, ${href}`;
}

/**
 * `Khmer Times Staff`, `Reuters Staff`, `Al Jazeera Staff`: the staff byline over the address, as
 * outlets sign unsigned copy with their own name (a byline naming an outlet credits it); the
 * outlet it names, when the address's host spells that name (`khmertimeskh.com`, `reuters.com`),
 * so `Sports Staff` over another site's address names no outlet.
 */
const STAFF_BYLINE =
  /^(?:by\s+)?(\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,4})\s+staff(?:\s+(?:writer|reporter)s?)?$/iu;

function staffOutlet(above: string | undefined, host: string): string | undefined {
  if (above === undefined || above.length > 60) return undefined;
  const m = STAFF_BYLINE.exec(above.trim());
  if (!m) return undefined;
  const letters = m[1]!
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
  return letters.length >= 3 && host.startsWith(letters) ? m[1] : undefined;
}
