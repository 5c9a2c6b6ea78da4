// One self-defining file for <script type="module"> users: Lit, zod, @briefing/schema and the
// virtualizer inlined, importing nothing statically. @briefing/rates and its yearly data shards are a
// second build in cdn/rates/, imported only once a reader currency is set.
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'cdn');

/** `import('@briefing/rates')` in the element becomes `import('./rates/index.js')`, next to the CDN file. */
const ratesBesideCdn = {
  name: 'rates-beside-cdn',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@briefing\/rates$/ }, () => ({
      path: './rates/index.js',
      external: true,
    }));
  },
};

const common = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'eof',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};

export async function buildCdn() {
  await rm(outdir, { recursive: true, force: true });
  // No splitting here: a shared chunk would be a second file every page must load (esbuild would move
  // Lit into one, shared with the lazily imported virtualizer). Dynamic imports of bundled code are inlined.
  const main = await build({
    ...common,
    entryPoints: { 'briefing-feed': join(root, 'src/cdn/briefing-feed.ts') },
    outdir,
    splitting: false,
    plugins: [ratesBesideCdn],
    metafile: Boolean(process.env.CDN_METAFILE),
  });
  // CDN_METAFILE=/tmp/meta.json writes esbuild's metafile, for a per-module size breakdown.
  if (process.env.CDN_METAFILE) await writeFile(process.env.CDN_METAFILE, JSON.stringify(main.metafile));
  const rates = await build({
    ...common,
    stdin: { contents: "export * from '@briefing/rates';", resolveDir: root, loader: 'js' },
    outdir: join(outdir, 'rates'),
    entryNames: 'index',
    splitting: true,
    chunkNames: '[name]-[hash]',
    metafile: true,
  });
  if (!Object.keys(rates.metafile.outputs).some((file) => file.endsWith('rates/index.js')))
    throw new Error('cdn/rates/index.js was not written');
  const code = await readFile(join(outdir, 'briefing-feed.js'));
  const { size } = await stat(join(outdir, 'briefing-feed.js'));
  return { size, brotli: brotliCompressSync(code).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { size, brotli } = await buildCdn();
  console.log(
    `cdn/briefing-feed.js: ${(size / 1000).toFixed(1)} kB minified, ${(brotli / 1000).toFixed(1)} kB brotli`,
  );
}
