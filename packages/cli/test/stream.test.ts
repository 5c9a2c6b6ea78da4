import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePage } from '@briefing/parser';
import { validateBriefing } from '@briefing/schema';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const seed = readFileSync(
  fileURLToPath(new URL('../../parser/test/fixtures/000_1eb645631e89ee3f.txt', import.meta.url)),
  'utf8',
);
const SEED_TITLES = ['China Becomes World’s Leading Caviar Exporter as Luxury Delicacy Goes East'];

/** Page `n` of an archive: the seed with its page number and every title marked with `n`. */
function page(n: number, titles: string[]): string {
  let text = seed.replace('Briefings - 2. page', `Briefings - ${n}. page`);
  for (const t of titles) text = text.replace(`\n${t}\n`, `\n${t} - part ${n}\n`);
  return text;
}

/** The child's stdout as lines, each awaited as it comes; rejects when the child ends first. */
function lineReader(child: ReturnType<typeof spawn>) {
  const lines: string[] = [];
  let partial = '';
  let ended = false;
  let wake: (() => void) | undefined;
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop()!;
    lines.push(...parts);
    wake?.();
  });
  child.on('close', () => {
    ended = true;
    wake?.();
  });
  return {
    lines,
    /** Resolves once `count` lines have arrived. */
    async atLeast(count: number, what: string) {
      while (lines.length < count) {
        if (ended) throw new Error(`the CLI exited after ${lines.length} lines, before ${what}`);
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
  };
}

let running: ReturnType<typeof spawn> | undefined;
afterEach(() => {
  // A failed run leaves the CLI waiting on its open stdin.
  if (running && running.exitCode === null) running.kill();
  running = undefined;
});

beforeAll(() => {
  if (!existsSync(bin))
    throw new Error(`build the CLI first: ${bin} is missing (npx turbo run build --filter=@briefing/cli...)`);
});

describe('briefing parse --ndjson on a stream of pages', () => {
  it('writes each page’s briefings while stdin is still open, valid and in order', async () => {
    const child = spawn(process.execPath, [bin, 'parse', '-', '--ndjson', '--quiet'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    running = child;
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const out = lineReader(child);

    const titles = parsePage(seed, { money: false }).items.map((i) => i.title);
    expect(titles).toHaveLength(8);
    expect(titles.slice(0, 1)).toEqual(SEED_TITLES.slice(0, 1));
    const PAGES = 6;

    // Page 1 is complete once page 2's header arrives: its 8 briefings must come out now,
    // with stdin still open, not at the end of the input.
    child.stdin!.write(page(1, titles));
    child.stdin!.write(`\n${page(2, titles)}`);
    await out.atLeast(8, 'stdin was closed: the output is not streamed');
    expect(child.stdin!.writableEnded).toBe(false);
    expect(out.lines.slice(0, 8).map((l) => JSON.parse(l).title)).toEqual(
      titles.slice(0, 8).map((t) => `${t} - part 1`),
    );

    for (let n = 3; n <= PAGES; n++) child.stdin!.write(`\n${page(n, titles)}`);
    child.stdin!.end();
    expect(await exit).toBe(0);
    expect(stderr).toBe('');

    expect(out.lines).toHaveLength(8 * PAGES);
    const items = out.lines.map((line) => JSON.parse(line));
    for (const item of items) expect(validateBriefing(item).issues).toEqual([]);
    const expected = Array.from({ length: PAGES }, (_, p) =>
      titles.slice(0, 8).map((t) => `${t} - part ${p + 1}`),
    );
    expect(items.map((i) => i.title)).toEqual(expected.flat());
    // Every page keeps its money and citations: the stream is the page-by-page parse, not a reduced one.
    expect(items.filter((i) => i.money.length > 0).length).toBe(
      PAGES * items.slice(0, 8).filter((i) => i.money.length > 0).length,
    );
    expect(items.every((i) => i.sources.length > 0)).toBe(true);
  });
});
