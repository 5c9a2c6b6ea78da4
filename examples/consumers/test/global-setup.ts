/**
 * Packs every package with `pnpm pack` (which turns `workspace:` ranges into versions, as publishing
 * does), copies app/ (one folder per kind of consumer) into a temp directory and runs one
 * `npm install` of the tarballs there. Test files get the app directory and the pack report.
 * Needs `pnpm build` first (the root `pnpm test` builds before it tests).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { type PackedPackage, pnpmCommand, repoRoot } from './helpers.js';

declare module 'vitest' {
  export interface ProvidedContext {
    appDir: string;
    packed: PackedPackage[];
  }
}

export default async function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'briefing-consumers-'));
  const cleanUp = () => rmSync(work, { recursive: true, force: true });
  try {
    prepare(project, work);
  } catch (error) {
    cleanUp();
    throw error;
  }
  return cleanUp;
}

function prepare(project: TestProject, work: string): void {
  const tarballs = join(work, 'tarballs');
  const [pnpm, ...pnpmArgs] = pnpmCommand();
  const report = execFileSync(
    pnpm!,
    [...pnpmArgs, '-r', '--filter', './packages/*', 'pack', '--pack-destination', tarballs, '--json'],
    { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const packed = (JSON.parse(report) as { name: string; filename: string; files: { path: string }[] }[]).map(
    (entry) => ({ name: entry.name, tarball: entry.filename, files: entry.files.map((file) => file.path) }),
  );

  const appDir = join(work, 'app');
  cpSync(fileURLToPath(new URL('../app', import.meta.url)), appDir, { recursive: true });
  // The model input page, read by the consumers that parse.
  cpSync(join(repoRoot, 'packages/parser/test/fixtures/000_1eb645631e89ee3f.txt'), join(appDir, 'page.txt'));
  const dependencies: Record<string, string> = {
    // Peers a user installs: zod for @briefing/schema, React for @briefing/feed/react.
    zod: '^4.1.0',
    react: '^19.0.0',
    'react-dom': '^19.0.0',
    '@types/react': '^19.0.0',
    '@types/react-dom': '^19.0.0',
    '@types/node': '^20.19.0',
  };
  for (const entry of packed) dependencies[entry.name] = `file:${entry.tarball}`;
  writeFileSync(
    join(appDir, 'package.json'),
    `${JSON.stringify({ name: 'briefing-consumer', private: true, version: '0.0.0', dependencies }, null, 2)}\n`,
  );
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-package-lock', '--prefer-offline', '--loglevel=error'],
    { cwd: appDir, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  project.provide('appDir', appDir);
  project.provide('packed', packed);
}
