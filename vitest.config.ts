import { defineConfig } from 'vitest/config';

// One run for the whole repo: each package is a project (node or browser).
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'packages/*/vitest.node.config.ts',
      'examples/*/vitest.config.ts',
    ],
  },
});
