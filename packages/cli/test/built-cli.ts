// What the archive and help tests share: the built binary and the seed page.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
export const seed = readFileSync(
  fileURLToPath(new URL('../../parser/test/fixtures/000_1eb645631e89ee3f.txt', import.meta.url)),
  'utf8',
);
