// The CPU work of the service, run in worker threads (see pool.mjs): decode, JSON.parse,
// validate, parse a page, serialize the answer. Whatever happens here, the answer is a plain
// `{ status, body, headers }` with a JSON body; the main thread only writes it out.
import { DEFAULT_MAX_MENTIONS_PER_PARAGRAPH, parseToFeed } from '@briefing/parser';
import { formatIssues, validateFeed } from '@briefing/schema';
import { HttpError } from './http-error.mjs';
import { loadRates } from './rates.mjs';

/*
 * The rates /parse checks stated conversions with: the embedded rates, as `briefing parse`, or with
 * `--rates` (and `--nearest`) those sources layered over them. Each worker loads a setting once, on
 * its first request that needs it, and keeps the provider.
 */
const providers = new Map();
function ratesFor(spec = { sources: [] }) {
  const key = JSON.stringify(spec);
  let provider = providers.get(key);
  if (provider === undefined) {
    provider = loadRates(
      spec.sources,
      spec.nearestDays === undefined ? {} : { nearestDays: spec.nearestDays },
    );
    providers.set(key, provider);
  }
  return provider;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes) {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new HttpError(400, 'invalid_encoding', 'the request body is not valid UTF-8');
  }
}

function parseJson(text) {
  if (text.trim() === '')
    throw new HttpError(400, 'invalid_json', 'the request body is empty; send a JSON feed');
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8's message names the position ("Unexpected token } in JSON at position 12"): useful, and no stack.
    const reason = error instanceof Error ? error.message : String(error);
    throw new HttpError(400, 'invalid_json', `the request body is not valid JSON: ${reason.slice(0, 300)}`);
  }
}

/** The answer as JSON text, or a clear 422 when it is over the response limit. */
function answer(status, body, maxResponseBytes, headers = {}) {
  const text = JSON.stringify(body);
  if (Buffer.byteLength(text) > maxResponseBytes) {
    throw new HttpError(
      422,
      'result_too_large',
      `the result would be ${Buffer.byteLength(text)} bytes, over the response limit of ${maxResponseBytes} bytes; send a smaller document (or use the briefing CLI, which streams)`,
    );
  }
  return { status, body: text, headers };
}

function validate({ body, mode, limits }) {
  const data = parseJson(decodeUtf8(body));
  const result = validateFeed(data, { mode, maxDepth: limits.maxDepth, maxIssues: limits.maxIssues });
  if (result.ok) return answer(200, { ok: true, mode, feed: result.value }, limits.maxResponseBytes);
  const out = { ok: false, mode, issues: result.issues, text: formatIssues(result.issues) };
  // Lenient mode keeps the valid items of a feed whose envelope is sound: give them back too.
  if (result.value !== undefined) out.feed = result.value;
  return answer(422, out, limits.maxResponseBytes);
}

async function parse({ body, type, language, report, limits, rates }) {
  const text = decodeUtf8(body);
  // The pipeline `briefing parse` runs: parse, feed, reference rates, validation.
  const result = await parseToFeed(text, {
    format: type === 'text/plain' ? 'text' : 'html',
    maxMentionsPerParagraph: limits.maxMentionsPerParagraph ?? DEFAULT_MAX_MENTIONS_PER_PARAGRAPH,
    ...(language ? { language } : {}),
    rates: await ratesFor(rates),
    validation: { maxIssues: 5 },
  });
  const { feed } = result;
  // The parser promises schema-valid output, so a feed that fails is a parser bug: a clear 500, not bad data.
  if (!result.validation.ok) {
    throw new HttpError(
      500,
      'invalid_parser_output',
      `the parser produced a feed that does not validate: ${formatIssues(result.validation.issues.slice(0, 5))}`,
    );
  }
  const headers = {
    'x-briefing-items': String(feed.items.length),
    'x-briefing-issues': String(result.issues.length),
  };
  const full = { feed, page: result.page, issues: result.issues, unparsed: result.unparsed };
  return answer(200, report ? full : feed, limits.maxResponseBytes, headers);
}

/**
 * The worker's task. `task.route` is `validate` or `parse`; the body arrives as bytes.
 * @returns {{ status: number, body: string, headers: Record<string, string> }}
 */
export default async function handle(task) {
  try {
    if (task.route === 'validate') return validate(task);
    if (task.route === 'parse') return await parse(task);
    throw new HttpError(500, 'internal_error', `no task ${String(task.route)}`);
  } catch (error) {
    const e =
      error instanceof HttpError
        ? error
        : new HttpError(500, 'internal_error', 'the service failed to handle this request');
    if (!(error instanceof HttpError)) console.error('validate-service worker:', error);
    return {
      status: e.status,
      body: JSON.stringify({ error: { code: e.code, message: e.message } }),
      headers: {},
    };
  }
}
