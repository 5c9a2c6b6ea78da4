import { defineProject } from 'vitest/config';

export default defineProject({
  // Property and corpus tests run thousands of generated pages or every corpus page in one test:
  // a second or two on an idle machine, past vitest's 5 s default on a loaded one.
  test: { name: 'parser', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 30_000 },
});
