// A TypeScript app with moduleResolution "bundler", bundled by esbuild for Node: the bundler
// resolves the `import` condition and inlines the packages.
import { extractMoney } from '@briefing/parser';
import { createStaticRates, convert } from '@briefing/rates';
import { type Briefing, validateBriefing } from '@briefing/schema';
import jsonSchema from '@briefing/schema/briefing-feed.schema.json';

const mentions = extractMoney('€40,000 per month (approximately NT$1.48 million)');
const rates = createStaticRates({ base: 'EUR', rates: { USD: 1.25 }, date: '2026-01-02' });
const converted = await convert(100, 'EUR', 'USD', '2026-01-02', rates);
const invalid = validateBriefing({ id: 'x' } satisfies Partial<Briefing>);

console.log(
  JSON.stringify({
    currencies: mentions.flatMap((m) => [m.amount.currency, ...m.stated.map((s) => s.currency)]),
    usd: converted.ok ? converted.value : converted.reason,
    invalidBriefing: invalid.ok,
    schemaDialect: jsonSchema.$schema,
  }),
);
