import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

// Real Chromium (Debian's /usr/bin/chromium, never a Playwright download), fixed locale and time zone.
export default defineProject({
  // Pre-bundle every dependency the tests reach, including the ones only imported lazily, so
  // Vite never re-optimizes in the middle of a run (which reloads the page and fails the test
  // that was running with "Failed to fetch dynamically imported module").
  optimizeDeps: {
    include: [
      'lit',
      'lit/html.js',
      '@lit-labs/ssr-client/lit-element-hydrate-support.js',
      '@lit-labs/virtualizer/virtualize.js',
      'zod/mini',
      'zod/v4/core',
      'axe-core',
      'react',
      'react-dom',
      'react-dom/client',
      '@lit/react',
    ],
  },
  test: {
    name: 'feed',
    include: ['test/**/*.test.ts'],
    // test/node/ is the server side, a Node project of its own (vitest.node.config.ts).
    exclude: ['test/node/**'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20_000,
    // The virtualizer resizes inside a ResizeObserver callback; Chromium reports the deferred notifications as this benign error.
    onUnhandledError: (error) => !String(error?.message ?? error).includes('ResizeObserver loop'),
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: chromiumLaunchOptions,
        contextOptions: {
          timezoneId: 'UTC',
          locale: 'en-US',
          viewport: { width: 1280, height: 2400 },
          deviceScaleFactor: 2,
        },
      }),
      instances: [{ browser: 'chromium' }],
      viewport: { width: 1000, height: 900 },
    },
  },
});
