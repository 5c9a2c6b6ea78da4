import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  // No source maps: the 29 data chunks would carry ~2.3 MB of maps for generated data.
  sourcemap: false,
  target: 'es2022',
  // One chunk per data shard (src/data/ecb-YYYY.ts, fed-h10.ts): a browser loads only the years it needs.
  splitting: true,
  treeshake: true,
});
