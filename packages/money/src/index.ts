/**
 * @briefing/money: the money core shared by the parser, the CLI, the validate service and the
 * <briefing-feed> element. The currency registry (generated from CLDR), the news words CLDR lacks,
 * the precision of a written figure, the rate-date rule and the one verdict on a stated conversion.
 */
export { CLDR_VERSION } from './generated/codes.js';
export { dollarSigns } from './dollar-signs.js';
export { type CurrencyNames, currencyNames, currencyNouns, scaledCurrencyNouns } from './names.js';
export { type LocalCurrency, localCurrencyOf, regionNames } from './local-symbols.js';
export { localScaleWords } from './scale-words.js';
export { NEWS_WORDS, NON_ISO_CODES } from './news-words.js';
export { lastPlaceOf, powerOfTen, roundSignificant, roundToPlace } from './precision.js';
export { type Dated, rateDateOf } from './rate-date.js';
export {
  CURRENCY_CODES,
  CURRENT_CURRENCY_CODES,
  HISTORIC_CURRENCY_CODES,
  isCurrencyCode,
  isCurrentCurrency,
  minorUnitDigits,
} from './registry.js';
export {
  MAJOR_ALLOWANCE,
  MAX_ROUNDING,
  MONTHLY_EXTRA,
  OTHER_ALLOWANCE,
  precisionOf,
  type ToleranceParts,
  toleranceOf,
} from './tolerance.js';
export {
  type CheckedVerdict,
  type ConversionVerdict,
  describeUnchecked,
  type Figure,
  judgeConversion,
  type QuoteLike,
  type RateLookup,
  type RatesCoverage,
  UNCHECKED_CODES,
  type UncheckedReason,
  type UncheckedVerdict,
  uncheckedReason,
} from './verdict.js';
export {
  type DayLookup,
  describeRate,
  explains,
  HISTORY_YEARS,
  type HistoryPoint,
  type ImpliedRate,
  impliedRate,
  rateHistory,
} from './implied.js';
