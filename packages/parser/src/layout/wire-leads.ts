import { lookupPublication } from '../publications.js';
import { calendarWord } from '../calendar-words.js';

/*
 * Wire datelines: the credit an agency opens its copy with (`(Reuters) -`, `BEIJING (AP) —`,
 * `TAIPEI, Dec. 3 (CNA) --`), in the forms the press prints it, run into a byline or not.
 * Bounded, anchored patterns, tried only where a line can hold one: linear.
 */
/**
 * The date of a dateline, in either order English wire copy writes it: month first (`Dec. 3`,
 * `June 4, 2024`: AP, Reuters US, CNA, Bernama) or day first (`4 June`, `4 June 2024`: dpa's and
 * AFP's English services, Reuters UK, the Commonwealth press), the year after it or not. The
 * day-first form names its month (a number and any capitalised word are no date). The day may
 * carry its English ordinal (`30th November, 2026`, `November 30th`), as the Gulf agencies (WAM,
 * KUNA's English desk) and the South Asian press (APP, BSS) write it: a typographic habit of
 * English dates, not of one outlet.
 */
const DATELINE_DATE = String.raw`(?:\p{Lu}[\p{L}.]{2,9}\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?(?:,?\s+\d{4})?)`;

/**
 * A wire dateline credit at the start of a paragraph: `(Reuters) -`, `BEIJING (AP) —`,
 * `TAIPEI, Dec. 3 (CNA) --`. The city in capitals and the agency in parentheses before a dash
 * is the dateline convention of AP, Reuters, AFP and CNA alike. Bounded, anchored: linear.
 */
export // The city may carry its state or country (`AUSTIN, Texas (AP) —`, `SAN JOSE, Calif. (AP) —`),
// as AP datelines give it for cities outside its list of those that stand alone; a country of
// several words is spelled out whole (`ABU DHABI, United Arab Emirates (AFP) —`, `PORT OF SPAIN,
// Trinidad and Tobago (AP) —`, AFP and AP alike): up to four words, `and`/`of` between them.
const WIRE_LEAD = new RegExp(
  String.raw`^((?:\p{Lu}[\p{Lu} .'’/-]{1,30}(?:,\s*\p{Lu}[\p{L}.]{1,14}(?:\s(?:and\s|of\s(?:the\s)?)?\p{Lu}[\p{L}.]{1,14}){0,3}(?=[,\s]))?(?:,\s*${DATELINE_DATE})?\s+)?\((\p{L}[\p{L}\p{N} .&'’-]{0,40})\)\s*(?:—|–|--|-|:))\s*(?=\S)`,
  'u',
);

export interface WireLead {
  /** The credit as written, dash included. */
  raw: string;
  /** The agency inside the parentheses. */
  agency: string;
  /** `Dec. 3` or `Dec. 3, 2025` when the dateline has a date. */
  date?: string;
  /** Where the running text starts. */
  rest: number;
}

/**
 * The same dateline with the city in title case (`New Delhi, Dec 3 (IANS):`), as Indian and
 * Malaysian wires print it; taken only when the agency in the parentheses is a known outlet.
 */
// The city may be followed by its country in parentheses (`Niamey (Niger) (AFP) –`), as AFP's
// French desk and its video captions set the dateline; its first word may be an abbreviation
// (`HCM City (VNA) –`, `KL, Dec 3 (Bernama) --`).
// ANI sets the country in square brackets (`New Delhi [India], June 4 (ANI):`), the same slot.
export const TITLE_CASE_LEAD = new RegExp(
  String.raw`^((?:\p{Lu}(?:[\p{Ll}.'’-]{1,20}|\p{Lu}{1,4})(?:[ /]\p{Lu}[\p{Ll}.'’-]{1,20}){0,2}(?:\s(?:\(\p{Lu}[\p{L} .'’-]{1,30}\)|\[\p{Lu}[\p{L} .'’-]{1,30}\]))?(?:,\s*${DATELINE_DATE})?\s+)\((\p{Lu}[\p{L}\p{N} .&'’-]{0,40})\)\s*(?:—|–|--|-|:))\s*(?=\S)`,
  'u',
);

/**
 * A dated dateline with no dash after it (`Taipei, Nov. 21 (CNA) A team of students...`), as
 * Focus Taiwan and the Press Trust of India's feeds print it: the city, the date and a known
 * agency, then the first sentence. A city's name may hold a lower-case particle (`Rio de
 * Janeiro`, `Dar es Salaam`, `Santo Domingo`), as Latin American and East African wires print it.
 */
export const DATED_LEAD = new RegExp(
  String.raw`^((?:\p{Lu}[\p{L}.'’-]{1,20}(?:[ /](?:(?:de|del|da|do|dos|es|el|al|la) )?\p{Lu}[\p{L}.'’-]{1,20}){0,2}),\s*${DATELINE_DATE}\s+\((\p{Lu}[\p{L}\p{N} .&'’-]{0,40})\))\s+(?=\p{Lu})`,
  'u',
);

/**
 * `ROSEAU, Dominica, CMC – Dominica Monday launched ...`, `Accra, Dec. 3, GNA - ...`: the
 * dateline with the agency as its last field, after a comma and before the dash, no
 * parentheses, as the Caribbean Media Corporation and the Ghana News Agency print it. The
 * agency is an acronym of three to six capitals (two letters are a country: `LONDON, UK -`).
 */
const COMMA_AGENCY_LEAD =
  /^((?:\p{Lu}[\p{Lu} .'’-]{1,30}|\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20}){0,2})(?:,\s*(?:\p{Lu}[\p{L}.]{2,9}\s+\d{1,2}(?:,\s*\d{4})?|\p{Lu}[\p{L}.]{1,14}(?:\s\p{Lu}[\p{L}.]{1,14})?)){0,2},\s*(\p{Lu}{3,6})\s*(?:—|–|--|-))\s*(?=\S)/u;

function commaAgencyLead(text: string): WireLead | undefined {
  const m = COMMA_AGENCY_LEAD.exec(text.length > 120 ? text.slice(0, 120) : text);
  if (!m) return undefined;
  const date = /,\s*(\p{Lu}[\p{L}.]{2,9}\s+\d{1,2}(?:,\s*\d{4})?),\s*\p{Lu}{3,6}\s*(?:—|–|--|-)$/u.exec(
    m[1]!,
  )?.[1];
  return { raw: m[1]!.trim(), agency: m[2]!, ...(date ? { date } : {}), rest: m[0].length };
}

/**
 * `MOSCOW, November 30. /TASS/. The Bank of Russia ...`, `TORONTO, Nov. 29, 2026 /CNW/ - ...`:
 * the dateline with the agency between slashes after the city and the date, as TASS sets its
 * English copy and the press-release wires theirs (PR Newswire, CNW, EIN Presswire). The city in
 * capitals and the date make the shape; the agency is any name of one to four words.
 */
const SLASH_AGENCY_LEAD = new RegExp(
  String.raw`^(\p{Lu}[\p{Lu} .'’-]{1,30},\s*${DATELINE_DATE}\.?\s{0,2}\/\s?(\p{Lu}[\p{L}\p{N}.&'’-]*(?: [\p{L}\p{N}.&'’-]+){0,3})\s?\/\s?(?:--|—|–|-|\.|:)?)\s*(?=\S)`,
  'u',
);

const SLASH_DATE = new RegExp(String.raw`,\s*(${DATELINE_DATE})`, 'u');

function slashAgencyLead(text: string): WireLead | undefined {
  // The slash before the agency within the first 60 characters: most lines are spared the pattern.
  const slash = text.indexOf('/');
  if (slash < 0 || slash > 60) return undefined;
  const m = SLASH_AGENCY_LEAD.exec(text.length > 120 ? text.slice(0, 120) : text);
  if (!m) return undefined;
  const date = SLASH_DATE.exec(m[1]!)?.[1];
  return { raw: m[1]!.trim(), agency: m[2]!, ...(date ? { date } : {}), rest: m[0].length };
}

/**
 * `(서울=연합뉴스) 홍길동 기자 = 정부가 ...`, `(세종=뉴시스) ...`, `(서울=뉴스1) 김철수 기자 =`: the
 * Korean press's dateline, the city and the agency joined by `=` in parentheses, then the
 * reporter and `기자 =` (Yonhap, Newsis and News1 alike, and the papers that run their copy).
 * The agency is the credit; the reporter's byline goes with the dateline. Anchored, bounded.
 */
const KOREAN_LEAD =
  /^(\((\p{Script=Hangul}{1,8})\s*=\s*(\p{Script=Hangul}[\p{Script=Hangul}\p{N}A-Za-z]{0,10})\)(?:\s*\p{Script=Hangul}{2,5}(?:\s*·\s*\p{Script=Hangul}{2,5}){0,3}\s*(?:기자|특파원)\s*=)?)\s*(?=\S)/u;

function koreanLead(text: string): WireLead | undefined {
  const m = KOREAN_LEAD.exec(text.length > 80 ? text.slice(0, 80) : text);
  return m ? { raw: m[1]!, agency: m[3]!, rest: m[0].length } : undefined;
}

export function wireLead(text: string): WireLead | undefined {
  // The Korean dateline opens with a parenthesis and a Hangul syllable: one look at two characters.
  if (text.charCodeAt(0) === 40 && text.charCodeAt(1) >= 0xac00 && text.charCodeAt(1) <= 0xd7a3)
    return koreanLead(text);
  // Each form but one names its agency in parentheses (run into a byline or not): a line
  // without one is spared those patterns; the comma form needs a comma early on.
  const lead = text.includes('(') ? (datelineAt(text, 0) ?? bylinedDateline(text)) : undefined;
  if (lead) return lead;
  const comma = text.indexOf(',');
  if (comma <= 0 || comma >= 40) return undefined;
  return commaAgencyLead(text) ?? slashAgencyLead(text);
}

/** What the citation parser reads of a wire lead: the agency, with the dateline's date when it has one. */
export function wireLeadCitation(lead: WireLead): string {
  return lead.date ? `${lead.agency}, ${lead.date}` : lead.agency;
}

/**
 * `By David French NEW YORK (Reuters) -`, `By Arasu Kannagi Basil (Reuters) -`: the reporter's
 * byline run into the dateline, as Reuters and AP copy reads once a site drops the line break
 * between them. Up to four name words; the agency must be a known outlet.
 */
// Reuters and AP name every reporter of a story in one byline (`By Greg Torode, James Pomfret
// and Sumeet Chatterjee HONG KONG (Reuters) -`, `By Tom Hale and Sara Ng LONDON (AP) —`): past
// four words the byline reads on while its words are names joined by commas and `and`, to
// twelve words.
const BYLINE_NAME_WORD = /^(?:\p{Lu}[\p{L}.'’-]*,?|and|&|de|del|van|von|bin|binti|da|di|la|le)$/u;

export function bylinedDateline(text: string): WireLead | undefined {
  // AFP sets its bylines in lower case (`by Thomas URBAIN`), AP and Reuters capitalise them.
  if (!text.startsWith('By ') && !text.startsWith('by ') && !text.startsWith('BY ')) return undefined;
  let at = 3;
  let joined = false;
  for (let words = 0; words < 12; words++) {
    const space = text.indexOf(' ', at);
    if (space < 0 || space - at > 30) return undefined;
    const word = text.slice(at, space);
    at = space + 1;
    if (word === 'and' || word === '&' || word.endsWith(',')) joined = true;
    if (words >= 4 && !(joined && BYLINE_NAME_WORD.test(word))) return undefined;
    const lead = datelineAt(text, at);
    // A dated dateline (`By Tina Morrison Jan. 8 (BusinessDesk) -`) is credit enough; else the
    // agency must be a known outlet.
    if (lead && (lead.date !== undefined || lookupPublication(lead.agency) !== undefined))
      return { ...lead, raw: `${text.slice(0, at)}${lead.raw}` };
  }
  return undefined;
}

/**
 * `Jan 8 (Reuters) -`, `By Tina Morrison Jan. 8 (BusinessDesk) -`: the dateline with its date and
 * no city, as Reuters sets copy filed from no one place and New Zealand's and Australia's business
 * wires set every story. A month name, a day, the agency in parentheses, a dash: the date makes
 * the shape specific enough to take an agency the table does not know.
 */
const DATE_ONLY_LEAD =
  /^((?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}(?:,\s*\d{4})?\s+\((\p{Lu}[\p{L}\p{N} .&'’-]{0,40})\)\s*(?:—|–|--|-))\s*(?=\S)/u;

function dateOnlyLead(text: string, from: number): WireLead | undefined {
  const m = DATE_ONLY_LEAD.exec(text);
  if (!m) return undefined;
  const date = /^\S+\s+\d{1,2}(?:,\s*\d{4})?/.exec(m[1]!)![0];
  return { raw: m[1]!.trim(), agency: m[2]!.trim(), date, rest: from + m[0].length };
}

/**
 * `ASTANA, Nov 30 (Kazinform) Rail freight ...`, `Rio de Janeiro, Nov 30 (Prensa Latina) Brazil's
 * ...`: a dateline with its date names its agency in the parentheses after the date, known to the
 * table or not (national agencies of Central Asia, Latin America and Africa: Kazinform, Prensa
 * Latina, Kabar), as `DATE_ONLY_LEAD` takes any agency after a date: the city and the date make
 * the shape specific. A weekday or a label in the parentheses (`(Friday)`, `(Updated)`) is none.
 */
const NOT_AGENCY = /^(?:Updated?|Reuters Staff|Video|Photos?|AFP Photo|File|Local Time|GMT|UTC|Lead)$/i;
function datedAgency(m: RegExpExecArray): boolean {
  const agency = m[2]!.trim();
  return (
    LEAD_DATE.test(m[1]!) &&
    agency.split(' ').length <= 3 &&
    !calendarWord(agency, true) &&
    !NOT_AGENCY.test(agency)
  );
}

const LEAD_DATE = new RegExp(String.raw`,\s*(${DATELINE_DATE})\s+[(\[]`, 'u');

function datelineAt(whole: string, from: number): WireLead | undefined {
  const text = from === 0 ? whole : whole.slice(from);
  let m = WIRE_LEAD.exec(text);
  // An agency in lower case ("(dpa)") only when it is a known one.
  if (m && !/^\p{Lu}/u.test(m[2]!) && lookupPublication(m[2]!.trim()) === undefined) m = null;
  if (!m) {
    const dated = dateOnlyLead(text, from);
    if (dated) return dated;
    m = TITLE_CASE_LEAD.exec(text) ?? DATED_LEAD.exec(text);
    if (!m || (lookupPublication(m[2]!.trim()) === undefined && !datedAgency(m))) return undefined;
  }
  const agency = m[2]!.trim();
  if (agency.split(/\s+/).length > 5) return undefined;
  const date = LEAD_DATE.exec(m[1]!)?.[1];
  return { raw: m[1]!.trim(), agency, ...(date ? { date } : {}), rest: from + m[0].length };
}

/**
 * A wire story's first line: a credit in parentheses and a dash within its first words
 * (`(Reuters) -`, `LISBON (Reuters) -`, `By David French NEW YORK (Reuters) -`, `HANOI (VNA) –`),
 * the dateline every agency opens its copy with, or a dated dateline (below). The agency must
 * be a known outlet: parentheses early in a line are common otherwise. Read in the first 120
 * characters only.
 */
const WIRE_CREDIT_EARLY = /^[^()]{0,60}\((\p{Lu}[\p{L}\p{N} .&'’-]{0,40})\)\s*(?:—|–|--|-)/u;

/**
 * `MEMPHIS, Tennessee, Sept. 30 --`, `WASHINGTON, Dec. 3 —`: the dated dateline of news-release
 * and wire copy (AP style: the city in capitals, the date, a dash), with no agency named. Pages
 * that type the dash as a spaced hyphen (`NAIROBI, Kenya, Mar 8 - `, Capital FM and the Daily
 * Nation alike) set the same dateline: after a date, a spaced hyphen is no word break.
 */
const DATED_DATELINE = new RegExp(
  String.raw`^\p{Lu}{2}[\p{Lu} .'’-]{0,28}(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)?,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|${DATELINE_DATE})(?:\s*(?:--|—|–)|\s-\s)`,
  'u',
);

export function opensWithWireCredit(text: string): boolean {
  // Asked of running text again and again: a look at the first two characters (a dated dateline
  // opens with a city in capitals) and for an early parenthesis spares most lines both patterns.
  const c0 = text.charCodeAt(0);
  const c1 = text.charCodeAt(1);
  const capitals = ((c0 >= 65 && c0 <= 90) || c0 > 0x7f) && ((c1 >= 65 && c1 <= 90) || c1 > 0x7f);
  const paren = text.indexOf('(');
  // A byline run into the dateline: of several reporters, it may push the dateline's
  // parenthesis past 60 characters; a dated one may name an agency the table does not know.
  if (paren > 0 && paren <= 160 && (c0 === 66 || c0 === 98) && bylinedDateline(text)) return true;
  if (!capitals && (paren < 0 || paren > 60)) return false;
  const head = text.length > 120 ? text.slice(0, 120) : text;
  if (paren > 0 && paren <= 30 && DATE_ONLY_LEAD.test(head)) return true;
  if (capitals && DATED_DATELINE.test(head)) return true;
  // The city in capitals and the agency in parentheses, closed by a dash or a colon
  // (`ISLAMABAD, Dec 22 (APP):`, `TAIPEI, Dec. 3 (CNA) --`): the one wire lead of WIRE_LEAD.
  if (capitals && paren >= 0 && paren <= 60 && WIRE_LEAD.test(head)) return true;
  if (paren < 0 || paren > 60) return false;
  const m = WIRE_CREDIT_EARLY.exec(head);
  return m !== null && lookupPublication(m[1]!.trim()) !== undefined;
}
