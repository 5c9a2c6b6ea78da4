// A small HTTP service around @briefing/schema and @briefing/parser, on node:http alone.
//
//   POST /validate[?mode=strict|lenient]  application/json        -> 200 { ok, feed } | 422 { ok, issues, text }
//   POST /parse[?language=en&report=1]    text/plain | text/html  -> 200 BriefingFeed (or { feed, issues, unparsed, page })
//                                         (parseToFeed, as `briefing parse`: stated conversions checked against the
//                                         embedded rates, or --rates FILE|URL layered over them; --nearest DAYS)
//   GET  /schema, /schema/feed, /schema/briefing                  -> the JSON Schema (application/schema+json)
//
// Every error is JSON, `{ "error": { "code", "message" } }`, with the right status: malformed
// JSON 400, wrong content type 415, body over the limit 413, unknown route 404, wrong method
// 405, headers too large 431, queue full 429 (Retry-After), over the time budget 503, an answer
// over the response limit 422. Nothing a client sends can crash the process, get a stack trace
// back or hold up other clients: the work runs in worker threads (pool.mjs, tasks.mjs).
//
// Limits (createServer settings, defaults): maxBodyBytes 1 MiB; maxResponseBytes 8 MiB;
// maxDepth 64 and maxIssues 1000 (validation); maxMentionsPerParagraph 100 (parsing);
// timeBudgetMs 5000 per request; maxQueue 1024 small / maxLargeQueue 8 large requests;
// maxConnections 2048; headersTimeoutMs 10000; requestTimeoutMs 30000; maxHeaderBytes 16 KiB.
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MAX_NEAREST_DAYS } from '@briefing/parser';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_ISSUES } from '@briefing/schema';
import { drainThenClose, readBody } from './body.mjs';
import { HttpError } from './http-error.mjs';
import { createPools } from './pool.mjs';
import { loadRates } from './rates.mjs';

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** Answers larger than this are refused with a clear 422 rather than sent. */
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
/** Connections held at once; more are refused at accept. */
export const DEFAULT_MAX_CONNECTIONS = 2_048;

const SCHEMA_FILES = {
  feed: '@briefing/schema/briefing-feed.schema.json',
  briefing: '@briefing/schema/briefing.schema.json',
};

/** Reads the published schema files once; they are served byte for byte as the package ships them. */
function loadSchemas() {
  const out = {};
  for (const [name, specifier] of Object.entries(SCHEMA_FILES)) {
    out[name] = readFileSync(fileURLToPath(import.meta.resolve(specifier)));
  }
  return out;
}

const JSON_TYPE = 'application/json; charset=utf-8';

function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': JSON_TYPE,
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

function sendError(res, error) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, error.status, { error: { code: error.code, message: error.message } }, error.headers);
}

/** `application/json; charset=utf-8` -> { type: 'application/json', charset: 'utf-8' }. */
function mediaType(header) {
  if (!header) return { type: '', charset: undefined };
  const [type = '', ...params] = header.split(';');
  let charset;
  for (const param of params) {
    const [key, value] = param.split('=');
    if (key?.trim().toLowerCase() === 'charset') charset = value?.trim().replace(/^"|"$/g, '').toLowerCase();
  }
  return { type: type.trim().toLowerCase(), charset };
}

function requireType(req, accepted, what) {
  const { type, charset } = mediaType(req.headers['content-type']);
  if (!accepted(type)) {
    throw new HttpError(
      415,
      'unsupported_media_type',
      `${what}; got ${type ? `"${type}"` : 'no Content-Type header'}`,
      { accept: 'application/json, text/plain, text/html' },
    );
  }
  if (charset && charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii') {
    throw new HttpError(
      415,
      'unsupported_charset',
      `only UTF-8 bodies are accepted; got charset "${charset}"`,
    );
  }
  return type;
}

const isJsonType = (type) => type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type);
const isPageType = (type) =>
  type === 'text/plain' || type === 'text/html' || type === 'application/xhtml+xml';

function queryChoice(url, name, allowed, fallback) {
  const value = url.searchParams.get(name);
  if (value === null || value === '') return fallback;
  if (!allowed.includes(value)) {
    throw new HttpError(
      400,
      `invalid_${name}`,
      `query parameter "${name}" must be ${allowed.map((a) => `"${a}"`).join(' or ')}; got ${JSON.stringify(value.slice(0, 60))}`,
    );
  }
  return value;
}

async function validateRoute(req, res, url, options) {
  const mode = queryChoice(url, 'mode', ['strict', 'lenient'], 'strict');
  requireType(req, isJsonType, 'POST /validate takes a JSON feed (Content-Type: application/json)');
  const body = await readBody(req, options.maxBodyBytes);
  send(res, await options.pools.run({ route: 'validate', body, mode, limits: options.limits }));
}

async function parseRoute(req, res, url, options) {
  const type = requireType(req, isPageType, 'POST /parse takes a page as text/plain or text/html');
  const report = queryChoice(url, 'report', ['0', '1', 'true', 'false'], '0');
  const language = url.searchParams.get('language') ?? undefined;
  if (language !== undefined && language.length > 64)
    throw new HttpError(
      400,
      'invalid_language',
      `query parameter "language" is over 64 characters (${language.length})`,
    );
  const body = await readBody(req, options.maxBodyBytes);
  send(
    res,
    await options.pools.run({
      route: 'parse',
      body,
      type,
      language,
      report: report === '1' || report === 'true',
      limits: options.limits,
      ...(options.rates ? { rates: options.rates } : {}),
    }),
  );
}

/** Writes a worker's answer (its body is JSON text already). */
function send(res, { status, body, headers }) {
  res.writeHead(status, {
    'content-type': JSON_TYPE,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

function schemaRoute(name) {
  return (req, res, _url, options) => {
    const body = options.schemas[name];
    res.writeHead(200, {
      'content-type': 'application/schema+json; charset=utf-8',
      'content-length': body.length,
      'cache-control': 'public, max-age=300',
      'access-control-allow-origin': '*',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

function indexRoute(_req, res) {
  sendJson(res, 200, {
    service: 'briefing validate-service',
    endpoints: {
      'POST /validate': 'application/json feed; ?mode=strict|lenient',
      'POST /parse': 'text/plain or text/html page; ?language=<BCP 47>&report=1',
      'GET /schema': 'the BriefingFeed JSON Schema',
      'GET /schema/briefing': 'the Briefing JSON Schema',
    },
  });
}

const ROUTES = {
  '/': { GET: indexRoute, HEAD: indexRoute },
  '/validate': { POST: validateRoute },
  '/parse': { POST: parseRoute },
  '/schema': { GET: schemaRoute('feed'), HEAD: schemaRoute('feed') },
  '/schema/feed': { GET: schemaRoute('feed'), HEAD: schemaRoute('feed') },
  '/schema/briefing': { GET: schemaRoute('briefing'), HEAD: schemaRoute('briefing') },
};

const clientErrorAnswer = (status, reason, code, message) => {
  const body = JSON.stringify({ error: { code, message } });
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Type: ${JSON_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
};

/**
 * Creates the service (not yet listening). Closing it stops its worker pools.
 * @param {{
 *   maxBodyBytes?: number, maxResponseBytes?: number, maxDepth?: number, maxIssues?: number,
 *   maxMentionsPerParagraph?: number, timeBudgetMs?: number, maxQueue?: number,
 *   maxLargeQueue?: number, threads?: number, maxConnections?: number,
 *   requestTimeoutMs?: number, headersTimeoutMs?: number, maxHeaderBytes?: number,
 *   rates?: { sources: string[], nearestDays?: number },
 * }} [settings]
 *   `rates`: POST /parse checks stated conversions against the embedded rates (as `briefing parse`),
 *   or against these rates sources layered over them (files, URLs or rates folders, see `loadRates`);
 *   the workers load them.
 * @returns {import('node:http').Server}
 */
export function createServer({
  maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
  maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES,
  maxDepth = DEFAULT_MAX_DEPTH,
  maxIssues = DEFAULT_MAX_ISSUES,
  maxMentionsPerParagraph,
  timeBudgetMs,
  maxQueue,
  maxLargeQueue,
  threads,
  maxConnections = DEFAULT_MAX_CONNECTIONS,
  requestTimeoutMs = 30_000,
  headersTimeoutMs = 10_000,
  maxHeaderBytes = 16 * 1024,
  rates,
} = {}) {
  const pools = createPools({ timeBudgetMs, maxQueue, maxLargeQueue, threads });
  const options = {
    maxBodyBytes,
    rates,
    schemas: loadSchemas(),
    pools,
    limits: { maxResponseBytes, maxDepth, maxIssues, maxMentionsPerParagraph },
  };
  const server = createHttpServer(
    {
      // A slow client may hold a connection this long for its headers, and this long for the whole request.
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      // How often those two are checked (Node's default, 30 s, would let a slow client overstay them).
      connectionsCheckingInterval: Math.max(50, Math.min(1000, requestTimeoutMs / 4)),
      maxHeaderSize: maxHeaderBytes,
      // HTTP/1.1 requires Host; the handler answers its absence in JSON instead of Node's bare 400.
      requireHostHeader: false,
    },
    async (req, res) => {
      try {
        if (req.headers.host === undefined && req.httpVersionMajor === 1 && req.httpVersionMinor >= 1)
          throw new HttpError(400, 'missing_host', 'an HTTP/1.1 request must have a Host header');
        let url;
        try {
          url = new URL(req.url ?? '/', 'http://localhost');
        } catch {
          throw new HttpError(400, 'bad_request', 'the request URL could not be read');
        }
        const pathname = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
        const route = ROUTES[pathname];
        if (!route)
          throw new HttpError(
            404,
            'not_found',
            `no route ${req.method} ${pathname.slice(0, 200)}; try GET /`,
          );
        const handler = route[req.method ?? ''];
        if (!handler) {
          const allow = Object.keys(route).join(', ');
          throw new HttpError(405, 'method_not_allowed', `${pathname} accepts ${allow}; got ${req.method}`, {
            allow,
          });
        }
        await handler(req, res, url, options);
      } catch (error) {
        const known = error instanceof HttpError;
        if (!known) {
          // Unexpected: log it for the operator, answer with a plain reason (no stack) for the client.
          console.error(`validate-service: ${req.method} ${req.url}:`, error);
        }
        const answer = known
          ? error
          : new HttpError(500, 'internal_error', 'the service failed to handle this request');
        // A request whose body was not read to the end cannot share the connection with the next one.
        if (!req.complete) {
          answer.headers = { ...answer.headers, connection: 'close' };
          drainThenClose(req, res);
        }
        sendError(res, answer);
      }
    },
  );
  server.maxConnections = maxConnections;
  // Malformed HTTP (bad request line, huge headers, too slow) never reaches the handler: answer it here, in JSON.
  server.on('clientError', (error, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const answer =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? clientErrorAnswer(
            431,
            'Request Header Fields Too Large',
            'headers_too_large',
            `the request headers are over the limit of ${maxHeaderBytes} bytes`,
          )
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? clientErrorAnswer(
              408,
              'Request Timeout',
              'request_timeout',
              'the request was not received in time',
            )
          : clientErrorAnswer(400, 'Bad Request', 'bad_request', 'the request is not valid HTTP');
    socket.end(answer);
  });
  server.once('close', () => {
    pools.close().catch(() => {});
  });
  return server;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = process.env.PORT === undefined || process.env.PORT === '' ? 0 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number from 0 to 65535; got ${JSON.stringify(process.env.PORT)}`);
    process.exit(2);
  }
  // --rates FILE|URL (repeatable) and --nearest DAYS: checked here once, so a bad source stops
  // the start with one line; the workers then load the same sources.
  let rates;
  try {
    const { values } = parseArgs({
      options: { rates: { type: 'string', multiple: true }, nearest: { type: 'string' } },
    });
    const nearestDays = values.nearest === undefined ? undefined : Number(values.nearest);
    if (
      nearestDays !== undefined &&
      !(Number.isInteger(nearestDays) && nearestDays >= 0 && nearestDays <= MAX_NEAREST_DAYS)
    )
      throw new Error(
        `--nearest takes a whole number of days from 0 to ${MAX_NEAREST_DAYS}; got ${JSON.stringify(values.nearest)}`,
      );
    if (values.rates || nearestDays !== undefined) {
      rates = { sources: values.rates ?? [], ...(nearestDays === undefined ? {} : { nearestDays }) };
      await loadRates(rates.sources, nearestDays === undefined ? {} : { nearestDays });
    }
  } catch (error) {
    console.error(`validate-service: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  const server = createServer(rates ? { rates } : {});
  server.on('error', (error) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `port ${port} is already in use; set PORT to another one`
        : `validate-service: ${error.message}`,
    );
    process.exit(1);
  });
  server.listen(port, process.env.HOST ?? '127.0.0.1', () => {
    const address = server.address();
    console.log(`validate-service listening on http://localhost:${address.port}/`);
  });
  // `on`, not `once`: a Ctrl-C can arrive twice (from the terminal and forwarded by pnpm),
  // and a second one must not kill the process mid-shutdown.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
