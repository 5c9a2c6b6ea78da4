/** Reading the inputs and writing the outputs of a command: one place for each file-system message. */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import type { CliIo } from './command.js';
import { CliError } from './errors.js';
import { inputText } from './input.js';

/** How an input is named in messages: "stdin" for "-". */
export const inputName = (file: string) => (file === '-' ? 'stdin' : file);

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Why a file cannot be read, in words. */
export function fsReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

export const describeFsError = (file: string, error: unknown): CliError =>
  new CliError(`cannot read ${file}: ${fsReason(error)}`, 2);

/** Bytes of a whole input to text by the rules of input.ts; a refusal is exit 2 naming the input. */
export const textOf =
  (file: string, io: Pick<CliIo, 'stderr'>) =>
  (bytes: Buffer): string =>
    inputText(bytes, file, io.stderr);

/** A whole input ("-" for stdin) as text. */
export async function readInput(file: string, io: Pick<CliIo, 'stdin' | 'stderr'>): Promise<string> {
  let bytes: Buffer;
  if (file === '-') bytes = await readAll(io.stdin);
  else {
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw describeFsError(file, error);
    }
  }
  return textOf(file, io)(bytes);
}

/** The input as a stream, opened (so a missing file fails here, as a clear error). */
export async function openInput(file: string, io: Pick<CliIo, 'stdin'>): Promise<Readable> {
  if (file === '-') return io.stdin;
  const input = createReadStream(file);
  try {
    await once(input, 'open');
  } catch (error) {
    throw describeFsError(file, error);
  }
  return input;
}

export async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

export function oneFile(positionals: string[], command: string): string {
  if (positionals.length === 0) throw new CliError(`${command}: missing input file (use "-" for stdin)`, 2);
  if (positionals.length > 1)
    throw new CliError(`${command}: expected one input file, got ${positionals.length}`, 2);
  return positionals[0]!;
}

export function parseJson(text: string, file: string): unknown {
  if (text.trim() === '') throw new CliError(`${inputName(file)} is empty, not JSON`, 2);
  try {
    return JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new CliError(`${inputName(file)} is not JSON: ${why}`, 2);
  }
}

/** `1 briefing`, `2 briefings`. */
export const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
