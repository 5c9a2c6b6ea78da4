import { agencyCode } from './agency-codes.js';
import { lookupPublication, type Publication } from './publications.js';

/*
 * Which words of a credit name its outlet: an outlet name as written read against the table
 * (`Central News Agency (Taiwan)`, `Xinhua reprinted on Sina`), and, of the comma-separated
 * words before a date, the outlet rather than the story's title or its author.
 */

const QUALIFIER = /^(.*\S)\s*\(([^()]{1,100})\)$/;

/** The country of the first known outlet among the words before a date. */
export function countryOf(parts: string[]): string | undefined {
  for (const part of parts) {
    const pub = resolveName(part.trim()).pub;
    if (pub) return pub.country;
  }
  return undefined;
}

/** Of the comma-separated words before the date, which is the outlet (the first one we know, else the first). */
export function splitNames(parts: string[]): { publication: string; extra: string[]; title?: string } {
  const nonEmpty = parts.filter((s) => s.length > 0);
  if (nonEmpty.length <= 1) return { publication: nonEmpty[0] ?? '', extra: [] };
  const known = nonEmpty.findIndex((s) => resolveName(s).pub !== undefined);
  if (known > 0) {
    return {
      publication: nonEmpty[known]!,
      title: nonEmpty.slice(0, known).join(', '),
      extra: nonEmpty.slice(known + 1),
    };
  }
  // "Evan Osnos, The New Yorker, ...": a byline-style credit names the author first.
  if (personName(nonEmpty[0]!) && !personName(nonEmpty[1]!))
    return { publication: nonEmpty[1]!, extra: [`author: ${nonEmpty[0]}`, ...nonEmpty.slice(2)] };
  return { publication: nonEmpty[0]!, extra: nonEmpty.slice(1) };
}

/** Words that name an outlet, not a person ("Times", "News", "Daily", ".com"...). */
const OUTLET_WORD =
  /\b(?:times|news|post|daily|journal|agency|press|magazine|herald|tribune|review|weekly|gazette|radio|tv|network|wire|online|report|monitor|observer|telegraph|guardian|economist|insider|mail|star|express|bulletin|media|politico|reuters|bloomberg|xinhua|salon)\b|\.(?:com|org|net)\b/i;

/**
 * The head noun of a newspaper's or an agency's masthead (`Premium Times`, `The Citizen`'s kin:
 * `Daily Nation`, `Khaleej Times`, `Jakarta Post`, `Buenos Aires Herald`, `Manila Standard`,
 * `Business Recorder`): the words papers across the English-language press name themselves with.
 * Section labels (`World News`, `Special Report`, `Business`) use none of them.
 */
const MASTHEAD_WORD =
  /\b(?:times|post|daily|journal|herald|tribune|gazette|observer|telegraph|guardian|express|chronicle|mail|monitor|agency|press|inquirer|standard|mirror|recorder|courier|dispatch|sentinel|examiner|independent)\b/i;
const MASTHEAD_SHAPE = /^(?:The\s)?\p{Lu}[\p{L}'’.&-]*(?:\s(?:of\s|&\s)?\p{Lu}[\p{L}'’.&-]*){1,4}$/u;

/**
 * `Premium Times`, `The Manila Times`, `Daily Monitor`: a short capitalised name (two to five
 * words) with a masthead's head noun, read as an outlet without the publication table where the
 * credit's position already says a source goes there (the field after a byline, `Via ...`).
 */
export function mastheadName(text: string): boolean {
  return text.length <= 50 && MASTHEAD_SHAPE.test(text) && MASTHEAD_WORD.test(text);
}

/** `Evan Osnos`, `By Joe McDonald`, `Edited by Matt Wuerker`: a person's name as bylines write it. */
function personName(text: string): boolean {
  const name = text.replace(/^(?:edited\s+)?by\s+/i, '');
  if (name !== text) return true;
  const words = name.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words[0] !== 'The' &&
    !OUTLET_WORD.test(name) &&
    // A possessive names a title, not a person (`Rodale's Organic Life`, `Barron's`, `Reader's Digest`).
    !/\p{L}['’]s\b/u.test(name) &&
    words.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w))
  );
}

interface Resolved {
  pub?: Publication;
  name: string;
  qualifier?: string;
  extra?: string;
}

/*
 * Outlet names as written to their reading: a page repeats a few dozen names, and each
 * reading tries several table lookups. Cleared when full, so it stays bounded.
 */
const readings = new Map<string, Readonly<Resolved>>();
const MAX_RESOLVED = 4096;

/** `Central News Agency (Taiwan)` -> CNA + "Taiwan"; `Xinhua reprinted on Sina` -> Xinhua + extra words. */
export function resolveName(written: string): Readonly<Resolved> {
  let r = readings.get(written);
  if (r === undefined) {
    r = readName(written);
    if (readings.size >= MAX_RESOLVED) readings.clear();
    readings.set(written, r);
  }
  return r;
}

function readName(written: string): Resolved {
  const name = written.replace(/[.;:]+$/, '').trim();
  const q = QUALIFIER.exec(name);
  const base = q ? lookupPublication(q[1]!) : undefined;
  if (q && base) return { pub: base, name: q[1]!, qualifier: q[2]!.trim() };
  // A credit read as one (`ntb` signing the text) names its agency in lower case too (see `agencyCode`).
  const direct = lookupPublication(name) ?? agencyCode(name);
  if (direct) return { pub: direct, name };
  if (q) return { name: q[1]!, qualifier: q[2]!.trim() };
  const words = name.split(/\s+/);
  for (let n = words.length - 1; n >= 1; n--) {
    const pub = lookupPublication(words.slice(0, n).join(' '));
    if (pub) return { pub, name: words.slice(0, n).join(' '), extra: words.slice(n).join(' ') };
  }
  return { name };
}
