import { defineProject } from 'vitest/config';

// The end-to-end test: the real CLI makes the feed, the example server serves it, Debian's
// Chromium (through Playwright) renders the page. Slow by nature, hence the long timeouts.
export default defineProject({
  test: {
    name: 'e2e',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
