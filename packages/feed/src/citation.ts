import type { Citation } from '@briefing/schema';
import { safeHref } from './load.js';

export interface CitationLabel {
  /** What to call the source: its publication, else the link's host, else the first line as written. */
  name: string;
  /** The link to the source, only for absolute http(s) URLs. */
  href: URL | undefined;
  /** The link's host without `www.`. */
  host: string | undefined;
}

/** How a citation is named and linked, the same in the element, its JSON-LD and the syndicated feeds. */
export function citationLabel(source: Citation): CitationLabel {
  const href = safeHref(source.url);
  const host = href?.hostname.replace(/^www\./, '');
  return { name: source.publication ?? host ?? source.raw.split('\n')[0] ?? '', href, host };
}
