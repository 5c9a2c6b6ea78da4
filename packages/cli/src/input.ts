/**
 * Input and output at the edges of the CLI: bytes become text only when they are text (UTF-8, or
 * UTF-16 announced by its byte-order mark), control characters never reach a terminal raw, and
 * option mistakes get a one-line message with the closest valid option.
 */
import { Readable, Writable } from 'node:stream';
import { CliError } from './errors.js';

/** A problem with the input: the message is the reason, shown after "cannot read <name>: ". */
export class InputRefused extends Error {}

/** Invalid UTF-8 tolerated (replaced by U+FFFD, with a warning) up to this share of the characters. */
const MAX_INVALID_UTF8_SHARE = 0.01;

const UTF8_BOM = [0xef, 0xbb, 0xbf];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);

function utf16(bytes: Uint8Array, bigEndian: boolean): string {
  const body = Buffer.from(bytes.subarray(2));
  if (body.length % 2 === 1) throw new InputRefused('UTF-16 text with an odd number of bytes (cut short?)');
  if (bigEndian) body.swap16();
  return body.toString('utf16le');
}

/** Where the NUL bytes sit says whether this is UTF-16 without a byte-order mark or other binary data. */
function describeNul(bytes: Uint8Array, first: number): string {
  let even = 0;
  let odd = 0;
  const sample = Math.min(bytes.length, 4096);
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  if (Math.max(even, odd) >= sample / 4 && Math.min(even, odd) === 0)
    return 'UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)';
  return `binary data, not text (NUL byte at byte ${first})`;
}

/**
 * Decodes the bytes of an input as text: UTF-8 (a leading BOM removed), or UTF-16 LE/BE when it
 * starts with that byte-order mark. Throws InputRefused for binary data (NUL bytes) and for
 * text that is mostly not UTF-8; a few invalid sequences become U+FFFD and `warn` is told.
 */
export function decodeText(bytes: Uint8Array, warn: (message: string) => void): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, false);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, true);
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul !== -1) throw new InputRefused(describeNul(body, nul));
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  if (replaced === 0) return text;
  // U+FFFD written in the input itself (EF BF BD) is text, not an error.
  let written = 0;
  for (let i = body.indexOf(0xef); i !== -1; i = body.indexOf(0xef, i + 1))
    if (body[i + 1] === 0xbf && body[i + 2] === 0xbd) written++;
  const invalid = replaced - written;
  if (invalid === 0) return text;
  if (invalid > text.length * MAX_INVALID_UTF8_SHARE)
    throw new InputRefused(
      `not UTF-8 text (${invalid} invalid byte sequences in ${body.length} bytes); convert it to UTF-8`,
    );
  warn(`${invalid} invalid UTF-8 byte sequence${invalid === 1 ? '' : 's'} replaced by U+FFFD`);
  return text;
}

/**
 * decodeText for a whole input of the CLI: warnings go to `stderr` and a refusal is a CliError
 * (exit 2) that names the input. Every command that reads a whole input uses this.
 */
export function inputText(bytes: Buffer, file: string, stderr: { write(text: string): unknown }): string {
  const name = file === '-' ? 'stdin' : file;
  try {
    return decodeText(bytes, (warning) => stderr.write(`briefing: warning: ${name}: ${warning}\n`));
  } catch (error) {
    if (error instanceof InputRefused) throw new CliError(`cannot read ${name}: ${error.message}`, 2);
    throw error;
  }
}

function streamDecoder(head: Buffer): TextDecoder {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le');
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be');
  const body = startsWith(head, UTF8_BOM) ? head.subarray(3) : head;
  const nul = body.indexOf(0);
  if (nul !== -1) throw new InputRefused(describeNul(body, nul));
  return new TextDecoder('utf-8');
}

/**
 * decodeText for input used as it arrives (`briefing money`): the same byte-order marks (each
 * TextDecoder drops its BOM), and binary data refused where its first NUL appears; the lines
 * before it are already out. Invalid UTF-8 becomes U+FFFD without the share check, which needs
 * the whole input.
 */
export async function* decodeChunks(source: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  const head: Buffer[] = [];
  let line = 1;
  // The text, or the lines before its first NUL and then the refusal.
  const checked = function* (text: string): Generator<string> {
    const nul = text.indexOf('\u0000');
    const usable = nul === -1 ? text : text.slice(0, text.lastIndexOf('\n', nul) + 1);
    for (let i = usable.indexOf('\n'); i !== -1; i = usable.indexOf('\n', i + 1)) line++;
    if (usable) yield usable;
    if (nul !== -1) throw new InputRefused(`binary data, not text (NUL character on line ${line})`);
  };
  for await (const raw of source) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    if (decoder) {
      yield* checked(decoder.decode(chunk, { stream: true }));
      continue;
    }
    head.push(chunk);
    const bytes = Buffer.concat(head);
    if (bytes.length < 4) continue; // enough to tell a byte-order mark
    decoder = streamDecoder(bytes);
    yield* checked(decoder.decode(bytes, { stream: true }));
  }
  if (!decoder) {
    const bytes = Buffer.concat(head);
    yield* checked(streamDecoder(bytes).decode(bytes));
  } else yield* checked(decoder.decode());
}

/** The text of a byte stream, decoded as it arrives by the rules of decodeText (see decodeChunks). */
export const decodedStream = (source: AsyncIterable<Buffer | string>): Readable =>
  Readable.from(decodeChunks(source), { objectMode: false });

/**
 * C0 controls (but tab and newline), DEL and C1 controls, written as \u001b: a terminal never
 * receives an escape sequence from the input (a title set by ESC ] 0 ; … BEL, a cleared screen).
 * Inside JSON strings the escape means the same character, so JSON output stays equal.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A stream that writes `escapeControls(text)` to `target`, keeping its backpressure. A carriage
 * return that starts a write is the CLI's own (a progress line redrawn in place) and stays.
 */
export function escapingStream<T extends Writable & { isTTY?: boolean }>(target: T): T {
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      const text = String(chunk);
      const safe = text.startsWith('\r') ? `\r${escapeControls(text.slice(1))}` : escapeControls(text);
      if (target.write(safe)) done();
      else target.once('drain', () => done());
    },
  });
  return Object.assign(stream, { isTTY: target.isTTY }) as unknown as T;
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length]!;
}

/** The option of `valid` closest to `given`, if it is close enough to be a typo. */
export function closestOption(given: string, valid: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const option of valid) {
    const d = distance(given, option);
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  return bestDistance <= Math.max(2, Math.floor(given.length / 3)) ? best : undefined;
}

/**
 * Our own one-line message for a `node:util` parseArgs error (its text can span lines and quote
 * unevenly), or undefined when `error` is not one.
 */
export function describeArgsError(
  error: unknown,
  command: string,
  options: readonly string[],
): string | undefined {
  const code = (error as { code?: string }).code;
  if (!code?.startsWith('ERR_PARSE_ARGS')) return undefined;
  const message = (error as Error).message;
  const option = /'(-{1,2}[^'\s]*)/.exec(message)?.[1];
  const hint = `(try: briefing ${command} --help)`;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    const name = option.split('=')[0]!;
    const closest = closestOption(name, options);
    return `${command}: unknown option ${name}${closest ? `; did you mean ${closest}?` : ''} ${hint}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option)
    return `${command}: ${option} ${/argument missing/.test(message) ? 'needs a value' : 'takes no value'} ${hint}`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return `${command}: unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''} ${hint}`;
  return `${command}: ${message.split('\n')[0]} ${hint}`;
}
