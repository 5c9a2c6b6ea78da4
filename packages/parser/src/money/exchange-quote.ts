/*
 * "hovering between RM4.09 and RM4.11 against the US dollar", "gained 10 cents against the US
 * dollar": a figure set against another currency is an exchange rate's level or move (so many
 * ringgit, shillings, cents per dollar), not an amount of money changing hands. The corpus's
 * convention (dev 349, Bernama; dev 405, Capital FM) and the markets pages' wording everywhere
 * (Reuters, Bloomberg: "the rupee closed at 83.12 against the dollar").
 */

/** `against the (US) dollar`, `versus the euro`, `vs the greenback`: a currency named after the figure. */
const AGAINST_CURRENCY_Y =
  /[ \u00a0]+(?:against|versus|vs\.?)[ \u00a0]+(?:the[ \u00a0]+)?(?:(?:US|U\.S\.|American|Singapore|Hong[ \u00a0]+Kong|Australian|Canadian|single)[ \u00a0]+)?(?:dollar|greenback|euro|yen|yuan|renminbi|pound|sterling|rupee|ringgit|baht|won|franc)(?![A-Za-z])/iy;

/** True when the amount ending at `end` is quoted against a currency (an exchange rate). */
export function quotedAgainstCurrency(text: string, end: number): boolean {
  AGAINST_CURRENCY_Y.lastIndex = end;
  return AGAINST_CURRENCY_Y.test(text);
}
