import { dayNumber } from '../dates.js';
import { emptyTable, figure, RatesFormatError, type RatesTable } from './table.js';

/**
 * Reads the ECB's daily history CSV (`eurofxref-hist.csv`, also the single-day `eurofxref.csv`) as
 * published: a header `Date,USD,JPY,...` (often with a trailing comma), then one row per business day,
 * newest first, figures as units per 1 EUR, `N/A` where none was published. Every row must have the
 * header's cell count: a download cut short fails on its last line instead of yielding a partial day.
 */
export function readEcbCsv(text: string, name = 'ECB CSV'): RatesTable {
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  const header = (lines[0] ?? '').split(',').map((c) => c.trim());
  if (header[0] !== 'Date') {
    throw new RatesFormatError(
      `${name} line 1`,
      'not an ECB reference-rate CSV (expected a header "Date,USD,...")',
    );
  }
  const trailing = header.at(-1) === '';
  const codes = trailing ? header.slice(1, -1) : header.slice(1);
  codes.forEach((code, i) => {
    if (!/^[A-Z]{3}$/.test(code))
      throw new RatesFormatError(`${name} line 1`, `column ${i + 2} is "${code}", not a currency code`);
  });
  if (codes.length === 0) throw new RatesFormatError(`${name} line 1`, 'no currency columns');
  const table = emptyTable();
  for (let n = 1; n < lines.length; n++) {
    const where = `${name} line ${n + 1}`;
    const cells = lines[n]!.split(',').map((c) => c.trim());
    const expected = codes.length + 1 + (trailing ? 1 : 0);
    const date = cells[0] ?? '';
    if (dayNumber(date) === undefined)
      throw new RatesFormatError(where, `"${date}" is not a date (YYYY-MM-DD)`);
    if (cells.length !== expected && !(trailing && cells.length === expected - 1)) {
      throw new RatesFormatError(where, `${cells.length} cells, expected ${expected} (file cut short?)`);
    }
    if (table.ecb.has(date)) throw new RatesFormatError(where, `${date} appears twice`);
    const row: Record<string, number> = {};
    codes.forEach((code, i) => {
      const cell = cells[i + 1] ?? '';
      if (cell === 'N/A' || cell === '') return;
      const v = figure(cell);
      if (v === undefined) throw new RatesFormatError(where, `${code} figure "${cell}" is not a number`);
      row[code] = v;
    });
    table.ecb.set(date, row);
  }
  if (table.ecb.size === 0) throw new RatesFormatError(name, 'no rows');
  return table;
}
