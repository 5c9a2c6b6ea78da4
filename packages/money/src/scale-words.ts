import { SCALE_WORDS } from './generated/scale-words.js';

// Built on first use: the element's CDN file never asks, so the table stays out of it.
let byWord: Map<string, number> | undefined;

/**
 * The scale words of Spanish, Portuguese, Vietnamese and Russian as CLDR writes them after a
 * figure (`millones`, `mil millones`, `milhões`, `tỷ`, `млрд`), lower case, to their power of ten.
 */
export function localScaleWords(): ReadonlyMap<string, number> {
  if (!byWord) {
    byWord = new Map();
    for (const line of SCALE_WORDS.split('\n')) {
      const [word, exp] = line.split('|');
      if (word && exp) byWord.set(word, Number(exp));
    }
  }
  return byWord;
}
