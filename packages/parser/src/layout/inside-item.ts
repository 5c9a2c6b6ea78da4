import { readClosingCitation } from './closing-citations.js';
import { relatedBlock } from './between-items.js';
import { captionBetweenItems, captionPair } from './caption-pairs.js';
import { cutByEllipsis, labelHere } from './labels.js';
import { nextCardCut, readAfterRule, readCardAfterLink, readUnshapedCard } from './next-card.js';
import { repeatedSignOff } from './sign-off-lines.js';
import { chainsOf } from './tag-lines.js';
import { isDashCredit, looksLikeBareCitation } from '../citation.js';
import { collectCitations, isUrlLine, MAX_CITATION_LINE, outletDateLine } from './citation-block.js';
import { creditLine } from './credit-lines.js';
import { linkCredits, linkedTailCredit } from './credits.js';
import { storyLinkLine, storyLinkText } from './story-links.js';
import { readOpeningCredit } from './opening-credits.js';
import { readSlotLine } from './slot-lines.js';
import { cardsOfOne, owedAtEnd } from './page-end.js';
import { signedWithInitials } from './sign-offs.js';
import { MAX_TITLE } from './draft.js';
import { cutParagraph, unpunctuatedParagraph } from './cut-paragraphs.js';
import { readListedHeadline } from './list-items.js';
import { sentenceEnds, teaserEnds, titleFeatures } from './features.js';
import { copyrightCredit } from './copyright-credits.js';
import { readItemDates } from './item-dates.js';
import { titleFirstSentence } from './numbered.js';
import { rendering } from './renderings.js';
import { readBulletedLead } from './translated-pairs.js';
import { citationYear, type PageState, takePendingDate } from './page-state.js';
import { headlineLink, insideMarkedItem, metaCredit, outletUnderHeadline, titleLinks } from './records.js';
import { headlineShape, isPhotoCredit, runningText, translationPair } from './rules.js';

/*
 * A line read inside an open briefing: its citation block, a credit, a byline or date line, a
 * deck or translation of its title, the next headline, or a paragraph. Returns the index of the
 * next line to read.
 */

export function readInsideItem(s: PageState, i: number): number {
  const { lines, read, b, ctx, addText } = s;
  const { feats, blanks } = read;
  if (!b.draft) return i;
  const l = lines[i]!;
  const t = l.text;
  const next = lines[i + 1];
  // "NNNN": the teleprinter's end-of-message mark, which wire services and government press
  // offices still print under a story: the item ends here.
  if (t === 'NNNN') {
    b.chrome(i, 'the end-of-message mark of wire copy ("NNNN")');
    b.close(false);
    return i + 1;
  }
  // `7.` alone on its line: a list's marker with its item's text on the next line, or with none
  // (a learner's blog numbering its transcripts, dev 529): a marker holds no text of the item.
  if (t.length <= 4 && /^\d{1,3}[.)]$/.test(t)) {
    b.chrome(i, 'a list number alone on its line: no text of the item');
    return i + 1;
  }
  // A headline the page lists in one of its repeated shapes (see `readListedHeadline`).
  const listed = readListedHeadline(s, i);
  if (listed !== undefined) return listed;
  const ruled = readAfterRule(s, i);
  if (ruled !== undefined) return ruled;
  // The outlet named under the headline and the story's link alone after the text (newsletter
  // digests: "Headline" / "South China Morning Post" / text / "https://..."): one credit.
  const credited = b.draft.sources.length === 1 ? b.draft.sources[0]! : undefined;
  if (
    credited &&
    b.draft.body.length > 0 &&
    credited.line < (b.draft.bodyLines[0] ?? Number.POSITIVE_INFINITY) &&
    credited.parse.citation.url === undefined &&
    !credited.links?.length &&
    isUrlLine(t) &&
    !read.sourceLabelAt(i)
  ) {
    b.draft.sources.pop();
    b.addCitation(
      b.draft,
      `${credited.raw}\n${t}`,
      credited.line,
      undefined,
      `${credited.readAs ?? credited.raw}, ${t.trim()}`,
    );
    b.mark(i, 'citation', "the story's link, for the outlet named under the headline");
    b.close(false);
    return i + 1;
  }
  if ((read.sourceLabelAt(i) && t.length <= MAX_CITATION_LINE) || isUrlLine(t)) {
    // Right under the headline and over the text (or over the headline said again), the source
    // line credits this item and the text follows: press-release mirrors print it so.
    const under = b.draft.body.length === 0 ? collectCitations(lines, i).next : -1;
    const title = b.draft.title;
    const keepOpen =
      under > 0 && under < lines.length && (read.running(under) || lines[under]!.text === title);
    b.mark(i, 'citation', read.sourceLabelAt(i) ? 'a "Source:" line' : 'a URL alone on its line');
    i = b.cite(b.draft, i, undefined, keepOpen);
    if (keepOpen && lines[i]?.text === title) {
      b.unparsed.push({
        text: title,
        line: lines[i]!.line,
        reason: 'the title repeated under its source line',
      });
      b.mark(i, 'unparsed', 'the title repeated');
      return i + 1;
    }
    return i;
  }
  if (next && !next.chrome && isUrlLine(next.text) && looksLikeBareCitation(t, citationYear(ctx))) {
    b.mark(i, 'citation', '"Outlet, Date" above a URL');
    i = b.cite(b.draft, i);
    return i;
  }
  // "Global Times, 02.02.2023" alone after the text (a credit without its keyword, as press reviews
  // list outlet and date), or under the headline on a page that sets credit blocks so.
  const opening = b.draft.body.length === 0 && b.draft.sources.length === 0 && read.habits.creditBlocks;
  if ((b.draft.body.length > 0 || opening) && outletDateLine(t)) {
    const where = opening ? 'under the headline (this page sets credit blocks)' : 'alone after the text';
    b.mark(i, 'citation', `"Outlet, Date" ${where}`);
    if (!opening) return b.cite(b.draft, i);
    b.addCitation(b.draft, t, l.line, l.links);
    return i + 1;
  }
  // "– See more at: https://..." after the text (see `storyLinkText`): before the dash credit,
  // which would take the label for an outlet.
  const pasted = b.draft.body.length > 0 ? storyLinkText(t) : undefined;
  if (pasted) {
    b.addCitation(b.draft, t, l.line, [pasted.href], pasted.outlet);
    b.mark(i, 'citation', 'a "See more at:" line a copy script left after the text: the story\'s address');
    b.close(false);
    return i + 1;
  }
  if (b.draft.body.length > 0 && isDashCredit(t)) {
    b.mark(i, 'citation', 'a dash credit ("— Xinhua") after the text');
    i = b.cite(b.draft, i);
    return i;
  }
  // "[Source](https://...)" alone after the text: the story's link credits the item
  // (before the furniture test: the page repeats the label, and `Read more` is furniture text).
  const story = b.draft.body.length > 0 ? storyLinkLine(t, l.anchors) : undefined;
  if (story) {
    b.addCitation(b.draft, t, l.line, [story.href], story.outlet);
    b.mark(i, 'citation', 'a "Source" or "Read more" link alone after the text');
    b.close(false);
    return i + 1;
  }
  // The outlet's element under a headline with no text yet, in its record (see records.ts).
  const own = b.draft.body.length === 0 ? outletUnderHeadline(lines, i, b.draft.at) : undefined;
  if (own !== undefined) {
    b.addCitation(b.draft, t, l.line, titleLinks(lines, i, b.draft.at) ?? l.links, own);
    b.mark(i, 'citation', "an item's meta row (outlet and time) under its headline");
    return i + 1;
  }
  // A picture's caption closed by its credit in brackets, and its translation closed the same.
  if (captionBetweenItems(s, i)) {
    b.chrome(i, "a picture's caption closed by its credit (agency/photographer), between two items");
    return i + 1;
  }
  if (captionPair(s, i)) {
    b.chrome(i, "a picture's caption closed by its credit in brackets, with its translation under it");
    b.chrome(i + 1, "the translation of the picture's caption above, closed by its credit in brackets");
    return i + 2;
  }
  // `©AFP`, `Copyright © ANTARA 2025` after the text: the agency's credit (copyright-credits.ts).
  const copyright = b.draft.body.length > 0 && read.chromeLineAt(i) ? copyrightCredit(t) : undefined;
  if (copyright !== undefined) {
    b.addCitation(b.draft, t, l.line, l.links, copyright);
    b.mark(i, 'citation', 'a credit after the text: the agency\'s copyright line ("©AFP")');
    return i + 1;
  }
  if (read.chromeLineAt(i) || isPhotoCredit(t) || read.templated(i) || read.tagHere(i)) {
    b.chrome(
      i,
      isPhotoCredit(t)
        ? 'a photo credit'
        : read.templated(i)
          ? 'a short line the page repeats around its items (template furniture)'
          : chainsOf(read).has(i)
            ? i === lines.length - 1
              ? 'the start of a line the page prints over each item, cut off by the page end'
              : 'a category chain above a headline (the page prints one over each item)'
            : read.tagHere(i)
              ? 'a bulleted category tag between a headline and its text'
              : 'navigation, a "Read more" link, an advertising slot or a rule',
    );
    return (read.chromeLineAt(i) && relatedBlock(s, i)) || i + 1;
  }
  // A row of outlet links closes an item after its text, or anywhere when its element is the
  // item's source element (the class names it: `source-links`), as feed-built digests print it.
  const linked =
    (b.draft.body.length > 0 || l.meta?.source !== undefined) && !feats[i]!.heading
      ? linkCredits(t, l.anchors, l.meta?.source !== undefined)
      : undefined;
  if (linked) {
    for (const c of linked) b.addCitation(b.draft, c.raw, l.line, [c.href], c.outlet);
    b.mark(i, 'citation', `a line of source links (${linked.length}) after the text`);
    b.close(false);
    return i + 1;
  }
  const meta = b.draft.body.length === 0 && l.record !== undefined ? metaCredit(l) : undefined;
  if (meta !== undefined) {
    // A row link wrapping headline and meta row (`<a class=row><span>…</span><span class=meta>`)
    // closes on the meta line: its link is the headline's.
    b.addCitation(b.draft, t, l.line, titleLinks(lines, i, b.draft.at) ?? l.links, meta);
    b.mark(i, 'citation', "an item's meta row (outlet and time) under its headline");
    return i + 1;
  }
  // "Reuters · Dec 1" under the text, in the item's own record: its credit row closes it.
  const metaAfter =
    b.draft.body.length > 0 && l.record !== undefined && l.record === lines[b.draft.at]!.record
      ? metaCredit(l)
      : undefined;
  if (metaAfter !== undefined) {
    b.mark(i, 'citation', "an item's meta row (outlet and time) under its text");
    const links = l.links ?? headlineLink(lines, i, b.draft.at);
    return b.cite(b.draft, i + 1, { text: t, line: l.line, readAs: metaAfter, ...(links ? { links } : {}) });
  }
  // A preview card, then the story: the headline said again under its credit, with its credit
  // again (section fronts print both). The repeats are kept as unparsed text, not a second item.
  if (b.draft.body.length === 0 && b.draft.sources.length > 0 && t === b.draft.title) {
    b.unparsed.push({ text: t, line: l.line, reason: 'the title repeated under its credit' });
    b.mark(i, 'unparsed', 'the title repeated');
    return i + 1;
  }
  // The page's once-per-line answer first (the setup asked it of every headline-shaped line):
  // only a line it takes is read again for the credit itself.
  const credit = read.creditAt(i) ? creditLine(t) : undefined;
  // A link out to the outlet of an item that has its credit already (`(Reuters) -` above): furniture.
  if (credit?.linkOut && b.draft.sources.length > 0) {
    b.chrome(i, 'a link out to the outlet of an item already credited');
    return i + 1;
  }
  if (credit) {
    if (b.draft.body.length === 0 && b.draft.sources.some((x) => x.readAs === credit.readAs)) {
      b.unparsed.push({ text: t, line: l.line, reason: 'the credit repeated under the repeated title' });
      b.mark(i, 'unparsed', 'the credit repeated');
      return i + 1;
    }
    if (b.draft.body.length === 0) {
      b.addCredits(b.draft, t, credit.readAs, l.line, l.links ?? headlineLink(lines, i, b.draft.at));
      b.mark(i, 'citation', `a credit under the headline: ${credit.reason}`);
      i++;
    } else {
      b.mark(i, 'citation', `a credit after the text: ${credit.reason}`);
      const links = l.links ?? headlineLink(lines, i, b.draft.at);
      i = b.cite(b.draft, i + 1, {
        text: t,
        line: l.line,
        readAs: credit.readAs,
        ...(links ? { links } : {}),
      });
    }
    return i;
  }
  const dated = readItemDates(s, i);
  if (dated !== undefined) return dated;
  // Under a title with no text yet: its translation joins it (bilingual listings).
  if (
    b.draft.body.length === 0 &&
    b.draft.titleLines === 1 &&
    translationPair(feats[i - 1]!, feats[i]!) &&
    !read.ownHeadline(i - 1, i)
  ) {
    if (headlineShape(feats[i]!, t) && b.draft.title.length + t.length < MAX_TITLE) {
      b.draft.title = `${b.draft.title} ${t}`;
      b.draft.titleLines = 2;
      b.mark(i, 'title', 'the translation of the title above (one CJK line, one Latin line)');
      return i + 1;
    }
  }
  // `=> Bão Faxal ...`: the title's rendering under it, the title's second line (see `rendering`).
  if (b.draft.body.length === 0 && b.draft.titleLines === 1) {
    const r = rendering(lines, i, b.draft.title);
    if (r) {
      b.draft.title = r.title;
      b.draft.titleLines = 2;
      b.mark(i, 'title', 'the rendering of the title above, opened by an arrow (=>, ⇒, →)');
      for (let k = i + 1; k < r.next; k++) b.mark(k, 'title', 'the rendering above, wrapped onto this line');
      return r.next;
    }
  }
  // A deck under the title belongs to it; a line opening the page's numbered list is no deck.
  if (
    b.draft.body.length === 0 &&
    b.draft.titleLines === 1 &&
    !read.lists.numbered.has(i) &&
    b.draft.title.length + t.length < MAX_TITLE &&
    read.deckHere(i)
  ) {
    b.draft.title = `${b.draft.title} ${t}`;
    b.draft.titleLines = 2;
    b.mark(i, 'title', 'a deck: a second headline-shaped line under the title, above the text');
    return i + 1;
  }
  // The text so far ends a sentence; a "title" that is itself running text (a page cut open in
  // the middle of an item) counts as text too.
  const lastSentence =
    b.draft.body.length > 0
      ? sentenceEnds(b.draft.body.at(-1)!) ||
        teaserEnds(b.draft.body.at(-1)!) ||
        // ...or its "read more" link on the line above, set apart (see `splitGluedLinks`).
        (lines[i - 1]!.chrome !== true && teaserEnds(lines[i - 1]!.text)) ||
        signedWithInitials(b.draft.body.at(-1)!) ||
        // ...or a Thai paragraph, unpunctuated, over a line opening in Latin script.
        (t.charCodeAt(0) < 0x80 && unpunctuatedParagraph(b.draft.body.at(-1)!)) ||
        // A teaser cut at the page's fixed length ends there, as a full stop would.
        read.habits.cutTeasers.has(i - 1) ||
        cutParagraph(b.draft.body.at(-1)!, l.blankBefore === true || (!blanks && labelHere(read, i)))
      : runningText(titleFeatures(b.draft.title, lines, feats, i));
  // `BH Online` under the text of each item, over the next headline: the paper the page takes
  // its items from, signed the same after every one (the repetition cue; see `repeatedSignOff`).
  if (lastSentence && b.draft.body.length > 0 && b.draft.sources.length === 0 && repeatedSignOff(read, i)) {
    b.mark(
      i,
      'citation',
      'a name the page prints under the text of each item, over the next headline: their credit',
    );
    return b.cite(b.draft, i + 1, { text: t, line: l.line, readAs: t });
  }
  // (A line opening the page's numbered list is its item's headline, not a label: see the deck.)
  if (lastSentence && (!blanks || l.blankBefore) && !read.lists.numbered.has(i) && labelHere(read, i)) {
    b.chrome(i, 'a short label between items (a section or date label)');
    s.labelAt = i;
    return i + 1;
  }
  // A bulleted lead over its bulleted translation, as the page opened its first item.
  const lead = b.draft.body.length > 0 ? readBulletedLead(s, i) : undefined;
  if (lead !== undefined) return lead;
  // A linked headline right under an unlinked heading: the heading labels a section of them.
  const linkedUnder = b.draft.body.length === 0 && read.ownHeadline(i - 1, i);
  // Inside a numbered item, before the list's last number, the next item is the next number:
  // a short line of its text (a quote closed by its speaker's name) opens none.
  const numberedText = read.lists.numbered.has(b.draft.at) && i < read.lists.numberedEnd;
  const headline = read.lists.numbered.has(i)
    ? 'a numbered item (the page numbers its items 1, 2, 3...)'
    : numberedText || insideMarkedItem(lines, read.lists.marked, b.draft.at, i)
      ? undefined
      : (read.headlineHere(i, lastSentence || linkedUnder, s.labelAt === i - 1) ??
        // A linked headline over its credit or date, with no summary (a table of stories).
        (linkedUnder && i + 1 < lines.length && read.between(i + 1)
          ? 'a linked headline over its credit'
          : undefined));
  const owed =
    headline?.endsWith('at the end of the page') &&
    owedAtEnd(b.draft, b.drafts, lines, feats[i]!, i, read.lists.numbered);
  // The next card's headline, or the card's short lines above it, cut off by the page end (see
  // `cutNextCard`). Asked of the page's last lines only, so the cards above are counted once or so.
  const cut = !headline && lastSentence ? nextCardCut(s, i) : undefined;
  if (cut === 'chained') {
    b.openBrief(
      i,
      'a new headline under the category chain the page prints over each item, cut off by the page end',
    );
    return i + 1;
  }
  const card = cut && cardsOfOne(b.draft, b.drafts) ? cut : undefined;
  if (card === 'headline') {
    b.close(false);
    return b.open(
      i,
      "a new headline: the next card's, cut off by the page end (every item above is a headline over one paragraph)",
    );
  }
  if (card === 'furniture') {
    b.chrome(
      i,
      "a short line after the card's finished paragraph, above the next card's headline cut off by the page end",
    );
    return i + 1;
  }
  if (headline && !owed) {
    b.close(false);
    const at = i;
    i = b.open(i, `a new headline: ${headline}`);
    if (read.lists.numbered.has(at)) titleFirstSentence(b.draft!, lines[at]!);
    takePendingDate(s);
    return i;
  }
  // A citation glued to the end of the paragraph, or closing it in parentheses.
  const closed = readClosingCitation(s, i);
  if (closed !== undefined) return closed;
  // "(Associated Press, By Joe McDonald) Asian ...", "(Reuters) - The ...": a credit opens the text.
  const opened = readOpeningCredit(s, i);
  if (opened !== undefined) return opened;
  const slot = readSlotLine(s, i);
  if (slot !== undefined) return slot;
  if (lastSentence && b.draft.body.length > 0 && !read.running(i) && !cutByEllipsis(t) && read.trailsOff(i)) {
    b.chrome(i, 'a short line after the finished text that runs into the next headline, not into more text');
    return i + 1;
  }
  // "... processes. (The Berliner)": the paragraph's source, linked at its end.
  const tail = linkedTailCredit(t, l.anchors);
  if (tail) {
    b.mark(i, 'body', `a paragraph ending with its linked source "${tail.raw}"`);
    addText(i, tail.text, true);
    if (b.draft) b.addCitation(b.draft, tail.raw, l.line, [tail.href], tail.outlet);
    return i + 1;
  }
  const headless = readCardAfterLink(s, i) ?? readUnshapedCard(s, i);
  if (headless !== undefined) return headless;
  b.mark(i, 'body', runningText(feats[i]!) ? 'running text' : 'text under the title');
  addText(i, t, true);
  return i + 1;
}
