import { regionNames } from '@briefing/money';
import { LOCAL_DOLLAR } from './currency-vocabulary.js';
import { localPrefixesOf } from './local-prefixes.js';

/*
 * The region a page names most, for a page whose address and credits do not say where it comes
 * from (a Kenyan paper on a .com domain, an Australian council-news site on .com): a local paper
 * names its own country far more often than any other. A name counts with its demonym endings
 * (`Kenyan`, `Nigerian`, `South African`); the names are CLDR's (`regionNames`), not a hand
 * list. Two questions are asked, each of the regions its answer serves:
 *   - which region whose press writes its currency in plain letters (`Sh50bn`, `R20 billion`,
 *     `N5 billion` are money only there): at least twice, and twice as often as any other;
 *   - which dollar region, the United States among them (a bare `$` is a local dollar only on
 *     a page of that region): at least three times, and twice as often as any other.
 * One pass of one bounded alternation per text: linear.
 */

interface RegionMatcher {
  pattern: RegExp;
  byName: Map<string, string>;
}

/** The names (to regions) as one alternation, longest first (`South Africa` before a shorter name in it). */
function matcherOf(byName: Map<string, string>, end: string): RegionMatcher {
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  // CLDR's short names write `&` where the press writes `and` (`Trinidad & Tobago`).
  const alternatives = names
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ & /g, ' (?:&|and) '))
    .join('|');
  return {
    pattern: new RegExp(`\\b(${alternatives})(?:n|an|ian|i|ns|ans|ians|is)?${end}`, 'g'),
    byName: new Map([...byName].map(([name, region]) => [andForm(name), region])),
  };
}

/** A name as looked up: `&` and `and` alike. */
function andForm(name: string): string {
  return name.replace(/ & /g, ' and ');
}

let letterRegions: RegionMatcher | undefined;
let dollarRegions: RegionMatcher | undefined;

export interface NamedRegion {
  region: string;
  mentions: number;
}

function letterMatcher(): RegionMatcher {
  if (!letterRegions) {
    const byName = new Map<string, string>();
    for (const [region, name] of regionNames()) if (localPrefixesOf(region)) byName.set(name, region);
    letterRegions = matcherOf(byName, '\\b');
  }
  return letterRegions;
}

/** The region with letter signs that the page's texts name most, if one stands out. */
export function regionNamedMost(texts: readonly string[]): NamedRegion | undefined {
  return namedMost(texts, letterMatcher(), 2);
}

/**
 * The one region with letter signs that an item's texts name, none other named beside it: on a
 * page of many countries' news with no region of its own (a pan-African business feed), `Nigerian
 * states pay N21.62 billion` is naira and `Ghana: workers earn below ¢3000` is cedis.
 */
export function regionNamedAlone(texts: readonly string[]): string | undefined {
  const counts = regionCounts(texts, letterMatcher());
  return counts.size === 1 ? counts.keys().next().value : undefined;
}

let anyRegions: RegionMatcher | undefined;

/**
 * The one region a whole page names, when it names no other region at all (every CLDR region
 * counts, so an Indian page that names Pakistan once is not read as Pakistani) and that region's
 * press writes its currency in plain letters: a local paper's home page or section names its own
 * country and often no other, sometimes only once (`Kenyan banks face a fresh shock` over
 * `Merali's Sh75m bailout`, corpus dev 447). As `regionNamedAlone` reads one item of a page of
 * many countries, this reads a page of one. One pass of one alternation per text: linear.
 */
export function pageRegionAlone(texts: readonly string[]): string | undefined {
  const region = regionNamedOnly(texts);
  return region && localPrefixesOf(region) ? region : undefined;
}

/** The one region (any of CLDR's) the texts name, when they name no other. */
export function regionNamedOnly(texts: readonly string[]): string | undefined {
  if (!anyRegions) {
    const byName = new Map<string, string>();
    for (const [region, name] of regionNames()) byName.set(name, region);
    // The United States by CLDR's names (`United States`, short `US`) and the press's (`U.S.`, `America`).
    for (const name of ['United States', 'US', 'U.S.', 'America']) byName.set(name, 'US');
    anyRegions = matcherOf(byName, '(?!\\w)');
  }
  const counts = regionCounts(texts, anyRegions);
  return counts.size === 1 ? counts.keys().next().value : undefined;
}

/**
 * The dollar region the page's texts name most, if one stands out. The United States is one
 * of them under the names the English-language press gives it besides CLDR's (`U.S.`, AP style,
 * and `America`): a page about the US names it so, and its `$` stays the US dollar.
 */
export function dollarRegionNamedMost(texts: readonly string[]): NamedRegion | undefined {
  if (!dollarRegions) {
    const byName = new Map<string, string>();
    for (const [region, name] of regionNames())
      if (LOCAL_DOLLAR[region] || region === 'US') byName.set(name, region);
    for (const name of ['United States', 'U.S.', 'America']) byName.set(name, 'US');
    // A longer name that starts with one of them is another region (`Dominican Republic` is not
    // `Dominica`): matched whole, counted for none.
    const counted = [...byName.keys()];
    for (const name of regionNames().values())
      if (!byName.has(name) && counted.some((c) => name.length > c.length && name.startsWith(c)))
        byName.set(name, '');
    // `U.S.` ends with a stop, not a word character: the name ends where no word character follows.
    dollarRegions = matcherOf(byName, '(?!\\w)');
  }
  return namedMost(texts, dollarRegions, 3);
}

/** How often the texts name each region of the matcher. One pass of one alternation per text. */
function regionCounts(texts: readonly string[], { pattern, byName }: RegionMatcher): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    // biome-ignore lint/suspicious/noAssignInExpressions: the scanner loop
    while ((m = pattern.exec(text)) !== null) {
      const region = byName.get(andForm(m[1]!));
      if (!region) continue;
      counts.set(region, (counts.get(region) ?? 0) + 1);
    }
  }
  return counts;
}

function namedMost(texts: readonly string[], matcher: RegionMatcher, min: number): NamedRegion | undefined {
  const counts = regionCounts(texts, matcher);
  let top: [string, number] | undefined;
  let second = 0;
  for (const entry of counts) {
    if (!top || entry[1] > top[1]) {
      second = top?.[1] ?? 0;
      top = entry;
    } else if (entry[1] > second) second = entry[1];
  }
  if (!top || top[1] < min || top[1] < 2 * second) return undefined;
  return { region: top[0], mentions: top[1] };
}

/** A Hangul syllable. */
const HANGUL = /[\uac00-\ud7af]/g;

/**
 * `KR` for a page written in Korean (twenty Hangul syllables or more in its texts): Hangul is
 * written for Korean alone, so a Korean page comes from Korea as surely as its address would say,
 * and a letter sign on it (`W56.1 Billion` in a Korean study blog's headline translation) is the
 * won. A page in Chinese or Japanese script says no such thing (both are written in several
 * regions). One pass over the texts, stopping at the twentieth syllable.
 */
export function hangulRegion(texts: readonly string[]): string | undefined {
  let n = 0;
  for (const t of texts) {
    HANGUL.lastIndex = 0;
    while (HANGUL.exec(t)) if (++n >= 20) return 'KR';
  }
  return undefined;
}
