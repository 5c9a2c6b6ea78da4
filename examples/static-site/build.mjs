// Makes public/feed.json from the briefings page in data/ with the real `briefing` CLI, checks it
// with `briefing validate`, renders public/index.html from page.html on the server (`briefing
// render`) and exports the feed for feed readers (`briefing export`): what a site owner would run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = resolve(here, '../..');

export const PAGE_FILE = join(here, 'data/briefings-page-2.txt');
export const FEED_FILE = join(here, 'public/feed.json');

/** The CLI's entry point (built by `pnpm build`), through the workspace link when installed. */
export function cliBin() {
  for (const candidate of [
    join(here, 'node_modules/@briefing/cli/dist/bin.js'),
    join(repoRoot, 'packages/cli/dist/bin.js'),
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  return join(repoRoot, 'packages/cli/dist/bin.js');
}

function runCli(args) {
  return spawnSync(process.execPath, [cliBin(), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

const shown = (file) => relative(process.cwd(), file) || file;

/**
 * Parses the page into the feed and validates it. Throws an Error with the CLI's own message
 * when either step fails (the caller prints it; no stack trace is needed to understand it).
 * @returns {{ feedFile: string, items: number, warnings: string }}
 */
export function makeFeed({ page = PAGE_FILE, out = FEED_FILE } = {}) {
  if (!existsSync(cliBin())) {
    throw new Error(
      `the briefing CLI is not built (${shown(cliBin())} is missing); run \`pnpm build\` first`,
    );
  }
  const parsed = runCli(['parse', page, '--pretty']);
  if (parsed.error) throw new Error(`could not run the briefing CLI: ${parsed.error.message}`);
  if (parsed.status !== 0) {
    throw new Error(
      `briefing parse ${shown(page)} failed (exit ${parsed.status}):\n${parsed.stderr.trim() || parsed.stdout.trim()}`,
    );
  }
  mkdirSync(join(out, '..'), { recursive: true });
  // Write then rename: a server (or a test) reading the feed meanwhile never sees half a file.
  const partial = `${out}.${process.pid}.partial`;
  writeFileSync(partial, parsed.stdout.endsWith('\n') ? parsed.stdout : `${parsed.stdout}\n`);
  renameSync(partial, out);

  const validated = runCli(['validate', out]);
  if (validated.status !== 0) {
    throw new Error(
      `briefing validate ${shown(out)} failed (exit ${validated.status}):\n${(validated.stdout + validated.stderr).trim()}`,
    );
  }
  const feed = JSON.parse(parsed.stdout);
  return {
    feedFile: out,
    items: Array.isArray(feed.items) ? feed.items.length : 0,
    warnings: parsed.stderr.trim(),
  };
}

export const TEMPLATE_FILE = join(here, 'page.html');
/** Where the site will be public; feed readers need absolute links (override with SITE_URL). */
export const SITE_URL = process.env.SITE_URL || 'https://briefings.example/';

/**
 * Renders public/index.html from page.html on the server (`briefing render`) and writes the feed as
 * RSS, Atom and JSON Feed beside it (`briefing export`), which the page links with rel="alternate".
 * @returns {{ pageFile: string, feeds: string[] }}
 */
export function renderSite({ feed = FEED_FILE, template = TEMPLATE_FILE, siteUrl = SITE_URL } = {}) {
  const out = dirname(feed);
  const rendered = runCli([
    'render',
    feed,
    '--template',
    template,
    '--out',
    out,
    '--link-feeds',
    '--page-url',
    siteUrl,
  ]);
  if (rendered.error) throw new Error(`could not run the briefing CLI: ${rendered.error.message}`);
  if (rendered.status !== 0)
    throw new Error(
      `briefing render ${shown(feed)} failed (exit ${rendered.status}):\n${rendered.stderr.trim()}`,
    );
  const feeds = [];
  for (const [format, name] of [
    ['rss', 'feed.rss.xml'],
    ['atom', 'feed.atom.xml'],
    ['jsonfeed', 'feed.feed.json'],
  ]) {
    const file = join(out, name);
    const exported = runCli(['export', feed, '--format', format, '--site-url', siteUrl, '--out', file]);
    if (exported.status !== 0)
      throw new Error(
        `briefing export --format ${format} failed (exit ${exported.status}):\n${exported.stderr.trim()}`,
      );
    feeds.push(file);
  }
  return { pageFile: join(out, 'index.html'), feeds };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { feedFile, items } = makeFeed();
    console.log(`wrote ${shown(feedFile)}: ${items} briefings, valid`);
    const { pageFile, feeds } = renderSite();
    console.log(`wrote ${shown(pageFile)} (server-rendered) and ${feeds.map(shown).join(', ')}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
