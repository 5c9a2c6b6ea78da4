import { isRuleLine } from './chrome.js';
import { firstSentenceEnd } from './dateline-runs.js';
import { teaserEnds } from './features.js';
import { openHeadless } from './list-items.js';
import { titleFirstSentence } from './numbered.js';
import { cutNextCard } from './page-end.js';
import type { PageState } from './page-state.js';
import { readDateLine } from './date-lines.js';
import { isByline, runningText } from './rules.js';
import { chainsOf } from './tag-lines.js';

/**
 * Line `i`, under the open card's finished paragraph: the next card's headline cut off by the
 * page end (`cutNextCard`), or a short line (a date, a reading time) above it as each card above
 * has, with only such lines between. Asked of the page's last four lines only.
 */
export function nextCardCut(s: PageState, i: number): 'headline' | 'chained' | 'furniture' | undefined {
  const { lines, read } = s;
  const last = lines.length - 1;
  // Under one of the category chains the page prints over each headline (see `tagChains`,
  // which reads the one over the page's last line so): that headline, cut inside a word or not.
  if (i === last && i > 0 && chainsOf(read).has(i - 1)) return 'chained';
  if (i < last - 3 || !cutNextCard(lines, read.feats, last)) return undefined;
  if (i === last) return 'headline';
  for (let k = i; k < last; k++) if (read.running(k) || read.feats[k]!.words > 8) return undefined;
  return 'furniture';
}

/**
 * `Read More »` / `Take this year-end quiz to see if ...`: a paragraph right under the card
 * above's "read more" link, with no headline over it (the page's copy lost the card's headline).
 * The link closes a card (see `teaserEnds`), so the text under it is the next card's. Where the
 * page prints that link under every card (its template: three times or more, see
 * `LineReader.templated`), the paragraph opens that card, titled by its first sentence (a
 * Malaysian blog's category page, the link alone under each teaser, dev 710; a Bangladeshi
 * bank's news cards, the link glued to the next card, dev 716). Returns the next line to read,
 * or undefined when line `i` is no such paragraph.
 */
export function readCardAfterLink(s: PageState, i: number): number | undefined {
  const { lines, read, b } = s;
  if (
    i === 0 ||
    !b.draft ||
    // The card above has its text (or is all text: a card whose headline and text came out on one line).
    !(b.draft.body.length > 0 || runningText(read.feats[b.draft.at]!)) ||
    !runningText(read.feats[i]!) ||
    !read.templated(i - 1) ||
    !teaserEnds(lines[i - 1]!.text)
  )
    return undefined;
  // The card above, all text on one line, is headless too.
  if (b.draft.body.length === 0) titleFirstSentence(b.draft, lines[b.draft.at]!);
  const t = lines[i]!.text;
  const why = 'a paragraph under the "read more" link closing the card above: the next card, headless';
  openHeadless(b, i, why, t, firstSentenceEnd(t));
  return i + 1;
}

/**
 * `-----------------` / `S. Korean banks' household loans rebound in Feb.` / its text: a rule
 * drawn with punctuation that the page sets between its items (a thematic break, as `<hr>` and
 * Markdown's `---` are; wire services' plain-text summaries draw it with dashes, dev 689), three
 * times or more (`LineReader.templated`). The line after it opens the next item whatever its
 * shape (a headline closed by an abbreviation's full stop, one tagged `(LEAD)`), when it is short
 * and running text follows it. Returns the next line to read, or undefined.
 */
export function readAfterRule(s: PageState, i: number): number | undefined {
  const { lines, read, b } = s;
  if (i === 0 || !b.draft || b.draft.body.length === 0 || !read.templated(i - 1)) return undefined;
  const f = read.feats[i]!;
  if (f.words < 2 || f.words > 20 || f.chars > 160 || f.lowerStart || read.templated(i)) return undefined;
  if (!isRuleLine(lines[i - 1]!.text)) return undefined;
  if (i + 1 >= lines.length || !read.running(i + 1)) return undefined;
  b.close(false);
  return b.open(i, 'a new headline: the line after the rule the page draws between its items');
}

/**
 * `Fight monopoly in the food sector` / teaser / `By Jane Doe` / `Oct. 28, 2022` /
 * `Tungwarara bags lucrative govt contract… Prevail gets exclusive rights` / `Local News` /
 * `Jan. 9, 2026`: a card printed with no teaser, its headline right over the meta rows (a
 * category label, a byline, a date) that close every card of the page. The item above is
 * finished: its date closed it (the line above is that date), so the line is no more of its
 * text; and nothing but meta stands under it, ending in a date or byline of its own, so it has
 * no text of its own either: a headline over nothing. The convention of card grids: a card is
 * a headline, an optional excerpt (news CMS templates print it only when the story has one) and
 * the meta rows, so one page mixes cards with teasers and cards without (a Zimbabwean weekly's
 * topic page, dev 759; the one dev page it changes). Asked only of a line with no closing stop
 * right under a date line; the look ahead stops after four rows.
 * Returns the next line to read, or undefined.
 */
export function readBareCard(s: PageState, i: number): number | undefined {
  const { lines, read, b } = s;
  const f = read.feats[i]!;
  if (
    i === 0 ||
    i + 1 >= lines.length ||
    !b.draft ||
    f.sentenceEnd ||
    f.words < 3 ||
    f.words > 25 ||
    !(b.draft.body.length > 0 || b.draft.brief) ||
    b.draft.published === undefined ||
    !read.between(i + 1) ||
    readDateLine(lines[i - 1]!.text) === undefined
  )
    return undefined;
  const j = read.past(i + 1);
  let dated = false;
  for (let k = i + 1; k < j && !dated; k++) {
    const t = lines[k]!.text;
    dated = isByline(t) || readDateLine(t) !== undefined;
  }
  if (!dated) return undefined;
  b.openBrief(
    i,
    'a new headline over only the meta rows (label, byline, date) that close each card: a card with no teaser',
  );
  return i + 1;
}

/**
 * `Image for Too soon` / `Too soon` / its text: a picture's alternative text, a word or three
 * before the headline it illustrates, right over that headline (blog and news themes fill a
 * post's thumbnail `alt` with its title, `Image for <title>`, `Featured image: <title>`), after
 * the open item's text. The copy is the picture, furniture; the line under it opens the next
 * item whatever its shape (a two-word headline has none). One comparison of two lines.
 */
export function readAltOverHeadline(s: PageState, i: number): number | undefined {
  const { lines, read, b } = s;
  const next = lines[i + 1]?.text;
  const t = lines[i]!.text;
  if (!b.draft || b.draft.body.length === 0 || next === undefined || next.length < 3) return undefined;
  const extra = t.length - next.length;
  if (extra < 4 || extra > 24 || !t.endsWith(next) || t.charCodeAt(extra - 1) !== 32) return undefined;
  const words = t.slice(0, extra).trim().split(/\s+/).length;
  if (words > 3 || read.running(i + 1)) return undefined;
  b.chrome(i, "a picture's alternative text: a few words before the headline under it");
  b.close(false);
  return b.open(i + 1, 'a new headline: the one the picture above names');
}

/** A headline with no headline's shape, told by what stands around it (see the two above). */
export function readUnshapedCard(s: PageState, i: number): number | undefined {
  return readBareCard(s, i) ?? readAltOverHeadline(s, i);
}
