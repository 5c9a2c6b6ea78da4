#!/usr/bin/env node
// Release gate: fails when the embedded ECB data ends more than 90 days before the release (today, or
// --today YYYY-MM-DD). Run at version time (`pnpm version-packages`, before `changeset version`), not in
// `pnpm test`: the data ages with the calendar, and a test that turns red on its own would block every
// unrelated change. The fix is `briefing rates update` then `pnpm rates:refresh` (see CONTRIBUTING.md).
import { readFileSync } from 'node:fs';

export const MAX_AGE_DAYS = 90;

const args = process.argv.slice(2);
const at = args.indexOf('--today');
const today = at >= 0 ? args[at + 1] : new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today ?? '')) {
  console.error(`check-fresh: --today must be YYYY-MM-DD; got "${today}"`);
  process.exit(2);
}
// Read the generated metadata as text: no build needed, and no code of the package runs.
const index = readFileSync(new URL('../src/data/index.ts', import.meta.url), 'utf8');
const last = /ecb: \{[\s\S]*?last: '(\d{4}-\d{2}-\d{2})'/.exec(index)?.[1];
if (!last) {
  console.error('check-fresh: cannot find the ECB last date in src/data/index.ts');
  process.exit(2);
}
const age = Math.round((Date.parse(today) - Date.parse(last)) / 86_400_000);
if (age > MAX_AGE_DAYS) {
  console.error(
    `check-fresh: the embedded ECB rates end ${last}, ${age} days before ${today} (more than ${MAX_AGE_DAYS}); run \`briefing rates update\` then \`pnpm rates:refresh\` before releasing`,
  );
  process.exit(1);
}
console.log(`check-fresh: the embedded ECB rates end ${last}, ${age} days before ${today}: ok`);
