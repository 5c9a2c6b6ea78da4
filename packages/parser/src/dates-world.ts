/*
 * Full dates in the forms English-only patterns miss, read as news credits print them:
 * - `4 juin 2024`, `4 de junio de 2024`, `4 Juni 2024`, `4. Juni 2024`: the day, the month's name
 *   in French, Spanish, Portuguese, Indonesian, Malay, German, Italian or Dutch, the year (CLDR's
 *   long date `d MMMM y` and `d 'de' MMMM 'de' y` in those languages). The month names are not
 *   typed here: they come from CLDR as the runtime's ICU holds it (`Intl.DateTimeFormat`, as
 *   `dayFirstIn` reads the order of numeric dates), long and abbreviated; a name two languages
 *   give different months is dropped.
 * - `4-Jun-2024`: day, month abbreviation and year joined by hyphens, the date Indian and
 *   British papers' archives and many CMS date fields print (`dd-MMM-yyyy`).
 * - `2024. 6. 4.`: year, month, day each closed by a full stop, Korean's numeric date (CLDR's
 *   `y. M. d.` for `ko`), as Korean outlets date their credits.
 */

// Russian, Ukrainian, Turkish, Polish, Czech, Romanian and Swedish too: the wire services of those
// languages (TASS, Ukrinform, Anadolu, PAP, ČTK, Agerpres, TT) date their credits `d MMMM y`.
const LANGUAGES = [
  'fr',
  'es',
  'pt',
  'id',
  'ms',
  'de',
  'it',
  'nl',
  'en',
  'ru',
  'uk',
  'tr',
  'pl',
  'cs',
  'ro',
  'sv',
];

let names: Map<string, number> | undefined;

/** Lower-cased month names and abbreviations (without their full stop) -> month number. */
export function monthNames(): Map<string, number> {
  if (names) return names;
  const out = new Map<string, number>();
  const clash = new Set<string>();
  for (const language of LANGUAGES) {
    for (const month of ['long', 'short'] as const) {
      let format: Intl.DateTimeFormat;
      try {
        format = new Intl.DateTimeFormat(language, { month, timeZone: 'UTC' });
      } catch {
        continue;
      }
      // With a day, the month's name as a date prints it: the genitive of Slavic languages
      // (`20 декабря`, `20 grudnia`), where the name alone is the nominative (`декабрь`).
      const inDate = new Intl.DateTimeFormat(language, { day: 'numeric', month, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const at = new Date(Date.UTC(2000, m, 15));
        const inDateName = inDate.formatToParts(at).find((p) => p.type === 'month')?.value ?? '';
        for (const written of [format.format(at), inDateName]) {
          const name = written.toLowerCase().replace(/\.$/, '');
          if (!/^\p{L}{3,}$/u.test(name)) continue;
          const had = out.get(name);
          if (had !== undefined && had !== m + 1) clash.add(name);
          else out.set(name, m + 1);
        }
      }
    }
  }
  for (const name of clash) out.delete(name);
  names = out;
  return out;
}

/** `4 juin 2024`, `4 de junio de 2024`, `4. Juni 2024`, `1er juin 2024`. */
const DAY_NAME_YEAR = /^(\d{1,2})(?:\.|er|º)?\s+(?:de\s+)?(\p{L}{3,12})\.?,?\s+(?:de\s+)?(\d{4})$/u;
/** `4-Jun-2024`, `04-June-2024`. */
const HYPHENED = /^(\d{1,2})-(\p{L}{3,12})\.?-(\d{4})$/u;
/** `2024. 6. 4` (the closing stop is dropped before the date is read). */
const KOREAN_NUMERIC = /^(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})$/;

/** The year, month and day of `text` in one of the forms above, else undefined. */
export function worldDate(text: string): { year: string; month: number; day: number } | undefined {
  const k = KOREAN_NUMERIC.exec(text);
  if (k) return { year: k[1]!, month: Number(k[2]), day: Number(k[3]) };
  const m = DAY_NAME_YEAR.exec(text) ?? HYPHENED.exec(text);
  if (!m) return undefined;
  const month = monthNames().get(m[2]!.toLowerCase());
  return month === undefined ? undefined : { year: m[3]!, month, day: Number(m[1]) };
}
