import { emptyTable, figure, RatesFormatError, type RatesTable } from './table.js';

/** Fed H.10 country names (the long CSV's `Country` column) as ISO 4217 codes. Legacy euro-area currencies
 * and Venezuela (several redenominations under one series) are left out, as in the embedded data. */
export const FED_COUNTRIES: Readonly<Record<string, string>> = {
  Australia: 'AUD',
  Brazil: 'BRL',
  Canada: 'CAD',
  China: 'CNY',
  Denmark: 'DKK',
  Euro: 'EUR',
  'Hong Kong': 'HKD',
  India: 'INR',
  Japan: 'JPY',
  Malaysia: 'MYR',
  Mexico: 'MXN',
  'New Zealand': 'NZD',
  Norway: 'NOK',
  Singapore: 'SGD',
  'South Africa': 'ZAR',
  'South Korea': 'KRW',
  'Sri Lanka': 'LKR',
  Sweden: 'SEK',
  Switzerland: 'CHF',
  Taiwan: 'TWD',
  Thailand: 'THB',
  'United Kingdom': 'GBP',
};

/** FRED's ids of the H.10 monthly-average series (EXxxUS: units per USD; EXUSxx: USD per unit). */
export const FRED_MONTHLY_SERIES: Readonly<Record<string, string>> = {
  EXUSAL: 'AUD',
  EXBZUS: 'BRL',
  EXCAUS: 'CAD',
  EXCHUS: 'CNY',
  EXDNUS: 'DKK',
  EXUSEU: 'EUR',
  EXHKUS: 'HKD',
  EXINUS: 'INR',
  EXJPUS: 'JPY',
  EXMAUS: 'MYR',
  EXMXUS: 'MXN',
  EXUSNZ: 'NZD',
  EXNOUS: 'NOK',
  EXSIUS: 'SGD',
  EXSFUS: 'ZAR',
  EXKOUS: 'KRW',
  EXSLUS: 'LKR',
  EXSDUS: 'SEK',
  EXSZUS: 'CHF',
  EXTAUS: 'TWD',
  EXTHUS: 'THB',
  EXUSUK: 'GBP',
};

const MONTH_DATE = /^(\d{4}-\d{2})-01$/;

/**
 * Reads Fed H.10 monthly averages as CSV, in either of two published shapes:
 * - long: `Date,Country,Exchange rate` (one row per country and month, as republished from FRED);
 * - FRED's download: `observation_date,EXCHUS,EXJPUS,...` (or `DATE,...`), one column per monthly series.
 * Figures stay in the Fed's quote direction. Empty cells and FRED's "." (no observation) are skipped;
 * rows with a wrong cell count or an unreadable figure fail with the line.
 */
export function readFredCsv(text: string, name = 'Fed H.10 CSV'): RatesTable {
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  const header = (lines[0] ?? '').split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  const table = emptyTable();
  const put = (month: string, code: string, v: number) => {
    const row = table.fed.get(month) ?? {};
    row[code] = v;
    table.fed.set(month, row);
  };
  if (header.join(',') === 'Date,Country,Exchange rate') {
    for (let n = 1; n < lines.length; n++) {
      const where = `${name} line ${n + 1}`;
      const cells = lines[n]!.split(',').map((c) => c.trim());
      if (cells.length !== 3)
        throw new RatesFormatError(where, `${cells.length} cells, expected 3 (file cut short?)`);
      const [date = '', country = '', value = ''] = cells;
      const month = MONTH_DATE.exec(date)?.[1];
      if (!month) throw new RatesFormatError(where, `"${date}" is not the first day of a month`);
      const code = FED_COUNTRIES[country];
      if (!code || value === '' || value === '.') continue;
      const v = figure(value);
      if (v === undefined) throw new RatesFormatError(where, `${country} figure "${value}" is not a number`);
      put(month, code, v);
    }
  } else if (/^(observation_date|DATE)$/.test(header[0] ?? '') && header.length > 1) {
    const codes = header.slice(1).map((id, i) => {
      const code = FRED_MONTHLY_SERIES[id];
      if (!code)
        throw new RatesFormatError(
          `${name} line 1`,
          `column ${i + 2} "${id}" is not an H.10 monthly series (EXCHUS, EXUSEU, ...)`,
        );
      return code;
    });
    for (let n = 1; n < lines.length; n++) {
      const where = `${name} line ${n + 1}`;
      const cells = lines[n]!.split(',').map((c) => c.trim());
      if (cells.length !== header.length)
        throw new RatesFormatError(
          where,
          `${cells.length} cells, expected ${header.length} (file cut short?)`,
        );
      const month = MONTH_DATE.exec(cells[0] ?? '')?.[1];
      if (!month) throw new RatesFormatError(where, `"${cells[0]}" is not the first day of a month`);
      codes.forEach((code, i) => {
        const cell = cells[i + 1] ?? '';
        if (cell === '' || cell === '.') return;
        const v = figure(cell);
        if (v === undefined) throw new RatesFormatError(where, `${code} figure "${cell}" is not a number`);
        put(month, code, v);
      });
    }
  } else {
    throw new RatesFormatError(
      `${name} line 1`,
      'not a Fed H.10 CSV (expected "Date,Country,Exchange rate" or FRED\'s "observation_date,EX..US,...")',
    );
  }
  if (table.fed.size === 0) throw new RatesFormatError(name, 'no monthly figures for H.10 currencies');
  return table;
}
