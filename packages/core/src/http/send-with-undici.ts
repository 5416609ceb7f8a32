import type { Readable } from 'node:stream';
import {
  brotliDecompressSync,
  createBrotliDecompress,
  createGunzip,
  createInflate,
  gunzipSync,
  inflateSync,
} from 'node:zlib';
import type { Dispatcher } from 'undici';
import { toAbortError } from '../signal/throw-if-aborted.js';
import type { BuiltRequest } from './build-request.js';
import type { RequestBody } from './fetch-with-dispatcher.js';
import { toConnectionError } from './to-connection-error.js';

/** What undici's `request()` can send as it is; anything else (FormData, Blob, streams) goes through fetch. */
export type PlainBody = string | Uint8Array | undefined;

/**
 * The body of a built request in a form `Dispatcher.request` sends as fetch
 * would (an urlencoded form gets fetch's content-type), or `false` when the
 * body needs fetch's own encoding (multipart, Blob, streams).
 */
export function plainBody(body: RequestBody | null | undefined, headers: Headers): PlainBody | false {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) {
    if (!headers.has('content-type')) headers.set('content-type', 'application/x-www-form-urlencoded;charset=UTF-8');
    return body.toString();
  }
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  return false;
}

export interface UndiciAnswer {
  status: number;
  /** As undici gives them: lower-case names, repeated headers as arrays. */
  headers: Record<string, string | string[] | undefined>;
  body: Dispatcher.ResponseData['body'];
}

/** One request through a dispatcher's `request()`: no WHATWG Request, Response or web streams. */
export async function sendWithUndici(
  dispatcher: Dispatcher,
  request: BuiltRequest,
  body: PlainBody,
  signal: AbortSignal,
): Promise<UndiciAnswer> {
  const target = new URL(request.url);
  const headers: Record<string, string> = {};
  (request.init.headers as Headers).forEach((value, name) => {
    headers[name] = value;
  });
  headers.accept ??= '*/*';
  // What fetch would ask for; the answer is decoded below, as fetch would.
  headers['accept-encoding'] ??= 'gzip, deflate, br';
  const answer = await dispatcher.request({
    origin: target.origin,
    path: `${target.pathname}${target.search}`,
    method: request.method as Dispatcher.HttpMethod,
    headers,
    body: body === undefined ? null : body,
    signal,
  });
  return { status: answer.statusCode, headers: answer.headers, body: answer.body };
}

/** The answer as a fetch Response (for the error mapping, which reads status, headers and body). */
export async function toResponse(answer: UndiciAnswer): Promise<Response> {
  const text = await answer.body.text().catch(() => '');
  const status = answer.status >= 200 && answer.status <= 599 ? answer.status : 500;
  return new Response(status === 204 || status === 304 ? null : text, { status, headers: toHeaders(answer.headers) });
}

export interface ReadUndiciBodyOptions {
  signal: AbortSignal;
  /** The answer's content-encoding header. */
  contentEncoding?: string | string[] | undefined;
  url: string;
  operation?: string | undefined;
}

/** The whole body; a break while reading is a ConnectionError, an abort the signal's error. */
export async function readUndiciBody(
  body: Dispatcher.ResponseData['body'],
  options: ReadUndiciBodyOptions,
): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await body.arrayBuffer());
  } catch (error) {
    if (options.signal.aborted) throw toAbortError(options.signal?.reason, options.operation);
    throw toConnectionError(error, { url: options.url, operation: options.operation, whileReadingBody: true });
  }
  return decodeContent(bytes, options.contentEncoding);
}

/**
 * No accept-encoding is sent, so servers answer uncompressed; one that
 * compresses anyway is decoded as fetch would (gzip, deflate, br).
 */
function decodeContent(bytes: Uint8Array, encoding: string | string[] | undefined): Uint8Array {
  if (encoding === undefined) return bytes;
  const codings = (Array.isArray(encoding) ? encoding.join(',') : encoding)
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding !== '' && coding !== 'identity');
  let decoded = bytes;
  for (const coding of codings.reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') decoded = gunzipSync(decoded);
    else if (coding === 'deflate') decoded = inflateSync(decoded);
    else if (coding === 'br') decoded = brotliDecompressSync(decoded);
  }
  return decoded;
}

function toHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      try {
        headers.append(name, item);
      } catch {
        // A header fetch would refuse is dropped, as fetch drops it.
      }
    }
  }
  return headers;
}

/** A streamed body with its one content coding undone (gzip, deflate, br), as fetch would; unchanged otherwise. */
export function decodedStream(body: Readable, encoding: string | string[] | undefined): Readable {
  const coding = (Array.isArray(encoding) ? encoding.join(',') : (encoding ?? '')).trim().toLowerCase();
  const decoder =
    coding === 'gzip' || coding === 'x-gzip'
      ? createGunzip()
      : coding === 'deflate'
        ? createInflate()
        : coding === 'br'
          ? createBrotliDecompress()
          : undefined;
  if (decoder === undefined) return body;
  body.on('error', (error) => decoder.destroy(error));
  decoder.on('close', () => body.destroy());
  return body.pipe(decoder);
}
