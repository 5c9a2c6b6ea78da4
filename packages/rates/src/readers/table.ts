/**
 * Rates read from a published file, before they become shards: ECB rows (units per 1 EUR, per business
 * day) and Fed H.10 monthly averages (in the Fed's own quote direction, see `usdPerUnit`).
 */
export interface RatesTable {
  /** ECB rows: date (YYYY-MM-DD) → code → units per 1 EUR. */
  ecb: Map<string, Record<string, number>>;
  /** Fed H.10 monthly averages: month (YYYY-MM) → code → figure. */
  fed: Map<string, Record<string, number>>;
}

/** A file that is not what it claims to be: `where` names the file and line. */
export class RatesFormatError extends Error {
  constructor(
    readonly where: string,
    readonly detail: string,
  ) {
    super(`${where}: ${detail}`);
    this.name = 'RatesFormatError';
  }
}

export const emptyTable = (): RatesTable => ({ ecb: new Map(), fed: new Map() });

/** A published decimal figure: digits with an optional fraction, greater than 0. */
export function figure(text: string): number | undefined {
  if (!/^\d{1,12}(\.\d{1,12})?$/.test(text)) return undefined;
  const v = Number(text);
  return v > 0 ? v : undefined;
}

/** Fed H.10 currencies quoted as USD per 1 unit (all others: units per 1 USD). */
export const FED_USD_PER_UNIT: readonly string[] = ['AUD', 'EUR', 'GBP', 'NZD'];

/**
 * `other` merged over `base`: every date of both; where both have a date, `other`'s figures win per
 * currency (a later publication corrects or extends an earlier one).
 */
export function mergeTables(base: RatesTable, other: RatesTable): RatesTable {
  const out = emptyTable();
  for (const part of ['ecb', 'fed'] as const) {
    for (const [k, v] of base[part]) out[part].set(k, { ...v });
    for (const [k, v] of other[part]) out[part].set(k, { ...out[part].get(k), ...v });
  }
  return out;
}
