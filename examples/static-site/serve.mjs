// A small static server for the example site: the pages in public/, and the one-file CDN
// build of <briefing-feed> (with its rates shards) under /vendor/briefing-feed/. No
// dependencies, so it runs from a fresh clone; `scripts/start.mjs` and the e2e test share it.
import { existsSync, realpathSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export const PUBLIC_DIR = join(here, 'public');

/** The CDN build of the element, through the workspace link (or the sibling package when not installed). */
export function cdnDir() {
  for (const candidate of [
    join(here, 'node_modules/@briefing/feed/cdn'),
    join(here, '../../packages/feed/cdn'),
  ]) {
    if (existsSync(candidate)) return realpathSync(candidate);
  }
  return join(here, '../../packages/feed/cdn');
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/*
 * The pages load no inline script or style and talk to nobody but this origin, so they can
 * be served under a strict policy: the example doubles as proof that the element needs no
 * 'unsafe-inline' or 'unsafe-eval'.
 */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Maps a URL path to a file inside one of the roots, or undefined when it would leave it. */
export function resolveFile(pathname, roots = { '/vendor/briefing-feed/': cdnDir(), '/': PUBLIC_DIR }) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  for (const [prefix, root] of Object.entries(roots)) {
    if (!decoded.startsWith(prefix)) continue;
    let rest = decoded.slice(prefix.length);
    if (rest === '' || rest.endsWith('/')) rest += 'index.html';
    const file = resolve(root, rest);
    const inside = relative(root, file);
    if (inside === '' || inside.startsWith('..') || inside.split(sep).includes('..')) return undefined;
    return file;
  }
  return undefined;
}

/** The CSP hashes of a page's inline styles, by the rule `briefing render` reports them with. */
async function inlineStyleHashes(page) {
  const { styleHashes } = await import('@briefing/feed/ssr');
  return styleHashes(page);
}

function sendText(res, status, text, extra = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS, ...extra });
  res.end(text);
}

async function handle(req, res, roots) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed\n', { allow: 'GET, HEAD' });
    return;
  }
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const file = resolveFile(pathname, roots);
  if (!file) {
    sendText(res, 404, 'Not found\n');
    return;
  }
  let handle;
  try {
    handle = await open(file, 'r');
    const info = await handle.stat();
    if (!info.isFile()) {
      await handle.close();
      // A directory without a trailing slash: send the browser to the slash form.
      if (info.isDirectory() && !pathname.endsWith('/')) {
        res.writeHead(301, { location: `${pathname}/`, ...SECURITY_HEADERS });
        res.end();
      } else sendText(res, 404, 'Not found\n');
      return;
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (type.startsWith('text/html')) {
      // A server-rendered page carries the element's styles inline, in its declarative shadow root:
      // the policy allows exactly those styles, by hash, and nothing else inline.
      const page = await handle.readFile('utf8');
      await handle.close();
      const hashes = page.includes('<style') ? await inlineStyleHashes(page) : [];
      const policy = SECURITY_HEADERS['content-security-policy'].replace(
        "style-src 'self'",
        ["style-src 'self'", ...hashes].join(' '),
      );
      res.writeHead(200, {
        'content-type': type,
        'content-length': Buffer.byteLength(page),
        'cache-control': 'no-cache',
        ...SECURITY_HEADERS,
        'content-security-policy': policy,
      });
      res.end(req.method === 'HEAD' ? undefined : page);
      return;
    }
    res.writeHead(200, {
      'content-type': type,
      'content-length': info.size,
      'cache-control': 'no-cache',
      ...SECURITY_HEADERS,
    });
    if (req.method === 'HEAD') {
      await handle.close();
      res.end();
      return;
    }
    const stream = handle.createReadStream();
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  } catch (error) {
    await handle?.close().catch(() => {});
    if (error?.code === 'ENOENT' || error?.code === 'ENOTDIR' || error?.code === 'EISDIR') {
      sendText(res, 404, 'Not found\n');
    } else if (!res.headersSent) {
      sendText(res, 500, 'Could not read the file\n');
    } else res.destroy();
  }
}

/**
 * Starts the example site on `port` (0 or undefined: a free port) on loopback.
 * @param {{ port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, port: number, server: import('node:http').Server, close: () => Promise<void> }>}
 */
export async function startStaticSite({ port = 0, host = '127.0.0.1' } = {}) {
  const roots = { '/vendor/briefing-feed/': cdnDir(), '/': PUBLIC_DIR };
  const server = createServer((req, res) => {
    handle(req, res, roots).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal error\n');
      else res.destroy();
    });
  });
  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://localhost:${actualPort}/`,
    port: actualPort,
    server,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

/** Whether the feed and the element are in place (after `pnpm build`). */
export async function missingPieces() {
  const missing = [];
  for (const [what, file] of [
    ['public/feed.json (run `pnpm build`)', join(PUBLIC_DIR, 'feed.json')],
    ['the CDN build of @briefing/feed (run `pnpm build`)', join(cdnDir(), 'briefing-feed.js')],
  ]) {
    if (!(await stat(file).catch(() => undefined))) missing.push(what);
  }
  return missing;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = process.env.PORT === undefined ? 0 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number (0-65535); got ${JSON.stringify(process.env.PORT)}`);
    process.exit(2);
  }
  const site = await startStaticSite({ port });
  console.log(`Serving examples/static-site at ${site.url}`);
  // `on`, not `once`: a second Ctrl-C (pnpm forwards the signal too) must not kill the shutdown.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    site.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
