import type { Briefing } from '@briefing/schema';

export interface ParseOptions {
  /**
   * `auto` (default) detects HTML by its tags and Markdown by its headings, links or bold leads
   * (see `looksLikeMarkdown`); anything else is plain text.
   */
  format?: 'text' | 'html' | 'markdown' | 'auto';
  /**
   * Where the page was read from, an absolute http(s) URL: the relative links of an HTML page
   * (`<a href="/news/1.html">`) resolve against it (or against the page's `<base href>`), so a
   * citation that links its text to a relative URL gets that URL. Without it, relative links
   * are left out.
   */
  url?: string;
  /** BCP 47 language of the briefings' own text; `en` by default. */
  language?: string;
  /** Context year for dates written without one (`Nov. 22`). */
  year?: number;
  /** `false` skips money and unit extraction (`money`/`quantities` stay empty). */
  money?: boolean;
  /** Also return `explained`: every line with the class it got and the reason. */
  explain?: boolean;
  /**
   * At most this many money mentions and this many quantities are kept per paragraph (and for
   * the title); the rest are left out with a `too-many-mentions` issue. Default 100.
   */
  maxMentionsPerParagraph?: number;
}

export interface ParsedPage {
  /** Listing title: `Briefings - 2. page` gives "Briefings". */
  title?: string;
  /** Listing page number: `Briefings - 2. page` gives 2. */
  number?: number;
  /** The page header line exactly as written. */
  header?: string;
  /** Navigation and other page furniture (`Skip to content`), as written. */
  chrome: string[];
}

export interface UnparsedText {
  text: string;
  /** 1-based line of the input. */
  line: number;
  reason: string;
}

export interface ParseIssue {
  /** 1-based line of the input. */
  line?: number;
  /** Index into `items`. */
  item?: number;
  code: string;
  message: string;
}

export interface ParseResult {
  page: ParsedPage;
  items: Briefing[];
  unparsed: UnparsedText[];
  issues: ParseIssue[];
  /** With `explain: true`: every line with its class and the reason, in input order. */
  explained?: ExplainedLine[];
}

/** One block of text (a line of a text page, a block element of an HTML page). */
export interface SourceLine {
  text: string;
  /** 1-based line of the input. */
  line: number;
  /** A blank line (or a block boundary) precedes it. */
  blankBefore: boolean;
  /** http(s) link targets inside it (HTML). */
  links?: string[];
  /** Known page furniture (HTML `<nav>`, `<footer>`, `<title>`). */
  chrome?: boolean;
  /** The repeated HTML element (one per item) this line sits in: lines of one item share it. */
  record?: number;
  /** The outlet and time an HTML item's metadata spans name (`<span class=press>`, `<time>`). */
  meta?: { source?: string; time?: string };
  /** Text outside the reading flow (HTML `<noscript>`, `<svg>`...): goes to `unparsed` with this reason. */
  apart?: string;
  /**
   * The HTML block element the text sits in (`h2`, `p`, `li`...); `strong` for a bold lead
   * (`<p><strong>Title.</strong> text</p>`, split off as a line of its own); absent for text pages.
   */
  block?: string;
  /** The HTML element the text starts in is classed as a title (`card-title`, `entry-title`). */
  titled?: boolean;
  /** The links of an HTML line with their text, in order (a line of source links is a credit). */
  anchors?: { text: string; href: string }[];
}

/** What the layout reader took a line for. */
export type LineClass =
  | 'chrome'
  | 'header'
  | 'title'
  | 'body'
  | 'citation'
  | 'byline'
  | 'fragment'
  | 'unparsed';

/** One input line with the class it got and why (`parsePage(text, { explain: true })`). */
export interface ExplainedLine {
  /** 1-based line of the input. */
  line: number;
  text: string;
  class: LineClass;
  reason: string;
}
