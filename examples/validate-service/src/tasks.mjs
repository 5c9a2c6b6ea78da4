// The CPU work of the service, run in worker threads (see pool.mjs): decode, JSON.parse,
// validate, parse a page, serialize the answer. Whatever happens here, the answer is a plain
// `{ status, body, headers }` with a JSON body; the main thread only writes it out.
import { applyRates, DEFAULT_MAX_MENTIONS_PER_PARAGRAPH, parsePage, toFeed } from '@briefing/parser';
import { formatIssues, validateFeed } from '@briefing/schema';
import { HttpError } from './http-error.mjs';
import { loadRates } from './rates.mjs';

/*
 * Rates for `--rates` (and `--nearest`): each worker loads the sources once, on its first
 * request that needs them, and keeps the provider (one per distinct setting).
 */
const providers = new Map();
function ratesFor(spec) {
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
  const parsed = parsePage(text, {
    format: type === 'text/plain' ? 'text' : 'html',
    maxMentionsPerParagraph: limits.maxMentionsPerParagraph ?? DEFAULT_MAX_MENTIONS_PER_PARAGRAPH,
    ...(language ? { language } : {}),
  });
  const feed = rates ? await applyRates(toFeed(parsed), await ratesFor(rates)) : toFeed(parsed);
  // The parser promises schema-valid output; check it, so a parser bug is a clear 500, not bad data.
  const checked = validateFeed(feed, { maxIssues: 5 });
  if (!checked.ok) {
    throw new HttpError(
      500,
      'invalid_parser_output',
      `the parser produced a feed that does not validate: ${formatIssues(checked.issues.slice(0, 5))}`,
    );
  }
  const headers = {
    'x-briefing-items': String(feed.items.length),
    'x-briefing-issues': String(parsed.issues.length),
  };
  const full = { feed, page: parsed.page, issues: parsed.issues, unparsed: parsed.unparsed };
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
