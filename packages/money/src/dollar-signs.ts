import { DOLLAR_SIGNS } from './generated/dollar-signs.js';

// Built on first use: the element's CDN file never asks, so the table stays out of it.
let bySign: Map<string, string> | undefined;

/**
 * The letter-and-dollar signs (`N$`, `J$`, `TT$`, `EC$`) that CLDR's locales write for one
 * currency each, to its ISO 4217 code: how the press names a dollar that a bare `$` would not.
 */
export function dollarSigns(): ReadonlyMap<string, string> {
  if (!bySign) {
    bySign = new Map();
    for (const line of DOLLAR_SIGNS.split('\n')) {
      const [sign, code] = line.split('|');
      if (sign && code) bySign.set(sign, code);
    }
  }
  return bySign;
}
