// The whole test suite, as `pnpm test` runs it: build, lint, typecheck, package checks
// (publint, attw, size-limit) and every vitest project (unit, property, browser, e2e).
// It runs every step even after a failure, then prints one plain summary line
// `Tests: N passed, N failed` (vitest tests from its JSON reporter, plus one per check step)
// and exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
process.env.TURBO_TELEMETRY_DISABLED = '1';
const results = '.vitest-results.json';

function step(name, command, args) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = run.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name}`);
  return ok;
}

const checks = [];
const check = (name, command, args) => checks.push({ name, ok: step(name, command, args) });

check('system packages', 'node', ['scripts/ensure-system-deps.mjs']);
check('build', 'turbo', ['run', 'build', '--output-logs=errors-only']);
const built = checks.at(-1).ok;
check('lint and format (biome)', 'biome', ['ci', '--colors=off', '.']);
if (built) {
  check('typecheck', 'turbo', ['run', 'typecheck', '--output-logs=errors-only']);
  check('package checks (publint, attw, size-limit)', 'turbo', [
    'run',
    'lint',
    '--output-logs=new-only',
    '--concurrency=1',
  ]);
}

let passed = 0;
let failed = 0;
if (built) {
  rmSync(results, { force: true });
  const vitestOk = step('tests (vitest)', 'vitest', [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${results}`,
  ]);
  if (existsSync(results)) {
    const report = JSON.parse(readFileSync(results, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests + report.numPendingTests + report.numTodoTests;
    // A file that fails to load has no tests in it; count it so it cannot pass unseen.
    failed += report.testResults.filter(
      (f) => f.status === 'failed' && f.assertionResults.length === 0,
    ).length;
    if (!vitestOk && failed === 0) failed = 1;
  } else {
    failed += 1;
  }
}
for (const c of checks) c.ok ? passed++ : failed++;
const bad = checks.filter((c) => !c.ok).map((c) => c.name);
if (bad.length) console.log(`\nfailed checks: ${bad.join(', ')}`);
console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
