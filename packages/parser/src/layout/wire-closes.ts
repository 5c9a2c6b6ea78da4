import { lookupPublication } from '../publications.js';
import { isWireAcronym } from './rules.js';

/*
 * The close of wire copy after the last sentence, with no dash: the end mark and the agency's
 * sign-off (`... on Monday. (Ends) WAM/Tariq Alfaham`, `... last month. (End) KUNA`), as the Gulf
 * agencies end a story (WAM signs with its editor after a slash, KUNA after its `(end)`), or the
 * agency between slashes (`... on Monday. /SPA/`), the slash credit of TASS's and the
 * press-release wires' datelines set at the close. The agency is a known outlet or a wire
 * acronym. Anchored at the end, on the last 80 characters: linear.
 */
const END_MARK_CLOSE =
  /([.!?…”"’])\s+\((?:[Ee]nds?|ENDS?)\)\s*(\p{Lu}[\p{L}&]{1,20})(?:\s?\/\s?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})?$/u;
const SLASH_CLOSE = /([.!?…”"’])\s+\/\s?(\p{Lu}[\p{L}&]{1,20})\s?\/$/u;

export function wireClose(text: string): { before: string; raw: string; outlet: string } | undefined {
  const tail = text.length > 80 ? text.slice(-80) : text;
  const m = text.charCodeAt(text.length - 1) === 47 ? SLASH_CLOSE.exec(tail) : END_MARK_CLOSE.exec(tail);
  if (!m) return undefined;
  const outlet = m[2]!;
  if (lookupPublication(outlet) === undefined && !isWireAcronym(outlet)) return undefined;
  const at = text.length - tail.length + m.index + m[1]!.length;
  return { before: text.slice(0, at), raw: text.slice(at).trim(), outlet };
}
