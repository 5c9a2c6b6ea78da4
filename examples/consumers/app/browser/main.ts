// A browser app bundled by esbuild (code splitting on, so the rate data stays in lazy chunks):
// registers <briefing-feed> from the npm package and hands it the seed feed as a property.
import '@briefing/feed/define';
import type { BriefingFeedLoadEvent } from '@briefing/feed';
import seed from '@briefing/schema/fixtures/should-pass/seed-feed.json';

const element = document.createElement('briefing-feed');
element.addEventListener('briefing-feed-load', (event: BriefingFeedLoadEvent) => {
  document.body.dataset['accepted'] = String(event.detail.accepted);
});
element.feed = seed;
document.body.append(element);
