import { agencyCode } from '../agency-codes.js';
import { lookupPublication } from '../publications.js';

/*
 * The signature after a text's last sentence with no dash or bracket, as German dailies close a
 * brief: the agency's short name for agency copy (`dpa`), the writer's initials otherwise (the
 * Kürzel, `jmi`). The first is the item's credit, the second only ends the text.
 */

/**
 * `... so stark geklettert wie seit 18 Jahren nicht. dpa`: a known agency's one-word name after
 * the last sentence with no dash, as German dailies sign agency copy (the agency's short name
 * where their own writers put their initials). A sentence is never an agency's name alone, so
 * after a finished sentence it can only be the credit; a known outlet only (`... said. China`).
 */
const BARE_AGENCY = /([.!?…”"’])\s+([\p{L}]{2,12})$/u;

export function bareAgency(
  text: string,
  tail: string,
): { before: string; raw: string; outlet: string } | undefined {
  const m = BARE_AGENCY.exec(tail);
  // Or its initialism in lower case (`... said. mti`), as the agency signs (see `agencyCode`).
  if (!m || (lookupPublication(m[2]!) === undefined && agencyCode(m[2]!) === undefined)) return undefined;
  const at = text.length - tail.length + m.index + m[1]!.length;
  return { before: text.slice(0, at), raw: m[2]!, outlet: m[2]! };
}

/**
 * `... den zweiten Platz. jmi`: the writer's initials (two to four lower-case letters) after the
 * last sentence, as German dailies sign a brief (the Kürzel, where agency copy has `dpa`): the
 * text has ended there. A person, not a source: no citation. The word before the full stop has
 * two letters or more (`e.g. the` is no sign-off).
 */
const INITIALS_END = /\p{L}\p{Ll}[.!?”"’]\s+\p{Ll}{2,4}$/u;

export function signedWithInitials(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (!((last >= 97 && last <= 122) || last > 0x7f)) return false;
  return INITIALS_END.test(text.length > 12 ? text.slice(-12) : text);
}
