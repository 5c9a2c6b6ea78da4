import { BARE_HOST } from '../urls.js';
import { looksLikeBareCitation, startsWithSourceKeyword, withoutDateLabels } from '../citation.js';
import { mayBeDate, mayHoldDate, parseDate } from '../dates.js';
import { mastheadName } from '../citation-names.js';
import { agencyCode } from '../agency-codes.js';
import { lookupPublication } from '../publications.js';
import { firstPublishedCredit } from './first-published.js';
import { dashedCredit, datedSourceRow } from './dated-rows.js';
import { agencyByTwoNames, isHomeNamedAgency } from './home-names.js';
import { agencyList, isRelativeTime } from './rules.js';

/*
 * Credit lines: a line of its own that names the outlet of an item other than with `Source:`
 * (under the headline or after the text). Each form is read as a citation text (`readAs`, what
 * the citation parser understands) while the line is kept as written in the citation's `raw`.
 */

/** `[South China Morning Post] - 9/01/2025`, `[Xinhua]`: an outlet in square brackets, maybe a date after it. */
export const BRACKET_CREDIT = /^\[([^[\]]{2,80})\](?:\s*[-–—|:,]?\s*([^[\]]{1,40}))?$/u;

export interface Credit {
  /** What the citation parser reads (`South China Morning Post, 9/01/2025`). */
  readAs: string;
  /** How it was recognised, for `--explain`. */
  reason: string;
  /** A "read more at" link: it credits an item that names no source of its own. */
  linkOut?: true;
}

/**
 * A credit line on its own: bracketed outlet (Chinese-language digests and aggregators such
 * as China Digital Times and SCMP round-ups), or `Author, Outlet | Section | Date` (newsletter
 * digests: the pipe separates fields like a comma).
 */
/**
 * `Reuters, Cairo`, `PTI. London`, `AP, Seoul`: the agency and the city it filed from, on their
 * own line between headline and text, as South Asian dailies credit wire copy on their world
 * pages (The New Nation, The Daily Star). The agency must be a known outlet and the place a few
 * capitalised words; the city is no part of the citation.
 */
const AGENCY_PLACE = /^([^,.]{2,40})[,.]\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})$/u;

/**
 * `México / AFP`, `BUENOS AIRES / AP`, `Madrid / EFE`: the city, a slash, then the agency, as the
 * Spanish- and Portuguese-language press credits wire copy under a headline (La Prensa and El
 * Nuevo Diario of Managua, El Universal). The same credit as `AGENCY_PLACE`, in the other order.
 */
const PLACE_AGENCY = /^(\p{Lu}[\p{L}'’.-]+(?:\s\p{L}[\p{L}'’.-]+){0,3})\s?\/\s?([^/]{2,40})$/u;

function agencyAndPlace(text: string): Credit | undefined {
  if (text.length > 60) return undefined;
  const m = AGENCY_PLACE.exec(text);
  // `Reuters, AFP`: two agencies listed, no city (see `agencyCredit`).
  if (m && lookupPublication(m[1]!.trim()) && !lookupPublication(m[2]!))
    return { readAs: m[1]!.trim(), reason: 'an agency and the city it filed from ("Reuters, Cairo")' };
  const p = text.includes('/') ? PLACE_AGENCY.exec(text) : null;
  // `Reuters/AFP`: two agencies joined, no city (see `agencyCredit`).
  if (p && lookupPublication(p[2]!.trim()) && !lookupPublication(p[1]!))
    return { readAs: p[2]!.trim(), reason: 'the city filed from and the agency ("México / AFP")' };
  return undefined;
}

/**
 * `Continue reading at The Hindu`, `Read more at Reuters Africa`, `Read the full story on
 * Bloomberg`: a link out to the outlet the snippet came from, alone on its line after the text,
 * as news aggregators and clipping blogs print it. The link's target names the source, known
 * outlet or not (as `readMoreCredit` reads the same link glued to the text).
 */
const LINK_OUT =
  /^(?:continue\s+reading|read\s+(?:the\s+)?(?:full\s+|whole\s+|rest\s+of\s+the\s+)?(?:story|article|more))\s+(?:at|on)\s+(\p{Lu}[\p{L}\p{N}.&'’! -]{1,50})$/iu;

/**
 * `Leia a notícia completa no Jornal de Notícias (acesso pago)`, `Lea la nota completa en El
 * Universal`: the same link out in Portuguese and Spanish, as press reviews in those languages
 * close each summary; a note on access in parentheses after the name is no part of it.
 */
const LINK_OUT_PT_ES =
  /^(?:leia|lea)\s+(?:(?:a|o|la|el)\s+)?(?:not[ií]cia|entrevista|artigo|art[ií]culo|nota|reportagem|mat[ée]ria|m[aá]is|m[aá]s)(?:\s+complet[ao])?\s+(?:no|na|em|en)\s+(\p{Lu}[\p{L}\p{N}.&'’! -]{1,50}?)(?:\s*\([^()]{1,40}\))?\.?$/iu;

/**
 * `More: barrons.com`, `Read more at wsj.com`, `Full story: ft.com`: the same link out with the
 * target's address for its name, the form of feed-built digests that print where each summary
 * came from (a link's text is its host). Only a bare domain counts after the bare `More:`, so
 * `More: Sports` or `More on this story:` stay furniture (the general form of `LINK_OUT`: a
 * link out names the source, and a domain is an outlet's address).
 */
const LINK_OUT_DOMAIN = new RegExp(
  String.raw`^(?:(?:read\s+)?more|full\s+story)\s*(?::|\s(?:at|on|from)\b)\s*(${BARE_HOST})\/?$`,
  'i',
);

export function creditLine(text: string): Credit | undefined {
  if (text.length > 200) return undefined;
  const c0 = text.charCodeAt(0) | 32;
  // Opens with `m`, `r` or `f` and holds a dot: most lines are spared the pattern.
  const host =
    (c0 === 109 || c0 === 114 || c0 === 102) && text.length <= 80 && text.includes('.')
      ? LINK_OUT_DOMAIN.exec(text)
      : null;
  if (host)
    return {
      readAs: host[1]!.replace(/^www\./i, ''),
      reason: 'a link out to the address of the outlet ("More: example.com")',
      linkOut: true,
    };
  const out = c0 === 99 || c0 === 114 ? LINK_OUT.exec(text) : c0 === 108 ? LINK_OUT_PT_ES.exec(text) : null;
  if (out && out[1]!.trim().split(/\s+/).length <= 6)
    return {
      readAs: out[1]!.trim(),
      reason: 'a link out to the outlet ("Continue reading at ...")',
      linkOut: true,
    };
  // The bracketed form opens with `[`: most lines are spared the pattern.
  const b = text.charCodeAt(0) === 91 ? BRACKET_CREDIT.exec(text) : null;
  if (b) {
    const outlet = b[1]!.trim();
    if (startsWithSourceKeyword(outlet) || outlet.split(/\s+/).length > 8) return undefined;
    // `[ Key Expression ]`: a label set off by spaces inside its brackets, as a heading is
    // decorated (`< Morning Headlines >`); a credit's brackets hug the name (`[Xinhua]`), so a
    // padded one is a credit only when it names a known outlet.
    if (/^\[\s/.test(text) && /\s\]/.test(text) && !lookupPublication(outlet)) return undefined;
    return {
      readAs: b[2] ? `${outlet}, ${b[2].trim()}` : outlet,
      reason: 'an outlet in square brackets',
    };
  }
  // `Taipei Times` alone under a headline, then `Date: ...` and `By: ...` (press-review blocks).
  // The name without a closing `.` or `:`, by its last character (not an end-anchored pattern,
  // which would be tried from every position).
  const last = text.charCodeAt(text.length - 1);
  const name = last === 46 || last === 58 ? text.slice(0, -1) : text;
  // Or an agency's initialism in lower case alone under the text (`ntb`, see `agencyCode`).
  if (text.length <= 60 && (lookupPublication(name) || agencyCode(name))) {
    return { readAs: name, reason: 'a known outlet name alone on its line' };
  }
  // `（共同通信）`, `(연합뉴스)`: an agency by its home name, kept as written, outside its brackets.
  if (isHomeNamedAgency(name)) {
    return {
      readAs: name.replace(/^[(（]\s*|\s*[)）]$/g, ''),
      reason: 'a known outlet name alone on its line',
    };
  }
  const twice = agencyByTwoNames(text);
  if (twice) return { readAs: twice, reason: "a known outlet named in both of the page's languages" };
  const dashed = dashedCredit(text);
  if (dashed) return dashed;
  const placed = agencyAndPlace(text);
  if (placed) return placed;
  if (text.includes('|')) {
    // "By Hui Qing | 2022/5/26": a person's byline with its time is no source; "By Global Times |
    // 2022/5/27" names an outlet and is one.
    const by = /^by[:\s]\s*([^|]{2,60}?)\s*\|/i.exec(text);
    // "By Jane Doe | Reuters | Dec 1, 2025": the reporter, then the agency in a field of its own.
    if (by && !lookupPublication(by[1]!) && !by[1]!.includes(',')) return bylineFields(text);
    // "By Jane Doe, Reuters | Dec 1, 2025": the reporter, then the agency after a comma.
    const agency = by ? by[1]!.slice(by[1]!.lastIndexOf(',') + 1).trim() : undefined;
    if (by && !lookupPublication(by[1]!) && !(agency && agency !== by[1] && lookupPublication(agency)))
      return undefined;
    const from = by
      ? lookupPublication(by[1]!)
        ? text.indexOf(by[1]!)
        : text.indexOf(agency!, by.index + 3)
      : 0;
    // `Xinhua | Updated: <date>`: the date field's label goes, unless the first field is a
    // labelled one too (`Author: Jane Doe | Date: ...` is a byline row, named by its label).
    const piped = text.slice(from).replace(/\s*\|\s*/g, ', ');
    const labelled = text.slice(from, text.indexOf('|', from)).includes(':');
    const commas = labelled ? piped : withoutDateLabels(piped);
    if (looksLikeBareCitation(commas)) return { readAs: commas, reason: '"Outlet | ... | Date" credit line' };
    return undefined;
  }
  return (
    agencyByline(text) ??
    contributedLine(text) ??
    reporterOutletByline(text) ??
    postedBy(text) ??
    viaLine(text) ??
    hatTipOrReporting(text) ??
    agencyCredit(text) ??
    parenthesisedCredit(text) ??
    datedSourceRow(text) ??
    firstPublishedCredit(text)
  );
}

/** `With inputs from PTI`, `With agency inputs from Reuters`: see `agencyCredit`. */
const WITH_INPUTS = /^with\s+(?:agency\s+)?inputs?\s+from\s+/i;
const JOINT_PARTS = /\s*\/\s*|-/;
const EDITOR_INITIALS = /^\p{Ll}{2,4}(?:\/\p{Ll}{2,4})+\s+(?=\()/u;
const LISTED_PARTS = /\s*(?:,|\/|&|\band\b)\s*/;

/**
 * Credits naming the agencies an item was compiled from, alone on a line, maybe in parentheses:
 * - a joint credit, two or three agencies joined by a slash or an unspaced hyphen (`AFP-JIJI`,
 *   `Kyodo-JIJI` as the Japan Times sets them; `(AFP/Reuters)`, `(NNA/Kyodo)` as Arab News and
 *   Middle East papers do);
 * - `(With inputs from PTI)`, `With agency inputs from Reuters`: the credit Indian papers
 *   (Hindustan Times, ThePrint, NDTV, News18) print under copy rewritten from an agency's.
 * Each named part is a known outlet or a wire acronym (2 to 6 capitals), and at least one is a
 * known outlet: `US-EU` or `COVID-19` names no source. Read as written, without the brackets.
 */
function agencyCredit(line: string): Credit | undefined {
  if (line.length > 80) return undefined;
  // `ls/rc (AFP, Reuters, dpa)`: the editors' initials before the agencies, as Deutsche Welle
  // signs its copy (the German press's Kürzel, see sign-offs.ts); the agencies are the credit.
  const text = line.charCodeAt(0) >= 97 && line.endsWith(')') ? line.replace(EDITOR_INITIALS, '') : line;
  const bracketed = text.charCodeAt(0) === 40 && text.endsWith(')');
  const inner = bracketed ? text.slice(1, -1).trim() : text;
  // `(AFP, Reuters, dpa)` alone after the text: the agencies listed in parentheses, as DW and
  // Middle East papers close agency copy (`agencyList`: each known or a wire acronym).
  // Unbracketed the same (`Reuters, AFP`), as Gulf and South Asian papers close compiled copy.
  if ((bracketed || inner.includes(',')) && !inner.includes('/') && agencyList(inner))
    return { readAs: inner, reason: 'the agencies listed in parentheses ("(AFP, Reuters)")' };
  const inputs = WITH_INPUTS.exec(inner);
  if (!inputs && !inner.includes('/') && !inner.includes('-')) return undefined;
  const named = inputs ? inner.slice(inputs[0].length) : inner;
  // `With inputs from PTI` may name one agency; a joint credit names two or three.
  const one = inputs && lookupPublication(named) !== undefined;
  const parts = one ? [named] : agencyList(named, inputs ? LISTED_PARTS : JOINT_PARTS);
  if (!parts || parts.length > 3) return undefined;
  return {
    readAs: named,
    reason: inputs ? '"With inputs from <agency>"' : 'a joint credit of agencies (AFP-JIJI, AFP/Reuters)',
  };
}

/**
 * `(Reuters, Dec. 1, 2025)` alone on a line after the text: the press review's credit in
 * parentheses, as it closes a paragraph (`inlineCitation`), set on a line of its own.
 */
function parenthesisedCredit(text: string): Credit | undefined {
  if (text.length > 120 || text.charCodeAt(0) !== 40) return undefined;
  const end = text.endsWith(').') ? text.length - 2 : text.endsWith(')') ? text.length - 1 : -1;
  if (end < 0) return undefined;
  const inner = text.slice(1, end).trim();
  if (inner.includes('(') || inner.includes(')') || !looksLikeBareCitation(inner)) return undefined;
  return { readAs: inner, reason: 'a credit in parentheses alone on its line' };
}

/** `By Jane Doe | Reuters | Dec 1, 2025`: the first field after the reporter's that names a known outlet, and what follows it. */
function bylineFields(text: string): Credit | undefined {
  const fields = text.split('|').map((f) => f.trim());
  for (let k = 1; k < fields.length && k < 4; k++) {
    // `By Ade Obi | Premium Times | December 18, 2025`: a masthead name in the field after the
    // reporter's names the outlet, table or not (Nigerian, Kenyan and Philippine dailies' rows).
    if (!lookupPublication(fields[k]!) && !(k === 1 && mastheadName(fields[k]!))) continue;
    const readAs = fields.slice(k).filter(Boolean).join(', ');
    // `By Jane Doe | Reuters`: the agency's field closes the row, no date after it.
    return readAs === fields[k] || looksLikeBareCitation(readAs)
      ? { readAs, reason: 'a byline whose next field names the agency' }
      : undefined;
  }
  return undefined;
}

/**
 * `Posted by Reuters on December 1, 2025`, `Published by AP on Dec 3`: the posting line blog and
 * CMS templates print under a headline (WordPress's "Posted by ... on ..."), naming a known outlet.
 */
const POSTED_BY = /^(?:posted|published|filed)\s+by\s+(.{2,60}?)(?:\s+on\s+(.{4,40}))?$/i;

function postedBy(text: string): Credit | undefined {
  if (text.length > 120) return undefined;
  const m = POSTED_BY.exec(text);
  if (!m || !(lookupPublication(m[1]!) || mastheadName(m[1]!))) return undefined;
  return { readAs: m[2] ? `${m[1]}, ${m[2]}` : m[1]!, reason: '"Posted by <outlet> on <date>"' };
}

/** `Via Reuters`, `via The Guardian`: the link blog's credit line, naming a known outlet. */
const VIA = /^via[:\s]\s*(.{2,60})$/i;

function viaLine(text: string): Credit | undefined {
  if (text.length > 70) return undefined;
  const m = VIA.exec(text);
  if (!m) return undefined;
  const outlet = m[1]!.replace(/[.:]$/, '').trim();
  return lookupPublication(outlet) || mastheadName(outlet)
    ? { readAs: outlet, reason: '"Via <outlet>"' }
    : undefined;
}

/**
 * `h/t Axios`, `H/T: The Verge`, `Hat tip: Reuters`: the hat tip link blogs and newsletters close
 * an item with, crediting where they found it (the link digests' convention, as `Via` is); and
 * `With reporting by Reuters`, `Additional reporting by AFP and AP`: the production credit
 * (`isStaffCredit`) naming the agencies whose copy the story draws on, not a reporter, as papers
 * credit wire material woven into their own. Only known outlets or mastheads count: `h/t Jane
 * Doe` thanks a reader, `Reporting by Jane Doe` names the staff.
 */
const HAT_TIP = /^\(?(?:h\/t|hat[\s-]tip)\b\s*[:\-–—]?\s*(?:to\s+)?([^()]{2,60}?)\)?\.?$/i;
const AGENCY_REPORTING = /^\(?(?:with\s+|additional\s+)?reporting\s+(?:by|from)\s+([^();]{2,60}?)\)?\.?$/i;

function hatTipOrReporting(text: string): Credit | undefined {
  if (text.length > 80) return undefined;
  // Both open with h, w, a or r (after a parenthesis): most lines are spared the patterns.
  const first = text.charCodeAt(text.charCodeAt(0) === 40 ? 1 : 0) | 32;
  const tip = first === 104 ? HAT_TIP.exec(text) : null;
  const reporting = first === 119 || first === 97 || first === 114 ? AGENCY_REPORTING.exec(text) : null;
  const named = (tip ?? reporting)?.[1]?.trim();
  if (named === undefined) return undefined;
  const known = lookupPublication(named) !== undefined || mastheadName(named);
  if (!known && !agencyList(named, LISTED_PARTS)) return undefined;
  return {
    readAs: named,
    reason: tip ? 'a hat tip to the outlet ("h/t Axios")' : '"With reporting by <agency>"',
  };
}

/** `Lisa Johnson, The Canadian Press ...`: a reporter's name (two to four words), then a comma. */
const REPORTER_COMMA = /^(?:By\s+)?\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3},\s+/u;

/**
 * `Lisa Johnson, The Canadian Press 4 minute read Updated: 10:04 AM CDT`, `By Alex Veiga, AP`:
 * the byline of wire copy names the reporter, then the agency after a comma (AP and Canadian
 * Press style); templates run the reading time and update stamp on after it. The outlet must
 * be a known one: "Jane Smith, Reporter" names no source.
 */
function reporterOutletByline(text: string): Credit | undefined {
  if (text.length > 120 || !text.includes(',')) return undefined;
  const m = REPORTER_COMMA.exec(text);
  if (!m) return undefined;
  const words = text.slice(m[0].length).split(/\s+/);
  for (let n = Math.min(words.length, 6); n >= 1; n--) {
    const outlet = words.slice(0, n).join(' ');
    if (lookupPublication(outlet))
      return { readAs: outlet, reason: 'a byline naming the agency after the reporter' };
  }
  return undefined;
}

/**
 * A byline that names a source (the corpus convention: "a byline naming an outlet" credits it):
 * `By The Associated Press`, `By Reuters`, `By Bloomberg News`, the byline of copy an agency
 * wrote as a whole (AP's roundups, wire stories reprinted under the agency's name); `Staff
 * writer, with CNA`, `By Jane Doe / Staff reporter, with AFP`, `with staff writer and CNA`, a
 * paper's staff byline naming the agency whose copy the story draws on (the Taipei Times's
 * `with CNA`, the Straits Times's `with AFP`). Only a known outlet counts: `By Jane Doe` and
 * `Staff and agencies` name none.
 */
const BY_NAME = /^by\s+(.{2,50}?)\.?$/i;
const WITH_AGENCY =
  /\b(?:staff(?:\s+(?:writer|reporter|correspondent)s?)?\s*,?\s+(?:with|and)|with\s+staff\s+(?:writer|reporter)s?\s+and)\s+(.{2,40}?)\.?$/i;

/**
 * `Reuters Staff`, `By AFP Correspondent`, `ET Bureau`, `PTI Correspondent`: the byline an
 * outlet gives copy its staff wrote as a whole (Reuters's `Reuters Staff`, the Indian press's
 * `Bureau` and `Correspondent` bylines, Xinhua's `Xinhua correspondent`). Only a known outlet
 * before the role word counts: `Our Correspondent` and `Staff Reporter` name none.
 */
const OUTLET_STAFF =
  /^(?:by\s+)?(.{2,50}?)\s+(?:staff(?:\s+(?:writers?|reporters?))?|correspondents?|bureau|news\s+desk|desk)\.?$/i;

/** The last letters of the role words (staff, writer(s), reporter(s), correspondent(s), bureau, desk). */
const STAFF_LAST = new Set([...'frstuk'].map((c) => c.charCodeAt(0)));

function agencyByline(text: string): Credit | undefined {
  if (text.length > 120) return undefined;
  const c0 = text.charCodeAt(0) | 32;
  // (The role word is the line's last: asked of its last letter first.)
  const end = text.charCodeAt(text.length - (text.endsWith('.') ? 2 : 1)) | 32;
  const staff = text.length <= 70 && STAFF_LAST.has(end) ? OUTLET_STAFF.exec(text) : null;
  if (staff && lookupPublication(staff[1]!) !== undefined)
    return { readAs: staff[1]!, reason: 'an outlet\'s staff byline ("Reuters Staff", "AFP Correspondent")' };
  const w = text.includes('with') || text.includes(' and ') ? WITH_AGENCY.exec(text) : null;
  if (w) {
    return lookupPublication(w[1]!)
      ? { readAs: w[1]!, reason: 'a staff byline naming the agency it draws on ("Staff writer, with CNA")' }
      : undefined;
  }
  const m = c0 === 98 ? BY_NAME.exec(text) : null;
  if (!m) return undefined;
  const name = m[1]!.trim();
  return lookupPublication(name) !== undefined ||
    lookupPublication(name.replace(/^the\s+/i, '')) !== undefined
    ? { readAs: name, reason: 'a byline naming an outlet ("By The Associated Press")' }
    : undefined;
}

/**
 * `The Associated Press contributed to this report.`: the credit AP and Reuters style put
 * after a story built partly from an agency's copy (`Reuters contributed to this story`),
 * printed by the papers that reprint it. Only a known outlet counts: `Staff writer Jane Doe
 * contributed to this report` names a person.
 */
const CONTRIBUTED = /^(.{2,60}?)\s+contributed\s+to\s+this\s+(?:report|story|article)\.?$/i;

function contributedLine(text: string): Credit | undefined {
  if (text.length > 110 || !text.includes('contributed')) return undefined;
  const m = CONTRIBUTED.exec(text);
  return m && lookupPublication(m[1]!)
    ? { readAs: m[1]!, reason: '"<Agency> contributed to this report"' }
    : undefined;
}
