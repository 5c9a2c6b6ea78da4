// A small HTTP service around @briefing/schema and @briefing/parser, on node:http alone.
//
//   POST /validate[?mode=strict|lenient]  application/json        -> 200 { ok, feed } | 422 { ok, issues, text }
//   POST /parse[?language=en&report=1]    text/plain | text/html  -> 200 BriefingFeed (or { feed, issues, unparsed, page })
//   GET  /schema, /schema/feed, /schema/briefing                  -> the JSON Schema (application/schema+json)
//
// Every error is JSON, `{ "error": { "code", "message" } }`, with the right status: malformed
// JSON 400, wrong content type 415, body over the limit 413, unknown route 404, wrong method
// 405. Nothing a client sends can crash the process or get a stack trace back.
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePage, toFeed } from '@briefing/parser';
import { formatIssues, validateFeed } from '@briefing/schema';

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

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

class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {string} message
   * @param {Record<string, string>} [headers]
   */
  constructor(status, code, message, headers = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
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

/**
 * Reads the request body up to `limit` bytes. Over the limit it stops keeping data at once
 * (never buffering more than `limit`) and fails with 413; the connection is closed after the
 * answer, so the rest of an oversized upload is never read into memory.
 */
function readBody(req, limit) {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.reject(tooLarge(limit));
  }
  return new Promise((resolveBody, reject) => {
    const chunks = [];
    let size = 0;
    let done = false;
    const finish = (error, value) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
      if (error) reject(error);
      else resolveBody(value);
    };
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        req.pause();
        finish(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish(undefined, Buffer.concat(chunks, size));
    const onError = () => finish(new HttpError(400, 'bad_request', 'the request body could not be read'));
    const onAborted = () => finish(new HttpError(400, 'bad_request', 'the client aborted the request'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}

function tooLarge(limit) {
  return new HttpError(
    413,
    'payload_too_large',
    `the request body is larger than the limit of ${limit} bytes (${Math.round(limit / 1024)} KiB)`,
    { connection: 'close' },
  );
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(buffer) {
  try {
    return utf8.decode(buffer);
  } catch {
    throw new HttpError(400, 'invalid_encoding', 'the request body is not valid UTF-8');
  }
}

function parseJson(text) {
  if (text.trim() === '')
    throw new HttpError(400, 'invalid_json', 'the request body is empty; send a JSON feed');
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8's message names the position ("Unexpected token } in JSON at position 12"): useful, and no stack.
    const reason = error instanceof Error ? error.message : String(error);
    throw new HttpError(400, 'invalid_json', `the request body is not valid JSON: ${reason}`);
  }
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
  const data = parseJson(decodeUtf8(await readBody(req, options.maxBodyBytes)));
  const result = validateFeed(data, { mode });
  if (result.ok) {
    sendJson(res, 200, { ok: true, mode, feed: result.value });
    return;
  }
  const body = { ok: false, mode, issues: result.issues, text: formatIssues(result.issues) };
  // Lenient mode keeps the valid items of a feed whose envelope is sound: give them back too.
  if (result.value !== undefined) body.feed = result.value;
  sendJson(res, 422, body);
}

async function parseRoute(req, res, url, options) {
  const type = requireType(req, isPageType, 'POST /parse takes a page as text/plain or text/html');
  const report = queryChoice(url, 'report', ['0', '1', 'true', 'false'], '0');
  const language = url.searchParams.get('language') ?? undefined;
  const text = decodeUtf8(await readBody(req, options.maxBodyBytes));
  const parsed = parsePage(text, {
    format: type === 'text/plain' ? 'text' : 'html',
    ...(language ? { language } : {}),
  });
  const feed = toFeed(parsed);
  // The parser promises schema-valid output; check it, so a parser bug is a clear 500, not bad data.
  const checked = validateFeed(feed);
  if (!checked.ok) {
    throw new HttpError(
      500,
      'invalid_parser_output',
      `the parser produced a feed that does not validate: ${formatIssues(checked.issues.slice(0, 5))}`,
    );
  }
  const headers = {
    'x-briefing-items': String(feed.items.length),
    'x-briefing-issues': String(parsed.issues.length),
  };
  if (report === '1' || report === 'true') {
    sendJson(
      res,
      200,
      { feed, page: parsed.page, issues: parsed.issues, unparsed: parsed.unparsed },
      headers,
    );
  } else {
    sendJson(res, 200, feed, headers);
  }
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

/**
 * Creates the service (not yet listening).
 * @param {{ maxBodyBytes?: number }} [settings]
 * @returns {import('node:http').Server}
 */
export function createServer({ maxBodyBytes = DEFAULT_MAX_BODY_BYTES } = {}) {
  const options = { maxBodyBytes, schemas: loadSchemas() };
  const server = createHttpServer(async (req, res) => {
    try {
      let url;
      try {
        url = new URL(req.url ?? '/', 'http://localhost');
      } catch {
        throw new HttpError(400, 'bad_request', 'the request URL could not be read');
      }
      const pathname = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
      const route = ROUTES[pathname];
      if (!route)
        throw new HttpError(404, 'not_found', `no route ${req.method} ${pathname.slice(0, 200)}; try GET /`);
      const handler = route[req.method ?? ''];
      if (!handler) {
        const allow = Object.keys(route).join(', ');
        throw new HttpError(405, 'method_not_allowed', `${pathname} accepts ${allow}; got ${req.method}`, {
          allow,
        });
      }
      await handler(req, res, url, options);
    } catch (error) {
      if (error instanceof HttpError) sendError(res, error);
      else {
        // Unexpected: log it for the operator, answer with a plain reason (no stack) for the client.
        console.error(`validate-service: ${req.method} ${req.url}:`, error);
        sendError(res, new HttpError(500, 'internal_error', 'the service failed to handle this request'));
      }
      // A request whose body was not read to the end cannot share the connection with the next one.
      if (!req.complete) res.on('finish', () => req.socket.destroySoon?.());
    }
  });
  // Malformed HTTP (bad request line, huge headers) never reaches the handler: answer it here.
  server.on('clientError', (error, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const body = JSON.stringify({ error: { code: 'bad_request', message: 'the request is not valid HTTP' } });
    socket.end(
      `HTTP/1.1 400 Bad Request\r\nContent-Type: ${JSON_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  return server;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = process.env.PORT === undefined || process.env.PORT === '' ? 0 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number from 0 to 65535; got ${JSON.stringify(process.env.PORT)}`);
    process.exit(2);
  }
  const server = createServer();
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
