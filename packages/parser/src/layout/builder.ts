import { clockLeads } from './clock-leads.js';
import { doubledTitle, gluedAltText, layoutMarkOf } from './title-marks.js';
import { type CitationOptions, parseCitationWithId } from '../citation.js';
import type { ExplainedLine, LineClass, ParseIssue, ParsedPage, SourceLine, UnparsedText } from '../types.js';
import { collectCitations, slashedDashCredit, slashedNames } from './citation-block.js';
import { HEADER } from './chrome.js';
import { pressWireCredit, sentenceCredits } from './credits.js';
import { titleCredit } from './title-credits.js';
import { syndicationCredit } from './syndication.js';
import { dateLine } from './date-lines.js';
import type { Draft } from './draft.js';
import { sentenceEnds, teaserEnds } from './features.js';
import { keepBriefings } from './keep.js';
import { cutCopyOf } from './page-end.js';
import { addressAloneCredit } from './story-links.js';
import { agencyList, piecesPerName } from './rules.js';
import { firstLineAgain } from './page-heads.js';
import { creditRowAbove, datelinedStory, retitleDatelined } from './datelined-stories.js';

/*
 * What the page reader builds: the page header and chrome, the briefing drafts with their
 * citations, what it could not place, its issues and, on request, every line's class and reason.
 * The reader (page.ts) decides what each line is; this records the decisions.
 */
const SOURCES_LIST = /^sources?\s*[:：]\s*/i;

export class PageBuilder {
  readonly page: ParsedPage = { chrome: [] };
  readonly unparsed: UnparsedText[] = [];
  readonly issues: ParseIssue[] = [];
  drafts: Draft[] = [];
  draft: Draft | undefined;
  /** The outlet heading the group of items being read (see `sourceGroups`): each item's credit. */
  group: { raw: string; outlet: string; line: number } | undefined;
  readonly explained: ExplainedLine[] | undefined;

  constructor(
    readonly lines: readonly SourceLine[],
    private readonly year: number | undefined,
    explain: boolean,
  ) {
    this.explained = explain ? [] : undefined;
  }

  /** Whether the page stamps its headlines with clock times (see `clockLeads`), read once. */
  private clocked: boolean | undefined;
  private clockLeads(): boolean {
    this.clocked ??= clockLeads(this.lines);
    return this.clocked;
  }

  mark(k: number, cls: LineClass, reason: string) {
    this.explained?.push({ line: this.lines[k]!.line, text: this.lines[k]!.text, class: cls, reason });
  }

  chrome(k: number, reason: string) {
    this.page.chrome.push(this.lines[k]!.text);
    this.mark(k, 'chrome', reason);
  }

  /** Finds the listing header ("Briefings - 2. page") near the top; returns the line after it (0 if none). */
  readHeader(firstSource: number): number {
    const { lines, page } = this;
    const limit = Math.min(lines.length, 15, firstSource < 0 ? lines.length : firstSource);
    for (let h = 0; h < limit; h++) {
      const l = lines[h]!;
      if (l.chrome || l.text.length > 220) continue;
      const m = HEADER.exec(l.text);
      if (!m) continue;
      // Everything above the listing header is site furniture.
      for (let c = 0; c < h; c++) this.chrome(c, 'above the listing header');
      page.title = m[1]!.trim();
      page.number = Number(m[2] ?? m[3]);
      if (page.number < 1) delete page.number;
      page.header = l.text;
      this.mark(h, 'header', 'a listing header: "Name - N. page"');
      return h + 1;
    }
    return 0;
  }

  /** Adds a citation as written (`raw`), read as `readAs` when the raw text is a credit in another form. */
  addCitation(target: Draft, raw: string, line: number, links?: string[], readAs?: string) {
    // Set key by key, not spread together: V8 (Node 20) adds a key after a spread by a slow path.
    const options: CitationOptions = {};
    if (this.year !== undefined) options.year = this.year;
    if (links && links.length > 0) options.links = links;
    const parse = parseCitationWithId(readAs ?? raw, options);
    if (readAs !== undefined) parse.citation.raw = raw;
    target.sources.push({
      parse,
      line,
      raw,
      ...(readAs !== undefined ? { readAs } : {}),
      needsYear: parse.issues.some((x) => x.code === 'date-without-year'),
      ...(links ? { links } : {}),
    });
  }

  /**
   * A credit read as `readAs`; a list of agencies (`AFP, Reuters, dpa`) gives one citation per
   * agency, each with its piece of the credit as written.
   */
  addCredits(target: Draft, raw: string, readAs: string, line: number, links?: string[]) {
    // `(LV/VT)`: sources joined by slashes, known to the table or not (see `slashedNames`).
    const names = agencyList(readAs) ?? slashedNames(readAs);
    const pieces = names && piecesPerName(raw, names);
    if (!names || !pieces) {
      this.addCitation(target, raw, line, links, readAs === raw ? undefined : readAs);
      return;
    }
    pieces.forEach((piece, k) => {
      this.addCitation(target, piece.trim(), line, links, names[k]);
    });
  }

  /** An item under a source group's heading that credits nothing itself is credited by the heading. */
  private groupCredit(d: Draft) {
    const g = this.group;
    if (!g || d.sources.length > 0) return;
    this.addCitation(d, g.raw, g.line, undefined, g.raw === g.outlet ? undefined : g.outlet);
    d.sources.at(-1)!.shared = true;
  }

  close(incomplete: boolean) {
    if (!this.draft) return;
    this.readSentenceCredits(this.draft);
    this.oneCreditPerOutlet(this.draft);
    this.groupCredit(this.draft);
    this.draft.incomplete = incomplete;
    this.drafts.push(this.draft);
    this.draft = undefined;
  }

  /**
   * The same outlet credited twice in one item is one source: reprinted wire copy names its agency
   * in the dateline and again after the text (`KUCHING, Jan 16 (Bernama) — ...` then `Source:
   * BERNAMA News Agency`; `Jakarta (ANTARA) - ...` then `(ANTARA)`). Two credits of one publication
   * whose dates and addresses do not differ make one citation: the later (the closing credit, as
   * written), given the other's date or address; the other's text goes with the page furniture.
   */
  private oneCreditPerOutlet(d: Draft) {
    if (d.sources.length < 2) return;
    for (let k = d.sources.length - 1; k > 0; k--) {
      const later = d.sources[k]!.parse.citation;
      if (later.publication === undefined || d.sources[k]!.shared) continue;
      // Two dated credits written alike list two reports of one outlet (`CGTN, 06.02.2023` twice, 086).
      const twice = later.date !== undefined ? d.sources[k]!.raw : undefined;
      const n = d.sources.findIndex(
        (x, m) =>
          m < k &&
          !x.shared &&
          x.raw !== twice &&
          x.parse.citation.publication === later.publication &&
          (x.parse.citation.date === undefined ||
            later.date === undefined ||
            x.parse.citation.date === later.date) &&
          (x.parse.citation.url === undefined ||
            later.url === undefined ||
            x.parse.citation.url === later.url),
      );
      if (n < 0) continue;
      const earlier = d.sources[n]!.parse.citation;
      if (later.date === undefined && earlier.date !== undefined) later.date = earlier.date;
      if (later.url === undefined && earlier.url !== undefined) later.url = earlier.url;
      this.page.chrome.push(d.sources[n]!.raw);
      d.sources.splice(n, 1);
      k--;
    }
  }

  /**
   * Sources credited inside the paragraphs become citations: a press-release wire dateline
   * (`pressWireCredit`) and outlets credited after sentences (`sentenceCredits`).
   */
  private readSentenceCredits(d: Draft) {
    d.body.forEach((written, n) => {
      let p = written;
      const wire = d.sources.length === 0 ? pressWireCredit(p) : undefined;
      if (wire) {
        p = wire.text;
        d.body[n] = p;
        this.addCitation(d, wire.raw, d.bodyLines[n] ?? d.line, undefined, wire.readAs);
      }
      const found = sentenceCredits(p);
      if (!found) return;
      d.body[n] = found.text;
      for (const raw of found.credits) this.addCredits(d, raw, raw.slice(1, -1), d.bodyLines[n] ?? d.line);
    });
    // A syndication notice in the text (`... comes through the courtesy of X.`) credits an
    // item that credits nothing else; its sentence leaves the text as other credits do.
    if (d.sources.length > 0) return;
    for (let n = 0; n < d.body.length; n++) {
      const notice = syndicationCredit(d.body[n]!);
      if (!notice || notice.text.length === 0) continue;
      d.body[n] = notice.text;
      this.addCitation(d, notice.raw, d.bodyLines[n] ?? d.line, undefined, notice.outlet);
      return;
    }
  }

  /**
   * Opens a briefing at line `k` (titled `title` when the title is only the start of the line);
   * returns the index after its title (and the credit a title may carry).
   */
  /**
   * Closes the open briefing and opens one at line `k` that the page's layout makes an item
   * whatever follows its title (a brief, a bulleted or dated line, a headless story: `Draft.brief`).
   */
  openBrief(k: number, reason: string, title?: string): Draft {
    this.close(false);
    this.open(k, reason, title);
    this.draft!.brief = true;
    return this.draft!;
  }

  open(k: number, reason: string, title?: string): number {
    const { lines } = this;
    const d: Draft = {
      title: title ?? lines[k]!.text,
      line: lines[k]!.line,
      at: k,
      titleLines: 1,
      body: [],
      sources: [],
      bodyLines: [],
      lastBodyLine: -1,
      explainFrom: this.explained?.length ?? 0,
      incomplete: false,
    };
    // "1. Title", "1 / Title": the item's number in a numbered digest is layout, not its title;
    // so is a column rubric in CJK brackets ("《中英對照讀新聞》", "【快訊】") or a list bullet
    // before a headline.
    const layoutMark = layoutMarkOf(d.title, title === undefined ? lines[k]! : undefined, () =>
      this.clockLeads(),
    );
    if (layoutMark && d.title.length - layoutMark[0].length >= 8) {
      this.page.chrome.push(layoutMark[0].trim());
      d.title = d.title.slice(layoutMark[0].length);
    }
    const once = title === undefined ? doubledTitle(d.title) : 0;
    if (once > 0) {
      // Nothing is lost: the second copy (and its comment counter) goes with the page chrome.
      this.page.chrome.push(d.title.slice(once).trim());
      d.title = d.title.slice(0, once);
    }
    const alt = gluedAltText(d.title, this.page.chrome);
    if (alt > 0) {
      this.page.chrome.push(d.title.slice(0, alt));
      d.title = d.title.slice(alt);
    }
    this.draft = d;
    this.mark(k, 'title', reason);
    if (title !== undefined) return k + 1;
    // Running text opened by a wire dateline: a headless story's first paragraph, no headline.
    const story = creditRowAbove(this, k) ? undefined : datelinedStory(d.title);
    if (story) {
      retitleDatelined(this, d, k, d.title, story);
      return k + 1;
    }
    // The headline said twice (an image link's text, then the headline link): once is the title,
    // the list bullet or number of the first copy aside (`• Headline` / `Headline`).
    const again = lines[k + 1];
    // Or its copy cut by the page end (see `cutCopyOf`).
    if (
      again &&
      (again.text === lines[k]!.text || again.text === d.title || cutCopyOf(lines, k + 1, lines[k]!.text)) &&
      !again.chrome
    ) {
      this.unparsed.push({
        text: again.text,
        line: again.line,
        reason: 'the title repeated on the next line',
      });
      this.mark(k + 1, 'unparsed', 'the title repeated');
      this.issues.push({
        line: again.line,
        code: 'repeated-title',
        message: `the title "${again.text.slice(0, 60)}" is repeated`,
      });
      // Printed twice, it still names its publisher after it (`... -sources | Reuters`).
      const twice = titleCredit(d.title, false);
      if (twice) {
        d.title = twice.title;
        this.addCitation(d, twice.tail, d.line, undefined, twice.outlet);
      }
      return k + 2;
    }
    const below = lines[k + 1];
    const date = below && !below.chrome ? dateLine(below.text) : undefined;
    const credit = titleCredit(d.title, date !== undefined);
    if (!credit) return k + 1;
    d.title = credit.title;
    if (date === undefined) {
      this.addCitation(d, credit.tail, d.line, undefined, credit.outlet);
      return k + 1;
    }
    this.addCitation(d, `${credit.tail}\n${below!.text}`, d.line, undefined, `${credit.outlet}, ${date}`);
    this.mark(k + 1, 'citation', 'the date under a headline that names its outlet');
    return k + 2;
  }

  /** Ends `into` with the citation block that starts at `start`; returns the index after it. */
  cite(
    into: Draft,
    start: number,
    first?: { text: string; line: number; links?: string[]; readAs?: string },
    keepOpen = false,
  ) {
    const { entries, next } = collectCitations(this.lines, start, first);
    entries.forEach((e, n) => {
      // The first entry reads as `first.readAs`, plus any URL line the block appended to it.
      // (A URL alone names its outlet by its host: `addressAloneCredit`.)
      const readAs =
        n === 0 && first?.readAs !== undefined
          ? first.readAs + e.raw.slice(first.text.length)
          : e.hasUrl
            ? addressAloneCredit(e.raw, n === 0 ? this.lines[start - 1]?.text : undefined)
            : undefined;
      // `Sources: Reuters, AP`: the agencies listed after the keyword, one citation each.
      const listed = readAs === undefined && !e.hasUrl ? SOURCES_LIST.exec(e.raw) : null;
      const joint = readAs === undefined && !e.hasUrl && !listed ? slashedDashCredit(e.raw) : undefined;
      if (listed) this.addCredits(into, e.raw, e.raw.slice(listed[0].length), e.line, e.links);
      // A credit line read as a list of agencies (`Reuters/AFP`, `(AFP, dpa)`, `With inputs from
      // Reuters, AFP`): one citation per agency, as `Sources: Reuters, AP` gives.
      else if (n === 0 && first?.readAs !== undefined && readAs === first.readAs && !e.hasUrl)
        this.addCredits(into, e.raw, readAs, e.line, e.links);
      else if (joint)
        for (const piece of joint) this.addCitation(into, piece.raw, e.line, e.links, piece.name);
      else this.addCitation(into, e.raw, e.line, e.links, readAs);
    });
    for (let k = first ? start : start + 1; k < next; k++)
      this.mark(k, 'citation', 'in the citation block that closes the briefing');
    if (!keepOpen) this.close(false);
    return next;
  }

  /**
   * The page has ended: the open briefing is cut if its text stops mid-sentence, or if every
   * other briefing here has a citation and it has none yet. Then what was set apart goes to
   * `unparsed` and the drafts that are no briefings are dropped.
   */
  finish(
    all: readonly SourceLine[],
    listed: ReadonlySet<number> = new Set(),
    teasers: ReadonlySet<number> = new Set(),
    keepTranslated = false,
  ): Draft[] {
    const d = this.draft;
    if (d) {
      const last = d.body.at(-1);
      // Under a source group's heading the item is credited as it closes (`groupCredit`), after
      // its own credits in the text are read.
      const uncredited = d.sources.length === 0 && this.group === undefined;
      const cut =
        last === undefined ||
        !(sentenceEnds(last) || teaserEnds(last)) ||
        (uncredited && this.drafts.some((x) => x.sources.length > 0));
      if (cut && uncredited) {
        this.issues.push({
          line: d.line,
          item: this.drafts.length,
          code: 'incomplete-briefing',
          message: `the page ends inside the briefing "${d.title.slice(0, 60)}" (no citation)`,
        });
        if (this.explained && last !== undefined) {
          const e = this.explained.findLast((x) => x.class === 'body');
          if (e) e.class = 'fragment';
        }
      }
      this.close(cut && uncredited);
    }
    if (all !== this.lines) {
      for (const l of all)
        if (l.apart !== undefined) {
          this.unparsed.push({ text: l.text, line: l.line, reason: l.apart });
          this.explained?.push({ line: l.line, text: l.text, class: 'unparsed', reason: l.apart });
        }
      this.unparsed.sort((a, b) => a.line - b.line);
      this.explained?.sort((a, b) => a.line - b.line);
    }
    return keepBriefings(
      this.drafts,
      this.page,
      this.unparsed,
      this.issues,
      this.explained,
      listed,
      teasers,
      keepTranslated,
      firstLineAgain(this.lines),
    );
  }
}
