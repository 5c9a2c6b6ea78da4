/** The `source` and `why` columns of `briefing check`, and the note under the table. */
import type { Unchecked } from '@briefing/schema';
import { AFTER_NEWEST_FIX } from './rates-sources.js';

interface Row {
  rateDate?: string;
  unchecked?: Unchecked;
  nearest?: true;
}

/** The source column: which publishers the rate comes from (the full text is in --json's rateSource). */
export const shortSource = (text: string | undefined): string =>
  text === undefined
    ? '-'
    : [/\bECB\b/.test(text) ? 'ECB' : '', /\bFed\b/.test(text) ? 'Fed H.10' : ''].filter(Boolean).join('+') ||
      text;

/** The reason column: short, the fix for late dates printed once under the table. */
export function reasonCell(r: Row): string {
  if (r.nearest) return `nearest rate (${r.rateDate})`;
  const u = r.unchecked;
  if (!u) return '';
  if (u.code === 'after-newest-data') return `after newest rates (${u.newest})`;
  if (u.code === 'before-oldest-data') return `before oldest rates (${u.oldest})`;
  if (u.code === 'currency-not-covered') return `${u.currency} not covered`;
  if (u.code === 'invalid-date') return `invalid date "${u.date}"`;
  if (u.code !== 'no-rate') return u.code.replaceAll('-', ' ');
  // The provider's whole sentence is in --json's `unchecked.detail`.
  const detail = u.detail ?? '';
  return `no rate: ${detail.length > 60 ? `${detail.slice(0, 59)}…` : detail}`;
}

/** One line under the table when some rows are cited after the newest rates: the fix. */
export function lateRatesNote(rows: readonly Row[]): string | undefined {
  const late = rows.filter((r) => r.unchecked?.code === 'after-newest-data');
  if (late.length === 0) return undefined;
  const n = late.length;
  return `${n} conversion${n === 1 ? '' : 's'} cited after the newest rates (${late[0]!.unchecked!.newest}): ${AFTER_NEWEST_FIX}\n`;
}
