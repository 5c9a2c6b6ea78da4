import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

export default defineConfig({
  // parse-task: what a worker thread runs for `briefing parse` over many pages.
  entry: { index: 'src/index.ts', bin: 'src/bin.ts', 'parse-task': 'src/archive/task.ts' },
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'node20',
  // The worker's CommonJS door (see src/archive/worker.cjs), beside the modules it imports.
  onSuccess: () => copyFile('src/archive/worker.cjs', 'dist/parse-worker.cjs'),
});
