import type { SourceLine } from '../types.js';
import { type DatelinedParagraph, datelined, firstSentenceEnd } from './dateline-runs.js';
import { dateLine } from './date-lines.js';
import type { LineFeatures } from './features.js';
import { BULLET_MARK, mayOpenBullet, translationPair } from './rules.js';
import { articleHeadlineAbove } from './translated-pairs.js';

/*
 * `Infrastructure Auckland posted a $60.6 million pre-tax profit ...` / `New Zealand Post lost
 * $3.8 million ...` / `Southern Cross made history ...`: a "business in brief" or week's
 * round-up column set as bare paragraphs, no headline, credit, dateline or bullet to any of them.
 * Read alone, such a page looks like one article's text and is set aside as one. What tells the
 * two apart is cohesion (Halliday and Hasan's cohesive ties): an article's paragraphs lean on
 * each other, so some open with a pronoun, a demonstrative, a connective or a quote (`He said`,
 * `This comes as`, `But`, `“We are ...”`), or speak to the reader (`I`, `you`); a brief stands
 * alone and opens by naming its subject. Wire and business "in brief" columns (NZ and
 * Australian market round-ups, agency news summaries) write every brief so. A page whose running
 * text is all such paragraphs, three or more in one run with nothing but blank lines between
 * them, lists headless briefs: each is a story of its own, titled by its first sentence as the
 * corpus conventions title a headless item.
 *
 * It is asked only of a page that would otherwise come to one long uncited text (see
 * `keepBriefings`): a page with headlines, credits or datelines reads its items by them.
 */

/** Where a paragraph of the run has its title end. */
export interface HeadlessBrief {
  titleEnd: number;
  /** Where its text starts: after the list bullet that opens it (`• `, `- `), or 0. */
  from?: number;
  /** A card whose headline and summary came out on one line (see `gluedCards`), not a headless paragraph. */
  card?: true;
  /** The line of its translation, the next with text on it (a bilingual page, see below). */
  translation?: number;
  /** Its further paragraphs, by line: unbulleted paragraphs under a bulleted brief (see `bulletAt`). */
  more?: number[];
  /** The line of its credit, a name in parentheses alone under a bulleted brief (`(La Prensa)`). */
  credit?: number;
  /** Its dateline, when the paragraph opens with one: read as a datelined story's (see `datelineRuns`). */
  story?: DatelinedParagraph;
}

/** Words that open a paragraph leaning on the one before it: pronouns, demonstratives, connectives. */
const TIE_WORDS = new Set(
  (
    'He She It They We I You His Her Its Their Our My Your This That These Those Such But And Or Nor ' +
    'So Yet However Also Meanwhile Still Then Thus Therefore Hence Instead Moreover Furthermore ' +
    'Besides Indeed Nevertheless Nonetheless Otherwise Likewise Similarly Additionally Finally ' +
    'Lastly Overall Now Here There If Although Though Because Since Even Another Both Neither Either'
  ).split(' '),
);

/** Phrases that open such a paragraph: `In addition,`, `For example`, `The company said ...`. */
const TIE_PHRASE =
  /^(?:In (?:addition|fact|contrast|other words|turn)|For (?:example|instance)|Of course|On the other hand|As a result|At the same time|The (?:company|firm|group|move|deal|decision|announcement|report|latest)\b)/;

/** The reader or the writer in the text: an essay's or a blog post's voice, not a brief's. */
const PERSONAL = /\b(?:I|[Mm]y|[Mm]e|[Yy]ou|[Yy]our)\b/;

/**
 * `“Since 2012 the group spent $43.5 billion on deals,” says Jane Doe.`: a quote lede, the quote
 * attributed to its speaker named in full. News style names a person in full on first reference
 * and by surname or a pronoun after (AP style): an article's quote paragraph leans on the speaker
 * named before (`“...,” he said.`, `“...,” Doe said.`), a brief's names its own. Bounded,
 * anchored: one quantifier over what is not a closing quote, linear.
 */
const QUOTE_LEDE =
  /^[“"][^”"]{10,300}[”"]\s{0,2}(?:says|said|writes|wrote|tweets|tweeted|adds|added)\s\p{Lu}\p{Ll}+\s\p{Lu}\p{L}/u;

/** A paragraph a brief could be: running Latin text closed by a sentence end, opening on its subject. */
function standsAlone(text: string, f: LineFeatures): boolean {
  if (f.cjk > 0.05 || f.chars < 60 || f.words < 10 || !f.sentenceEnd) return false;
  if (QUOTE_LEDE.test(text)) return !PERSONAL.test(unquoted(text));
  const c = text.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  const first = /^[A-Za-z]+/.exec(text)![0];
  return !TIE_WORDS.has(first) && !TIE_PHRASE.test(text) && !PERSONAL.test(unquoted(text));
}

/** Quoted speech (`“...”`, `"..."`) set aside: there `I` and `you` are the speaker's, not the writer's. */
const QUOTED = /“[^”]{0,400}”|"[^"]{0,400}"/g;

/**
 * The text outside quotation marks. A brief reports what someone said (`Philipp Berner comments:
 * “You could think ...”`, a tech digest's items, dev 818; `“We will ...,” the minister said`, wire
 * briefs): the speaker's `I` and `you` are no sign of an essay's voice. Bounded quotes: linear.
 */
function unquoted(text: string): string {
  return text.includes('"') || text.includes('“') ? text.replace(QUOTED, ' ') : text;
}

/** Words that open sentences whatever the story: no names. */
const OPENERS = new Set('The For With From After Before Over Under According Excluding Shares'.split(' '));

/**
 * The names a paragraph opens with (capitalised words among its first four): a brief names its
 * own subject first, an article's paragraphs open on the subject named before (`Motorola posted
 * ...` / `Shares of Motorola rose ...` / `Motorola, which moved ...`). An institution's name of
 * the form `X of Y` is one name (`Department of Agriculture`, `Bank of Industry`): its generic
 * head (`Department`, `Bank`) names no subject alone, so two departments are two subjects (the
 * naming convention of institutions in English; a business column's briefs on two government
 * departments, dev 809).
 */
function openingNames(text: string): string[] {
  const out: string[] = [];
  const words = text.split(' ', 4);
  // After a name, `of` joins the next capitalised word to it.
  let joining = false;
  for (const word of words) {
    if (word === 'of' && out.length > 0 && !joining) {
      joining = true;
      continue;
    }
    const w = word.replace(/[^\p{L}'’-]+/gu, '').replace(/['’]s$/u, '');
    const name = w.length >= 3 && /^\p{Lu}/u.test(w) && !TIE_WORDS.has(w) && !OPENERS.has(w);
    if (name && joining) out[out.length - 1] += ` of ${w}`;
    else if (name) out.push(w);
    joining = false;
  }
  return out;
}

/** A paragraph an article would have: running text, whatever it opens with. */
function running(f: LineFeatures): boolean {
  return f.chars >= 60 && f.words >= 10 && f.sentenceEnd;
}

/**
 * The paragraphs of the page's run of headless briefs, by index, or an empty map: every running
 * paragraph of the page stands alone and they sit in one run of three or more (the page's last
 * line may be a brief it cut off).
 */
export function headlessBriefs(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
  notes: ReadonlySet<number> = new Set(),
): Map<number, HeadlessBrief> {
  const out = new Map<number, HeadlessBrief>();
  let end = -1;
  // The last brief of the run (`end` may be a line of its own: its translation, its next paragraph).
  let last = -1;
  // Lines that may stand between two briefs: a date alone on its line (see below).
  const dates = new Set<number>();
  // Section labels between briefs (see below).
  const labels = new Set<number>();
  for (let k = 0; k < lines.length; k++) {
    const f = feats[k]!;
    if (f.chars === 0) continue;
    // Bilingual pages set each brief with its translation on the next line (`The leaders of North
    // Korea ...` / `남북한 정상이 ...`: Korean blogs translating world-news summaries, dev 359; a
    // Hong Kong school's daily news page, dated `04/06/15` over each, dev 437): the translation is
    // the brief's second paragraph, and a date alone on its line over a brief is its date, not
    // an article's subheading.
    const prev = end >= 0 ? out.get(end)! : undefined;
    if (
      prev &&
      prev.translation === undefined &&
      f.cjk >= 0.5 &&
      translationPair(feats[end]!, f) &&
      nextAfter(feats, end) === k
    ) {
      prev.translation = k;
      end = k;
      continue;
    }
    if (f.chars <= 30 && (NUMERIC_DATE.test(lines[k]!.text) || dateLine(lines[k]!.text) !== undefined)) {
      dates.add(k);
      continue;
    }
    // `The Big Stories`, `Top News`: a digest's section label between its briefs (a tech
    // newsletter's, dev 818; a business roundup's `Markets` / `Companies`): two to four words, no
    // closing stop, standing between two briefs. Only a run whose every paragraph stands alone
    // takes it as a label; an article's subheading stands over paragraphs that lean on each other.
    // A label is set off by blank lines, as headings are: lines packed between paragraphs are
    // the item's own furniture (a byline, a view count: dev 394).
    if (end >= 0 && f.words <= 4 && !f.sentenceEnd && f.chars <= 32 && setOff(lines, k)) {
      labels.add(k);
      // `(La Prensa)` under a bulleted brief: a name in parentheses closes wire copy as its
      // credit (`... week. (AP)`, see `creditedBullets`), here alone on the line after the text.
      const open = last >= 0 ? out.get(last)! : undefined;
      if (open?.from !== undefined && open.credit === undefined && PAREN_NAME.test(lines[k]!.text))
        open.credit = k;
      continue;
    }
    if (!running(f)) continue;
    const from = bulletAt(lines[k]!.text, lines[k]);
    // In a bulleted list the bullet opens the item: a paragraph without one, under a bulleted
    // brief, is that brief's own (its translation, its second paragraph), not a brief of its own.
    const open = last >= 0 ? out.get(last)! : undefined;
    if (from === 0 && open?.from !== undefined && between(feats, end, k, dates, labels)) {
      open.more ??= [];
      open.more.push(k);
      end = k;
      continue;
    }
    // A list repeats its bullet: bulleted and unbulleted briefs in one run are no list.
    if (open && from > 0 !== (open.from !== undefined)) return new Map();
    if (!standsAlone(from === 0 ? lines[k]!.text : lines[k]!.text.slice(from), f)) return new Map();
    // Nothing between the paragraphs of the run (a blank line is no line here): a line of
    // another kind between them (a subheading, a byline) makes the text an article's.
    if (end >= 0 && !between(feats, end, k, dates, labels)) return new Map();
    end = k;
    last = k;
    // `RAWALPINDI, INDIA — Security agents ...`: a brief that opens with its dateline is titled
    // after it, the dateline its credit or furniture, as in a run of datelined stories (wire
    // convention: the dateline heads the copy, it is no part of the story's first sentence).
    const story = from === 0 ? datelined(lines[k]!.text, f, false) : undefined;
    out.set(k, {
      titleEnd: firstSentenceEnd(lines[k]!.text, from),
      ...(from > 0 ? { from } : {}),
      ...(story ? { story } : {}),
    });
  }
  // A bulleted list counts the brief the page cut off under its last bullet (`• Mark Zuckerberg
  // obtendrá ...`, dev 780): the bullet opened an item, whatever the excerpt kept of it.
  const bulleted = out.get(last)?.from !== undefined;
  const cut = cutBrief(lines, feats, end, bulleted ? labels : undefined);
  if (out.size + (bulleted && cut >= 0 ? 1 : 0) < 3) return new Map();
  // Translated briefs are all translated, or the CJK lines are an article's, not the briefs'.
  let translated = 0;
  for (const b of out.values()) if (b.translation !== undefined) translated++;
  if (translated > 0 && translated < out.size - 1) return new Map();
  // Pairs under an article's headline (in either script, or both) are that article's text,
  // paragraph by paragraph (see `articleHeadlineAbove`): read over the lines above the first
  // brief, the dates and a glossary's study notes (`notes`, see `studyNotes`) aside.
  if (translated > 0) {
    const first = out.keys().next().value!;
    const above: number[] = [];
    for (let j = 0; j < first; j++) if (feats[j]!.chars > 0 && !dates.has(j) && !notes.has(j)) above.push(j);
    const pick = [...above.slice(-2), first];
    if (
      articleHeadlineAbove(
        pick.map((j) => lines[j]!),
        pick.map((j) => feats[j]!),
        pick.length - 1,
      )
    )
      return new Map();
  }
  // Few of them open on a name an earlier one opened on (a quarter at most): each brief is about
  // a subject of its own.
  const seen = new Set<string>();
  const texts = new Set<string>();
  let again = 0;
  for (const k of out.keys()) {
    // A paragraph printed again word for word (a feed that lists an item twice, dev 804's
    // section page) is the same brief again, not a paragraph leaning on the one before.
    if (texts.has(lines[k]!.text)) continue;
    texts.add(lines[k]!.text);
    const names = openingNames(lines[k]!.text);
    if (names.some((w) => seen.has(w))) again++;
    for (const w of names) seen.add(w);
  }
  if (again * 4 > out.size - 1) return new Map();
  if (cut >= 0) {
    const from = bulletAt(lines[cut]!.text, lines[cut]);
    const t = lines[cut]!.text;
    // Its first sentence, when the cut left one whole (a bulleted brief: the run is a list).
    out.set(cut, from > 0 ? { titleEnd: firstSentenceEnd(t, from), from } : { titleEnd: t.length });
  }
  return out;
}

/**
 * `U.S. Secretary of State ... warns ...` / `美国国务卿莱丝警告 ...` / `Nepalese politician says ...` /
 * `尼泊尔的政治人物说 ...`: a bulletin's headlines read out one sentence each, every one followed
 * by its translation, closing a news-English lesson under its title and the teacher's
 * introduction (a Chinese lesson on an NTD bulletin, dev 703). The pairs are the kind
 * `headlessBriefs` reads over a whole page (Korean and Japanese blogs translating the day's
 * briefs, dev 359, 371): each English paragraph a story of its own. Here a preamble stands above
 * them, so the page comes to one long uncited text and `headlessBriefs` finds paragraphs that
 * do not stand alone. Read from the page's end instead: three pairs or more running to it, each
 * English line one sentence standing alone (by the same cohesion tests), no article's headline
 * right above the run (an article translated paragraph by paragraph sits under one, see
 * `articleHeadlineAbove`). The lesson's title and introduction above are read as before.
 */
export function translatedTail(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
  notes: ReadonlySet<number> = new Set(),
): Map<number, HeadlessBrief> {
  const out = new Map<number, HeadlessBrief>();
  let k = lines.length - 1;
  while (k >= 0 && feats[k]!.chars === 0) k--;
  const starts: number[] = [];
  while (k >= 1) {
    let j = k - 1;
    while (j >= 0 && feats[j]!.chars === 0) j--;
    if (j < 0) break;
    const text = lines[j]!.text;
    if (
      !(feats[k]!.cjk >= 0.5 && translationPair(feats[j]!, feats[k]!)) ||
      !standsAlone(text, feats[j]!) ||
      firstSentenceEnd(text) < text.length
    )
      break;
    starts.push(j);
    k = j - 1;
    while (k >= 0 && feats[k]!.chars === 0) k--;
  }
  if (starts.length < 3) return out;
  starts.reverse();
  // The two lines above the run, blank lines and a glossary's study notes aside, as
  // `headlessBriefs` reads them.
  const pick: number[] = [];
  for (let j = starts[0]! - 1; j >= 0 && pick.length < 2; j--)
    if (feats[j]!.chars > 0 && !notes.has(j)) pick.unshift(j);
  pick.push(starts[0]!);
  if (
    articleHeadlineAbove(
      pick.map((j) => lines[j]!),
      pick.map((j) => feats[j]!),
      pick.length - 1,
    )
  )
    return out;
  const seen = new Set<string>();
  let again = 0;
  for (const j of starts) {
    const names = openingNames(lines[j]!.text);
    if (names.some((w) => seen.has(w))) again++;
    for (const w of names) seen.add(w);
  }
  if (again * 4 > starts.length - 1) return out;
  for (const j of starts) out.set(j, { titleEnd: lines[j]!.text.length, translation: nextAfter(feats, j) });
  return out;
}

/**
 * Where a paragraph's text starts after a list bullet (`• `, `- `, `▪ `), or 0. A bullet marks a
 * list item, not an article's paragraph (the typographic convention: an article runs its text
 * on, a list sets its entries apart): bulleted round-ups of the day's news set each brief so (a
 * bilingual Argentine weekly's `• Después de ...`, dev 780; a French press review's `- En
 * Europe centrale ...`, dev 822). The bullet is the list's, not the brief's: the brief is read
 * after it, by the same cohesion test.
 */
function bulletAt(text: string, line?: SourceLine): number {
  // A bulleted line packed under the one above is a line of a list (headlines, one-liners: the
  // list readers' part); a bulleted paragraph is set off by a blank line, as paragraphs are.
  if (!mayOpenBullet(text) || line?.blankBefore !== true) return 0;
  return BULLET_MARK.exec(text)?.[0].length ?? 0;
}

/**
 * The page's last line when the page cut inside the next brief: its opening words right after
 * the run (after the labels between briefs too, when given), or -1.
 */
function cutBrief(
  lines: readonly SourceLine[],
  feats: readonly LineFeatures[],
  end: number,
  labels: ReadonlySet<number> | undefined,
): number {
  let next = end + 1;
  while (next < lines.length && (feats[next]!.chars === 0 || labels?.has(next))) next++;
  if (next !== lines.length - 1) return -1;
  const t = lines[next]!.text;
  const from = labels === undefined ? 0 : bulletAt(t, lines[next]);
  // Its opening words: a capital, or a quote opening on one (a quote lede, see `QUOTE_LEDE`).
  const q = t.charCodeAt(from) === 0x201c || t.charCodeAt(from) === 34 ? 1 : 0;
  const c = t.charCodeAt(from + q);
  return c >= 65 && c <= 90 && feats[next]!.words >= 3 && !feats[next]!.sentenceEnd ? next : -1;
}

/** Nothing but blank lines, dates and labels between lines `end` and `k`. */
function between(
  feats: readonly LineFeatures[],
  end: number,
  k: number,
  dates: ReadonlySet<number>,
  labels: ReadonlySet<number>,
): boolean {
  for (let j = end + 1; j < k; j++) if (feats[j]!.chars > 0 && !dates.has(j) && !labels.has(j)) return false;
  return true;
}

/** A line with a blank line above it and below it (or the page's end). */
function setOff(lines: readonly SourceLine[], k: number): boolean {
  return lines[k]!.blankBefore === true && (k + 1 >= lines.length || lines[k + 1]!.blankBefore === true);
}

/** A name alone in parentheses: `(La Prensa)`, `(El País)`. */
const PAREN_NAME = /^\(\p{Lu}[\p{L}.&'’ -]{1,30}\)$/u;

/** A date in figures alone on its line: `04/06/15`, `2015.06.04`. */
const NUMERIC_DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$/;

/** The first line after `k` with text on it. */
function nextAfter(feats: readonly LineFeatures[], k: number): number {
  let j = k + 1;
  while (j < feats.length && feats[j]!.chars === 0) j++;
  return j;
}
