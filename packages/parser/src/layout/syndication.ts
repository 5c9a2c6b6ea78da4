/**
 * A syndication notice inside a summary names the paper the text is taken from: `This Fiji
 * news round-up comes through the courtesy of Islands Business Magazine.`, `This article is
 * republished from The Conversation under a Creative Commons license.`, `Reprinted with
 * permission of the Asia Times.` Syndicating outlets print it in these words (The Conversation's
 * republishing notice, Pacific and Asian business councils' and newsletters' round-ups, wire
 * partners' reprint lines): the verb of republishing or of coming through someone's courtesy
 * says the name is the text's source. A bare `courtesy of` stays a picture's credit (`Photo
 * courtesy of ...`) and is not read. The name runs over capitalised words (with `of`, `and`,
 * `&` between them) and stops at the first lowercase word or punctuation.
 */
const NOTICE =
  /\b(?:(?:comes?|came|appears?|appeared)\s+(?:here\s+)?(?:through\s+)?(?:the\s+)?courtesy\s+of|(?:re-?published|reprinted|reproduced|republished|syndicated)\s+(?:here\s+)?(?:(?:through\s+)?(?:the\s+)?courtesy\s+of|with\s+(?:the\s+)?(?:kind\s+)?permission\s+(?:of|from)|from|by\s+arrangement\s+with))\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}&'’-]*(?:\.[\p{L}\p{N}]+)*(?:\s+(?:(?:of|and|&|for)\s+)?\p{Lu}[\p{L}\p{N}&'’-]*(?:\.[\p{L}\p{N}]+)*){0,5})/u;

/** The cheap look first: the words every notice holds, found by `includes` before the pattern runs. */
function mayHoldNotice(p: string): boolean {
  return p.includes('courtesy of') || p.includes('permission') || p.includes('ublished from');
}

/**
 * The notice's sentence (the credit as written, taken out of the text as other credits are),
 * the paragraph without it, and the outlet it names; undefined when the paragraph has none.
 */
export function syndicationCredit(
  paragraph: string,
): { text: string; raw: string; outlet: string } | undefined {
  if (!mayHoldNotice(paragraph)) return undefined;
  const m = NOTICE.exec(paragraph);
  if (!m) return undefined;
  const outlet = m[1]!.replace(/['’-]+$/u, '');
  if (outlet.length < 3) return undefined;
  // The sentence around the notice: from the previous sentence's end to its own full stop.
  let start = m.index;
  while (start > 0 && !(SENTENCE_END.test(paragraph[start - 2] ?? '') && paragraph[start - 1] === ' '))
    start--;
  const after = SENTENCE_CLOSE.exec(paragraph.slice(m.index + m[0].length));
  const end = after ? m.index + m[0].length + after.index + 1 : paragraph.length;
  const text = `${paragraph.slice(0, start)}${paragraph.slice(end)}`.replace(/\s{2,}/g, ' ').trim();
  return { text, raw: paragraph.slice(start, end).trim(), outlet };
}

const SENTENCE_END = /[.!?]/;
const SENTENCE_CLOSE = /[.!?](?=\s|$)/;
