import { unzipSync } from 'fflate';
import { readEcbCsv } from './ecb-csv.js';
import { readEcbXml } from './ecb-xml.js';
import { readFredCsv } from './fred-csv.js';
import { emptyTable, mergeTables, RatesFormatError, type RatesTable } from './table.js';

export { readEcbCsv } from './ecb-csv.js';
export { readEcbXml } from './ecb-xml.js';
export { FED_COUNTRIES, FRED_MONTHLY_SERIES, readFredCsv } from './fred-csv.js';
export { FED_USD_PER_UNIT, mergeTables, RatesFormatError, type RatesTable } from './table.js';

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Reads one text file by its content: ECB XML, ECB CSV or Fed H.10/FRED CSV. */
export function readRatesText(text: string, name: string): RatesTable {
  const body = text.replace(/^\uFEFF/, '');
  const head = body.trimStart();
  if (head.startsWith('<')) return readEcbXml(body, name);
  const first = head.slice(0, head.indexOf('\n') >>> 0).trim();
  if (/^Date,Country,/.test(first) || /^"?(observation_date|DATE)"?,/.test(first))
    return readFredCsv(body, name);
  if (/^Date,/.test(first)) return readEcbCsv(body, name);
  throw new RatesFormatError(
    name,
    'not a rates file this reader knows (ECB eurofxref CSV/XML or zip, Fed H.10/FRED CSV)',
  );
}

/**
 * Reads a rates file as published, by its content: the ECB's daily history CSV in or out of its zip
 * (`eurofxref-hist.zip`), the ECB's daily/90-day/history XML, or Fed H.10/FRED monthly CSV. The zip is
 * opened with fflate (a maintained, dependency-free inflater that also runs in browsers; it handles data
 * descriptors and the central directory, which a hand-written local-header reader would get wrong); every
 * .csv/.xml entry is read and merged. Throws RatesFormatError naming the file and line.
 */
export function readRatesFile(bytes: Uint8Array, name: string): RatesTable {
  if (!isZip(bytes)) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new RatesFormatError(name, 'not UTF-8 text and not a zip');
    }
    return readRatesText(text, name);
  }
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => /\.(csv|xml)$/i.test(f.name) });
  } catch (error) {
    throw new RatesFormatError(
      name,
      `unreadable zip (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const names = Object.keys(entries).sort();
  if (names.length === 0) throw new RatesFormatError(name, 'the zip holds no .csv or .xml file');
  let table = emptyTable();
  for (const entry of names) table = mergeTables(table, readRatesFile(entries[entry]!, `${name}!${entry}`));
  return table;
}
