import { CURRENT_CODES, HISTORIC_CODES, MINOR_UNITS } from './generated/codes.js';

/*
 * The currency registry: every code briefing data may carry, generated from CLDR (see
 * scripts/generate-registry.mjs). The schema's code list is this list: one table, one import.
 */

/*
 * The tables are built with `@__PURE__` calls: a bundle that imports only another part of the money
 * core (the element's CDN file needs `rateDateOf`) then drops them, code list included.
 */

/** ISO 4217 codes in current use (funds and metals included), sorted. */
export const CURRENT_CURRENCY_CODES: readonly string[] = /* @__PURE__ */ CURRENT_CODES.split(' ');

/** Withdrawn codes that archived news still quotes (kuna, lats, Deutsche Mark...), sorted. */
export const HISTORIC_CURRENCY_CODES: readonly string[] = /* @__PURE__ */ HISTORIC_CODES.split(' ');

/** Every accepted code, current and historic, sorted. */
export const CURRENCY_CODES: readonly string[] = /* @__PURE__ */ [
  ...CURRENT_CURRENCY_CODES,
  ...HISTORIC_CURRENCY_CODES,
].sort();

const known = /* @__PURE__ */ new Set(CURRENCY_CODES);
let current: Set<string> | undefined;
// Built on first use: the element never asks, and a module-level Map would stay in the CDN file.
let minor: Map<string, number> | undefined;

/** True when `code` is a currency code briefing data accepts (case-sensitive: `usd` is not). */
export function isCurrencyCode(code: unknown): code is string {
  return typeof code === 'string' && known.has(code);
}

/** True when `code` is in current use (not withdrawn). */
export function isCurrentCurrency(code: string): boolean {
  current ??= new Set(CURRENT_CURRENCY_CODES);
  return current.has(code);
}

/** Digits after the decimal point in the currency's minor unit (USD 2, JPY 0, BHD 3), per CLDR. */
export function minorUnitDigits(code: string): number {
  minor ??= new Map(MINOR_UNITS.split(' ').map((entry) => [entry.slice(0, 3), Number(entry.slice(3))]));
  return minor.get(code) ?? 2;
}
