// Makes public/feed.json from the briefings page in data/ with the real `briefing` CLI, then
// checks it with `briefing validate`: the same two commands a site owner would run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
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

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { feedFile, items } = makeFeed();
    console.log(`wrote ${shown(feedFile)}: ${items} briefings, valid`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
