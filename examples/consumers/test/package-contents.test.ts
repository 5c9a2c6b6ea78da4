// What the packed tarballs hold: the files the READMEs promise, and a custom-elements.json that
// validates against the Custom Elements Manifest schema and names only files that ship.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, inject, it } from 'vitest';

const appDir = inject('appDir');
const packed = inject('packed');
const require = createRequire(import.meta.url);
const filesOf = (name: string) => packed.find((entry) => entry.name === name)?.files ?? [];
const topLevel = (name: string) => [...new Set(filesOf(name).map((path) => path.split('/')[0]))].sort();

describe('tarball contents', () => {
  it('packs the six packages', () => {
    expect(packed.map((entry) => entry.name).sort()).toEqual([
      '@briefing/cli',
      '@briefing/feed',
      '@briefing/money',
      '@briefing/parser',
      '@briefing/rates',
      '@briefing/schema',
    ]);
  });

  it('ships exactly the top-level files and folders each README describes', () => {
    expect(topLevel('@briefing/schema')).toEqual([
      'LICENSE',
      'README.md',
      'dist',
      'fixtures',
      'package.json',
      'schemas',
    ]);
    expect(topLevel('@briefing/parser')).toEqual(['LICENSE', 'README.md', 'dist', 'package.json']);
    expect(topLevel('@briefing/money')).toEqual(['LICENSE', 'README.md', 'dist', 'package.json']);
    expect(topLevel('@briefing/rates')).toEqual([
      'DATA-LICENSE.md',
      'LICENSE',
      'README.md',
      'dist',
      'package.json',
    ]);
    expect(topLevel('@briefing/feed')).toEqual([
      'LICENSE',
      'README.md',
      'cdn',
      'custom-elements.json',
      'dist',
      'package.json',
    ]);
    expect(topLevel('@briefing/cli')).toEqual(['LICENSE', 'README.md', 'dist', 'package.json']);
  });

  it('ships a CommonJS entry with .d.cts types beside every ESM entry', () => {
    for (const name of [
      '@briefing/schema',
      '@briefing/money',
      '@briefing/parser',
      '@briefing/rates',
      '@briefing/cli',
    ])
      expect(filesOf(name)).toEqual(
        expect.arrayContaining(['dist/index.js', 'dist/index.cjs', 'dist/index.d.cts']),
      );
    expect(filesOf('@briefing/feed')).toEqual(
      expect.arrayContaining([
        'dist/define.cjs',
        'dist/define.d.cts',
        'dist/react.cjs',
        'dist/react.d.cts',
        'dist/ssr/index.cjs',
        'dist/syndication/index.cjs',
      ]),
    );
  });

  it('ships the CDN side files and the rate data terms beside the CDN rate data', () => {
    expect(filesOf('@briefing/feed')).toEqual(
      expect.arrayContaining([
        'cdn/briefing-feed.js',
        'cdn/virtualizer.js',
        'cdn/rates/index.js',
        'cdn/rates/DATA-LICENSE.md',
      ]),
    );
  });

  it('carries the publishing metadata', () => {
    for (const entry of packed) {
      const pkg = JSON.parse(
        readFileSync(join(appDir, 'node_modules', entry.name, 'package.json'), 'utf8'),
      ) as Record<string, unknown>;
      expect(pkg['license'], entry.name).toBe('MIT');
      expect(pkg['publishConfig'], entry.name).toEqual({ access: 'public', provenance: true });
      expect(pkg['repository'], entry.name).toMatchObject({
        type: 'git',
        directory: `packages/${entry.name.split('/')[1]}`,
      });
      for (const field of ['homepage', 'bugs', 'keywords'])
        expect(pkg[field], `${entry.name} ${field}`).toBeTruthy();
    }
  });
});

describe('custom-elements.json', () => {
  const manifest = JSON.parse(
    readFileSync(join(appDir, 'node_modules/@briefing/feed/custom-elements.json'), 'utf8'),
  ) as {
    modules: {
      path: string;
      declarations?: { tagName?: string; events?: { name: string; type?: { text: string } }[] }[];
      exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
    }[];
  };

  it('validates against the Custom Elements Manifest schema', () => {
    const schema = JSON.parse(readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
  });

  it('names only files that are in the tarball', () => {
    const paths = manifest.modules.flatMap((module) => [
      module.path,
      ...(module.exports ?? []).map((entry) => entry.declaration.module ?? module.path),
    ]);
    expect([...new Set(paths)].sort()).toEqual(['cdn/briefing-feed.js', 'dist/define.js', 'dist/index.js']);
    for (const path of paths) expect(filesOf('@briefing/feed'), path).toContain(path);
  });

  it('has the custom-element-definition export of the define entry', () => {
    const define = manifest.modules.find((module) => module.path === 'dist/define.js');
    expect(define?.exports).toContainEqual({
      kind: 'custom-element-definition',
      name: 'briefing-feed',
      declaration: { name: 'BriefingFeedElement', module: 'dist/index.js' },
    });
  });

  it('types every event', () => {
    const element = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.tagName === 'briefing-feed');
    expect(element?.events?.map((event) => [event.name, event.type?.text])).toEqual([
      ['briefing-feed-loadstart', 'BriefingFeedLoadStartEvent'],
      ['briefing-feed-load', 'BriefingFeedLoadEvent'],
      ['briefing-feed-error', 'BriefingFeedErrorEvent'],
      ['briefing-feed-search', 'BriefingFeedSearchEvent'],
      ['briefing-feed-page', 'BriefingFeedPageEvent'],
    ]);
  });
});
