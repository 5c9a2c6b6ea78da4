/*
 * Generic link shorteners: the link says nothing about the outlet. An outlet's own shortener
 * (rfi.my) is one of its domains instead.
 */
export const LINK_SHORTENERS: Readonly<Record<string, string>> = {
  'bit.ly': 'Bitly',
  'bitly.com': 'Bitly',
  't.co': 'X (Twitter) link shortener',
  'tinyurl.com': 'TinyURL',
  'ow.ly': 'Hootsuite link shortener',
  'buff.ly': 'Buffer link shortener',
  'goo.gl': 'Google link shortener',
  'is.gd': 'is.gd',
  'dlvr.it': 'dlvr.it',
  'url.cn': 'Tencent link shortener',
  't.cn': 'Weibo link shortener',
};

// A Map, not the object: a host named `constructor` must not find Object's own properties.
const shorteners = new Map(Object.entries(LINK_SHORTENERS));

/** Name of the generic shortener serving this host, if it is one. */
export function shortenerName(host: string): string | undefined {
  const h = host.toLowerCase();
  return shorteners.get(host) ?? shorteners.get(h.startsWith('www.') ? h.slice(4) : h);
}
