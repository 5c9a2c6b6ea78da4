import type { SourceLine } from '../types.js';
import type { PageBuilder } from './builder.js';
import type { LineReader } from './reader.js';

/** What the caller tells the page reader. */
export interface PageParseContext {
  language: string;
  year?: number;
  /** Record every line's class and reason. */
  explain?: boolean;
  /** The words of the page address's path, lower-cased (`/news/regional/page/702/` -> news, regional, page, 702). */
  pathWords?: ReadonlySet<string>;
}

/** An HTML item's meta row read above its headline, waiting for the headline. */
export interface PendingCredit {
  k: number;
  readAs: string;
  links?: string[];
}

/** The page reader's state, shared by the reading of lines between items and inside one. */
export interface PageState {
  readonly lines: readonly SourceLine[];
  readonly read: LineReader;
  readonly b: PageBuilder;
  readonly ctx: PageParseContext;
  pending: PendingCredit | undefined;
  /** On a page whose timestamps lead its items: the date read above the next headline. */
  pendingDate?: string;
  /** The line just read as a label over the next headline (it stacks on the headline). */
  labelAt?: number;
  /** A paragraph of the open briefing; a wire credit glued to its end ("... - AFP") closes it. */
  addText(k: number, text: string, mayJoin: boolean): void;
}

export const citationYear = (ctx: PageParseContext) => (ctx.year === undefined ? {} : { year: ctx.year });

/** Gives the briefing just opened the timestamp read above it, on a page whose dates lead items. */
export function takePendingDate(s: PageState) {
  if (s.pendingDate !== undefined && s.b.draft && s.b.draft.published === undefined)
    s.b.draft.published = s.pendingDate;
  s.pendingDate = undefined;
}

/** Line `i` is a timestamp above the next headline (a page that dates its items above them). */
export function holdDateForNext(s: PageState, i: number, date: string): number {
  s.pendingDate = date;
  s.b.chrome(i, 'a timestamp above the next headline (this page dates its items above them)');
  return i + 1;
}
