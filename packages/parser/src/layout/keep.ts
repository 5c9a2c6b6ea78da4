import type { ExplainedLine, ParsedPage, ParseIssue, UnparsedText } from '../types.js';
import { lenticularHeading, lineFeatures, sentenceEnds } from './features.js';
import { isChromeLine } from './chrome.js';
import { signedWithInitials } from './sign-offs.js';
import { cutHeadlineStub } from './page-end.js';
import { headlineShape, runningText, translationPair } from './rules.js';
import { CJK_CHAR } from './translated-pairs.js';
import { opensWithWireCredit } from './wire-leads.js';
import { droppedTexts, pageHead } from './page-heads.js';

/*
 * Which drafts are briefings. A briefing is a short summary with a citation, or, on pages that
 * cite nothing, a headline over running text. Two kinds of draft are not:
 * - a headline-shaped line with no running text under it and no citation (a navigation block,
 *   a masthead, a list of section names): page furniture;
 * - one long uncited text as the only "item" of the page: an article or a blog post, not a
 *   listing of briefings (boilerpipe's "full text" class, not a headline list).
 */

export interface KeptDraft {
  title: string;
  line: number;
  /** The index of its title line. */
  at: number;
  body: string[];
  bodyLines: number[];
  by?: string;
  sources: unknown[];
  incomplete: boolean;
  explainFrom: number;
  /** A one-sentence brief (see `Draft.brief`): kept without a citation. */
  brief?: boolean;
}

const ARTICLE_PARAGRAPHS = 6;

/** Why a page's one long uncited text is set aside (a page of headless briefs is read again: see `parseStructure`). */
export const ARTICLE_REASON =
  'one long text with no citation is the only item: an article, not a listing of briefings';

/** A web address alone on its line, maybe after a short label: `原文地址:http://...`, `URL: https://...`. */
const ADDRESS_LINE = /^(?:[^\s:：]{1,16}\s?[:：]\s*)?https?:\/\/\S+(?:\s*\|)?$/u;

/** `in your inbox`, `to your email inbox`: where a newsletter promises to deliver. */
const INBOX = /\b(?:in|to|into) your (?:e-?mail )?inbox\b/i;
const SIGN_UP = /\b(?:subscribe|unsubscribe|sign[ -]?up|newsletters?|delivered)\b/i;

/**
 * A newsletter's sign-up block read as an item: a heading or first line promising the news `in
 * your inbox`, with the words of a subscription (`delivered`, `Sign up`, `Unsubscribe anytime`)
 * and at most three short lines under it. A public broadcaster's section page (`News in your
 * inbox` / `Get the latest ... delivered to your email inbox`, dev 280) and a local digest's
 * footer (`A warm Sunday-morning roundup of Tucson, in your inbox.`, dev 059) set one between
 * or after their items, with the outlet's social links, never a citation, under it.
 */
function newsletterPitch(d: KeptDraft): boolean {
  if (d.body.length > 3 || !(d.title.includes('inbox') || d.body[0]?.includes('inbox'))) return false;
  if (!INBOX.test(d.title) && !INBOX.test(d.body[0] ?? '')) return false;
  return SIGN_UP.test(d.title) || d.body.some((p) => SIGN_UP.test(p));
}

/**
 * `🇭🇰 香港`, `Business`, `World News`: a section name, not a headline. Headlines are telegraphic
 * sentences (a subject and a verb: three words or more in English, six characters or more in
 * Chinese, by the AP and Xinhua style guides alike); one or two words are a label.
 */
function sectionName(title: string): boolean {
  const letters = title.replace(/[^\p{L}\p{N}\s]/gu, '').trim();
  if (letters.length === 0) return true;
  const cjk = letters.match(CJK_LETTER)?.length ?? 0;
  if (cjk * 2 >= letters.replace(/\s/g, '').length) return cjk < 6;
  return letters.split(/\s+/).length <= 2 && letters.length <= 24;
}

/**
 * A news story set for study, translated paragraph by paragraph: most of its paragraphs are in
 * pairs, one in Latin script and the next its CJK translation. Korean and Chinese news-English
 * lesson pages set the day's story so under its headline and the headline's translation (a
 * Tistory blog translating a Korea Herald story, dev 531; a Korean reading lesson's `HeadLine
 * News`, dev 567). A lesson retells one news story, a briefing of its own, where an article or
 * a blog post in one language is the page's own text. Asked (`keepTranslated`) only once the
 * page has been read for headless briefs (see `parseStructure`).
 */
export function translatedStory(body: readonly string[]): boolean {
  const feats = body.map((p) => lineFeatures({ text: p, line: 0, blankBefore: true }));
  let paired = 0;
  for (let k = 0; k + 1 < feats.length; k++)
    if (runningText(feats[k]!) && translationPair(feats[k]!, feats[k + 1]!)) {
      paired += 2;
      k++;
    }
  return paired >= 4 && paired * 4 >= body.length * 3;
}

/** Latin words of two letters or more, and CJK letters, in a title. */
const LATIN_WORD = /[A-Za-z]{2,}/g;
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const ANY_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Three words or more in Latin script in a row: an English headline or phrase, not a name (`LG`, `TV`). */
const LATIN_PHRASE = /[A-Za-z][\w'’-]*(?:[ ,:]+[A-Za-z0-9][\w'’-]*){2,}/;

/** A title in two scripts: a headline with its translation, or a CJK label over an English headline. */
export function bilingualTitle(title: string): boolean {
  return LATIN_PHRASE.test(title) && (title.match(CJK_LETTER)?.length ?? 0) >= 4;
}

/**
 * An item in two languages: titled with its translation, or an English headline over an English
 * paragraph and that paragraph's CJK translation (a Japanese study blog's story, dev 254; the
 * same text under a translated title on the Chinese and Japanese pages above).
 */
function inTwoLanguages(d: KeptDraft): boolean {
  if (bilingualTitle(d.title)) return true;
  if (!LATIN_PHRASE.test(d.title) || ANY_CJK.test(d.title)) return false;
  // Both readings below want a paragraph mostly in CJK letters: one look for any spares most
  // items (one language) the features of every paragraph.
  if (!d.body.some((p) => CJK_CHAR.test(p))) return false;
  if (sentenceEnds(d.title)) return headlessTranslated(d);
  const feats = d.body.map((p) => lineFeatures({ text: p, line: 0, blankBefore: true }));
  for (let k = 0; k + 1 < feats.length; k++)
    if (feats[k]!.cjk <= 0.1 && runningText(feats[k]!) && feats[k + 1]!.cjk >= 0.5) return true;
  return false;
}

/**
 * `1. Korea's industrial output fell ... uncertainties.` / `통계청이 발표한 자료에 따르면 ...`: a
 * headless English item, titled by its sentence, whose text opens with that sentence's CJK
 * translation: in two languages too (a Korean radio-English blog's numbered headlines, dev 652;
 * the headless pairs of Chinese listening sites alike).
 */
function headlessTranslated(d: KeptDraft): boolean {
  const title = lineFeatures({ text: d.title, line: 0, blankBefore: true });
  const first = d.body[0];
  if (first === undefined || !runningText(title) || title.cjk > 0.1) return false;
  return lineFeatures({ text: first, line: 0, blankBefore: true }).cjk >= 0.5;
}

/**
 * At most three short paragraphs: a tagline, a notice, a greeting, the post's own title line and
 * its phrase of the day (a Korean radio-English blog, dev 652), not a story's text.
 */
function shortBlurb(body: readonly string[]): boolean {
  return body.length <= 3 && body.every((p) => p.length <= 160);
}

/** A draft the page's own header may be made of: no credit, a title of fewer than three English words, a short blurb. */
function headerDraft(d: KeptDraft, listed: ReadonlySet<number>): boolean {
  // An English headline (three words or more) over a summary is a story, however short.
  const latinWords = d.title.match(LATIN_WORD)?.length ?? 0;
  return !(d.sources.length > 0 || d.brief || listed.has(d.at) || latinWords >= 3 || !shortBlurb(d.body));
}

function dropHeaderAboveBilingual(
  drafts: readonly KeptDraft[],
  dropped: Set<number>,
  listed: ReadonlySet<number>,
  drop: (k: number) => void,
): boolean {
  const kept = drafts.map((_, k) => k).filter((k) => !dropped.has(k));
  // The first item in two languages, with only the header's drafts above it: a draft that is
  // neither ends the look (on a page in one language, its first headline).
  let at = -1;
  for (let n = 0; n < kept.length; n++) {
    if (inTwoLanguages(drafts[kept[n]!]!)) {
      at = n;
      break;
    }
    if (!headerDraft(drafts[kept[n]!]!, listed)) return false;
  }
  if (at <= 0) return false;
  const items = kept.slice(at);
  // Every item from there on is titled in two languages; only the last may not be (a cut
  // headline, a signature).
  if (items.slice(0, -1).some((k) => !inTwoLanguages(drafts[k]!))) return false;
  const bilingual = items.filter((k) => inTwoLanguages(drafts[k]!)).length;
  const head = kept.slice(0, at);
  if (bilingual < head.length) return false;
  for (const k of head) {
    dropped.add(k);
    drop(k);
  }
  // One item left under the page's own header is a story set for study, not the page's article
  // (see `keepBriefings`): it is titled in two languages under the site's name.
  return true;
}

export function keepBriefings<D extends KeptDraft>(
  drafts: D[],
  page: ParsedPage,
  unparsed: UnparsedText[],
  issues: ParseIssue[],
  explained: ExplainedLine[] | undefined,
  listed: ReadonlySet<number> = new Set(),
  teasers: ReadonlySet<number> = new Set(),
  keepTranslated = false,
  again?: ReadonlySet<number>,
): D[] {
  const relabel = (index: number, cls: ExplainedLine['class'], reason: string) => {
    if (!explained) return;
    const end = index + 1 < drafts.length ? drafts[index + 1]!.explainFrom : explained.length;
    for (let k = drafts[index]!.explainFrom; k < end; k++) {
      const e = explained[k]!;
      if (e.class === 'title' || e.class === 'body' || e.class === 'byline' || e.class === 'fragment') {
        e.class = cls;
        e.reason = reason;
      }
    }
  };
  const texts = droppedTexts;
  const dropped = new Set<number>();

  drafts.forEach((d, index) => {
    if (newsletterPitch(d)) {
      dropped.add(index);
      page.chrome.push(...texts(d));
      relabel(
        index,
        'chrome',
        "a newsletter's sign-up block (its news delivered to your inbox), not a briefing",
      );
      return;
    }
    if (d.sources.length > 0 || d.brief) return;
    const hasText = d.body.some(
      (p) => runningText(lineFeatures({ text: p, line: 0, blankBefore: true })) || signedWithInitials(p),
    );
    // A sentence cut off by the page end counts as running text. So does a teaser however it
    // ends, when a wire dateline opens it (`NAIROBI, Kenya, Mar 8 - ...`: a dateline opens only a
    // story's text) or when the page cut it at its fixed length (line numbers, `fixedCutTeasers`).
    const cutText = d.incomplete && (d.body.at(-1)?.split(/\s+/).length ?? 0) >= 6;
    const story =
      (d.body[0] !== undefined && opensWithWireCredit(d.body[0])) || d.bodyLines.some((n) => teasers.has(n));
    if (hasText || cutText || story) return;
    // A headline cut off by the page end, with little or nothing under it yet, is still a briefing.
    const title = lineFeatures({ text: d.title, line: 0, blankBefore: true });
    // An address (`原文地址:http://...`, `Source URL: https://...`) is no headline, cut or not.
    if (d.incomplete && headlineShape(title, d.title) && !ADDRESS_LINE.test(d.title)) return;
    // So are its first letters alone (`AS`, `‘Incredib`) after the items of a listing: the page
    // end cut the next headline (see `cutHeadlineStub`).
    if (
      d.incomplete &&
      d.body.length === 0 &&
      index === drafts.length - 1 &&
      index >= 2 &&
      cutHeadlineStub(title, d.title) &&
      !isChromeLine(d.title)
    )
      return;
    // So is the start of one more item of a list of credited headlines with no text (a press
    // review: three items or more above, each a headline over nothing, credited), cut off by
    // the page end right under the last of them: the list's next line, whatever its length.
    if (
      d.incomplete &&
      d.body.length === 0 &&
      index === drafts.length - 1 &&
      index >= 3 &&
      d.at === drafts[index - 1]!.at + 1 &&
      drafts.slice(index - 3, index).every((x) => x.body.length === 0 && x.sources.length > 0) &&
      !title.sentenceEnd &&
      !isChromeLine(d.title)
    )
      return;
    // A headline the page marks as one (【...】) is an item, whatever the punctuation of the lines
    // under it: bilingual blogs set a translation and notes under it without full stops, or
    // nothing at all.
    if (lenticularHeading(d.title.slice(0, d.title.indexOf('】') + 1))) return;
    // So is an item of the page's numbered list (1, 2, 3... on lines of their own, see
    // `numberedItems`): the author counted it as an item; menus and section lists go unnumbered.
    // Headline lessons and top-ten lists set headlines with nothing under them this way; so do
    // bilingual headline lists, each headline with its translation (`pairedHeadlines`), and
    // archives of a digest's issues, each under its edition heading (`editionSeries`).
    if (listed.has(d.at)) return;
    dropped.add(index);
    page.chrome.push(...texts(d));
    relabel(index, 'chrome', 'no running text under it and no citation: page furniture, not a briefing');
  });

  // The page's own title over its standfirst, read as a first item: a digest names itself
  // ("Tucson Daily Brief", "Taiwan News Morning Briefing – December 29", "Five Things You Need
  // to Know to Start Your Day", "Welcome to The Wire's daily news roundup"), as newsletters and
  // briefing pages of many outlets head their issue. With more items after it and no citation, it
  // is the page's header. So is a title over a standfirst announcing the list (see `pageHead`).
  const first = drafts.findIndex((_, k) => !dropped.has(k));
  if (
    first >= 0 &&
    drafts.length - dropped.size >= 3 &&
    (drafts[first]!.sources.length === 0 || again?.has(drafts[first]!.at)) &&
    !listed.has(drafts[first]!.at) &&
    pageHead(drafts[first]!, again)
  ) {
    dropped.add(first);
    page.chrome.push(...texts(drafts[first]!));
    relabel(
      first,
      'chrome',
      "the page's own title (it names a digest, its standfirst the list, or it repeats the page's first line) over its standfirst, not a briefing",
    );
  }

  // The article's own headline over its standfirst, above the items it numbers (`QBiz: ...` /
  // `Catch all the top business headlines of the day here.` / `1. ...`): a roundup article heads
  // its numbered list so, as listicles and "top stories" pages do. Unnumbered, uncited, with at
  // most one short paragraph, above two or more numbered items: the page's header.
  const lead = drafts.findIndex((_, k) => !dropped.has(k));
  if (
    lead >= 0 &&
    !listed.has(drafts[lead]!.at) &&
    drafts[lead]!.sources.length === 0 &&
    drafts[lead]!.body.length <= 1 &&
    (drafts[lead]!.body[0]?.length ?? 0) <= 160 &&
    drafts.filter((d, k) => k > lead && !dropped.has(k) && listed.has(d.at)).length >= 2 &&
    drafts.every((d, k) => k <= lead || dropped.has(k) || listed.has(d.at))
  ) {
    dropped.add(lead);
    page.chrome.push(...texts(drafts[lead]!));
    relabel(
      lead,
      'chrome',
      "the article's own headline and standfirst over the items it numbers, not a briefing",
    );
  }

  // The post's own title and byline over its items: a blog post that lists the day's news puts
  // its title, then its author and date (`by Jane 2025. 4. 13.`), then the items, which carry
  // no byline of their own. With two or more items after it, the first is the post's header.
  const head = drafts.findIndex((_, k) => !dropped.has(k));
  if (
    head >= 0 &&
    drafts[head]!.by !== undefined &&
    drafts[head]!.sources.length === 0 &&
    !listed.has(drafts[head]!.at) &&
    drafts.length - dropped.size >= 3 &&
    drafts.every((d, k) => k === head || dropped.has(k) || d.by === undefined)
  ) {
    dropped.add(head);
    page.chrome.push(...texts(drafts[head]!));
    relabel(head, 'chrome', "the post's own title and byline over its items, not a briefing");
  }

  // The page's own header over items titled in two languages: a study site's or a podcast's
  // name and tagline (`英語学習奮闘記` / `7歳児と4歳児...`, `CD Voice` / `Your fast way to all
  // things China.`), an episode's title over its subscription notice, the blogger's greeting
  // above the evening's headlines. Where every item of the page is in two languages, titled with
  // its translation (a Chinese bilingual-news site, a Japanese study blog, a Chinese podcast
  // channel: corpus dev 025, 138, 197, 403, 529) or an English paragraph followed by its
  // translation (a Japanese study blog: dev 254), a
  // draft above the first of them with a title in one language and at most a short paragraph or
  // two is the page's furniture, not a briefing.
  const studyPage = dropHeaderAboveBilingual(drafts, dropped, listed, (k) => {
    page.chrome.push(...texts(drafts[k]!));
    relabel(k, 'chrome', "the page's own header above items in two languages, not a briefing");
  });

  const left = drafts.map((_, k) => k).filter((k) => !dropped.has(k));
  // A heading cut off by the page end with nothing under it yet (the next section of an article
  // the excerpt stops in) does not make the page a listing.
  const last = left.at(-1);
  const tail =
    last !== undefined &&
    drafts[last]!.incomplete &&
    drafts[last]!.body.length === 0 &&
    drafts[last]!.sources.length === 0
      ? [last]
      : [];
  if (left.length - tail.length === 1) {
    const index = left[0]!;
    const d = drafts[index]!;
    const long =
      d.body.length >= ARTICLE_PARAGRAPHS && !(keepTranslated && translatedStory(d.body)) && !studyPage;
    if (d.sources.length === 0 && (long || sectionName(d.title))) {
      const reason = long
        ? ARTICLE_REASON
        : 'a section name over its blurb is the only item: a section page, not a listing of briefings';
      for (const k of [index, ...tail]) {
        const a = drafts[k]!;
        dropped.add(k);
        unparsed.push({ text: a.title, line: a.line, reason });
        a.body.forEach((p, n) => {
          unparsed.push({ text: p, line: a.bodyLines[n] ?? a.line, reason });
        });
        if (a.by !== undefined) unparsed.push({ text: a.by, line: a.line, reason });
        relabel(k, 'unparsed', reason);
      }
      unparsed.sort((a, b) => a.line - b.line);
    }
  }
  if (dropped.size === 0) return drafts;

  // Issues name items by index: drop those of removed drafts, renumber the rest.
  const newIndex = new Map<number, number>();
  for (const k of left) if (!dropped.has(k)) newIndex.set(k, newIndex.size);
  for (let n = issues.length - 1; n >= 0; n--) {
    const item = issues[n]!.item;
    if (item === undefined) continue;
    const to = newIndex.get(item);
    if (to === undefined) issues.splice(n, 1);
    else issues[n]!.item = to;
  }
  return drafts.filter((_, k) => !dropped.has(k));
}
