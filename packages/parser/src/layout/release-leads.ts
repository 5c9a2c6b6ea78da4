/*
 * `MEMPHIS, Tennessee, Sept. 30 -- The University of Memphis issued the following news release
 * on Sept. 29, 2023:`: the lead with which news-release wires pass on an organisation's release
 * (the dated dateline, then "<issuer> issued the following <kind>:"), as newswire syndicators and
 * the sites that carry their feeds print it, whoever issued it (universities, agencies, firms).
 * The issuer is the item's source, as a "press release issued by ..." credit names it; the date
 * is the one the lead states for the release, else the dateline's.
 */

/** The dated dateline (the city in capitals, maybe its state, the date, a dash), then the issuer and the verb. */
const RELEASE_LEAD =
  /^\p{Lu}{2}[\p{Lu} .'’-]{0,28}(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){0,2})?,\s*(\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*(?:--|—|–|\s-)\s*(\p{Lu}[^:]{1,100}?)\s+(?:issued|released|published|distributed)\s+the\s+following(?:\s+[\p{L}-]+){0,3}?(?:\s+on\s+(\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s*\d{4}))?\s*:\s*/u;

export interface ReleaseLead {
  /** The lead as written, its colon included. */
  raw: string;
  /** What the citation parser reads: the issuer and the release's date. */
  readAs: string;
  /** Where the text after the lead starts. */
  rest: number;
}

export function releaseLead(text: string): ReleaseLead | undefined {
  // A dated dateline opens with two capitals; the lead names its verb within 200 characters.
  const c0 = text.charCodeAt(0);
  const c1 = text.charCodeAt(1);
  if (!(c0 >= 65 && c0 <= 90 && c1 >= 65 && c1 <= 90) || !text.includes(' the following')) return undefined;
  const m = RELEASE_LEAD.exec(text.length > 240 ? text.slice(0, 240) : text);
  if (!m) return undefined;
  const issuer = m[2]!.trim();
  if (issuer.split(/\s+/).length > 10) return undefined;
  return { raw: m[0].trim(), readAs: `${issuer}, ${m[3] ?? m[1]!}`, rest: m[0].length };
}
