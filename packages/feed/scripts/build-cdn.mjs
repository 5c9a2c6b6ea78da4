// One self-defining file for <script type="module"> users: Lit and the element, importing nothing
// statically. More builds sit beside it, imported relative to it (import.meta.url):
// - cdn/validator.js, zod/mini and @briefing/schema, imported as the element connects, so it downloads
//   while the feed does (it is the larger half, and nothing can be shown before data is validated);
// - cdn/floating-ui.js, @floating-ui/dom, which places the conversion details, imported with the first chip;
// - cdn/virtualizer.js, @lit-labs/virtualizer, imported by the first feed longer than 200 items;
// - cdn/rates/, @briefing/rates and its yearly data shards, imported once a reader currency is set;
// - cdn/conversions.js, the rate look-ups, the chips' values and the details they open (with their
//   popover), imported when an element first has a reader currency;
// - cdn/verdict.js, the money core's verdict code, imported when conversion details are first shown;
// - cdn/hydrate-support.js, Lit's hydration support, imported only by a page with a server-rendered element;
// - cdn/locale-de.js, the German strings, imported before the first render of a German element.
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { build, transform } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'cdn');

/**
 * A module the element imports on demand (`import(specifier)`) stays out of the main file: the import
 * becomes `import(file)`, a file of its own beside it, which the browser resolves against the main
 * file's URL.
 */
const besideCdn = (filter, file) => ({
  name: `beside-cdn:${file}`,
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter }, () => ({ path: file, external: true }));
  },
});

const ratesBesideCdn = besideCdn(/^@briefing\/rates$/, './rates/index.js');
const validatorBesideCdn = besideCdn(/^\.\/validate-feed\.js$/, './validator.js');
const floatingUiBesideCdn = besideCdn(/^@floating-ui\/dom$/, './floating-ui.js');
const conversionsBesideCdn = besideCdn(/^\.\/money-converter\.js$/, './conversions.js');
const verdictBesideCdn = besideCdn(/^\.\/verdict\.js$/, './verdict.js');
const hydrateSupportBesideCdn = besideCdn(/^\.\/hydrate-support\.js$/, './hydrate-support.js');
const virtualizerBesideCdn = besideCdn(/^@lit-labs\/virtualizer\/virtualize\.js$/, './virtualizer.js');
// The shipped translations (src/locales/strings.ts): `import('./de.js')` becomes cdn/locale-de.js.
const localesBesideCdn = besideCdn(/^\.\/de\.js$/, './locale-de.js');

/*
 * The virtualizer must render with the main file's Lit, not a copy: its `repeat` creates parts with
 * lit-html's own classes and they join the element's template tree; the hydration support patches the
 * main file's LitElement and hydrates with its lit-html; the conversion details render into the element's
 * template. So in cdn/virtualizer.js, cdn/hydrate-support.js and cdn/conversions.js, every
 * import of lit-html's core (through `lit`, `lit/html.js` or lit-html's own relative imports) becomes
 * the `litHtml` namespace the main file exports (src/cdn/briefing-feed.ts). The chunk imports
 * `./briefing-feed.js`, which is the module that imported it, so no second copy is evaluated. The
 * directive helpers hold no state of their own and are bundled into the chunk.
 */
const litFromMainFile = {
  name: 'lit-from-main-file',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/briefing-feed\.js$/, namespace: 'lit-core' }, (args) => ({
      path: args.path,
      external: true,
    }));
    pluginBuild.onResolve({ filter: /^(?:lit|lit\/html\.js|lit-html|\.{1,2}\/lit-html\.js)$/ }, (args) => {
      const fromLitHtml = /[\\/]lit-html[\\/]/.test(args.importer);
      if (args.path.startsWith('.') && !fromLitHtml) return undefined;
      return { path: 'lit-core', namespace: 'lit-core' };
    });
    pluginBuild.onLoad({ filter: /.*/, namespace: 'lit-core' }, () => ({
      // Only the names the virtualizer, the hydration support and the directive helpers use: any other
      // import fails the build.
      contents: [
        "import { litCss, litHtml, litSupportsAdoptingStyleSheets } from './briefing-feed.js';",
        'export const { html, noChange, nothing, render, _$LH } = litHtml;',
        'export { litCss as css, litSupportsAdoptingStyleSheets as supportsAdoptingStyleSheets };',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

/*
 * esbuild minifies JavaScript but leaves template literals alone, so the element's stylesheet
 * (css`...` in *.styles.ts) would ship with its indentation and comments. Each css`` block without
 * interpolations goes through esbuild's CSS minifier instead; same rules, about 2 kB less before
 * compression (0.15 kB brotli).
 */
const minifyCssTemplates = {
  name: 'minify-css-templates',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.styles\.ts$/ }, async (args) => {
      let source = await readFile(args.path, 'utf8');
      for (const [whole, cssText] of source.matchAll(/\bcss`([^`$\\]*)`/g)) {
        const { code } = await transform(cssText, { loader: 'css', minify: true, charset: 'utf8' });
        source = source.replace(whole, `css\`${code.trim().replace(/[`$\\]/g, '\\$&')}\``);
      }
      return { contents: source, loader: 'ts' };
    });
  },
};

const common = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  // Licence notices (Lit's BSD-3-Clause) go to a .LEGAL.txt beside each file, linked from a one-line comment.
  legalComments: 'linked',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};

export async function buildCdn() {
  await rm(outdir, { recursive: true, force: true });
  // No splitting here: a shared chunk would be a second file every page must load (esbuild would move
  // Lit into one, shared with the lazily imported virtualizer). The virtualizer is a separate build instead.
  const main = await build({
    ...common,
    entryPoints: { 'briefing-feed': join(root, 'src/cdn/briefing-feed.ts') },
    outdir,
    splitting: false,
    plugins: [
      ratesBesideCdn,
      virtualizerBesideCdn,
      hydrateSupportBesideCdn,
      conversionsBesideCdn,
      localesBesideCdn,
      verdictBesideCdn,
      validatorBesideCdn,
      floatingUiBesideCdn,
      minifyCssTemplates,
    ],
    metafile: Boolean(process.env.CDN_METAFILE),
  });
  // CDN_METAFILE=/tmp/meta.json writes esbuild's metafile, for a per-module size breakdown.
  if (process.env.CDN_METAFILE) await writeFile(process.env.CDN_METAFILE, JSON.stringify(main.metafile));
  await build({
    ...common,
    stdin: {
      contents: "export * from '@lit-labs/virtualizer/virtualize.js';",
      resolveDir: root,
      loader: 'js',
    },
    outfile: join(outdir, 'virtualizer.js'),
    splitting: false,
    plugins: [litFromMainFile],
  });
  await build({
    ...common,
    entryPoints: { 'hydrate-support': join(root, 'src/cdn/hydrate-support.ts') },
    outdir,
    splitting: false,
    plugins: [litFromMainFile],
  });
  // The conversions bundle their own copy of the few helpers they share with the main file (number and
  // date formats, `fill`): a few hundred bytes there, instead of a shared chunk on the critical path.
  await build({
    ...common,
    entryPoints: { conversions: join(root, 'src/money-converter.ts') },
    outdir,
    splitting: false,
    plugins: [litFromMainFile, ratesBesideCdn, verdictBesideCdn, floatingUiBesideCdn, minifyCssTemplates],
  });
  await build({
    ...common,
    entryPoints: { 'locale-de': join(root, 'src/locales/de.ts') },
    outdir,
    splitting: false,
  });
  await build({
    ...common,
    entryPoints: { validator: join(root, 'src/cdn/validator.ts') },
    outdir,
    splitting: false,
  });
  await build({
    ...common,
    stdin: {
      contents: "export { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';",
      resolveDir: root,
      loader: 'js',
    },
    outfile: join(outdir, 'floating-ui.js'),
  });
  await build({
    ...common,
    entryPoints: { verdict: join(root, 'src/verdict.ts') },
    outdir,
    splitting: false,
  });
  const rates = await build({
    ...common,
    // Only what the element imports (src/money.ts, src/rates-src.ts): the file readers (and fflate, for
    // the ECB's zip) are for Node and bundlers, and would more than double this file.
    stdin: {
      contents: "export { createSiteRates, defaultRates, uncheckedReason } from '@briefing/rates';",
      resolveDir: root,
      loader: 'js',
    },
    outdir: join(outdir, 'rates'),
    entryNames: 'index',
    splitting: true,
    chunkNames: '[name]-[hash]',
    metafile: true,
  });
  if (!Object.keys(rates.metafile.outputs).some((file) => file.endsWith('rates/index.js')))
    throw new Error('cdn/rates/index.js was not written');
  // The rate figures keep their publishers' terms (ECB, Federal Reserve): they travel with the data.
  const ratesPackage = dirname(createRequire(import.meta.url).resolve('@briefing/rates/package.json'));
  await copyFile(join(ratesPackage, 'DATA-LICENSE.md'), join(outdir, 'rates', 'DATA-LICENSE.md'));
  const sizes = {};
  for (const name of ['briefing-feed.js', 'validator.js']) {
    const code = await readFile(join(outdir, name));
    sizes[name] = { size: code.length, brotli: brotliCompressSync(code).length };
  }
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = await buildCdn();
  for (const [name, { size, brotli }] of Object.entries(sizes))
    console.log(
      `cdn/${name}: ${(size / 1000).toFixed(1)} kB minified, ${(brotli / 1000).toFixed(1)} kB brotli`,
    );
}
