import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';

// Real Chromium (Debian's /usr/bin/chromium, never a Playwright download), fixed locale and time zone.
export default defineProject({
  test: {
    name: 'feed',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20_000,
    // The virtualizer resizes inside a ResizeObserver callback; Chromium reports the deferred notifications as this benign error.
    onUnhandledError: (error) => !String(error?.message ?? error).includes('ResizeObserver loop'),
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
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
