import { PUBLICATIONS, type Publication } from './publications.js';

/*
 * `... a fejlesztés folytatódik. mti`, `... ble det opplyst. ntb`: an agency's initialism in lower
 * case, as the Central European and Nordic press sets agency codes in the sign-off (the house
 * style `dpa` carries in its own name). A general typographic convention, not one outlet's. Only
 * the initialisms the tables hold in capitals (`exact`), three letters or more (two, `tt`, `aa`,
 * are too often something else), and only where a credit is already in place: after a finished
 * sentence, alone on the line under the text, or a name a credit has been read from. Not a
 * lookup by name: `map` or `spa` in a sentence is a word.
 */
const byLowerCode = new Map<string, Publication>();
for (const pub of PUBLICATIONS)
  for (const name of pub.exact ?? []) if (/^[A-Z]{3,6}$/.test(name)) byLowerCode.set(name.toLowerCase(), pub);

/** The agency a lower-case code names in a sign-off (`mti`, `ntb`), or undefined. */
export function agencyCode(word: string): Publication | undefined {
  return byLowerCode.get(word);
}
