import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/server.mjs';

/*
 * The service against hostile clients: status codes, JSON error bodies, and that it keeps
 * serving. Outcomes only; how fast is the attack bench's job (bench/attack.mjs).
 */

const seedFeed = readFileSync(
  fileURLToPath(new URL('../../../packages/schema/fixtures/should-pass/seed-feed.json', import.meta.url)),
  'utf8',
);
const MB = 1024 * 1024;
const servers: Server[] = [];

async function start(settings: Parameters<typeof createServer>[0] = {}): Promise<string> {
  const server = createServer(settings);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const post = (base: string, path: string, body: BodyInit, type: string) =>
  fetch(base + path, { method: 'POST', body, headers: { 'content-type': type } });

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

/** Sends raw bytes and reads the whole answer until the server closes. */
function raw(base: string, text: string, { pauseMs = 0 } = {}): Promise<string> {
  const port = Number(new URL(base).port);
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(text);
      if (pauseMs === 0) return;
    });
    let out = '';
    socket.on('data', (chunk) => {
      out += chunk;
    });
    socket.on('close', () => resolve(out));
    socket.on('error', reject);
  });
}

const fill = (unit: string, bytes: number, prefix = '') =>
  prefix + unit.repeat(Math.floor((bytes - prefix.length) / unit.length));

describe('worst inputs under the body limit', { timeout: 120_000 }, () => {
  it('answers them all with JSON, none with an internal error', async () => {
    // A generous budget: the outcome must not depend on how busy the machine is.
    const base = await start({ timeBudgetMs: 120_000 });
    const cases: [string, string, string][] = [
      ['/parse', 'text/html', fill('<b>', MB - 1024)],
      ['/parse', 'text/html', fill('<div>', MB - 1024)],
      ['/parse?report=1', 'text/plain', fill('$1,', 200_000, 'Briefings - 2. page\n\nA title\n\nIt cost ')],
      ['/validate', 'application/json', `${'['.repeat(300_000)}${']'.repeat(300_000)}`],
      [
        '/validate?mode=lenient',
        'application/json',
        `{"schemaVersion":1,"title":"x","generatedAt":"2024-01-01T00:00:00Z","items":[${fill('{},', 300_000)}{}]}`,
      ],
    ];
    const statuses = [];
    for (const [path, type, body] of cases) {
      const response = await post(base, path, body, type);
      statuses.push(response.status);
      const text = await response.text();
      expect(() => JSON.parse(text)).not.toThrow();
    }
    expect(statuses).toEqual([200, 200, 200, 422, 422]);
  });

  it('reports deep JSON as too deep and caps the issues of a lenient feed', async () => {
    const base = await start({ timeBudgetMs: 120_000 });
    const deep = await post(
      base,
      '/validate',
      `{"schemaVersion":1,"extensions":${'['.repeat(5000)}${']'.repeat(5000)}}`,
      'application/json',
    );
    expect(deep.status).toBe(422);
    const body = (await deep.json()) as { issues: { code: string }[] };
    expect(body.issues.map((i) => i.code)).toContain('too_deep');

    const items = Array(20_000).fill('{}').join(',');
    const lenient = await post(
      base,
      '/validate?mode=lenient',
      `{"schemaVersion":1,"title":"x","generatedAt":"2024-01-01T00:00:00Z","items":[${items}]}`,
      'application/json',
    );
    const issues = ((await lenient.json()) as { issues: { code: string; message: string }[] }).issues;
    expect(issues).toHaveLength(1001);
    expect(issues.at(-1)).toMatchObject({
      code: 'too_many_issues',
      message: 'and 139000 more problems not listed (maxIssues 1000)',
    });
  });
});

describe('limits', { timeout: 120_000 }, () => {
  it('a request over the time budget gets 503 with a reason, and the service goes on', async () => {
    // A budget of 1 ms: no 1 MB page can be parsed in it, however fast the machine.
    const base = await start({ timeBudgetMs: 1 });
    const slow = await post(base, '/parse', fill('<div>', MB - 1024), 'text/html');
    expect(slow.status).toBe(503);
    expect(slow.headers.get('retry-after')).toBe('5');
    const error = await errorOf(slow);
    expect(error.code).toBe('time_budget_exceeded');
    expect(error.message).toContain('time budget of 0.001 s');
    const after = await fetch(`${base}/schema`);
    expect(after.status).toBe(200);
  });

  it('a full queue gets 429 with Retry-After', async () => {
    const base = await start({ maxLargeQueue: 1, timeBudgetMs: 120_000 });
    const big = fill('$1,', 600_000, 'Briefings - 2. page\n\nA title\n\nIt cost ');
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => post(base, '/parse', big, 'text/plain')),
    );
    const limited = responses.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]?.headers.get('retry-after')).toBe('1');
    expect((await errorOf(limited[0]!)).code).toBe('too_many_requests');
    expect(responses.filter((r) => r.status === 200).length).toBeGreaterThan(0);
  });

  it('an answer over the response limit is a clear 422', async () => {
    const base = await start({ maxResponseBytes: 1000, timeBudgetMs: 120_000 });
    const response = await post(base, '/validate', seedFeed, 'application/json');
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error.code).toBe('result_too_large');
    expect(error.message).toContain('over the response limit of 1000 bytes');
  });

  it('a 5 MB upload from fetch gets its 413, not a broken pipe', async () => {
    const base = await start();
    const response = await post(base, '/validate', 'x'.repeat(5 * MB), 'application/json');
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe('payload_too_large');
  });
});

describe('malformed and slow HTTP', () => {
  it('no Host header: a JSON 400', async () => {
    const base = await start();
    const answer = await raw(base, 'GET /schema HTTP/1.1\r\nConnection: close\r\n\r\n');
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
    expect(answer).toContain('"code":"missing_host"');
  });

  it('oversized headers: a JSON 431', async () => {
    const base = await start();
    const answer = await raw(base, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(answer).toContain('"code":"headers_too_large"');
  });

  it('a body that never finishes: a JSON 408 after the request timeout', async () => {
    const base = await start({ requestTimeoutMs: 400, headersTimeoutMs: 300 });
    const answer = await raw(
      base,
      'POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":',
    );
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 408 Request Timeout');
    expect(answer).toContain('"code":"request_timeout"');
  });
});
