// Node consumers of the packed tarballs: ESM + TypeScript strict (nodenext), TypeScript with
// moduleResolution "bundler" bundled by esbuild, and CommonJS (require and a type-checked .cts).
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, inject, it } from 'vitest';
import { node, typecheck } from './helpers.js';

const appDir = inject('appDir');

/** The model page parses into eight briefings; 40,000 EUR on 2025-12-20 is this many TWD. */
const PAGE_ITEMS = 8;
const EUR_40000_IN_TWD = 1_468_793;

function runJson(args: string[]): Record<string, unknown> {
  const ran = node(appDir, args);
  if (ran.status !== 0) throw new Error(`node ${args.join(' ')} exited ${ran.status}:\n${ran.stderr}`);
  return JSON.parse(ran.stdout) as Record<string, unknown>;
}

describe('ESM + TypeScript strict, module nodenext', () => {
  // One compiler run for both module kinds: esm-nodenext/main.ts and the CommonJS cjs/typed.cts,
  // which require()s every package against its .d.cts types.
  it('type-checks and compiles main.ts (import) and a .cts file (require); both run', () => {
    typecheck(appDir, 'esm-nodenext');
    expect(runJson(['esm-nodenext/out/esm-nodenext/main.js'])).toEqual({
      seedValid: true,
      seedItems: 8,
      parsedItems: PAGE_ITEMS,
      firstTitle: 'China Becomes World’s Leading Caviar Exporter as Luxury Delicacy Goes East',
      pipelineValid: true,
      pipelineFirstRate: 1.1721,
      twd: EUR_40000_IN_TWD,
      cliExit: 0,
      cliSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
      typesOnly: true,
    });
    // The CommonJS .cts file, compiled in the same run, loads every package through require().
    expect(runJson(['esm-nodenext/out/cjs/typed.cjs'])).toEqual({
      emptyFeedValid: false,
      parsedItems: 0,
      eurUsd: 1.1721,
      runCli: 'function',
      element: true,
    });
  });
});

describe('TypeScript strict, moduleResolution bundler, bundled by esbuild', () => {
  // One compiler run for the three bundler projects: this Node app, the browser app and the
  // React app (browser.test.ts bundles and renders those two).
  it('type-checks the Node, browser and React apps; bundles and runs the Node app', async () => {
    typecheck(appDir, 'bundler');
    await build({
      entryPoints: [join(appDir, 'bundler/main.ts')],
      outfile: join(appDir, 'bundler/out/main.mjs'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'error',
    });
    expect(runJson(['bundler/out/main.mjs'])).toEqual({
      currencies: ['EUR', 'TWD'],
      usd: 125,
      invalidBriefing: false,
      schemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    });
  });
});

describe('CommonJS', () => {
  it('require()s every package and entry, and import() gives the same module', () => {
    expect(runJson(['cjs/main.cjs'])).toEqual({
      seedValid: true,
      parsedItems: PAGE_ITEMS,
      twd: EUR_40000_IN_TWD,
      cliExit: 0,
      elementClass: 'function',
      sameClass: true,
      defineExport: 'function',
      reactExport: 'object',
      rss: true,
      ssrExport: 'function',
      resolved: [
        '@briefing/feed/cdn/briefing-feed.js',
        '@briefing/feed/cdn/virtualizer.js',
        '@briefing/feed/cdn/rates/index.js',
        '@briefing/feed/cdn/rates/DATA-LICENSE.md',
        '@briefing/feed/custom-elements.json',
        '@briefing/schema/schemas/briefing-feed.schema.json',
      ],
    });
  });

  it('says which Node it needs where require(esm) is off (as on Node < 20.19)', () => {
    const ran = node(appDir, ['--no-experimental-require-module', '-e', "require('@briefing/schema')"]);
    expect(ran.status).toBe(1);
    expect(ran.stderr).toContain(
      `Error: @briefing/schema: require() of this package needs require(esm), on by default in Node >= 20.19 and >= 22.12; Node ${process.version} has it off, so use import()\n`,
    );
  });

  it('runs the installed `briefing` command', () => {
    const ran = node(appDir, ['node_modules/.bin/briefing', 'validate', '-'], '{"x":1');
    expect(ran.status).toBe(2);
    expect(ran.stderr).toMatch(/^briefing: stdin is not JSON: /);
  });
});
