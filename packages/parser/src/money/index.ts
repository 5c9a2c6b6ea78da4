// STUB, owned by the money work (issue 4): replaced by the real extractor.
import type { Briefing, BriefingFeed, MoneyMention, QuantityMention } from '@briefing/schema';

/** What the extractor knows about where the text comes from, to resolve `$`, `¥`, `£`... */
export interface MoneyContext {
  /** ISO 3166-1 alpha-2 country of the publication (e.g. "TW" makes a bare `$` TWD). */
  country?: string;
  /** Canonical publication name, for the record of why a symbol was resolved. */
  publication?: string;
  /** Explicit currency for a bare `$` / `¥` / `£`, overriding the context. */
  dollar?: string;
  yen?: string;
  pound?: string;
  /** Where the text sits in the briefing: offsets are relative to the text given. */
  field?: 'title' | 'body';
  paragraph?: number;
}

export function extractMoney(_text: string, _context: MoneyContext = {}): MoneyMention[] {
  return [];
}

export function extractQuantities(_text: string, _context: Pick<MoneyContext, 'field' | 'paragraph'> = {}): QuantityMention[] {
  return [];
}

/** Fills `money` and `quantities` of a briefing from its title and body. */
export function annotateBriefing(briefing: Briefing, _context: MoneyContext = {}): Briefing {
  return briefing;
}

/** Checks every stated conversion against reference rates for the citation's date. */
export async function applyRates(feed: BriefingFeed, _provider?: unknown): Promise<BriefingFeed> {
  return feed;
}
