import { defineConfig } from 'tsup';

export default defineConfig({
  // http-url is its own entry so that a bundle needing only the URL check (the element's
  // critical path) does not pull in zod and the schema.
  // validate is the validators without the JSON Schema metadata (descriptions.ts), for the element's CDN validator.
  entry: { index: 'src/index.ts', 'http-url': 'src/http-url.ts', validate: 'src/validate-entry.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
