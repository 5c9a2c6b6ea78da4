// One self-defining file for <script type="module"> users: Lit, zod and @briefing/schema inlined;
// @briefing/rates, its yearly data shards and the virtualizer become chunks loaded only when needed.
import { readFile, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'cdn');

/*
 * esbuild keeps every export of a namespace that is re-exported as a binding (`import { z } from "zod"`
 * is `export * as z`), which pulls all of zod and its 40 locales in (540 KB). Importing the same module
 * as `import * as z` lets esbuild drop what is unused (180 KB). Same zod module, same behaviour.
 */
const zodNamespace = {
  name: 'zod-namespace',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^zod-classic-namespace$/ }, async (args) => {
      const zod = await pluginBuild.resolve('zod', { resolveDir: args.resolveDir, kind: 'import-statement' });
      return { path: join(dirname(zod.path), 'v4/classic/external.js') };
    });
    pluginBuild.onLoad({ filter: /[\\/]schema[\\/]dist[\\/].*\.js$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      return {
        contents: code.replace(
          /import \{ z(?: as (\w+))? \} from "zod";/g,
          (_whole, alias) => `import * as ${alias ?? 'z'} from "zod-classic-namespace";`,
        ),
        loader: 'js',
        resolveDir: dirname(args.path),
      };
    });
  },
};

export async function buildCdn() {
  await rm(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { 'briefing-feed': join(root, 'src/cdn/briefing-feed.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'eof',
    chunkNames: 'chunks/[name]-[hash]',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [zodNamespace],
    logLevel: 'warning',
  });
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
