/*
 * The pages of an archive run: files as given, the page files under a directory, the files a
 * quoted glob matches (tinyglobby: a shell expands unquoted globs itself), each with the name
 * its feed gets under --out.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { CliError } from '../errors.js';

export interface ArchivePage {
  /** The page's file, as the user's path leads to it. */
  path: string;
  /** Its feed's path under --out: the path below the directory or glob base given, as .json. */
  output: string;
}

/** The files of a directory that are pages. */
const PAGE_FILES = '**/*.{txt,html,htm}';
const MAGIC = /[*?[\]{}()!]/;

const kindOf = async (path: string) => {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return 'dir';
  if (info) return 'file';
  return MAGIC.test(path) ? 'glob' : 'missing';
};

/**
 * Whether `briefing parse` runs over many pages (several inputs, a directory, a glob, or --out) or
 * reads one input as before. A directory or several inputs without --out or --ndjson is a usage
 * error: there is nowhere to put several feeds.
 */
export async function isArchive(
  positionals: readonly string[],
  values: { out?: string | undefined; ndjson?: boolean | undefined },
): Promise<boolean> {
  if (values.out !== undefined) return true;
  const first = positionals[0]!;
  const kind = positionals.length > 1 || first === '-' ? undefined : await kindOf(first);
  const many = positionals.length > 1 || kind === 'dir' || kind === 'glob';
  if (!many) return false;
  if (values.ndjson) return true;
  const why =
    positionals.length > 1
      ? `parse: ${positionals.length} inputs`
      : kind === 'dir'
        ? `cannot read ${first}: it is a directory`
        : `parse: ${first} is a pattern`;
  throw new CliError(`${why}; to parse every page, add --out <dir> (one feed per page) or --ndjson`, 2);
}

/** A glob's directory part (no pattern characters) and the pattern below it. */
function splitGlob(pattern: string): { base: string; rest: string } {
  const parts = pattern.split(/[\\/]/);
  const first = parts.findIndex((part) => MAGIC.test(part));
  const base = parts.slice(0, first).join('/');
  return { base: base === '' && isAbsolute(pattern) ? '/' : base || '.', rest: parts.slice(first).join('/') };
}

const sorted = (names: string[]) => names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const asJson = (name: string) => `${name.replace(/\.[^./\\]*$/, '')}.json`;

/** Every page of the inputs, in a stable order (inputs as given, files sorted within each). */
export async function archivePages(inputs: readonly string[]): Promise<ArchivePage[]> {
  const pages: ArchivePage[] = [];
  for (const input of inputs) {
    const kind = await kindOf(input);
    if (kind === 'file' || kind === 'missing') {
      // A missing file is a page that fails (reported, skipped), like an unreadable one.
      pages.push({ path: input, output: asJson(input.split(/[\\/]/).pop()!) });
      continue;
    }
    const { base, rest } = kind === 'dir' ? { base: input, rest: PAGE_FILES } : splitGlob(input);
    // Symbolic links to folders are not followed: a link back up the tree would list pages twice.
    const found = await glob(rest, {
      cwd: base,
      onlyFiles: true,
      dot: false,
      followSymbolicLinks: false,
      caseSensitiveMatch: kind !== 'dir',
    });
    for (const name of sorted(found)) pages.push({ path: join(base, name), output: asJson(name) });
  }
  const files = new Set<string>();
  const outputs = new Map<string, string>();
  const unique: ArchivePage[] = [];
  for (const page of pages) {
    const file = relative('.', page.path);
    if (files.has(file)) continue;
    const other = outputs.get(page.output);
    if (other !== undefined)
      throw new CliError(
        `parse: ${other} and ${page.path} would both be written as ${page.output.split('/').join(sep)}`,
        2,
      );
    files.add(file);
    outputs.set(page.output, page.path);
    unique.push(page);
  }
  if (unique.length === 0)
    throw new CliError(`parse: no pages in ${inputs.join(', ')} (pages end in .txt, .html or .htm)`, 2);
  return unique;
}
