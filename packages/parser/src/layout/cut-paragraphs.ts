/**
 * `... In a swift response to the memorandum inked between` / blank / `Morocco chairs ...`: a
 * long paragraph that stops without a sentence end, then a paragraph break (a blank line, or a
 * section label on a page with no blank lines), is a teaser the listing cut, at a word or a
 * character count that varies with the text (WordPress excerpts, portal cards). The break ends
 * it as a full stop would; a hard-wrapped paragraph runs on with no break, and a comma or colon
 * at the end says the text goes on (a list follows).
 */
export function cutParagraph(text: string, breakAfter: boolean): boolean {
  if (!breakAfter || text.length < 100) return false;
  const last = text.charCodeAt(text.length - 1);
  // A letter or a digit last: a cut mid-phrase (punctuation there says something else).
  return (
    (last >= 97 && last <= 122) ||
    (last >= 65 && last <= 90) ||
    (last >= 48 && last <= 57) ||
    (last > 0xbf && /[\p{L}\p{N}]$/u.test(text.slice(-2)))
  );
}

/**
 * `ฝนตกหนักทำให้น้ำท่วม... ต้องปิด`: a paragraph in Thai or Lao, whose writing closes no sentence
 * with a mark (a space parts sentences, the line's end closes the paragraph): a line of 40
 * characters or more, mostly of those scripts, that ends in one of their letters. Under it, a
 * line opening in Latin script (the English headline of a Thai lesson on English news) starts
 * after its end as after a full stop (the caller asks that; a Thai line under it may be more of
 * the same text). English-news lessons with Thai translations (dev 293) and Lao digests write so.
 * Asked of the last character first.
 */
export function unpunctuatedParagraph(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  if (c < 0x0e01 || c > 0x0eff || text.length < 40) return false;
  let letters = 0;
  for (let k = 0; k < text.length; k++) {
    const d = text.charCodeAt(k);
    if (d >= 0x0e01 && d <= 0x0eff) letters++;
  }
  return letters >= text.length / 2;
}
