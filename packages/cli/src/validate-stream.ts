/*
 * `briefing validate` on feeds too large to hold in memory: the JSON is read as a stream
 * (@streamparser/json, a maintained streaming parser) and each item of `items` is validated
 * as soon as it is complete, then dropped; the other top-level fields are kept and checked at
 * the end. Memory stays bounded by the largest single item, whatever the number of items.
 */
import { TokenParser, TokenType, Tokenizer } from '@streamparser/json';
import {
  createFeedStreamValidator,
  DEFAULT_MAX_DEPTH,
  type FeedStreamSummary,
  type ValidateFeedOptions,
} from '@briefing/schema';

export interface StreamedFeed {
  /** The root was a JSON object with an `items` list (a feed), or something else. */
  kind: 'feed' | 'other';
  summary: FeedStreamSummary;
}

/** A syntax error in the streamed JSON, with the byte offset where it was found. */
export class StreamJsonError extends Error {}

/**
 * Validates the JSON document in `chunks` item by item. Containers nested deeper than the
 * depth limit are not assembled at all: the tokens inside are skipped, and the item (or the
 * envelope) holding them is rejected as too deep, so no input can blow up the parser's stack.
 */
export async function validateFeedStream(
  chunks: AsyncIterable<Uint8Array | string>,
  options: ValidateFeedOptions,
): Promise<StreamedFeed> {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const validator = createFeedStreamValidator(options);
  const envelope: Record<string, unknown> = {};
  let hadItems = false;
  let rootIsObject: boolean | undefined;
  let itemTooDeep = false;
  let envelopeTooDeep = false;

  const parser = new TokenParser({ paths: ['$.items.*', '$.*'], keepStack: false });
  parser.onValue = ({ value, key, parent, stack }) => {
    if (stack.length === 2 && stack[1]?.key === 'items' && Array.isArray(parent)) {
      validator.item(value, itemTooDeep);
      itemTooDeep = false;
      // The items list is an emitted path too ("$.*"), so the parser keeps its elements: drop them.
      parent.length = 0;
      return;
    }
    if (stack.length === 1 && typeof key === 'string') {
      if (key === 'items' && Array.isArray(value)) hadItems = true;
      else envelope[key] = value;
    }
  };
  parser.onError = (error) => {
    throw error;
  };

  // Depth is counted on the tokens, before the parser builds anything.
  let depth = 0;
  let skipFrom = 0;
  // Which top-level field the tokens are in: the key is the last string before a ":" at depth 1.
  let lastString: unknown;
  let topKey: unknown;
  let inItems = false;
  const tokenizer = new Tokenizer();
  tokenizer.onToken = (info) => {
    const opens = info.token === TokenType.LEFT_BRACE || info.token === TokenType.LEFT_BRACKET;
    const closes = info.token === TokenType.RIGHT_BRACE || info.token === TokenType.RIGHT_BRACKET;
    if (rootIsObject === undefined) rootIsObject = info.token === TokenType.LEFT_BRACE;
    if (depth === 1 && skipFrom === 0) {
      if (info.token === TokenType.STRING) lastString = info.value;
      else if (info.token === TokenType.COLON) topKey = lastString;
    }
    if (opens) depth++;
    if (opens && depth === 2) inItems = rootIsObject === true && topKey === 'items';
    if (skipFrom > 0) {
      if (closes) depth--;
      if (depth < skipFrom) {
        skipFrom = 0;
        // The skipped container stands in as one string, so the parser's structure stays whole.
        parser.write({ token: TokenType.STRING, value: '(too deep)' });
      }
      return;
    }
    if (opens && depth > maxDepth) {
      skipFrom = depth;
      if (inItems && depth > 3) itemTooDeep = true;
      else envelopeTooDeep = true;
      return;
    }
    if (closes) depth--;
    parser.write(info);
  };
  tokenizer.onError = (error) => {
    throw new StreamJsonError(error.message);
  };

  try {
    for await (const chunk of chunks) tokenizer.write(chunk);
    tokenizer.end();
  } catch (error) {
    if (error instanceof StreamJsonError) throw error;
    throw new StreamJsonError(error instanceof Error ? error.message : String(error));
  }
  if (!parser.isEnded) throw new StreamJsonError('the JSON ends too early (unexpected end of input)');
  const summary = validator.finish(envelope, { hadItems, tooDeep: envelopeTooDeep });
  return { kind: rootIsObject ? 'feed' : 'other', summary };
}

/**
 * Reads `source` up to `limit` bytes. Under the limit: the whole text, made by `decode`. Over it: `rest`, the
 * same bytes again followed by the remainder of the stream, for a streaming reader.
 */
export async function readHead(
  source: AsyncIterable<Buffer | string>,
  limit: number,
  decode: (bytes: Buffer) => string = (bytes) => bytes.toString('utf8'),
): Promise<{ text: string; rest?: undefined } | { text?: undefined; rest: AsyncIterable<Buffer> }> {
  const iterator = source[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  while (size <= limit) {
    const next = await iterator.next();
    if (next.done) return { text: decode(Buffer.concat(head)) };
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    head.push(chunk);
    size += chunk.length;
  }
  return {
    rest: (async function* () {
      yield* head.splice(0);
      for (let next = await iterator.next(); !next.done; next = await iterator.next())
        yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    })(),
  };
}
