import { dayNumber } from '../dates.js';
import { emptyTable, figure, RatesFormatError, type RatesTable } from './table.js';

const DAY = /<Cube\s+time\s*=\s*["'](\d{4}-\d{2}-\d{2})["']\s*>/g;
const RATE = /<Cube\s+currency\s*=\s*["']([A-Z]{3})["']\s+rate\s*=\s*["']([^"']*)["']\s*\/>/g;

/**
 * Reads the ECB's XML feeds (`eurofxref-daily.xml`, `eurofxref-hist-90d.xml`, `eurofxref-hist.xml`): a
 * gesmes envelope with `<Cube time="YYYY-MM-DD">` days holding `<Cube currency="USD" rate="1.0427"/>`.
 * Two linear regex scans (no backtracking across elements); a document without a closing envelope, i.e. a
 * cut-short download, is rejected.
 */
export function readEcbXml(text: string, name = 'ECB XML'): RatesTable {
  if (!/<gesmes:Envelope[\s>]/.test(text) || !/eurofxref/.test(text)) {
    throw new RatesFormatError(name, 'not an ECB reference-rate XML (no gesmes:Envelope with eurofxref)');
  }
  if (!/<\/gesmes:Envelope>\s*$/.test(text)) {
    throw new RatesFormatError(name, 'no closing </gesmes:Envelope> (file cut short?)');
  }
  const table = emptyTable();
  const days = [...text.matchAll(DAY)];
  for (let i = 0; i < days.length; i++) {
    const day = days[i]!;
    const date = day[1]!;
    // Only computed for an error message: counting lines for every day would be quadratic.
    const where = `${name} at ${date}`;
    if (dayNumber(date) === undefined) throw new RatesFormatError(where, `"${date}" is not a date`);
    if (table.ecb.has(date)) throw new RatesFormatError(where, `${date} appears twice`);
    const body = text.slice(day.index + day[0].length, days[i + 1]?.index ?? text.length);
    const row: Record<string, number> = {};
    for (const m of body.matchAll(RATE)) {
      const v = figure(m[2]!);
      if (v === undefined) throw new RatesFormatError(where, `${m[1]} rate "${m[2]}" is not a number`);
      row[m[1]!] = v;
    }
    if (Object.keys(row).length === 0) throw new RatesFormatError(where, `${date} has no rates`);
    table.ecb.set(date, row);
  }
  if (table.ecb.size === 0) throw new RatesFormatError(name, 'no <Cube time="..."> days');
  return table;
}
