import { mayBeDate, parseDate } from '../dates.js';
import type { Credit } from './credit-lines.js';

/*
 * The syndication note: a line saying where the text was first published, as a repost or a
 * partner's copy closes it. It names the source outlet, and often the date it ran there:
 * - `This article was first published in The Straits Times on June 4, 2024.` (Asia News Network
 *   partners), `This article is republished from The Conversation under a Creative Commons
 *   license.`, `This story was originally published by CalMatters.`, `Read the original article
 *   on Business Insider.`: the English forms of the convention;
 * - `——本文2022年11月10日發布於FT中文網,英文原題為...`, `本文原載於《經濟學人》`, `轉載自聯合報`: the same
 *   note in Chinese (FT Chinese's bilingual reposts, blogs reposting the press).
 * The note names any outlet, known to the table or not: the wording says it is the source.
 */

/** `This article was first published in X (on D)`: the note opens with "this article" or "first"/"originally"/"republished". */
const ENGLISH =
  /^(?:this\s+(?:article|story|piece|report|post|column|interview|op-ed|commentary|editorial)\s+(?:was|is|has\s+been|first)\s+)?(?:(?:first|originally)\s+)?(?:(published|appeared|ran|republished|reprinted))\s+(?:here\s+)?(?:in|on|at|by|from|with\s+permission\s+(?:of|from))\s+(.{2,60}?)(?:,?\s+on\s+(.{4,40}?))?(?:\s+under\s+.{2,60}?)?\.?$/i;
/** `Read the original article on Business Insider.` */
const ORIGINAL_ARTICLE = /^read\s+the\s+original\s+(?:article|story|post)\s+(?:on|at|in)\s+(.{2,60}?)\.?$/i;
/** The note in Chinese: `本文<date>發布於<outlet>`, `原文刊登於<outlet>`, `轉載自<outlet>`; the outlet up to the next comma. */
const CHINESE =
  /^[—–-]*\s*(?:(?:本文|原文|此文)(?:於|于)?\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*(?:首次)?(?:首?(?:發布|发布|發表|发表|刊登|刊載|刊载|刊出|發|发)|原(?:載|载|刊))(?:於|于|在)|(?:本文)?(?:轉載|转载|轉|转)自)\s*《?([^,，。;；:：\s《》]{2,30})》?/u;

/** A name of at most six words, opening with a letter or a digit, that is no date. */
function outletName(name: string): string | undefined {
  const n = name.trim().replace(/^the\s+website\s+of\s+/i, '');
  if (n.length < 2 || n.split(/\s+/).length > 6 || !/^[\p{L}\p{N}]/u.test(n)) return undefined;
  if (mayBeDate(n) && parseDate(n).ok) return undefined;
  return n;
}

export function firstPublishedCredit(text: string): Credit | undefined {
  if (text.length > 200) return undefined;
  const c0 = text.charCodeAt(0);
  if (c0 < 0x80) {
    // Each English form opens with one of t, f, o, p, a, r (this, first, originally, published,
    // appeared, ran/republished/reprinted/read): most lines are spared the patterns.
    const lower = c0 | 32;
    if (!'tfopar'.includes(String.fromCharCode(lower))) return undefined;
    const m = ENGLISH.exec(text);
    // A bare `Published on June 4` or `Published by Reuters` is a posting line (`postedBy`), not this note.
    if (m && /^(?:this|first|originally|republished|reprinted)\b/i.test(text)) {
      const outlet = outletName(m[2]!);
      if (outlet === undefined) return undefined;
      const date =
        m[3] !== undefined && mayBeDate(m[3]) && parseDate(m[3], { year: 2000 }).ok ? m[3] : undefined;
      return {
        readAs: date ? `${outlet}, ${date}` : outlet,
        reason: 'a note of where the text was first published ("This article was first published in ...")',
      };
    }
    const o = ORIGINAL_ARTICLE.exec(text);
    const outlet = o ? outletName(o[1]!) : undefined;
    return outlet
      ? { readAs: outlet, reason: 'a link to the original article ("Read the original article on ...")' }
      : undefined;
  }
  const z = CHINESE.exec(text);
  if (!z) return undefined;
  const outlet = z[2]!;
  return {
    readAs: z[1] ? `${outlet}, ${z[1].replace(/\s+/g, '')}` : outlet,
    reason: 'a note of where the text was first published ("本文...發布於 ...")',
  };
}
