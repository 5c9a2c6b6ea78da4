/*
 * Rows of the site's own links and labels, as every portal prints them around its listing and
 * text extraction leaves them as lines: the footer's links, the language switcher, the
 * article's contents label, its reading time. Each names the site or the reader's next click,
 * never what happened.
 */

// The footer's links, alone or in a row (`Contact us`, `Terms of Service | Privacy Policy`,
// `Log in | Register`, `About us · Advertise · Careers`): the same links on news sites, portals
// and blogs alike (MENU_BAR takes rows of four names or more; these rows may be shorter).
const FOOTER_LINK =
  '(?:contact(?: us)?|about(?: us)?|privacy(?: policy| notice)?|terms(?: of (?:use|service))?|terms (?:&|and) conditions|cookie (?:policy|settings)|site ?map|advertise(?: with us)?|careers|log ?in|log ?out|sign ?in|sign ?up|register|help|faq|feedback|rss|newsletters?|disclaimer|accessibility|corrections|editorial policy|code of ethics|imprint|impressum|my account)';
// One link alone only in the words no headline or section uses (`Privacy Policy`, `Terms of
// Use`): a lone `Contact Us` under a page's last label is left to the page-end rules.
const LONE_LINK =
  '(?:privacy policy|privacy notice|terms of (?:use|service)|terms (?:&|and) conditions|cookie (?:policy|settings)|advertise with us|editorial policy|code of ethics)';
export const FOOTER_LINKS = new RegExp(
  `^(?:${FOOTER_LINK}(?:\\s*[|·•/]\\s*${FOOTER_LINK}){1,10}|${LONE_LINK})$`,
  'i',
);

// The language switcher (`English | العربية | Français`, `中文 | English`, `EN | FR | AR`): two
// languages' names or codes or more set apart by bars, slashes or dots, as multilingual wire
// services and portals (Gulf, African, Asian) set over or under their pages.
const LANGUAGE =
  '(?:english|français|francais|español|espanol|deutsch|italiano|português|portugues|русский|türkçe|bahasa(?: indonesia| melayu)?|tiếng việt|kiswahili|swahili|हिन्दी|ไทย|العربية|عربي|فارسی|اردو|中文|简体(?:中文)?|繁體(?:中文)?|繁体|日本語|한국어|[a-z]{2})';
export const LANGUAGE_SWITCH = new RegExp(`^${LANGUAGE}(?:\\s*[|·•/]\\s*${LANGUAGE}){1,10}$`, 'iu');

// An article's contents label and its reading time (`In this article`, `Table of contents`,
// `2 min read`, `Reading time: 4 minutes`, `阅读时间 3 分钟`): templates of news and blog
// platforms alike print them over a story.
export const READING_ROW =
  /^(?:in this (?:article|story)|table of contents|on this page|jump to|\d{1,2}\s*(?:-?\s*min(?:ute)?s?)\.?\s*read|reading time\s*[:：]?\s*\d{1,2}\s*(?:min(?:ute)?s?)\.?)\s*:?$/i;

/** Line `text` (opening with code `c`) is a footer link row, a language switcher or a contents/reading row. */
export function siteRow(text: string, c: number): boolean {
  if (text.length > 80) return false;
  const lower = c | 32;
  const latin = lower >= 97 && lower <= 122;
  if (latin && FOOTER_LINKS.test(text)) return true;
  const parted = text.includes('|') || text.includes('/') || text.includes('·') || text.includes('•');
  if (parted && LANGUAGE_SWITCH.test(text)) return true;
  return (latin || (c >= 48 && c <= 57)) && READING_ROW.test(text);
}
