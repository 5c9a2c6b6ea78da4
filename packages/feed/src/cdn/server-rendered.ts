/**
 * True when the page may hold a server-rendered `<briefing-feed>`: one already has a (declarative)
 * shadow root before the tag is defined, or the document is still being parsed (a script marked
 * `async` can run before the element is parsed, so the safe answer then is yes).
 */
export function hasServerRenderedFeed(document: Document): boolean {
  if (document.readyState === 'loading') return true;
  for (const element of document.getElementsByTagName('briefing-feed'))
    if (element.shadowRoot) return true;
  return false;
}
