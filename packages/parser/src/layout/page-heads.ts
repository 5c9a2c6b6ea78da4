/*
 * The page's own title over its standfirst, read as a first item (see `keepBriefings`): a digest
 * names itself, or its standfirst announces the list below it.
 */

/** Words a digest names itself with: `Daily Brief`, `Morning Briefing`, `news roundup`, `things to know`. */
const DIGEST_NAME =
  /\b(?:daily|morning|evening|weekly|nightly|weekend)\s+(?:brief(?:ing)?s?|buzz|digest|round-?up|update|headlines|debrief|wrap)\b|\bnews\s+(?:round-?up|digest|as it happened)\b|\bthings (?:you need )?to know\b|^welcome to\b|\bnewsletter\b/i;

/**
 * A standfirst announcing the list under it: `The following is the first summary of major
 * stories moved by Yonhap News Agency` (Yonhap's summaries, on its own site and on OANA's, dev
 * 534 and 689), `The following is the latest list of selected news summaries by Kyodo News`,
 * `The following are news in Kenya's major media outlets on Thursday` (Xinhua's press review),
 * `Here is the latest in World News from Reuters News` (a Reuters section mirror, dev 418),
 * `KATHMANDU: Khabarhub brings you a glimpse of major developments of the day` (a Nepali news
 * site's daily nutshell, dev 504; `... brings you the top stories`, the same sentence of Indian
 * and Nepali portals' roundups): the
 * wire services' and press reviews' opening sentence, which speaks of the list, not of an event.
 */
const LISTING_INTRO =
  /^(?:the following (?:is|are)\b.{0,80}\b(?:summar(?:y|ies)|list|news|headlines|stories|briefs?|highlights|items)\b|here (?:is|are) (?:the|a|today'?s|your|our) (?:latest|top|main|day'?s|major|summary|roundup|round-up|headlines|news)\b|(?:[A-Z][A-Z .]{2,30}[:,]\s*)?(?:\S+\s){0,3}brings? you (?:a (?:glimpse|roundup|round-up|summary|wrap) of|the (?:latest|top|major|main|day'?s)|today'?s)\b)/i;

/**
 * A first draft that is the page's own title: a digest's name, a title over a standfirst
 * announcing the list, or the page's opening line printed again over the items. A page prints its
 * document title twice, in its `<title>` or breadcrumb at the top and again as the post's `<h1>`
 * (a Korean wire repost's press review, a markets blog's links post, a Chinese reading site's
 * top-ten post, dev 737, 750, 751): the copy of the page's first line is the page's header, not
 * its first item, whatever credit its standfirst seems to give. `again` holds the lines below the
 * first that repeat it (see `firstLineAgain`).
 */
export function pageHead(
  d: { title: string; at: number; body: readonly string[] },
  again?: ReadonlySet<number>,
): boolean {
  if (DIGEST_NAME.test(d.title) || again?.has(d.at)) return true;
  const intro = d.body[0];
  return d.body.length <= 2 && intro !== undefined && intro.length <= 200 && LISTING_INTRO.test(intro);
}

/** The lines below the page's first line that repeat it word for word (see `pageHead`): one pass, a length check first. */
export function firstLineAgain(lines: readonly { text: string }[]): Set<number> {
  const again = new Set<number>();
  const head = lines[0]?.text;
  if (head === undefined || head.length < 8) return again;
  for (let k = 1; k < lines.length; k++)
    if (lines[k]!.text.length === head.length && lines[k]!.text === head) again.add(k);
  return again;
}

/** A dropped draft's text, its credits' own words with it (a credit shared by a group stays the group's). */
export function droppedTexts(d: {
  title: string;
  body: readonly string[];
  by?: string;
  sources: unknown[];
}): string[] {
  const out = [d.title, ...d.body];
  if (d.by !== undefined) out.push(d.by);
  for (const c of d.sources as { raw?: string; shared?: true }[]) if (!c.shared && c.raw) out.push(c.raw);
  return out;
}
