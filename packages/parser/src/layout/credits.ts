import { BARE_HOST } from '../urls.js';
import { mayBeDate, parseDate } from '../dates.js';
import { lookupPublication } from '../publications.js';
import { mastheadName } from '../citation-names.js';
import { agencyList, isWireAcronym } from './rules.js';
import { isWhiteSpace } from '../text.js';
import { bareAgency } from './sign-offs.js';
import { wireClose } from './wire-closes.js';
import { datedTrailingCredit } from './dated-tail-credits.js';
import { closedByAcronym } from './glued-citations.js';

/*
 * Credits inside other text: after a headline, opening or closing a paragraph, as links after
 * the text. (Credit lines of their own are in credit-lines.ts.) Each is kept as written in the
 * citation's `raw` and read as the outlet it names.
 */

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * `(Associated Press, By Joe McDonald) Asian stock markets...`: a parenthesised credit that
 * opens the text, naming a known outlet or an author (`By ...`). A date after it is not needed.
 */
export function leadCredit(
  text: string,
  pageNames: ReadonlySet<string> = NO_NAMES,
): { raw: string; outlet: string; rest: number; also?: { raw: string; outlet: string } } | undefined {
  if (!text.startsWith('(')) return undefined;
  const close = text.indexOf(')');
  if (close < 3 || close > 100) return undefined;
  const inner = text.slice(1, close);
  const parts = inner.split(',').map((p) => p.trim());
  const [first, second] = parts[0]!.split('/').map((p) => p.trim());
  const outlet = first!;
  const byAuthor = parts.slice(1).some((p) => /^by\s/i.test(p));
  // A known outlet, an author, or a name the page opens three or more summaries with (`pageLeadCredits`).
  if (!lookupPublication(outlet) && !byAuthor && !(parts.length === 1 && pageNames.has(inner)))
    return undefined;
  let rest = close + 1;
  while (rest < text.length && /[\s\-–—:]/.test(text[rest]!)) rest++;
  if (rest >= text.length) return undefined;
  // "(Taipei Times/CNA, By Staff Writer)": a paper and the agency it reprints, two credits; the
  // raw text is cut at the slash so every character stays in one of them.
  if (second && lookupPublication(second)) {
    const slash = text.indexOf('/');
    return {
      raw: text.slice(0, slash + 1),
      outlet,
      rest,
      also: { raw: text.slice(slash + 1, rest).trimEnd(), outlet: second },
    };
  }
  // The dash after the parentheses is the credit's too: every character stays somewhere.
  return { raw: text.slice(0, rest).trimEnd(), outlet, rest };
}

/**
 * A credit glued to the start of the text where the page's text copy lost the line break after
 * it: a piped credit row (`Richard Butler | China Daily | Sept 26th 2017 The 2017 Expo...`) or a
 * known outlet's bare name before the first sentence (`Reuters A Chinese experimental vaccine...`).
 * Tag pages of regional outlets that reprint agency copy print both (Morung Express, MWREL). The
 * text must start again with a capital, as a sentence does. Bounded: looks at 200 characters.
 */
/**
 * `LEADING_NAME` can match: the text opens with a capital and the character after its first
 * space is one (the next word of the name, or the sentence after it). An ASCII character decides
 * by its code, any other is left to the pattern; most sentences go on in lower case after their
 * first word and are spared the pattern (test/speed-guards.test.ts holds this against it).
 */
export function mayLeadWithName(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 0x80 && !(first >= 65 && first <= 90)) return false;
  const space = text.indexOf(' ');
  if (space < 0) return false;
  const next = text.charCodeAt(space + 1);
  return next >= 0x80 || (next >= 65 && next <= 90);
}

/** Up to four capitalised words at the start, then a capital (a module constant: no RegExp per call). */
export const LEADING_NAME = /^(\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}) (?=\p{Lu})/u;
/** The same after a dash, `of` or `the` between the words as outlets' names have them (`The Times of India`). */
const DASHED_NAME = /^(\p{Lu}[\p{L}.&'’-]*(?: (?:of |the )?\p{Lu}[\p{L}.&'’-]*){0,3}) (?=\p{Lu})/u;
const COMPANY_SUFFIX = /^(?:Inc|Corp|Co|Ltd|Plc|LLC|Group|Holdings|Limited|Company|Corporation)\b/;

/**
 * `The Yomiuri Shimbun (Jan. 30, 2013)Abe must ...`, `The Japan News (Feb. 3, 2014) The ...`: a
 * known outlet's name with the date of its issue in parentheses, opening the text, as a paper's
 * credit is written `Outlet (Date)` (reference lists and clipping blogs credit an article so).
 * The name must be known and the parentheses must hold a full date: a name is no credit alone.
 */
const NAME_DATE = /^(\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,4}) \(([^()]{6,30})\)\s*(?=\S)/u;

function datedLeadName(
  head: string,
): { raw: string; outlet: string; date: string; rest: number } | undefined {
  // A parenthesis within the first 50 characters, after a capital: most texts are spared the pattern.
  const open = head.indexOf(' (');
  const first = head.charCodeAt(0);
  if (open < 2 || open > 50 || (first < 0x80 && !(first >= 65 && first <= 90))) return undefined;
  const m = NAME_DATE.exec(head);
  if (!m || lookupPublication(m[1]!) === undefined) return undefined;
  const date = m[2]!.trim();
  if (!mayBeDate(date) || !parseDate(date).ok) return undefined;
  const raw = m[0].trimEnd();
  return { raw, outlet: m[1]!, date, rest: m[0].length };
}

export function gluedLeadCredit(
  text: string,
): { raw: string; outlet: string; date?: string; rest: number } | undefined {
  const head = text.slice(0, 200);
  // A credit row has two bars or more in its first 200 characters; most texts have none.
  const bar = head.indexOf('|');
  if (bar >= 0 && head.indexOf('|', bar + 1) >= 0) {
    const fields = head.split('|');
    const last = fields.at(-1)!;
    const words = last.trimStart().split(' ');
    // The longest run of up to five words after the last pipe that reads as a full date.
    for (let n = Math.min(5, words.length - 1); n >= 2; n--) {
      const dateText = words.slice(0, n).join(' ');
      const d = mayBeDate(dateText) ? parseDate(dateText) : undefined;
      if (!d?.ok || !/^\p{Lu}/u.test(words[n] ?? '')) continue;
      const names = fields.slice(0, -1).map((f) => f.trim());
      const outlet = names.find((f) => lookupPublication(f) !== undefined) ?? names.at(-1)!;
      const rawEnd = head.length - last.length + last.indexOf(dateText) + dateText.length;
      return { raw: text.slice(0, rawEnd), outlet, date: dateText, rest: rawEnd + 1 };
    }
    return undefined;
  }
  // `-The Hindu India's first aquifer atlas ...`: the name set off by a dash glued before it, as a
  // dash sets off a credit after the text (`— Xinhua`): archive search pages print the source so.
  const dated = datedLeadName(head);
  if (dated) return dated;
  const dash = head.charCodeAt(0) === 45 || head.charCodeAt(0) === 0x2014 ? 1 : 0;
  const named = dash ? head.slice(1) : head;
  const m = dash ? DASHED_NAME.exec(named) : mayLeadWithName(named) ? LEADING_NAME.exec(named) : null;
  if (!m) return undefined;
  // The longest leading run of capitalised words that names a known outlet.
  const words = m[1]!.split(' ');
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    if (lookupPublication(name) === undefined) continue;
    const after = text.slice(dash + name.length + 1);
    if (!/^\p{Lu}/u.test(after)) return undefined;
    // "Baidu Inc. (Nasdaq: BIDU) ...", "Reuters Group said ...": a company suffix carries the name
    // on, so the name is the sentence's subject, not a credit before it.
    if (COMPANY_SUFFIX.test(after)) return undefined;
    return { raw: text.slice(0, dash + name.length), outlet: name, rest: dash + name.length + 1 };
  }
  return undefined;
}

/**
 * A line made of links and little else (`AZPM`, `Arizona Daily Star, KVOA, KGUN 9`): the source
 * links daily briefs and link aggregators put under an item. One citation per link, its text the
 * outlet; `raw` runs from one link to the next so every character stays in one place.
 */
export function linkCredits(
  text: string,
  anchors: readonly { text: string; href: string }[] | undefined,
  sourceElement = false,
): { raw: string; outlet: string; href: string }[] | undefined {
  if (!anchors || anchors.length === 0 || text.length > 300) return undefined;
  // Outlets have short names: a link whose text is a headline is the next item's headline.
  // (A CJK outlet's name is a few characters: 新华社, 中央社, 連合ニュース.)
  if (
    anchors.some(
      (a) =>
        a.text.length > 40 ||
        a.text.split(/\s+/).length > 6 ||
        (a.text.length > 12 && /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{13}/u.test(a.text)),
    )
  )
    return undefined;
  let covered = 0;
  for (const a of anchors) covered += a.text.length;
  const letters = text.replace(/[\s,;|·•/&-]|\band\b/gu, '').length;
  // In the element whose class names it the item's source row (`<p class=source>`), the links
  // are the sources whatever words follow them (`NWS Tucson Forecast API`): half will do.
  if (covered < letters * (sourceElement ? 0.4 : 0.8)) return undefined;
  const starts: number[] = [];
  let from = 0;
  for (const a of anchors) {
    const at = text.indexOf(a.text, from);
    if (at < 0) return undefined;
    starts.push(at);
    from = at + a.text.length;
  }
  return anchors.map((a, k) => ({
    raw: text.slice(k === 0 ? 0 : starts[k]!, k + 1 < anchors.length ? starts[k + 1]! : text.length).trim(),
    outlet: a.text,
    href: a.href,
  }));
}

/**
 * `... from the 7.4% announced in January. - AFP`: a wire credit glued to the end of the last
 * paragraph (The Star, Investvine and wire copy alike): a dash, then a known outlet or an
 * agency acronym, after a finished sentence. The agency's name may come before its acronym and
 * a dash may close the credit too (`... quality. - Emirates News Agency, WAM –`, as the Gulf
 * agencies and Bernama's copy set it).
 */
// The dash may be a horizontal bar (`― Bernama`, as Malaysian papers set it). An em dash, en
// dash or bar may be set closed up (`... said.—Xinhua`), as Chicago style and the China Daily
// and Philippine papers' copy print it, and so may a double hyphen, the typewriter's em dash
// (`... last month.--KUNA`); a single hyphen needs the space before it.
const TRAILING_CREDIT =
  /([.!?…”"’)])(?:\s+(?:—|–|―|--?)|\s*(?:—|–|―|--))\s*(\p{Lu}[\p{L}.&'’ ]{1,40}?(?:,\s*[A-Z]{2,6})?)(?:\s*(?:—|–|―|-))?$/u;

export function trailingCredit(text: string): { before: string; raw: string; outlet: string } | undefined {
  // Most paragraphs end in a full stop: a credit ends in a letter (or the dash closing it).
  const last = text.charCodeAt(text.length - 1);
  // A digit ends the dated form (`... said. — Xinhua, 2 May 2024`, see `datedTrailingCredit`).
  if (last >= 48 && last <= 57) return datedTrailingCredit(text);
  // A slash closes the agency set between slashes (`... on Monday. /SPA/`, see `wireClose`).
  if (
    !((last >= 65 && last <= 90) || (last >= 97 && last <= 122) || last === 45 || last === 47 || last > 0x7f)
  )
    return undefined;
  const more = readMoreCredit(text);
  if (more) return more;
  const tail = text.length > 60 ? text.slice(-60) : text;
  const m = TRAILING_CREDIT.exec(tail);
  if (!m) return wireClose(text) ?? bareAgency(text, tail);
  const outlet = m[2]!.trim();
  if (outlet.split(/\s+/).length > 4) return undefined;
  // `Emirates News Agency, WAM`: the agency's acronym after its name.
  // `... the next tranche. — Daily Mirror`: a masthead name (see `mastheadName`) reads as the
  // outlet, table or not.
  if (
    !lookupPublication(outlet) &&
    !isWireAcronym(outlet.slice(outlet.lastIndexOf(',') + 1).trim()) &&
    !mastheadName(outlet)
  )
    return undefined;
  const at = text.length - tail.length + m.index + m[1]!.length;
  return { before: text.slice(0, at), raw: text.slice(at).trim(), outlet };
}

/**
 * `... is expected to be tabled. |Read more >|SunDaily`, `... the ministry said. Read more at The
 * Star`: a snippet's "read more" link followed by the outlet it leads to, as news aggregators and
 * clipping archives print a credit. The link's target names the source, known outlet or not.
 * Anchored at the end, looks at 100 characters: constant time.
 */
const READ_MORE_CREDIT =
  /([.!?…”"’)]|\p{Ll})\s{0,3}\|?\s{0,3}read\s{1,3}more\s{0,3}[>»›→:]{0,2}\s{0,3}(?:\||at\s)\s{0,3}(\p{Lu}[\p{L}\p{N}.&'’ -]{1,40})$/iu;

/**
 * `... aid a stuttering export economy. Read full SCMP report`: the link to the outlet's own full
 * story, the outlet named between `full` and `report`/`story`/`article`, as digests that
 * summarise their paper's reports end each summary (SCMP's "China in 3 minutes"; "Read the full
 * Reuters story", "Read full BBC article").
 */
const READ_FULL_CREDIT =
  /([.!?…”"’)])\s{1,3}[Rr]ead\s{1,3}(?:the\s{1,3})?full\s{1,3}(\p{Lu}[\p{L}\p{N}.&'’ -]{1,30}?)\s{1,3}(?:report|story|article)\.?$/u;

function readMoreCredit(text: string): { before: string; raw: string; outlet: string } | undefined {
  const tail = text.length > 100 ? text.slice(-100) : text;
  const full = /full/.test(tail) ? READ_FULL_CREDIT.exec(tail) : null;
  if (full) {
    const at = text.length - tail.length + full.index + full[1]!.length;
    return { before: text.slice(0, at), raw: text.slice(at).trim(), outlet: full[2]!.trim() };
  }
  if (!/more/i.test(tail)) return undefined;
  const m = READ_MORE_CREDIT.exec(tail);
  if (!m) return undefined;
  const outlet = m[2]!.trim();
  if (outlet.split(/\s+/).length > 5) return undefined;
  const at = text.length - tail.length + m.index + m[1]!.length;
  return { before: text.slice(0, at), raw: text.slice(at).trim(), outlet };
}

/** `(Bloomberg)`, `(AP in Yahoo! Finance)`, `(CNNMoney.com)` after a sentence, inside a paragraph. */
// In parentheses or square brackets (`... last year. [Xinhua]`, as Chinese digests set it).
export const SENTENCE_CREDIT = /([.!?”"’])\s*(?:\(([^()]{2,60})\)|\[([^[\]]{2,60})\])(?=\s|$)/g;
const DOMAIN = new RegExp(`^${BARE_HOST}$`, 'i');

const SENTENCE_END_CODES = [...'.!?”"’'].map((c) => c.charCodeAt(0));

/**
 * An opening bracket (`(` or `[`) after a sentence end, white space between: where
 * `SENTENCE_CREDIT` can start to match. Most paragraphs have none (a parenthesis after a word,
 * or no bracket at all), and a scan by character codes spares them the global replace. Each
 * look back stops at the previous bracket's white space at most: linear.
 */
export function openAfterSentence(p: string, open: '(' | '['): boolean {
  for (let at = p.indexOf(open); at >= 0; at = p.indexOf(open, at + 1)) {
    let k = at - 1;
    while (k >= 0 && isWhiteSpace(p.charCodeAt(k))) k--;
    if (k >= 0 && SENTENCE_END_CODES.includes(p.charCodeAt(k))) return true;
  }
  return false;
}

const namesOutlet = (name: string) => lookupPublication(name) !== undefined || DOMAIN.test(name);

/**
 * Sources credited sentence by sentence inside a paragraph: "... interest rates. (Bloomberg) The
 * strengthening dollar ... (AP in Yahoo! Finance)". Press reviews that stitch several reports
 * into one paragraph credit each report this way (The Week's "news at a glance", link blogs).
 * Only a known outlet or a domain counts, so "(in dollars)" or "(see below)" stay text. Returns
 * the paragraph without the credits, and the credits as written; one pass, linear.
 */
/** A name by its shape: one to four capitalised words (`MarketWatch`, `Daily Maverick`), no digits or colon. */
const NAME_SHAPE = /^\p{Lu}[\p{L}.&'’!-]*(?:\s\p{Lu}[\p{L}.&'’!-]*){0,3}$/u;

function creditsOutlet(name: string): boolean {
  const via = /^(.{1,40}?)\s+(?:in|via|on)\s+(.{2,40})$/.exec(name);
  return namesOutlet(name) || !!(via && (namesOutlet(via[1]!) || namesOutlet(via[2]!))) || !!agencyList(name);
}

export function sentenceCredits(paragraph: string): { text: string; credits: string[] } | undefined {
  if (!openAfterSentence(paragraph, '(') && !openAfterSentence(paragraph, '[')) return undefined;
  // A paragraph credits its sentences in one form: once one of them names a known outlet so,
  // a name of the same shape in the same place is a credit too (`(Bloomberg) ... (MarketWatch)`).
  let known = 0;
  for (const m of paragraph.matchAll(SENTENCE_CREDIT))
    if (creditsOutlet((m[2] ?? m[3] ?? '').trim())) known++;
  if (known === 0 && !closedByAcronym(paragraph)) return undefined;
  const credits: string[] = [];
  const text = paragraph.replace(
    SENTENCE_CREDIT,
    (all, end: string, paren: string | undefined, bracket: string | undefined) => {
      const name = (paren ?? bracket ?? '').trim();
      if (!creditsOutlet(name) && !NAME_SHAPE.test(name)) return all;
      credits.push(all.slice(end.length).trim());
      return end;
    },
  );
  if (credits.length === 0) return undefined;
  return { text: text.replace(/\s{2,}/g, ' ').trim(), credits };
}

/**
 * `September 16, 2025 /EINPresswire.com/ --`, `Jan. 5, 2026 /PRNewswire/ --`,
 * `(BUSINESS WIRE)--`: the dateline press-release wires put at the start of a release, often
 * inside a listing's teaser after its summary. The wire is the source; the date is its date.
 */
const WIRE_DATELINE =
  /(\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4})\s{0,3}(?:\/\s{0,2}([\p{L}][\p{L}\p{N}.&' -]{1,40}?)\s{0,2}\/|\((BUSINESS WIRE|GLOBE NEWSWIRE|ACCESSWIRE|PRNewswire)\))\s{0,3}(?:--|–|—)/u;

/**
 * The dashes `WIRE_DATELINE` ends with, as one pattern: V8's native search for `–` or `—` looks
 * for their high byte (0x20), which is every space's low byte, so three `includes` cost about
 * three times this look on a paragraph with none.
 */
const WIRE_DASH = /--|[–—]/;

export function pressWireCredit(
  paragraph: string,
): { text: string; raw: string; readAs: string } | undefined {
  if (!WIRE_DASH.test(paragraph)) return undefined;
  const m = WIRE_DATELINE.exec(paragraph);
  if (!m) return undefined;
  const wire = (m[2] ?? m[3])!.trim();
  if (!/wire|newswire|presswire|news ?release|prweb/i.test(wire)) return undefined;
  const text = `${paragraph.slice(0, m.index)} ${paragraph.slice(m.index + m[0].length)}`
    .replace(/\s{2,}/g, ' ')
    .trim();
  return { text, raw: m[0], readAs: `${wire}, ${m[1]}` };
}

/**
 * `... organizational processes. (The Berliner)` with `The Berliner` a link: the source of the
 * paragraph, linked in parentheses after its last sentence, as newsletters that source each
 * paragraph print it (Axios's and Morning Brew's "(Reuters)" links; the Berlin daily of the
 * corpus). The link says it is a source whatever the name; `text` is the paragraph without it.
 */
export function linkedTailCredit(
  text: string,
  anchors: readonly { text: string; href: string }[] | undefined,
): { text: string; raw: string; outlet: string; href: string } | undefined {
  if (!anchors || anchors.length === 0) return undefined;
  const end = text.endsWith(').') ? text.length - 1 : text.endsWith(')') ? text.length : -1;
  if (end < 0) return undefined;
  const last = anchors[anchors.length - 1]!;
  const name = last.text.trim();
  if (name.length < 2 || name.length > 60 || name.split(/\s+/).length > 6) return undefined;
  const open = end - name.length - 2;
  if (open <= 0 || text[open] !== '(' || text.slice(open + 1, end - 1) !== name) return undefined;
  const before = text.slice(0, open).trimEnd();
  if (!/[.!?”"’]$/u.test(before)) return undefined;
  return { text: before, raw: text.slice(open), outlet: name, href: last.href };
}
