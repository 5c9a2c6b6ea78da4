import { withoutFinalDot } from './publications.js';

/*
 * Country-code domains sold and used as generic ones (`x254.co`, `news.io`, `radio.fm`): Google
 * Search Central's list of generic country-code top-level domains (gccTLDs), which it does not
 * geotarget. Such a domain names its country only under that country's own second level
 * (`eltiempo.com.co`).
 */
const GENERIC_CC = new Set([
  'ad',
  'as',
  'bz',
  'cc',
  'cd',
  'co',
  'dj',
  'fm',
  'io',
  'la',
  'me',
  'ms',
  'nu',
  'sc',
  'sr',
  'su',
  'tv',
  'tk',
  'ws',
]);
const NATIONAL_SECOND_LEVEL = /\.(?:com|org|net|gov|edu|ac|co|gob|nom|info)\.[a-z]{2}$/;

/**
 * The country a host's top-level domain names (`.hk`, `.com.au`): country-code domains are the
 * ISO 3166-1 alpha-2 codes (IANA's root zone; `.uk` is GB), so a page served under one comes
 * from that country's press, for a host the table does not know.
 */
export function countryOfHost(host: string): { name: string; country: string } | undefined {
  const h = withoutFinalDot(host.toLowerCase());
  const tld = h.slice(h.lastIndexOf('.') + 1);
  if (!/^[a-z]{2}$/.test(tld) || tld === 'eu') return undefined;
  if (GENERIC_CC.has(tld) && !NATIONAL_SECOND_LEVEL.test(h)) return undefined;
  return { name: `a .${tld} address`, country: tld === 'uk' ? 'GB' : tld.toUpperCase() };
}
