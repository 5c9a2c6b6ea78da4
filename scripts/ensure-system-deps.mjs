// The test suite needs two things npm cannot install: Debian's Chromium (browser tests;
// Playwright's own browser download does not work on these machines) and Python's
// jsonschema (the non-JS conformance check). Install them when missing and we are root on
// Debian; otherwise say exactly what is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const python = process.env.PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
const hasJsonschema = () => spawnSync(python, ['-c', 'import jsonschema'], { stdio: 'ignore' }).status === 0;

const missing = [];
if (!existsSync(chromium)) missing.push('chromium');
if (!hasJsonschema()) missing.push('python3-jsonschema');
if (missing.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `missing system packages: ${missing.join(', ')}. Install them (Debian: apt-get install -y ${missing.join(' ')}), or set CHROMIUM_PATH / PYTHON.`,
  );
  process.exit(1);
}
console.log(`installing ${missing.join(', ')} with apt-get (about a minute)...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
