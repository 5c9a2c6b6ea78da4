// `node packages/feed/scripts/write-readme-tables.mjs README.md` (root script `pnpm docs`):
// rewrites the <briefing-feed> tables of a README from the built custom-elements.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderTables, spliceTables } from './readme-tables.mjs';

const target = process.argv[2];
if (!target) {
  console.error('usage: write-readme-tables.mjs <README.md>');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
writeFileSync(target, spliceTables(readFileSync(target, 'utf8'), renderTables(manifest)));
console.log(`updated the <briefing-feed> tables in ${target}`);
