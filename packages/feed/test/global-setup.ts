import type { TestProject } from 'vitest/node';
import { buildCdn } from '../scripts/build-cdn.mjs';
import { startServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
  }
}

/** Builds the CDN file (the smoke and CSP tests load it, not the sources) and starts the fixture server. */
export default async function setup(project: TestProject) {
  await buildCdn();
  const { url, server } = await startServer();
  project.provide('serverUrl', url);
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
