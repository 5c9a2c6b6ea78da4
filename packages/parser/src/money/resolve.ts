import type { MoneyAmount } from '@briefing/schema';
import { localCurrencyOf, regionNames } from '@briefing/money';
import { type CurrencyMarker, LOCAL_DOLLAR } from './currencies.js';
import { dollarRegionNamedMost, regionNamedOnly } from './page-region.js';
import { dollarWording, wordingOf } from './wording.js';

/** What the extractor knows about where the text comes from, to resolve `$`, `¥`, `£`... */
export interface MoneyContext {
  /** ISO 3166-1 alpha-2 country of the publication (e.g. "TW" makes a bare `$` TWD). */
  country?: string;
  /** Canonical publication name, for the record of why a symbol was resolved. */
  publication?: string;
  /** Explicit currency for a bare `$` / `¥` / `£`, overriding the context. */
  dollar?: string;
  /**
   * What the whole page says a bare `$` is, when the briefing itself does not say (see
   * `pageDollar`): used after the briefing's own evidence and its publication's country.
   */
  pageDollar?: { currency: string; reason: string };
  yen?: string;
  pound?: string;
  /**
   * ISO 3166-1 alpha-2 country of the page (its address's outlet or country domain), used when
   * `country` is not known: its currency's sign in plain letters is money there (`R20 billion`
   * on a South African page). Without either, a bare letter before a figure is no currency.
   */
  pageCountry?: string;
  /**
   * The currency of the amount before this one in the same text (set by the scanner): a bare
   * sub-unit ("50 cents") after "HK$5" is Hong Kong cents, not US ones.
   */
  previousCurrency?: string;
  /** Where the text sits in the briefing: offsets are relative to the text given. */
  field?: 'title' | 'body';
  paragraph?: number;
  /**
   * The whole briefing (title and paragraphs), read for wording such as "NT$" or "Egyptian pounds"
   * when resolving a bare symbol. Defaults to the text being scanned.
   */
  wording?: string;
}

export interface Situation {
  text: string;
  /** This amount is a stated conversion of an amount in this currency. */
  conversionOf?: string;
  /** The stated conversions that follow this amount (their markers). */
  conversions?: { marker?: CurrencyMarker }[];
}

export interface Resolution {
  currency: string;
  resolved?: NonNullable<MoneyAmount['resolved']>;
}

const COUNTRY_POUND: Record<string, string> = { EG: 'EGP', LB: 'LBP', SY: 'SYP', SD: 'SDG', GB: 'GBP' };
const COUNTRY_RUPEE: Record<string, string> = {
  PK: 'PKR',
  LK: 'LKR',
  NP: 'NPR',
  MU: 'MUR',
  SC: 'SCR',
  IN: 'INR',
};
const COUNTRY_PESO: Record<string, string> = {
  MX: 'MXN',
  PH: 'PHP',
  AR: 'ARS',
  CL: 'CLP',
  CO: 'COP',
  UY: 'UYU',
  DO: 'DOP',
  CU: 'CUP',
};
const COUNTRY_KRONE: Record<string, string> = {
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  IS: 'ISK',
  FO: 'DKK',
  GL: 'DKK',
};
const KRONE_WORDS: [RegExp, string][] = [
  [/\bSwed(?:en|ish|e)|\bStockholm/i, 'SEK'],
  [/\bNorw(?:ay|egian)|\bOslo/i, 'NOK'],
  [/\bDenmark|\bDanish|\bDane|\bCopenhagen/i, 'DKK'],
  [/\bIceland|\bReykjav/i, 'ISK'],
];
const COUNTRY_FRANC: Record<string, string> = { CH: 'CHF', LI: 'CHF', CD: 'CDF', GN: 'GNF', RW: 'RWF' };

function outlet(ctx: MoneyContext): string {
  return ctx.publication ? `${ctx.publication} (${ctx.country})` : `country ${ctx.country}`;
}

/** Who uses the local currency: the item's publication, or the page where its credit names no country. */
function whose(ctx: MoneyContext): string {
  if (ctx.country) return `the publication ${outlet(ctx)}`;
  return `the page (country ${ctx.pageCountry?.toUpperCase()}, by its address or the country its briefings name most)`;
}

const uniq = (codes: (string | undefined)[]): string[] => [
  ...new Set(codes.filter((c): c is string => c !== undefined)),
];

function pick(
  symbol: string,
  currency: string,
  candidates: (string | undefined)[],
  reason: string,
): Resolution {
  // The schema keeps reasons to 300 characters; a long publication name must not break the feed.
  const short = reason.length > 300 ? `${reason.slice(0, 299)}…` : reason;
  return { currency, resolved: { symbol, candidates: uniq([currency, ...candidates]), reason: short } };
}

/**
 * Settles the currency of a marker. A fixed marker ("NT$", "yuan") is its code; an ambiguous one
 * (`$`, `¥`, `£`, "rupees"...) is decided by, in order: the explicit option, the conversion it sits
 * in, the briefing's own wording, the publication's country, and a default; the choice, the other
 * candidates and the reason are returned for `resolved`.
 */
export function resolveMarker(
  marker: CurrencyMarker,
  symbol: string,
  ctx: MoneyContext,
  situation: Situation,
): Resolution {
  if (marker.code)
    return marker.note
      ? pick(symbol || marker.code, marker.code, [], marker.note)
      : { currency: marker.code };
  const country = ctx.country?.toUpperCase();
  // The page's country (its address's, or the region its briefings name most) where the item's
  // credit names none: rupees on a `.pk` page are Pakistan's, pounds on an Egyptian one Egypt's.
  // Dollars read the page through `pageDollar`, which weighs the page's names more strictly.
  const local = country ?? ctx.pageCountry?.toUpperCase();
  const shown = symbol.length > 16 ? symbol.slice(0, 16) : symbol || '?';
  switch (marker.ambiguous) {
    case 'dollar': {
      const previous = ctx.previousCurrency;
      if (marker.minor && previous && previous !== 'USD' && situation.conversionOf === undefined)
        return pick(
          shown,
          previous,
          ['USD'],
          `a bare sub-unit after an amount in ${previous} is a fraction of ${previous}, not of the US dollar`,
        );
      return resolveDollar(shown, ctx, situation, country);
    }
    case 'yen-sign': {
      if (ctx.yen) return pick(shown, ctx.yen, ['JPY', 'CNY'], `explicit option yen=${ctx.yen}`);
      if (situation.conversionOf === 'JPY')
        return pick(shown, 'CNY', ['JPY'], 'a conversion of a yen amount, so ¥ is the yuan');
      const w = wordingOf(ctx.wording ?? situation.text);
      if (w.china && !w.japan)
        return pick(shown, 'CNY', ['JPY'], 'the briefing speaks of China or the yuan and not of Japan');
      if (country === 'CN')
        return pick(shown, 'CNY', ['JPY'], `the publication ${outlet(ctx)} is Chinese, where ¥ is the yuan`);
      return pick(shown, 'JPY', ['CNY'], '¥ is the yen unless the context points to China');
    }
    case 'pound': {
      if (ctx.pound) return pick(shown, ctx.pound, ['GBP'], `explicit option pound=${ctx.pound}`);
      const w = wordingOf(ctx.wording ?? situation.text);
      if (w.pound)
        return pick(shown, w.pound, ['GBP'], `the briefing names the country of the ${w.pound} pound`);
      const here = local ? COUNTRY_POUND[local] : undefined;
      if (here && here !== 'GBP') return pick(shown, here, ['GBP'], `${whose(ctx)} uses the local pound`);
      return pick(shown, 'GBP', ['EGP', 'LBP'], 'a bare pound in English-language news is sterling');
    }
    case 'rupee': {
      const w = wordingOf(ctx.wording ?? situation.text);
      if (w.rupee)
        return pick(shown, w.rupee, ['INR'], `the briefing names the country of the ${w.rupee} rupee`);
      const here = local ? COUNTRY_RUPEE[local] : undefined;
      if (here) return pick(shown, here, ['INR', 'PKR'], `${whose(ctx)} uses the local rupee`);
      return pick(
        shown,
        'INR',
        ['PKR', 'LKR', 'NPR'],
        'rupees are Indian unless the context names another country',
      );
    }
    case 'peso': {
      const w = wordingOf(ctx.wording ?? situation.text);
      if (w.peso)
        return pick(shown, w.peso, ['MXN', 'PHP'], `the briefing names the country of the ${w.peso} peso`);
      const here = local ? COUNTRY_PESO[local] : undefined;
      if (here) return pick(shown, here, ['MXN', 'PHP'], `${whose(ctx)} uses the local peso`);
      return pick(shown, 'MXN', ['PHP', 'ARS', 'CLP', 'COP'], 'no country named: the most quoted peso');
    }
    case 'franc': {
      const here = local ? COUNTRY_FRANC[local] : undefined;
      if (here) return pick(shown, here, ['CHF'], `${whose(ctx)} uses the local franc`);
      return pick(shown, 'CHF', ['XOF', 'XAF', 'FRF'], 'no country named: the Swiss franc');
    }
    case 'cfa': {
      // Two currencies share the name (CLDR: XOF in the eight West African states, XAF in the
      // six Central African ones): the region's own, else the West African, the larger zone.
      const here = local ? localCurrencyOf(local)?.code : undefined;
      if (here === 'XOF' || here === 'XAF')
        return pick(shown, here, ['XOF', 'XAF'], `${whose(ctx)} uses the ${here} CFA franc`);
      return pick(
        shown,
        'XOF',
        ['XAF'],
        'no CFA-zone country named: the West African CFA franc, the larger of the two zones',
      );
    }
    case 'krone': {
      const fallback = marker.fallback ?? 'SEK';
      const all = ['SEK', 'NOK', 'DKK', 'ISK'];
      const wording = ctx.wording ?? situation.text;
      const named = KRONE_WORDS.filter(([re]) => re.test(wording)).map(([, code]) => code);
      if (named.length === 1 && named[0])
        return pick(shown, named[0], all, `the briefing names the country of the ${named[0]} krona/krone`);
      const here = local ? COUNTRY_KRONE[local] : undefined;
      if (here) return pick(shown, here, all, `${whose(ctx)} uses the local krona/krone`);
      return pick(
        shown,
        fallback,
        all,
        `no single Nordic country named: "${shown}" is read as the most quoted currency of that name`,
      );
    }
    case 'won': {
      const w = wordingOf(ctx.wording ?? situation.text);
      if (w.northKorea || country === 'KP')
        return pick(shown, 'KPW', ['KRW'], 'the briefing is about North Korea');
      return { currency: 'KRW' };
    }
    default:
      return { currency: 'XXX' };
  }
}

function resolveDollar(
  shown: string,
  ctx: MoneyContext,
  s: Situation,
  country: string | undefined,
): Resolution {
  const local = country ? LOCAL_DOLLAR[country] : undefined;
  if (ctx.dollar) return pick(shown, ctx.dollar, ['USD', local], `explicit option dollar=${ctx.dollar}`);
  if (s.conversionOf !== undefined && s.conversionOf !== 'USD') {
    return pick(
      shown,
      'USD',
      [local],
      `stated as the conversion of a ${s.conversionOf} amount; such conversions are into US dollars`,
    );
  }
  const targets = (s.conversions ?? [])
    .map((c) => c.marker?.code)
    .filter((c): c is string => c !== undefined);
  if (targets.includes('USD')) {
    const other = local ?? [...wordingOf(ctx.wording ?? s.text).otherDollars][0];
    if (other)
      return pick(
        shown,
        other,
        ['USD'],
        `its stated conversion is into US dollars, so $ is the local ${other}`,
      );
  } else if (targets.length > 0) {
    return pick(
      shown,
      'USD',
      [local],
      `its stated conversion is into ${targets.join(', ')}, so $ is the US dollar`,
    );
  }
  const w = wordingOf(ctx.wording ?? s.text);
  // A dollar the briefing names only as a topic (`the HKD fell`) says nothing of its amounts:
  // where the outlet or the page says what a bare `$` is, that stands (corpus dev 050).
  if (w.otherDollars.size > 0 && (w.otherDollarAmounts.size > 0 || (!local && !ctx.pageDollar))) {
    const named = [...w.otherDollars];
    return pick(
      shown,
      'USD',
      [local, ...named],
      `the briefing writes the ${named.join(', ')} with its own prefix or name, so a bare $ is the US dollar`,
    );
  }
  if (local) {
    if (w.usDollarNamed)
      return pick(
        shown,
        local,
        ['USD'],
        `the publication ${outlet(ctx)} uses the local dollar and the briefing marks US dollars as such`,
      );
    return pick(shown, local, ['USD'], `the publication ${outlet(ctx)} writes a bare $ for the local dollar`);
  }
  // The briefing credited to an outlet of a country whose own dollar is not written `$` (a US
  // paper, a London wire): its text writes `$` for the US dollar, whatever the page that relinks it
  // (a morning-links digest on a Canadian firm's site, dev 749: `$11.4 Billion ... (Bloomberg)`).
  // The credit, not the address, wrote the amount; the page's evidence (`pageDollar`: its address,
  // its house style) stands for items credited to none.
  if (country && ctx.pageDollar)
    return pick(
      shown,
      'USD',
      [ctx.pageDollar.currency],
      `the publication ${outlet(ctx)} writes a bare $ for the US dollar, whatever the page that quotes it`,
    );
  if (ctx.pageDollar) return pick(shown, ctx.pageDollar.currency, ['USD'], ctx.pageDollar.reason);
  return pick(
    shown,
    'USD',
    [],
    'a bare $ in English-language news is the US dollar unless the context says otherwise',
  );
}

/**
 * What a bare `$` means on a whole page, from evidence beyond one briefing: the page marks US
 * dollars as `US$` and names exactly one other dollar (`HK$`, `S$`, `NT$`...), so its bare `$` is
 * that dollar (the house style of Hong Kong, Singapore and Taiwan outlets alike); or the page
 * comes from an outlet of a country with its own dollar; or, with no outlet or address, the page
 * names one dollar country far more than any other. No evidence: undefined (a bare `$` then
 * stays the US dollar).
 */
export function pageDollar(
  pageTexts: readonly string[],
  outlet?: { name: string; country: string },
): { currency: string; reason: string } | undefined {
  const w = dollarWording(pageTexts);
  if (w.usDollarNamed && w.otherDollars.size === 1) {
    const [currency] = [...w.otherDollars];
    return {
      currency: currency!,
      reason: `the page marks US dollars as such and writes ${currency} elsewhere, so its bare $ is ${currency}`,
    };
  }
  const local = outlet ? LOCAL_DOLLAR[outlet.country] : undefined;
  if (outlet && local)
    return {
      currency: local,
      reason: `the page is from ${outlet.name} (${outlet.country}), where $ is ${local}`,
    };
  if (outlet) return undefined;
  // No address says: the dollar country the page names most (see `dollarRegionNamedMost`),
  // unless the page converts other currencies into bare dollars (`20 billion rand ($1.4 billion)`):
  // the dollar of conversions in the international press is the US dollar.
  if (pageTexts.some((t) => t.includes('($'))) return undefined;
  const named = dollarRegionNamedMost(pageTexts);
  const namedLocal = named && named.region !== 'US' ? LOCAL_DOLLAR[named.region] : undefined;
  if (!named) {
    const only = regionNamedOnly(pageTexts);
    const onlyLocal = only ? LOCAL_DOLLAR[only] : undefined;
    if (only && onlyLocal)
      return {
        currency: onlyLocal,
        reason: `the page names ${regionNames().get(only) ?? only} and no other country: its bare $ is ${onlyLocal}`,
      };
  }
  if (!named || !namedLocal) return undefined;
  const name = regionNames().get(named.region) ?? named.region;
  return {
    currency: namedLocal,
    reason: `the page names ${name} ${named.mentions} times, more than twice any other dollar country: its bare $ is ${namedLocal}`,
  };
}
