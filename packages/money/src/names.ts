import { CURRENCY_NAMES } from './generated/names.js';

/** A currency's English names and symbols, per CLDR. */
export interface CurrencyNames {
  code: string;
  /** "US dollar", "euro", "Chinese yuan". */
  singular: string;
  /** "US dollars", "euros", "Chinese yuan". */
  plural: string;
  /** "$", "€", "CN¥"; the code itself when CLDR has no symbol. */
  symbol: string;
  /** "$", "€", "¥": the narrow symbol, the same as `symbol` when CLDR has none. */
  narrow: string;
}

let parsed: CurrencyNames[] | undefined;

/** Every currency CLDR names in English (current and historic), sorted by code. */
export function currencyNames(): readonly CurrencyNames[] {
  parsed ??= CURRENCY_NAMES.split('\n').map((line) => {
    const [code = '', singular = '', plural = '', symbol = '', narrow = ''] = line.split('|');
    return {
      code,
      singular,
      plural: plural || singular,
      symbol: symbol || code,
      narrow: narrow || symbol || code,
    };
  });
  return parsed;
}

/*
 * Bare nouns that are English words first ("2 million real estate deals", "90 marks", "a 5 dram
 * glass", "2 colons"), names of places and people in the singular ("3 Córdoba fans", "Bolívar")
 * or that name several currencies (dollar, pound, franc, peso, rupee, won, krone...: the parser
 * resolves those from context) are not derived.
 */
const NOT_A_NOUN = () =>
  new Set(
    'real reals mark marks colon colons córdoba cordoba bolívar bolivar dram drams dollar dollars pound pounds franc francs peso pesos rupee rupees won krone kroner krona kronor shilling shillings dinar dinars rial rials riyal riyals lira lev leva leu lei som dong kip kina tala vatu pula unit units gold silver platinum palladium'.split(
      ' ',
    ),
  );

/*
 * Nouns of NOT_A_NOUN that still name one current currency and that a scale word before them makes
 * money ("170 billion kip", "5 million kina", "2 million pula"), as the press of Laos, Papua New
 * Guinea, Botswana, Vanuatu, Samoa and Armenia writes them. Never, even after a scale: "real"
 * ("2 million real estate deals"), "mark" ("passed the 1 million mark") and "gold" ("2 million
 * gold coins"), "unit" ("10 million units").
 */
const NEVER_A_NOUN = new Set(['real', 'reals', 'mark', 'marks', 'gold', 'unit', 'units']);

/**
 * The bare nouns that `currencyNouns` leaves out as everyday English words or names, when exactly
 * one current currency has them: money only after a scale word (the parser's `scaleOnly`).
 */
export function scaledCurrencyNouns(isCurrent: (code: string) => boolean): ReadonlyMap<string, string> {
  return nounsOf(isCurrent, (noun, notANoun) => notANoun.has(noun) && !NEVER_A_NOUN.has(noun));
}

/**
 * A currency's bare noun as news writes it ("zloty", "baht", "hryvnia"): the last word of its CLDR
 * name, singular and plural, when exactly one current currency has it and it is not an everyday
 * English word (see NOT_A_NOUN).
 */
export function currencyNouns(isCurrent: (code: string) => boolean): ReadonlyMap<string, string> {
  return nounsOf(isCurrent, (noun, notANoun) => !notANoun.has(noun));
}

/** A Latin word without its combining marks: `bolívar` -> `bolivar`. */
const withoutAccents = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

function nounsOf(
  isCurrent: (code: string) => boolean,
  keep: (noun: string, notANoun: ReadonlySet<string>) => boolean,
): ReadonlyMap<string, string> {
  const owners = new Map<string, Set<string>>();
  const notANoun = NOT_A_NOUN();
  for (const n of currencyNames()) {
    // Funds, metals and units of account (X codes) have names like "special drawing rights".
    if (!isCurrent(n.code) || n.code.startsWith('X')) continue;
    for (const name of [n.singular, n.plural]) {
      const written = name.toLowerCase().split(' ').at(-1) ?? '';
      // CLDR spells some nouns with their accents (`córdoba`, `colón`, `bolívar`, `krónur`); the
      // English press writes them so and without (`bolivars`, `cordobas`): both forms.
      for (const noun of new Set([written, withoutAccents(written)])) {
        if (!/^\p{Ll}+$/u.test(noun) || !keep(noun, notANoun)) continue;
        const set = owners.get(noun) ?? new Set<string>();
        set.add(n.code);
        owners.set(noun, set);
      }
    }
  }
  const nouns = new Map<string, string>();
  for (const [noun, codes] of owners) if (codes.size === 1) nouns.set(noun, [...codes][0] as string);
  return nouns;
}
