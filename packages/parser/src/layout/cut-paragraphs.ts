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
