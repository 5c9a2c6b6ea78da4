import { defineProject } from 'vitest/config';

// The server side of @briefing/feed (ssr, syndication) runs in Node: rendered with @lit-labs/ssr,
// read back with independent parsers (parse5 for HTML, @rowanmanning/feed-parser for RSS and Atom).
export default defineProject({
  test: {
    name: 'feed-node',
    include: ['test/node/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
