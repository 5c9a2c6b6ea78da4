/*
 * The currency codes briefing data accepts are the money core's registry, generated from CLDR
 * (ISO 4217 codes in current use, funds and metals included, and the withdrawn codes archived news
 * still quotes). One table, one import: the parser emits from the same list the schema checks.
 * A pattern alone would let `EUO` through, so the check is against this list.
 */
export {
  CURRENCY_CODES,
  CURRENT_CURRENCY_CODES,
  HISTORIC_CURRENCY_CODES,
  isCurrencyCode,
} from '@briefing/money';
