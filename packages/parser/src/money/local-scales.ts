import { localScaleWords } from '@briefing/money';
// numbers.ts calls this file from `scaleAt`; the cycle is of functions, read at call time only.
import { isDigit } from './numbers.js';

/*
 * The scale words of the Spanish, Portuguese, Vietnamese and Russian press, as CLDR's compact
 * formats write them after a figure (`@briefing/money`'s `localScaleWords`: "3 millones",
 * "2 mil millones", "10 mil", "5 tỷ", "1,2 млрд"). Read only after a space, as those languages
 * set them: a glued "mil" stays the Malaysian million of `scaleAt` ("US$425mil"), while the
 * spaced one is the Spanish and Portuguese thousand ("10 mil euros"), as CLDR has it.
 */
let localScaleY: RegExp | undefined;
let byWord: ReadonlyMap<string, number> | undefined;

function pattern(): RegExp {
  if (!localScaleY) {
    byWord = localScaleWords();
    // Longest first (the table's order), so "mil millones" wins over "mil"; literals only, after
    // one fixed character: the match is linear in the word's length.
    const words = [...byWord.keys()].map((w) =>
      w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0]'),
    );
    localScaleY = new RegExp(`[ \\u00a0](${words.join('|')})(?![\\p{L}\\p{N}])`, 'iuy');
  }
  return localScaleY;
}

/** A CLDR scale word of those languages one space after a figure ending at `pos`, or undefined. */
export function localScaleAt(text: string, pos: number): { end: number; exp: number } | undefined {
  const re = pattern();
  re.lastIndex = pos;
  const m = re.exec(text);
  if (m?.[1] === undefined) return undefined;
  const word = m[1].toLowerCase().replace(/\u00a0/g, ' ');
  // "US$ 21.3 mil" (the Lao and Malaysian English press, dev 623): after a decimal point of one
  // or two digits, which Spanish and Portuguese never write (their dot groups three), "mil" is
  // the English million of `scaleAt`.
  if (word === 'mil' && decimalPointBefore(text, pos)) return undefined;
  const exp = byWord?.get(word);
  return exp === undefined ? undefined : { end: pos + m[0].length, exp };
}

/** One or two digits after a `.` end right before `pos` ("21.3", "1.25"); a bounded look-back. */
function decimalPointBefore(text: string, pos: number): boolean {
  let k = pos;
  while (k > pos - 3 && k > 0 && isDigit(text.charCodeAt(k - 1))) k--;
  return k < pos && k > pos - 3 && text.charCodeAt(k - 1) === 46;
}
