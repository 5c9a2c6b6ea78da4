import { lookupPublication } from '../publications.js';
import type { SourceLine } from '../types.js';
import { isChromeLine } from './chrome.js';
import { pushParagraph } from './draft.js';
import type { PageState } from './page-state.js';

/*
 * Records of labelled fields: `Source: ABC News` / `Title: ...` / `Snippet: ...` /
 * `Read full article: https://...`, one record per item between rules. Feed-to-text exports,
 * alert e-mails and news bots print items this way; the labels say outright what each line is,
 * so they are read before any layout guess. A page counts as labelled when two lines or more
 * carry a `Title:` label.
 */

const TITLE = /^(?:title|headline)\s*[:：]\s*(?=\S)/i;
/**
 * The text fields also under their labels in the reader's language, as bilingual study posts
 * set an English record then its translation (`요약:` under `Summary:`; Korean blogs on Korean
 * English-language dailies, Chinese and Japanese news-English lessons label `摘要:` / `要約:`).
 */
const TEXT =
  /^(?:snippet|summary|description|excerpt|abstract|text|lede|요약|摘要|要約|概要)\s*[:：]\s*(?=\S)/i;
/**
 * `헤드라인: ...` in the record after `Headline: ...`: the title's translation under its label in
 * the reader's language, part of the record (furniture, as the title has its line), not a new
 * record's title nor the record's end.
 */
const TITLE_TRANSLATED = /^(?:헤드라인|제목|标题|標題|見出し)\s*[:：]\s*(?=\S)/;
const SOURCE = /^(?:source|publisher|outlet|publication|via)\s*[:：]\s*(?=\S)/i;
const LINK =
  /^(?:link|url|read (?:the )?(?:full )?(?:article|story|more)|full (?:article|story)|more)\s*[:：]\s*(https?:\/\/\S+)$/i;
/** A bracketed metadata row opening with a date: `[2026-05-04 11:36 UTC+10:00] [General]`. */
const DATE_ROW = /^\[(\d{4}-\d{2}-\d{2})[^\]]{0,40}\](?:\s*\[[^\]]{0,60}\]){0,6}$/;
/** How far a record reaches: a few fields (and the lines their values fold onto). */
const MAX_FIELDS = 16;
/** A line that opens a field of its own (`Snippet:`, `Read full article:`): never a folded value. */
const FIELD_LABEL = /^[\p{L} ]{2,30}[:：](?:\s|$)/u;
const URL_ALONE = /^https?:\/\/\S+$/i;

export interface LabelledRecord {
  /** Index after the record. */
  end: number;
  /** `more`: the lines its value was folded onto (see `labelledRecord`). */
  title: { k: number; label: string; text: string; more: number[] };
  texts: { k: number; label: string; text: string; more: number[] }[];
  source?: { k: number; name: string };
  link?: { k: number; href: string };
  date?: { k: number; date: string };
  /** Lines of the record that are none of the above (kept as furniture). */
  other: number[];
}

/** The page sets its items as labelled records. */
export function labelledPage(lines: readonly SourceLine[]): boolean {
  let n = 0;
  // Indexed, not `for...of`: run once per page, often before it is optimised (see LineReader).
  for (let k = 0; k < lines.length; k++) {
    const t = lines[k]!.text;
    const c = t.charCodeAt(0) | 32;
    // Only "Title:" and "Headline:" lines count: a look at the first letter spares the regex.
    if ((c === 116 || c === 104) && TITLE.test(t) && ++n >= 2) return true;
  }
  return false;
}

/**
 * The record that starts at `k` (after a rule, or at a field line), when it has a `Title:` field;
 * it ends at the next rule, the next record's title or date row, or after a few fields.
 */
export function labelledRecord(lines: readonly SourceLine[], k: number): LabelledRecord | undefined {
  let title: LabelledRecord['title'] | undefined;
  const texts: LabelledRecord['texts'] = [];
  const other: number[] = [];
  let source: LabelledRecord['source'];
  let link: LabelledRecord['link'];
  let date: LabelledRecord['date'];
  // The field a line with no label of its own may continue: a long value folded onto the next
  // line, as e-mail headers fold (RFC 5322) and plain-text exports wrap, with no blank between.
  let open: { text: string; more: number[] } | undefined;
  let j = k;
  for (; j < lines.length && j - (title ? title.k : k) < MAX_FIELDS; j++) {
    const t = lines[j]!.text;
    if (j > k && isChromeLine(t)) break;
    if (open && !lines[j]!.blankBefore && !FIELD_LABEL.test(t) && !URL_ALONE.test(t)) {
      open.text = `${open.text} ${t}`;
      open.more.push(j);
      continue;
    }
    open = undefined;
    const titled = TITLE.exec(t);
    if (titled) {
      if (title) break;
      title = { k: j, label: titled[0].trim(), text: t.slice(titled[0].length), more: [] };
      open = title;
      continue;
    }
    const dated = DATE_ROW.exec(t);
    if (dated) {
      if (title || date) break;
      date = { k: j, date: dated[1]! };
      continue;
    }
    // `< Korea JoongAng Daily >` over the record: its source, set off by padded angle brackets
    // as study posts head each paper's record (dev 332); only a known outlet (12c1677's rule).
    if (!title && !source && t.charCodeAt(0) === 60 && t.charCodeAt(t.length - 1) === 62) {
      const name = t.slice(1, -1).trim();
      if (lookupPublication(name)) {
        source = { k: j, name };
        continue;
      }
    }
    const sourced = SOURCE.exec(t);
    if (sourced && !source) {
      if (title && texts.length > 0) break;
      source = { k: j, name: t.slice(sourced[0].length).trim() };
      continue;
    }
    const linked = LINK.exec(t);
    if (linked && !link) {
      link = { k: j, href: linked[1]! };
      continue;
    }
    // `Read full article:` with its URL wrapped onto the next line.
    const next = lines[j + 1]?.text;
    if (!link && next !== undefined && URL_ALONE.test(next) && LINK.test(`${t} ${next}`)) {
      other.push(j);
      link = { k: j + 1, href: next };
      j++;
      continue;
    }
    if (title && t.charCodeAt(0) >= 0x3040 && TITLE_TRANSLATED.test(t)) {
      other.push(j);
      continue;
    }
    const text = TEXT.exec(t);
    if (text && title) {
      const field = { k: j, label: text[0].trim(), text: t.slice(text[0].length), more: [] };
      texts.push(field);
      open = field;
      continue;
    }
    if (title) break;
    other.push(j);
  }
  if (!title) return undefined;
  return {
    end: j,
    title,
    texts,
    other,
    ...(source ? { source } : {}),
    ...(link ? { link } : {}),
    ...(date ? { date } : {}),
  };
}

/** Reads a labelled record into one briefing, line by line in input order; returns the index after it. */
export function readLabelledRecord(s: PageState, rec: LabelledRecord): number {
  const { b, lines } = s;
  b.close(false);
  const start = Math.min(rec.title.k, rec.source?.k ?? rec.title.k, rec.date?.k ?? rec.title.k, ...rec.other);
  for (let k = start; k < rec.end; k++) {
    if (k === rec.title.k) {
      b.open(k, 'a labelled record: its "Title:" field', rec.title.text);
      b.page.chrome.push(rec.title.label);
      if (rec.source) {
        const l = lines[rec.source.k]!;
        b.addCitation(b.draft!, l.text, l.line, rec.link ? [rec.link.href] : undefined, rec.source.name);
      }
      // The date row dates the record, not the source it names: the item's `published` date
      // (the rate checks read it when no credit states a date).
      if (rec.date) b.draft!.published = rec.date.date;
    } else if (rec.title.more.includes(k)) b.mark(k, 'title', 'the "Title:" field, folded onto this line');
    else if (k === rec.source?.k) b.mark(k, 'citation', 'a labelled record: its "Source:" field');
    else if (k === rec.date?.k)
      b.chrome(k, "a labelled record's date row: the item's `published` date, not a source");
    else if (k === rec.link?.k) b.chrome(k, "a labelled record's link (the URL goes to its citation)");
    else {
      const text = rec.texts.find((x) => x.k === k);
      if (rec.texts.some((x) => x.more.includes(k))) b.mark(k, 'body', 'a field value folded onto this line');
      else if (text && b.draft) {
        b.page.chrome.push(text.label);
        pushParagraph(b.draft, text.text, lines[k]!, false);
        b.mark(k, 'body', `a labelled record: its "${text.label}" field`);
      } else b.chrome(k, 'a line of a labelled record that names no field');
    }
  }
  b.close(false);
  return rec.end;
}
