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

/** A first draft that is the page's own title: a digest's name, or a title over a standfirst announcing the list. */
export function pageHead(d: { title: string; body: readonly string[] }): boolean {
  if (DIGEST_NAME.test(d.title)) return true;
  const intro = d.body[0];
  return d.body.length <= 2 && intro !== undefined && intro.length <= 200 && LISTING_INTRO.test(intro);
}
