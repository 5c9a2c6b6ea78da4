import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildCdn } from '../scripts/build-cdn.mjs';
import { startServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
  }
}

/**
 * Builds the CDN file (the smoke and CSP tests load it, not the sources) and the element manifest
 * (the README test compares against it), then starts the fixture server.
 */
export default async function setup(project: TestProject) {
  await buildCdn();
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(
    process.execPath,
    [
      'node_modules/@custom-elements-manifest/analyzer/cem.js',
      'analyze',
      '--config',
      'custom-elements-manifest.config.mjs',
      '--quiet',
    ],
    { cwd: root, stdio: 'ignore' },
  );
  const { url, server } = await startServer();
  project.provide('serverUrl', url);
  return async () => {
    // Chromium may keep a connection open (a keep-alive socket, a request the test left waiting):
    // end them all, or close() would wait for them and the run would never finish.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  };
}
