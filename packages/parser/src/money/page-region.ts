import { regionNames } from '@briefing/money';
import { localPrefixesOf } from './local-prefixes.js';

/*
 * The region a page names most, for a page whose address and credits do not say where it comes
 * from (a Kenyan paper on a .com domain, a South African aggregator on .net): a local paper
 * names its own country far more often than any other, as it writes its own currency's sign.
 * Only regions whose press writes its currency in plain letters are counted, since that is all
 * the answer is used for (`Sh50bn`, `R20 billion`, `N5 billion` are money only there). A name
 * counts with its demonym endings (`Kenyan`, `Nigerian`, `South African`). The names are CLDR's
 * (`regionNames`), not a hand list.
 */

interface RegionMatcher {
  pattern: RegExp;
  byName: Map<string, string>;
}

let matcher: RegionMatcher | undefined;

function regionMatcher(): RegionMatcher {
  if (matcher) return matcher;
  const byName = new Map<string, string>();
  for (const [region, name] of regionNames()) if (localPrefixesOf(region)) byName.set(name, region);
  // Longest first, so `South Africa` is not read as a shorter name inside it.
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  matcher = { pattern: new RegExp(`\\b(${alternatives})(?:n|an|ian|i|ns|ans|ians|is)?\\b`, 'g'), byName };
  return matcher;
}

/** At least this many mentions, and twice the runner-up's, make a page's region. */
const MIN_MENTIONS = 2;

export function regionNamedMost(texts: readonly string[]): { region: string; mentions: number } | undefined {
  const { pattern, byName } = regionMatcher();
  const counts = new Map<string, number>();
  for (const text of texts) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    // biome-ignore lint/suspicious/noAssignInExpressions: the scanner loop
    while ((m = pattern.exec(text)) !== null) {
      const region = byName.get(m[1]!)!;
      counts.set(region, (counts.get(region) ?? 0) + 1);
    }
  }
  let top: [string, number] | undefined;
  let second = 0;
  for (const entry of counts) {
    if (!top || entry[1] > top[1]) {
      second = top?.[1] ?? 0;
      top = entry;
    } else if (entry[1] > second) second = entry[1];
  }
  if (!top || top[1] < MIN_MENTIONS || top[1] < 2 * second) return undefined;
  return { region: top[0], mentions: top[1] };
}
