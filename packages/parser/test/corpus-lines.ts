import { readdirSync, readFileSync } from 'node:fs';

const CORPUS = new URL('../corpus/', import.meta.url);
const FIXTURES = new URL('./fixtures/', import.meta.url);

/** Every line of the corpus pages (both splits) and of the fixtures, trimmed: the real lines the guard and rewrite tests hold code to. */
export const realLines: string[] = [];
for (const dir of [new URL('dev/', CORPUS), new URL('validation/', CORPUS), FIXTURES])
  for (const file of readdirSync(dir))
    if (/\.(txt|html)$/.test(file))
      for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n')) realLines.push(line.trim());
