// `pnpm start`: the whole path in one command, after `turbo run build`.
// The fixture page -> `briefing parse` -> feed.json -> `briefing validate` -> `briefing render` (the
// server-rendered page) and `briefing export` (RSS, Atom, JSON Feed) -> served with the
// <briefing-feed> CDN build on http://localhost:PORT/ (PORT, or a free port). Offline, no
// configuration: the rates are embedded in the build. Ctrl-C stops it and exits 0.
import { relative } from 'node:path';
import { makeFeed, renderSite } from '../examples/static-site/build.mjs';
import { missingPieces, startStaticSite } from '../examples/static-site/serve.mjs';

function fail(message) {
  console.error(`pnpm start: ${message}`);
  process.exit(1);
}

// PORT only picks where to listen at run time; it never affects a build output.
const { PORT: requestedPort } = process.env;
const port = requestedPort === undefined || requestedPort === '' ? 0 : Number(requestedPort);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  fail(`PORT must be a port number from 0 to 65535; got ${JSON.stringify(requestedPort)}`);
}

let made;
try {
  made = makeFeed();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
console.log(
  `Made ${relative(process.cwd(), made.feedFile)} from the fixture page: ${made.items} briefings, valid.`,
);
// The page is rendered on the server from that feed, with the feeds for feed readers beside it.
try {
  const { pageFile, feeds } = renderSite();
  console.log(
    `Rendered ${relative(process.cwd(), pageFile)} on the server; feeds: ${feeds.map((file) => relative(process.cwd(), file)).join(', ')}.`,
  );
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const missing = await missingPieces();
if (missing.length > 0) fail(`missing ${missing.join(' and ')}`);

let site;
try {
  site = await startStaticSite({ port });
} catch (error) {
  const reason =
    error?.code === 'EADDRINUSE'
      ? `port ${port} is already in use; set PORT to another one, or leave it unset for a free port`
      : `could not start the server: ${error instanceof Error ? error.message : String(error)}`;
  fail(reason);
}

console.log('');
console.log(`  <briefing-feed> example:  ${site.url}`);
console.log(`  theming and switching:    ${site.url}theming.html`);
console.log('');
console.log('Press Ctrl-C to stop.');

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal === 'SIGINT' ? 'Ctrl-C' : signal}: stopping the server.`);
  // Open keep-alive connections are closed by close(); a stuck one must not keep us alive.
  setTimeout(() => process.exit(0), 2000).unref();
  site.close().then(() => process.exit(0));
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
