import { defineConfig } from 'tsup';

export default defineConfig({
  entry: [
    'src/index.ts',
    'src/define.ts',
    'src/react.ts',
    'src/hydrate.ts',
    'src/ssr/index.ts',
    'src/syndication/index.ts',
  ],
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  external: [
    'lit',
    /^lit\//,
    /^@lit\//,
    /^@lit-labs\//,
    'zod',
    /^@briefing\//,
    'react',
    /^react\//,
    'feed',
    /^node:/,
  ],
});
