/** Options that several commands share: one definition, one check of the value. */
import { defineOptions } from './command.js';
import { CliError } from './errors.js';

export const RATES_OPTIONS = defineOptions({
  rates: {
    type: 'string',
    multiple: true,
    value: '<file|url>',
    help: 'newer rates (ECB CSV/zip/XML, Fed H.10/FRED CSV, rates folder), repeatable;\nover the rates stored by `briefing rates update` and the embedded ones',
  },
  nearest: {
    type: 'string',
    value: '<days>',
    help: 'a date up to <days> after the newest rates uses the newest rate (marked nearest)',
  },
});

export const YEAR_OPTION = defineOptions({
  year: { type: 'string', value: '<YYYY>', help: 'year for dates written without one ("Nov. 22")' },
});

export function formatOption(help: string) {
  return defineOptions({ format: { type: 'string', value: '<text|html|markdown|auto>', help } });
}

export function parseFormat(value: string | undefined): 'text' | 'html' | 'markdown' | 'auto' {
  if (value === undefined) return 'auto';
  if (value === 'text' || value === 'html' || value === 'markdown' || value === 'auto') return value;
  throw new CliError(`--format must be text, html, markdown or auto; got "${value}"`, 2);
}

export function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw new CliError(`--year must be a four-digit year; got "${value}"`, 2);
  return Number(value);
}
