// The CommonJS entry of each package is a one-line `require()` of its ES module, not a second build.
// Node >= 20.19 (and >= 22.12) loads ES modules without top-level await through `require()`, so
// `require('@briefing/schema')` and `import '@briefing/schema'` get the very same module instance:
// no dual-package hazard (two zod schema sets, two `<briefing-feed>` classes), no doubled rate data.
// For each `require` condition in package.json `exports` ({ types: X.d.cts, default: X.cjs }) this
// writes X.cjs and copies X.d.ts to X.d.cts, so TypeScript (and attw) see a CommonJS entry whose
// types are the ESM entry's, which is exactly the namespace object that `require()` returns.
// Run from a package directory after tsup: `node ../../scripts/write-cjs-entries.mjs`.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
let written = 0;
for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
  const cjs = typeof target === 'object' ? target.require : undefined;
  if (!cjs) continue;
  if (!cjs.default?.endsWith('.cjs') || !cjs.types?.endsWith('.d.cts'))
    throw new Error(`${pkg.name} exports["${subpath}"].require must be { types: *.d.cts, default: *.cjs }`);
  const esm = `./${basename(cjs.default, '.cjs')}.js`;
  writeFileSync(
    cjs.default,
    `'use strict';
// CommonJS entry: the ES module ${esm} itself, through require(esm) (Node >= 20.19 or >= 22.12).
try {
  module.exports = require('${esm}');
} catch (error) {
  if (error && error.code === 'ERR_REQUIRE_ESM')
    throw new Error('${pkg.name}: require() of this package needs require(esm), on by default in Node >= 20.19 and >= 22.12; Node ' + process.version + ' has it off, so use import()', { cause: error });
  throw error;
}
`,
  );
  copyFileSync(cjs.types.replace(/\.d\.cts$/, '.d.ts'), cjs.types);
  written++;
}
if (written === 0) throw new Error(`${pkg.name}: no exports entry has a require condition`);
