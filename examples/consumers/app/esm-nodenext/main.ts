// An ESM service in TypeScript strict (nodenext): every package through `import`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { run } from '@briefing/cli';
import type { BriefingFeedElement, BriefingFeedLoadEvent } from '@briefing/feed';
import { parsePage, parseToFeed, toFeed } from '@briefing/parser';
import { convert } from '@briefing/rates';
import { type BriefingFeed, validateFeed } from '@briefing/schema';
import { Writable } from 'node:stream';

const require = createRequire(import.meta.url);
const seedPath = require.resolve('@briefing/schema/fixtures/should-pass/seed-feed.json');
// Run from the project root (the folder with node_modules and the model page).
const page = readFileSync('page.txt', 'utf8');

const checked = validateFeed(JSON.parse(readFileSync(seedPath, 'utf8')));
const feed: BriefingFeed = toFeed(parsePage(page));
const converted = await convert(40_000, 'EUR', 'TWD', '2025-12-20');
// The whole pipeline (parse, feed, reference rates, validation), as `briefing parse` runs it.
const piped = await parseToFeed(page, { generatedAt: '2026-01-05T08:00:00Z' });

let printed = '';
const stdout = new Writable({
  write(chunk, _encoding, done) {
    printed += String(chunk);
    done();
  },
});
const exitCode = await run(['schema', 'briefing'], { stdin: process.stdin, stdout, stderr: process.stderr });

// Types only: the element's class and its typed events are visible to a Node project.
const onLoad = (event: BriefingFeedLoadEvent): number => event.detail.accepted;
const tagName: BriefingFeedElement['tagName'] | undefined = undefined;

console.log(
  JSON.stringify({
    seedValid: checked.ok,
    seedItems: checked.ok ? checked.value.items.length : -1,
    parsedItems: feed.items.length,
    firstTitle: feed.items[0]?.title,
    pipelineValid: piped.validation.ok,
    pipelineFirstRate: piped.feed.items[0]?.money[0]?.stated[0]?.reference?.rate,
    twd: converted.ok ? Math.round(converted.value) : converted.reason,
    cliExit: exitCode,
    cliSchemaDialect: (JSON.parse(printed) as { $schema?: string }).$schema,
    typesOnly: typeof onLoad === 'function' && tagName === undefined,
  }),
);
