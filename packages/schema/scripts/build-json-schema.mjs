// Writes the JSON Schema files shipped in the package, from the built zod schemas.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchemas } from '../dist/index.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const { feed, briefing } = toJsonSchemas(pkg.version);
const out = new URL('../schemas/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('briefing-feed.schema.json', out), `${JSON.stringify(feed, null, 2)}\n`);
writeFileSync(new URL('briefing.schema.json', out), `${JSON.stringify(briefing, null, 2)}\n`);
console.log(`wrote schemas/briefing-feed.schema.json and schemas/briefing.schema.json (${pkg.version})`);
