import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { validateFeed } from '@briefing/schema';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/server.mjs';

const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const seedFeed = readFileSync(repo('packages/schema/fixtures/should-pass/seed-feed.json'), 'utf8');
const pageText = readFileSync(repo('examples/static-site/data/briefings-page-2.txt'), 'utf8');

const EXPECTED_SOURCES = [
  ['Radio France International', '2026-01-02', 'https://rfi.my/CJgd'],
  ['Epoch Times', '2025-12-23', 'https://www.epochtimes.com/b5/25/12/23/n14660760.htm'],
  ['Central News Agency', '2025-12-20', 'https://www.cna.com.tw/news/acn/202512200196.aspx'],
  [
    "People's Daily",
    '2026-01-03',
    'https://paper.people.com.cn/rmrb/pc/content/202601/03/content_30128998.html',
  ],
  ['Lianhe Zaobao', '2026-01-02', 'https://www.zaobao.com.sg/finance/china/story20260102-8044089'],
  ['Guancha', '2026-01-03', 'https://www.toutiao.com/article/7590933838105248282'],
  ['Central News Agency', '2026-01-04', 'https://www.cna.com.tw/news/acn/202601040175.aspx'],
  ['Guancha', '2025-12-29', 'https://www.guancha.cn/Neil/2025_12_29_801980.shtml'],
];

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const post = (path: string, body: BodyInit, type?: string) =>
  fetch(base + path, { method: 'POST', body, headers: type ? { 'content-type': type } : {} });

type ErrorBody = { error: { code: string; message: string } };

/** Every error answer has the same JSON shape, a readable message and no stack trace. */
async function expectError(response: Response, status: number, code: string): Promise<ErrorBody> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const body = (await response.json()) as ErrorBody;
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(10);
  expect(body.error.message).not.toMatch(/\n\s+at /);
  return body;
}

function brokenFeed() {
  const feed = JSON.parse(seedFeed);
  feed.items[2].sources[0].url = 'javascript:alert(1)';
  delete feed.items[5].title;
  return feed;
}

describe('POST /validate', () => {
  it('answers 200 with the normalized feed for a valid one', async () => {
    const response = await post('/validate', seedFeed, 'application/json');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.ok).toBe(true);
    const expected = validateFeed(JSON.parse(seedFeed));
    expect(expected.ok).toBe(true);
    expect(body.feed).toEqual(expected.value);
    expect(body.feed.items).toHaveLength(8);
  });

  it('accepts application/*+json and a utf-8 charset', async () => {
    const response = await post('/validate', seedFeed, 'application/feed+json; charset=UTF-8');
    expect(response.status).toBe(200);
  });

  it('answers 422 with every issue, its path and readable text for an invalid feed', async () => {
    const response = await post('/validate', JSON.stringify(brokenFeed()), 'application/json');
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.ok).toBe(false);
    expect(body.feed).toBeUndefined();
    const pointers = body.issues.map((issue: { pointer: string }) => issue.pointer);
    expect(pointers).toContain('/items/2/sources/0/url');
    expect(pointers).toContain('/items/5/title');
    expect(body.text).toContain('items[2].sources[0].url');
    expect(body.text).toContain('items[5].title');
    expect(body.text.split('\n')).toHaveLength(body.issues.length);
  });

  it('in lenient mode keeps the valid items and names the rejected ones', async () => {
    const response = await post('/validate?mode=lenient', JSON.stringify(brokenFeed()), 'application/json');
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.mode).toBe('lenient');
    expect(body.feed.items).toHaveLength(6);
    expect(body.feed.items.map((item: { id: string }) => item.id)).not.toContain(
      JSON.parse(seedFeed).items[2].id,
    );
    const valid = await post('/validate?mode=lenient', seedFeed, 'application/json');
    expect(valid.status).toBe(200);
    expect((await valid.json()).feed.items).toHaveLength(8);
  });

  it('rejects an unknown mode with 400', async () => {
    const body = await expectError(
      await post('/validate?mode=loose', seedFeed, 'application/json'),
      400,
      'invalid_mode',
    );
    expect(body.error.message).toContain('"lenient"');
  });

  it('answers malformed JSON with 400 naming the problem', async () => {
    const body = await expectError(
      await post('/validate', '{"schemaVersion": 1,', 'application/json'),
      400,
      'invalid_json',
    );
    expect(body.error.message).toContain('not valid JSON');
    await expectError(await post('/validate', '', 'application/json'), 400, 'invalid_json');
  });

  it('answers a body that is not UTF-8 with 400', async () => {
    await expectError(
      await post('/validate', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'application/json'),
      400,
      'invalid_encoding',
    );
  });

  it('answers the wrong content type with 415', async () => {
    const body = await expectError(
      await post('/validate', seedFeed, 'text/plain'),
      415,
      'unsupported_media_type',
    );
    expect(body.error.message).toContain('application/json');
    await expectError(await post('/validate', seedFeed), 415, 'unsupported_media_type');
    await expectError(
      await post('/validate', seedFeed, 'application/json; charset=latin1'),
      415,
      'unsupported_charset',
    );
  });

  it('answers a body over 1 MB with 413, with or without Content-Length, and keeps serving', async () => {
    const big = `{"title": "${'x'.repeat(1024 * 1024 + 10)}"}`;
    await expectError(await post('/validate', big, 'application/json'), 413, 'payload_too_large');

    // Streamed (chunked, no Content-Length): the service must stop reading at the limit. The
    // body offered is 16 MB; socket buffers may take a few MB past the limit before the 413
    // reaches the client (a loaded machine took all of a 4 MB body), but a service reading to
    // the end would pull all of it.
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    const chunks = 256;
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= chunks) controller.close();
        else {
          sent++;
          controller.enqueue(chunk);
        }
      },
    });
    const streamed = await fetch(`${base}/validate`, {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    await expectError(streamed, 413, 'payload_too_large');
    expect(sent).toBeLessThan(chunks);

    const after = await post('/validate', seedFeed, 'application/json');
    expect(after.status).toBe(200);
  });

  it('never crashes or answers 5xx whatever JSON-ish text it gets', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify({ schemaVersion: 1, title: 't', items: [value] })),
        ),
        async (text) => {
          const response = await post('/validate', text, 'application/json');
          expect([200, 400, 422]).toContain(response.status);
          const body = await response.json();
          if (response.status === 400) expect(body.error.code).toMatch(/^invalid_/);
          else expect(typeof body.ok).toBe('boolean');
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('POST /parse', () => {
  it('turns the fixture page (text/plain) into a valid feed with the expected citations', async () => {
    const response = await post('/parse', pageText, 'text/plain; charset=utf-8');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-briefing-items')).toBe('8');
    const feed = await response.json();
    expect(validateFeed(feed).ok).toBe(true);
    expect(feed.title).toBe('Briefings');
    expect(feed.page.number).toBe(2);
    const sources = feed.items.map(
      (item: { sources: { publication: string; date: string; url: string }[] }) => {
        const [source] = item.sources;
        return [source?.publication, source?.date, source?.url];
      },
    );
    expect(sources).toEqual(EXPECTED_SOURCES);
  });

  it('parses the same page written as HTML', async () => {
    const blocks = pageText.split(/\n\s*\n/).map((block) => block.trim());
    const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const html = `<!doctype html><html lang="en"><body>${blocks
      .map((block) => {
        if (block.startsWith('Source:')) {
          const [line, url = ''] = block.split('\n');
          return `<p>${escapeHtml(line ?? '')}<br><a href="${url}">${escapeHtml(url)}</a></p>`;
        }
        return block.length < 130 && !block.endsWith('.')
          ? `<h2>${escapeHtml(block)}</h2>`
          : `<p>${escapeHtml(block)}</p>`;
      })
      .join('\n')}</body></html>`;
    const response = await post('/parse', html, 'text/html');
    expect(response.status).toBe(200);
    const feed = await response.json();
    expect(validateFeed(feed).ok).toBe(true);
    expect(feed.items).toHaveLength(8);
    expect(feed.items.map((item: { sources: { url: string }[] }) => item.sources[0]?.url)).toEqual(
      EXPECTED_SOURCES.map((source) => source[2]),
    );
  });

  it('with ?report=1 also returns the page, the issues and the unparsed text', async () => {
    const response = await post('/parse?report=1', pageText, 'text/plain');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.page).toMatchObject({ title: 'Briefings', number: 2, chrome: ['Skip to content'] });
    expect(Array.isArray(body.issues)).toBe(true);
    expect(Array.isArray(body.unparsed)).toBe(true);
    expect(body.feed.items).toHaveLength(8);
  });

  it('answers JSON sent to /parse with 415', async () => {
    await expectError(await post('/parse', seedFeed, 'application/json'), 415, 'unsupported_media_type');
  });

  it('answers a page over 1 MB with 413', async () => {
    await expectError(
      await post('/parse', 'a'.repeat(1024 * 1024 + 1), 'text/plain'),
      413,
      'payload_too_large',
    );
  });
});

describe('GET /schema', () => {
  it('serves the published feed schema as application/schema+json', async () => {
    const response = await fetch(`${base}/schema`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/schema+json; charset=utf-8');
    const text = await response.text();
    expect(text).toBe(readFileSync(repo('packages/schema/schemas/briefing-feed.schema.json'), 'utf8'));
    expect(JSON.parse(text).$id).toMatch(/briefing-feed\.schema\.json$/);
  });

  it('serves the briefing schema at /schema/briefing', async () => {
    const response = await fetch(`${base}/schema/briefing`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/schema+json; charset=utf-8');
    expect((await response.json()).$id).toMatch(/\/briefing\.schema\.json$/);
  });
});

describe('routing', () => {
  it('answers an unknown route with 404', async () => {
    await expectError(await fetch(`${base}/nope`), 404, 'not_found');
    await expectError(await post('/validate/extra', seedFeed, 'application/json'), 404, 'not_found');
  });

  it('answers a wrong method with 405 and an Allow header', async () => {
    const get = await fetch(`${base}/validate`);
    expect(get.headers.get('allow')).toBe('POST');
    await expectError(get, 405, 'method_not_allowed');
    const del = await fetch(`${base}/schema`, { method: 'DELETE' });
    expect(del.headers.get('allow')).toBe('GET, HEAD');
    await expectError(del, 405, 'method_not_allowed');
  });

  it('lists its endpoints at /', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(Object.keys((await response.json()).endpoints)).toContain('POST /validate');
  });
});
