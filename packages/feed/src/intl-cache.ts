/*
 * Building an Intl formatter costs far more than calling it, and a feed formats thousands of
 * dates and amounts, so formatters are cached per (locale, options), bounded so a page that
 * cycles through many locales cannot grow the cache forever.
 */
const MAX = 64;
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size >= MAX) cache.delete(cache.keys().next().value as string);
    cache.set(key, value);
  }
  return value;
}

/** A cached `Intl.NumberFormat`; an unknown locale falls back to the runtime default instead of throwing. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, `${locale}|${JSON.stringify(options)}`, () => {
    try {
      return new Intl.NumberFormat(locale, options);
    } catch {
      return new Intl.NumberFormat(undefined, options);
    }
  });
}

/** A cached `Intl.DateTimeFormat`; an unknown locale or time zone falls back instead of throwing. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateFormats, `${locale}|${JSON.stringify(options)}`, () => {
    try {
      return new Intl.DateTimeFormat(locale, options);
    } catch {
      const { timeZone: _ignored, ...rest } = options;
      try {
        return new Intl.DateTimeFormat(locale, rest);
      } catch {
        return new Intl.DateTimeFormat(undefined, rest);
      }
    }
  });
}

/** `min`–`max` with one formatter; a single value when they are equal. */
export function formatRange(format: Intl.NumberFormat, min: number, max: number): string {
  if (min === max) return format.format(min);
  try {
    return format.formatRange(min, max);
  } catch {
    return `${format.format(min)}–${format.format(max)}`;
  }
}

/** Formats a `YYYY-MM-DD` date as written: date-only values carry no time zone, so they are shown in UTC. */
export function formatIsoDate(locale: string, iso: string): string {
  const time = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(time)) return iso;
  return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(time);
}

/** Formats an RFC 3339 instant in the given time zone (the reader's when absent). */
export function formatInstant(locale: string, instant: string, timeZone: string | undefined): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return instant;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  if (timeZone) options.timeZone = timeZone;
  return dateFormat(locale, options).format(time);
}
