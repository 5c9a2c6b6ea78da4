// Reading request bodies within a limit, and ending an upload that is refused.
import { HttpError } from './http-error.mjs';

/**
 * Reads the request body up to `limit` bytes. Over the limit it stops keeping data at once
 * (never buffering more than `limit`) and fails with 413, answered at once; the rest of the
 * upload is discarded unread into memory (drainThenClose).
 */
export function readBody(req, limit) {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.reject(tooLarge(limit));
  }
  return new Promise((resolveBody, reject) => {
    const chunks = [];
    let size = 0;
    let done = false;
    const finish = (error, value) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
      if (error) reject(error);
      else resolveBody(value);
    };
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        finish(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish(undefined, Buffer.concat(chunks, size));
    const onError = () => finish(new HttpError(400, 'bad_request', 'the request body could not be read'));
    const onAborted = () => finish(new HttpError(400, 'bad_request', 'the client aborted the request'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}

function tooLarge(limit) {
  return new HttpError(
    413,
    'payload_too_large',
    `the request body is larger than the limit of ${limit} bytes (${Math.round(limit / 1024)} KiB)`,
    { connection: 'close' },
  );
}

/** After a 413, the rest of the upload is read and thrown away for at most this long or this much, then the connection is cut. */
const DRAIN_MS = 5_000;
const DRAIN_BYTES = 64 * 1024 * 1024;

/**
 * A client still uploading when the answer comes (a 413, a 429) would get EPIPE if the socket
 * were cut under it: fetch never sees the status. So the answer goes out with
 * `Connection: close` first, then the rest of the body is read and discarded (bounded in time
 * and bytes), and the connection ends cleanly when the upload does.
 */
export function drainThenClose(req, res) {
  let drained = 0;
  const cut = () => req.socket.destroy();
  const timer = setTimeout(cut, DRAIN_MS);
  timer.unref();
  req.on('data', (chunk) => {
    drained += chunk.length;
    if (drained > DRAIN_BYTES) cut();
  });
  req.once('end', () => clearTimeout(timer));
  req.once('close', () => clearTimeout(timer));
  req.resume();
  res.once('finish', () => {
    if (req.complete) clearTimeout(timer);
  });
}
