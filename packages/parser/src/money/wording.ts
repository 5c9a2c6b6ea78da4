/*
 * What a text's wording says about the currencies it means: the other dollars it writes with
 * their own prefix or name (NT$, "Hong Kong dollars"), whether it names US dollars, and the
 * countries whose yuan, yen, pound, rupee or peso a bare sign may be. Read once per text.
 */

interface Wording {
  /** Non-US dollars the text writes with their own prefix or name (NT$, "Hong Kong dollars"). */
  otherDollars: Set<string>;
  /** Those of `otherDollars` the text writes as an amount's sign or unit (`HK$5m`, `5 million HKD`). */
  otherDollarAmounts: Set<string>;
  usDollarNamed: boolean;
  china: boolean;
  japan: boolean;
  pound?: string;
  rupee?: string;
  peso?: string;
  northKorea: boolean;
}

const US_DOLLAR = /\bUS\$|\$US\d|\bU\.S\. ?\$|\bU\.?S\.? dollars?\b|\bUSD\b/i;

/*
 * No pattern of `US_DOLLAR` and `DOLLAR_WORDS` can match a line break (their spaces are literal
 * and no `.` or `\s` is in them), so they match a join of texts exactly when they match one of
 * the texts: a page's wording is read text by text, with no copy of the page.
 */
const DOLLAR_WORDS: [RegExp, string][] = [
  [/\bNT\$|\bNTD\b|\b(?:New )?Taiwan(?:ese)? dollars?\b/i, 'TWD'],
  [/\bHK\$|\$HK\d|\bHong Kong dollars?\b|\bHKD\b/i, 'HKD'],
  [/\bS\$|\bSingapore dollars?\b|\bSGD\b/, 'SGD'],
  [/\bA\$|\$A\d|\bAustralian dollars?\b|\bAUD\b/, 'AUD'],
  [/\bC\$|\bCanadian dollars?\b|\bCAD\b/, 'CAD'],
  [/\bNZ\$|\$NZ\d|\bNew Zealand dollars?\b|\bNZD\b/, 'NZD'],
];

/**
 * What each alternative of `US_DOLLAR` and `DOLLAR_WORDS` holds: a `$`, the word "dollar" (any
 * case), or a code (`USD`, `NTD`, `HKD` in any case, the others in capitals). A text with none
 * matches none of the seven patterns; three cheap looks (the `$` by the native search) spare most
 * texts them (exported for the guard test).
 */
const DOLLAR_WORD = /dollar/i;
const DOLLAR_CODE = /[uU][sS][dD]|[nN][tT][dD]|[hH][kK][dD]|SGD|AUD|CAD|NZD/;
export function mayNameDollar(text: string): boolean {
  return text.includes('$') || DOLLAR_WORD.test(text) || DOLLAR_CODE.test(text);
}
export { DOLLAR_WORDS, US_DOLLAR };

let cachedText: string | undefined;
let cachedWording: Wording | undefined;

/** Reads the text once per distinct string (a one-entry cache: mentions of one text share it). */
export function wordingOf(text: string): Wording {
  if (cachedWording && cachedText === text) {
    // Equal content in another string object (the same page parsed again) compares character
    // by character; keeping the new object makes the next mentions' checks pointer-equal, or
    // every mention would compare the whole briefing again (quadratic).
    cachedText = text;
    return cachedWording;
  }
  const otherDollars = new Set<string>();
  for (const [re, code] of DOLLAR_WORDS) if (re.test(text)) otherDollars.add(code);
  const w: Wording = {
    otherDollars,
    otherDollarAmounts: otherDollars.size > 0 ? dollarAmountsIn(text) : otherDollars,
    usDollarNamed: US_DOLLAR.test(text),
    china: /\b(?:yuan|RMB|renminbi|Chinese|China)\b/i.test(text),
    japan: /\b(?:yen|Japan|Japanese|Tokyo)\b/i.test(text),
    northKorea: /\bNorth Korea/i.test(text) && !/\bSouth Korea/i.test(text),
  };
  if (/\bEgypt/i.test(text)) w.pound = 'EGP';
  else if (/\bLeban/i.test(text)) w.pound = 'LBP';
  else if (/\bSyria/i.test(text)) w.pound = 'SYP';
  else if (/\bSudan/i.test(text)) w.pound = 'SDG';
  // A country's capital names it, as the kroner's do (`KRONE_WORDS`): `Rs 20,000 on a banquet hall
  // in Kathmandu` (The Annapurna Express, The Kathmandu Post, Republica write the rupee `Rs`).
  if (/\bPakistan|\bIslamabad/i.test(text)) w.rupee = 'PKR';
  else if (/\bSri Lanka|\bColombo/i.test(text)) w.rupee = 'LKR';
  else if (/\bNepal|\bKathmandu/i.test(text)) w.rupee = 'NPR';
  if (/\bMexic/i.test(text)) w.peso = 'MXN';
  else if (/\bPhilippin|\bFilipino/i.test(text)) w.peso = 'PHP';
  else if (/\bArgentin/i.test(text)) w.peso = 'ARS';
  else if (/\bChile/i.test(text)) w.peso = 'CLP';
  else if (/\bColombia/i.test(text)) w.peso = 'COP';
  cachedText = text;
  cachedWording = w;
  return w;
}

/*
 * A dollar named as an amount's sign or unit, not as a topic: `HK$5m` and `$HK5m` (a sign is always
 * an amount's), `5 million Hong Kong dollars`, `HKD 5m`, against `the HKD fell` or `the Hong Kong
 * dollar peg`, which say nothing of how the briefing writes its amounts.
 */
const NUMBER_BEFORE = /\d(?:[ \u00a0]?(?:thousand|million|billion|trillion|mil|bil|[mbk]n?))?[ \u00a0]?$/i;
const NUMBER_AFTER = /^[ \u00a0]?\d/;

const DOLLAR_WORDS_G = DOLLAR_WORDS.map(
  ([re, code]) => [new RegExp(re.source, `${re.flags}g`), code] as const,
);

function dollarAmountsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const [g, code] of DOLLAR_WORDS_G) {
    for (const m of text.matchAll(g)) {
      const at = m.index ?? 0;
      if (
        m[0].includes('$') ||
        NUMBER_BEFORE.test(text.slice(Math.max(0, at - 16), at)) ||
        NUMBER_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 2))
      ) {
        out.add(code);
        break;
      }
    }
  }
  return out;
}

/**
 * The dollars `wordingOf` reads, over the titles and paragraphs of a page as over their join (see
 * `DOLLAR_WORDS`), as `pageDollar` asks them: the other dollars count only on a page that names
 * US dollars, so they are looked for only there (elsewhere the set is left empty).
 */
export function dollarWording(texts: readonly string[]): Pick<Wording, 'otherDollars' | 'usDollarNamed'> {
  const otherDollars = new Set<string>();
  let usDollarNamed = false;
  // (The pattern alone: a first look for a `$`, "dollar" or "usd" costs more than it spares.)
  for (const text of texts)
    if (US_DOLLAR.test(text)) {
      usDollarNamed = true;
      break;
    }
  if (!usDollarNamed) return { otherDollars, usDollarNamed };
  for (const text of texts) {
    // One scan for what every one of the six patterns needs: most texts name no dollar at all.
    if (!mayNameDollar(text)) continue;
    for (const [re, code] of DOLLAR_WORDS)
      if (!otherDollars.has(code) && re.test(text)) otherDollars.add(code);
  }
  return { otherDollars, usDollarNamed };
}
