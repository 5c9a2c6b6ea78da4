import { defineProject } from 'vitest/config';

// Packed tarballs installed into a throw-away project (one npm install, shared by every test file):
// what a new user gets from the registry, tried as ESM + TypeScript, CommonJS, an esbuild app, a
// React 19 app and the CDN file alone, in Node and Debian's Chromium.
export default defineProject({
  test: {
    name: 'consumers',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
