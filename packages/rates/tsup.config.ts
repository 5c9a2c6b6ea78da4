import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // One chunk per data shard (src/data/ecb-YYYY.ts, fed-h10.ts): a browser loads only the years it needs.
  splitting: true,
  treeshake: true,
});
