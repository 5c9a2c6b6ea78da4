import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface PackedPackage {
  name: string;
  tarball: string;
  /** Paths inside the tarball, relative to its package/ folder. */
  files: string[];
}

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const require = createRequire(import.meta.url);

/** pnpm as the test was started with it (`pnpm test`), or the version the repository pins. */
export function pnpmCommand(): string[] {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) return [process.execPath, execPath];
  return ['npx', '-y', 'pnpm@10.34.8'];
}

/** The repository's TypeScript compiler, run on a consumer project (types come from its node_modules). */
export function tsc(cwd: string, project: string): void {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', project], {
    cwd,
    encoding: 'utf8',
  });
}

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function node(cwd: string, args: string[], input?: string): Ran {
  const ran = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', input });
  return { status: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}

/** Throws with the compiler's own output, so a failing test shows the type errors. */
export function typecheck(cwd: string, project: string): void {
  try {
    tsc(cwd, project);
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`tsc -p ${project} failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}
