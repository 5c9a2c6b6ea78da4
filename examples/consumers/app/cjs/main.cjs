// A CommonJS service: every package and entry through require() (Node >= 20.19), and the paths a
// copy plugin resolves through the package.
const { readFileSync } = require('node:fs');
const { validateFeed } = require('@briefing/schema');
const { parsePage, toFeed } = require('@briefing/parser');
const { convert } = require('@briefing/rates');
const { run } = require('@briefing/cli');
const feed = require('@briefing/feed');
const define = require('@briefing/feed/define');
const react = require('@briefing/feed/react');
const ssr = require('@briefing/feed/ssr');
const syndication = require('@briefing/feed/syndication');

const seed = JSON.parse(
  readFileSync(require.resolve('@briefing/schema/fixtures/should-pass/seed-feed.json'), 'utf8'),
);
const resolved = [
  '@briefing/feed/cdn/briefing-feed.js',
  '@briefing/feed/cdn/virtualizer.js',
  '@briefing/feed/cdn/rates/index.js',
  '@briefing/feed/cdn/rates/DATA-LICENSE.md',
  '@briefing/feed/custom-elements.json',
  '@briefing/schema/briefing-feed.schema.json',
].map((specifier) => require.resolve(specifier).replace(/\\/g, '/').split('/node_modules/').pop());

(async () => {
  const checked = validateFeed(seed);
  const parsed = toFeed(parsePage(readFileSync(`${__dirname}/../page.txt`, 'utf8')));
  const converted = await convert(40_000, 'EUR', 'TWD', '2025-12-20');
  const silent = { write: () => true };
  const exitCode = await run(['--version'], { stdin: process.stdin, stdout: silent, stderr: silent });
  // The ESM module itself, not a copy: import() and require() give the same class.
  const imported = await import('@briefing/feed');
  console.log(
    JSON.stringify({
      seedValid: checked.ok,
      parsedItems: parsed.items.length,
      twd: converted.ok ? Math.round(converted.value) : converted.reason,
      cliExit: exitCode,
      elementClass: typeof feed.BriefingFeedElement,
      sameClass: imported.BriefingFeedElement === feed.BriefingFeedElement,
      defineExport: typeof define.defineBriefingFeed,
      reactExport: typeof react.BriefingFeed,
      rss: syndication.toRss(seed, { siteUrl: 'https://example.org/' }).startsWith('<?xml'),
      ssrExport: typeof ssr.renderBriefingFeed,
      resolved,
    }),
  );
})();
