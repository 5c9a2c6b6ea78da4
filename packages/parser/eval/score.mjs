// Scores the parser on the annotated corpus (packages/parser/corpus/{dev,validation}/NNN.*):
// briefings found (matched by title), paragraph counts, citation fields, money recall and
// precision, stated conversions, per format family and per split. Plain ESM so that both
// `pnpm eval` (on the built package) and the ratchet test (on the sources) share one scorer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = new URL('../corpus/', import.meta.url);

/** Every annotated page of one split: `{ id, split, family, format, text, annotation }`. */
export function loadCorpus(split) {
  const dir = new URL(`${split}/`, CORPUS);
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const pages = [];
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const id = name.slice(0, -5);
    const annotation = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
    const file = names.find((n) => n === `${id}.txt` || n === `${id}.html`);
    if (!file) continue;
    pages.push({
      id,
      split,
      family: annotation.family,
      format: file.endsWith('.html') ? 'html' : 'text',
      path: join(dir.pathname, file),
      text: readFileSync(new URL(file, dir), 'utf8'),
      annotation,
    });
  }
  return pages;
}

/** Titles compare without case, spacing, quotes and closing punctuation. */
export function normTitle(s) {
  return (
    String(s ?? '')
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[“”„"«»]/g, '"')
      .replace(/[‘’`]/g, "'")
      .replace(/\s+/g, ' ')
      // A list bullet or arrow before a headline is layout, not part of the title.
      // So are brackets around a headline: "【...】" (the heading mark of Chinese and Japanese
      // typography; a translation may follow it on the title) and "< ... >" around a whole title.
      // A list number too ("1. ", "2 / ", "3【"): annotations follow the page or strip it.
      .replace(/^\d{1,2}\s*(?:[.)、:/]\s+|(?=【))/u, '')
      .replace(/^[〔<‹]\s*(.+?)\s*[〕>›]$/u, '$1')
      .replace(/^【\s*([^】]+?)\s*】/u, '$1')
      .replace(/^[•·▪◦‣●■*→>–-]\s*/u, '')
      .replace(/[\s.:;,!?…]+$/u, '')
      .trim()
  );
}

const normName = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The parsed title names the annotated briefing: the same, or the annotated first line of a two-line title. */
function titleMatches(parsed, annotated) {
  const p = normTitle(parsed);
  const a = normTitle(annotated);
  return p === a || (a.length >= 8 && p.startsWith(a));
}

/** Publication as written vs the parser's canonical name (and qualifier). */
function publicationMatches(citation, written, lookup) {
  if (written == null) return citation.publication === undefined;
  const w = normName(written);
  const candidates = [citation.publication, `${citation.publication ?? ''} ${citation.qualifier ?? ''}`];
  // The outlet the written name starts with ("BBC News - China" is the BBC), as the table knows it.
  let known = lookup?.(written);
  const words = String(written).split(/\s+/);
  for (let n = words.length - 1; !known && n >= 1; n--) known = lookup?.(words.slice(0, n).join(' '));
  if (known?.name) candidates.push(known.name);
  return (
    candidates.some((c) => c && normName(c) === w) ||
    (known?.name !== undefined && known.name === citation.publication)
  );
}

const close = (a, b, tolerance) => Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b), 1e-9);

const normMoneyText = (s) => String(s).normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

function moneyMatches(parsed, annotated) {
  const pt = normMoneyText(parsed.text);
  const at = normMoneyText(annotated.text);
  return (
    (pt.includes(at) || at.includes(pt)) &&
    parsed.amount.currency === annotated.currency &&
    close(parsed.amount.min, annotated.min, 0.005) &&
    close(parsed.amount.max, annotated.max, 0.005)
  );
}

function statedMatches(parsed, annotated) {
  if (parsed.stated.length !== annotated.stated.length) return false;
  return annotated.stated.every((s, k) => {
    const p = parsed.stated[k];
    return p.currency === s.currency && close(p.min, s.min, 0.01) && close(p.max, s.max, 0.01);
  });
}

const counter = () => ({
  pages: 0,
  briefings: 0,
  found: 0,
  parsed: 0,
  paragraphsRight: 0,
  citationFields: 0,
  citationFieldsRight: 0,
  money: 0,
  moneyFound: 0,
  moneyParsed: 0,
  moneyParsedRight: 0,
  stated: 0,
  statedRight: 0,
  chromeBriefings: 0,
  emptyListings: 0,
  ms: 0,
});

/** Scores one page's parse result against its annotation, adding to `c`. */
export function scorePage(result, annotation, c, lookup, misses) {
  c.pages++;
  const wanted = annotation.briefings;
  c.briefings += wanted.length;
  c.parsed += result.items.length;
  if (wanted.length === 0) c.chromeBriefings += result.items.length;
  // A listing of three briefings or more read as one item or none: the page missed whole (most
  // often set aside as one article), the commonest failure on pages the parser has never seen.
  if (wanted.length >= 3 && result.items.length <= 1) c.emptyListings++;
  const used = new Set();
  const pairs = [];
  for (const a of wanted) {
    const k = result.items.findIndex((item, index) => !used.has(index) && titleMatches(item.title, a.title));
    if (k >= 0) {
      used.add(k);
      pairs.push([a, result.items[k]]);
    } else misses?.push(`briefing not found: ${JSON.stringify(a.title.slice(0, 70))}`);
  }
  c.found += pairs.length;
  result.items.forEach((item, k) => {
    if (!used.has(k)) misses?.push(`briefing extra: ${JSON.stringify(item.title.slice(0, 70))}`);
  });
  for (const [a, item] of pairs) {
    if (item.body.length === a.paragraphs) c.paragraphsRight++;
    else misses?.push(`paragraphs ${item.body.length} != ${a.paragraphs}: ${a.title.slice(0, 50)}`);
    const n = Math.max(a.citations.length, item.sources.length);
    c.citationFields += 3 * n;
    for (let k = 0; k < n; k++) {
      const want = a.citations[k];
      const got = item.sources[k];
      if (!want || !got) {
        misses?.push(`citation ${k + 1} ${want ? 'missing' : 'extra'}: ${a.title.slice(0, 50)}`);
        continue;
      }
      const right =
        Number(publicationMatches(got, want.publication, lookup)) +
        Number((got.date ?? null) === (want.date ?? null)) +
        Number((got.url ?? got.originalUrl ?? null) === (want.url ?? null) || got.originalUrl === want.url);
      if (right < 3)
        misses?.push(
          `citation fields ${right}/3 (${got.publication}|${got.date}|${got.url} vs ${want.publication}|${want.date}|${want.url}): ${a.title.slice(0, 40)}`,
        );
      c.citationFieldsRight += right;
    }
  }
  // Money: recall over every annotated mention (found only in its own briefing), precision over
  // every mention the parser gave on the page.
  const parsedMoney = result.items.flatMap((item) => item.money.map((m) => ({ item, m })));
  c.moneyParsed += parsedMoney.length;
  const claimed = new Set();
  for (const a of wanted) {
    const item = pairs.find(([x]) => x === a)?.[1];
    for (const want of a.money) {
      c.money++;
      if (want.stated.length > 0) c.stated++;
      const hit = item?.money.find((m) => !claimed.has(m) && moneyMatches(m, want));
      if (!hit) {
        misses?.push(`money not found: ${want.text} ${want.currency} (${a.title.slice(0, 40)})`);
        continue;
      }
      claimed.add(hit);
      c.moneyFound++;
      if (want.stated.length > 0) {
        if (statedMatches(hit, want)) c.statedRight++;
        else misses?.push(`stated conversion wrong: ${want.text}`);
      }
    }
  }
  c.moneyParsedRight += claimed.size;
  for (const { m } of parsedMoney)
    if (!claimed.has(m)) misses?.push(`money not annotated: ${m.text} ${m.amount.currency}`);
}

const pct = (n, d) => (d === 0 ? 100 : Math.round((1000 * n) / d) / 10);

/** The reported figures of a counter, as percentages. */
export function figures(c) {
  return {
    pages: c.pages,
    briefings: c.briefings,
    found: pct(c.found, c.briefings),
    precision: pct(c.found, c.parsed),
    paragraphs: pct(c.paragraphsRight, c.found),
    citations: pct(c.citationFieldsRight, c.citationFields),
    moneyRecall: pct(c.moneyFound, c.money),
    moneyPrecision: pct(c.moneyParsedRight, c.moneyParsed),
    stated: pct(c.statedRight, c.stated),
    chromeBriefings: c.chromeBriefings,
    emptyListings: c.emptyListings,
    ms: Math.round(c.ms * 10) / 10,
  };
}

/** Parses and scores every page of a split: `{ overall, families, pages }` of figures. */
export function evaluate(pages, parsePage, lookup, { withMisses = false } = {}) {
  const overall = counter();
  const families = {};
  const perPage = [];
  for (const page of pages) {
    const start = performance.now();
    const result = parsePage(page.text, {
      format: page.format,
      ...(page.annotation.url ? { url: page.annotation.url } : {}),
    });
    const ms = performance.now() - start;
    const one = counter();
    const misses = withMisses ? [] : undefined;
    scorePage(result, page.annotation, one, lookup, misses);
    one.ms = ms;
    families[page.family] ??= counter();
    for (const target of [overall, families[page.family]])
      for (const k of Object.keys(one)) target[k] += one[k];
    perPage.push({ id: page.id, family: page.family, ...figures(one), ...(misses ? { misses } : {}) });
  }
  return {
    overall: figures(overall),
    families: Object.fromEntries(Object.entries(families).map(([k, v]) => [k, figures(v)])),
    pages: perPage,
  };
}
