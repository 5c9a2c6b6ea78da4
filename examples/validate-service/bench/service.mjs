// What both service benches need: the service started on a free port, and the well-behaved
// requests (a schema GET, the seed feed to /validate, a page to /parse).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const here = (path) => fileURLToPath(new URL(path, import.meta.url));
export const seedFeed = readFileSync(here('../../../packages/schema/fixtures/should-pass/seed-feed.json'));
export const page = readFileSync(here('../../static-site/data/briefings-page-2.txt'));

/** Starts src/server.mjs on a free port; resolves with the child and its base URL. */
export function startService() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [here('../src/server.mjs')], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /http:\/\/localhost:(\d+)\//.exec(out);
      if (match) resolve({ child, base: `http://127.0.0.1:${match[1]}` });
    });
    child.once('exit', (code) => reject(new Error(`the service exited early (code ${code})`)));
    child.once('error', reject);
  });
}

/** The requests a well-behaved client sends, with the status each must get. */
export const WELL_BEHAVED = [
  { name: 'GET /schema', method: 'GET', path: '/schema', expect: 200 },
  {
    name: 'POST /validate',
    method: 'POST',
    path: '/validate',
    body: seedFeed,
    type: 'application/json',
    expect: 200,
  },
  {
    name: 'POST /parse',
    method: 'POST',
    path: '/parse',
    body: page,
    type: 'text/plain; charset=utf-8',
    expect: 200,
  },
];
