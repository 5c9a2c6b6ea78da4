const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid YYYY-MM-DD calendar date, else undefined. */
export function dayNumber(date: string): number | undefined {
  const m = ISO_DATE.exec(date);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return undefined;
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return undefined;
  return Math.round(t / 86_400_000);
}

export function fromDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-12" or "2025-12-01" → "December 2025". */
export function monthName(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1] ?? '?'} ${date.slice(0, 4)}`;
}

/** Validates a date string, returning a reason on failure. */
export function checkDate(date: unknown): { ok: true; day: number } | { ok: false; reason: string } {
  if (typeof date !== 'string') {
    return { ok: false, reason: `The date ${String(date)} is not a YYYY-MM-DD string.` };
  }
  const day = dayNumber(date);
  if (day === undefined) {
    return ISO_DATE.test(date)
      ? { ok: false, reason: `The date "${date}" does not exist in the calendar.` }
      : { ok: false, reason: `The date "${date}" is not in the YYYY-MM-DD format.` };
  }
  return { ok: true, day };
}

export function normalizeCode(code: unknown): string | undefined {
  if (typeof code !== 'string') return undefined;
  const c = code.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(c) ? c : undefined;
}
