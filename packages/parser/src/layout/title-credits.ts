import { BARE_HOST } from '../urls.js';
import { lookupPublication } from '../publications.js';

/*
 * A credit in a headline: the outlet after a colon, a dash, a bar or in parentheses at the
 * headline's end. (Credits inside paragraphs are in credits.ts, credit lines of their own in
 * credit-lines.ts.)
 */

/**
 * `China unveils bullet trains built for Indonesia: China Daily`: a headline that names its
 * outlet after a colon. Only taken when the name is a known publication, or when a date line
 * follows the headline (the credit block of VIF-style daily scans and press-review pages):
 * a colon in a headline more often introduces a speaker ("...: Bowman").
 */
export function titleCredit(
  title: string,
  dateBelow: boolean,
): { title: string; tail: string; outlet: string } | undefined {
  return colonTitleCredit(title, dateBelow) ?? suffixTitleCredit(title);
}

/**
 * `Fed holds rates steady - Reuters`, `Fed holds rates steady (Reuters)`: the publisher after the
 * headline, as Google News titles every story ("Headline - Publisher") and aggregators print the
 * source in parentheses. A known outlet only: a dash or parentheses end headlines otherwise too.
 */
const TITLE_SUFFIX = /(?:\s[-–—|]\s+([^-–—|()]{2,50})|\s\(([^()]{2,50})\))$/u;

/** A bare host in lower case (`reuters.com`, `bbc.co.uk`, `github.com/owner`): a site's name as its address. */
const TITLE_HOST = new RegExp(String.raw`^${BARE_HOST}(?:\/[\w.-]+)?$`);

function suffixTitleCredit(title: string): { title: string; tail: string; outlet: string } | undefined {
  if (title.length > 300) return undefined;
  // The suffix is at most 54 characters: the end-anchored pattern reads only that tail (run on
  // the whole title it would be tried from every position), and only when it ends a credit can.
  const from = Math.max(0, title.length - 56);
  const tail = title.slice(from);
  if (!tail.endsWith(')') && !/\s[-–—|]\s/u.test(tail)) return undefined;
  const m = TITLE_SUFFIX.exec(tail);
  const at = m ? from + m.index : -1;
  if (!m || at < 12) return undefined;
  const outlet = (m[1] ?? m[2])!.trim();
  if (lookupPublication(outlet))
    return { title: title.slice(0, at).trimEnd(), tail: title.slice(at), outlet };
  // `Fed holds rates steady (reuters.com)`: the linked story's host in parentheses after the
  // headline, as Hacker News and Reddit print every link post; the host names its site. The
  // title stays as written: the host is part of the line the listing links.
  if (m[2] !== undefined && TITLE_HOST.test(outlet)) return { title, tail: title.slice(at), outlet };
  return undefined;
}

function colonTitleCredit(
  title: string,
  dateBelow: boolean,
): { title: string; tail: string; outlet: string } | undefined {
  // (Most titles have no colon: the native search for one spares them the backward search.)
  const at = title.includes(':') ? title.lastIndexOf(': ') : -1;
  if (at < 12) return undefined;
  const outlet = title.slice(at + 2).trim();
  const words = outlet.split(/\s+/);
  if (words.length > 5 || outlet.length < 3 || !/^\p{Lu}/u.test(outlet)) return undefined;
  if (!lookupPublication(outlet) && !(dateBelow && words.every((w) => /^[\p{Lu}\d'’&]/u.test(w))))
    return undefined;
  return { title: title.slice(0, at).trimEnd(), tail: title.slice(at), outlet };
}
