import { defineConfig } from 'tsup';

export default defineConfig({
  // http-url is its own entry so that a bundle needing only the URL check (the element's
  // critical path) does not pull in zod and the schema.
  entry: ['src/index.ts', 'src/http-url.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
